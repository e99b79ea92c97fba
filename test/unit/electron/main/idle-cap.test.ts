import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { capGraceSeconds, hardCapSeconds, IdleCap, isPresenceInput } from '../../../../electron/main/idle-cap';

const timeouts = { idleSeconds: 120, idleSecondsWaitingForCode: 600, warningSeconds: 30 };
const timers = {
  now: () => Date.now(),
  setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
  clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

describe('main’s idle hard cap', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('lies beyond the renderer’s own warning, longer while waiting for a code', () => {
    expect(hardCapSeconds(timeouts, false)).toBe(120 + 30 + capGraceSeconds);
    expect(hardCapSeconds(timeouts, true)).toBe(600 + 30 + capGraceSeconds);
  });

  it('ends the visit when no input reached main for the whole cap, however the renderer behaves', () => {
    const expired = vi.fn();
    const cap = new IdleCap(timers, () => timeouts, expired);
    cap.arm();
    vi.advanceTimersByTime((hardCapSeconds(timeouts, false) - 1) * 1000);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1000);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('counts from the last input it saw', () => {
    const expired = vi.fn();
    const cap = new IdleCap(timers, () => timeouts, expired);
    cap.arm();
    vi.advanceTimersByTime(100_000);
    cap.input();
    vi.advanceTimersByTime(100_000);
    expect(expired).not.toHaveBeenCalled();
    vi.advanceTimersByTime(hardCapSeconds(timeouts, false) * 1000);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('gives the longer allowance while a screen waits for a code, the short one after', () => {
    const expired = vi.fn();
    const cap = new IdleCap(timers, () => timeouts, expired);
    cap.arm();
    cap.setWaitingForCode(true);
    vi.advanceTimersByTime(hardCapSeconds(timeouts, false) * 1000 + 1000);
    expect(expired).not.toHaveBeenCalled();
    cap.setWaitingForCode(false);
    expect(expired).toHaveBeenCalledTimes(0);
    vi.advanceTimersByTime(1);
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('does nothing once disarmed (welcome screen, visit ending)', () => {
    const expired = vi.fn();
    const cap = new IdleCap(timers, () => timeouts, expired);
    cap.arm();
    cap.disarm();
    cap.input();
    vi.advanceTimersByTime(10 * hardCapSeconds(timeouts, true) * 1000);
    expect(expired).not.toHaveBeenCalled();
  });

  it('counts touches, clicks and keys as presence, not a drifting cursor', () => {
    expect(isPresenceInput('touchStart')).toBe(true);
    expect(isPresenceInput('mouseDown')).toBe(true);
    expect(isPresenceInput('rawKeyDown')).toBe(true);
    expect(isPresenceInput('mouseMove')).toBe(false);
  });
});
