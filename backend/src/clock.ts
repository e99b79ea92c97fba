// Time comes from an injected clock so tests can move it (code expiry, lockout, session idle time).
export interface Clock {
  now(): number; // epoch milliseconds
}
export const systemClock: Clock = { now: () => Date.now() };

export class FakeClock implements Clock {
  constructor(private current = Date.parse('2026-11-22T10:00:00.000Z')) {}
  now() {
    return this.current;
  }
  advance(ms: number) {
    this.current += ms;
  }
}

export const iso = (ms: number) => new Date(ms).toISOString();
export const MINUTE = 60_000;
