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

/**
 * The running sandbox's clock: another clock (the system's, or a test's fake one) moved forward by an offset that
 * `POST /sandbox/clock` grows and `POST /sandbox/reset` clears, so end-to-end tests reach code expiry, session expiry
 * and lockout ends for real instead of waiting or faking the back end's answers. It only moves forward: every
 * service compares stored instants with `now()`, and going back would make them lie (a code sent "in the future").
 */
export class SandboxClock implements Clock {
  private offsetMs = 0;
  constructor(private readonly base: Clock) {}
  now() {
    return this.base.now() + this.offsetMs;
  }
  advance(ms: number) {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The sandbox clock only moves forward');
    this.offsetMs += ms;
  }
  /** How far ahead of its base clock it is. */
  get offset() {
    return this.offsetMs;
  }
  reset() {
    this.offsetMs = 0;
  }
  /**
   * Takes the offset kept in the database (db/settings.ts `clockOffset`), read before every sandbox request: the
   * instances over one database move together, whichever of them `POST /sandbox/clock` reached.
   */
  follow(offsetMs: number) {
    if (!Number.isFinite(offsetMs) || offsetMs < 0) throw new RangeError('The sandbox clock only moves forward');
    this.offsetMs = offsetMs;
  }
}

export const iso = (ms: number) => new Date(ms).toISOString();
export const MINUTE = 60_000;
