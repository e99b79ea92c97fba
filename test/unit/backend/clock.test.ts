import { describe, expect, it } from 'vitest';
import { FakeClock, SandboxClock } from '../../../backend/src/clock';

describe('the sandbox clock', () => {
  it('runs with its base clock, ahead by what it was moved, and comes back to it on reset', () => {
    const base = new FakeClock(1_000_000);
    const clock = new SandboxClock(base);
    expect(clock.now()).toBe(1_000_000);
    clock.advance(600_000);
    base.advance(5);
    expect([clock.now(), clock.offset]).toEqual([1_600_005, 600_000]);
    clock.reset();
    expect([clock.now(), clock.offset]).toEqual([1_000_005, 0]);
  });

  it('never moves back (stored instants would then lie about the future)', () => {
    const clock = new SandboxClock(new FakeClock(0));
    for (const ms of [-1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => clock.advance(ms)).toThrow(RangeError);
    expect(clock.now()).toBe(0);
  });
});
