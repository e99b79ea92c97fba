import { describe, expect, it } from 'vitest';
import { idleVerdict, minimumWarningSeconds } from '@renderer/kiosk/idle-timing';

const base = { idleSeconds: 120, warningSeconds: 30, lastActive: 0, warningSince: null };

describe('the idle timing', () => {
  it('stays quiet until the idle time has passed', () => {
    expect(idleVerdict({ ...base, now: 119_999 })).toEqual({ phase: 'active' });
    expect(idleVerdict({ ...base, now: 120_000 })).toEqual({ phase: 'warning', secondsLeft: 30 });
  });

  it('counts the warning down by the second, then expires', () => {
    expect(idleVerdict({ ...base, warningSince: 120_000, now: 120_001 })).toEqual({ phase: 'warning', secondsLeft: 30 });
    expect(idleVerdict({ ...base, warningSince: 120_000, now: 149_000 })).toEqual({ phase: 'warning', secondsLeft: 1 });
    expect(idleVerdict({ ...base, warningSince: 120_000, now: 150_000 })).toEqual({ phase: 'expired' });
  });

  it('never gives less than WCAG 2.2.1’s 20 seconds to answer', () => {
    expect(minimumWarningSeconds).toBe(20);
    expect(idleVerdict({ ...base, warningSeconds: 5, now: 120_000 })).toEqual({ phase: 'warning', secondsLeft: 20 });
    expect(idleVerdict({ ...base, warningSeconds: 5, warningSince: 0, now: 19_000 })).toMatchObject({ phase: 'warning' });
  });

  it('ignores inputs once the warning is open: only the dialog’s buttons decide', () => {
    expect(idleVerdict({ ...base, lastActive: 140_000, warningSince: 120_000, now: 150_000 })).toEqual({ phase: 'expired' });
  });
});
