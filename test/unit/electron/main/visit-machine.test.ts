import { describe, expect, it } from 'vitest';
import { initialVisitState, lastOccurrenceOfHour, nextVisitState, relaunchDue } from '../../../../electron/main/visit-machine';

describe('the visit state machine', () => {
  it('goes welcome → in-visit → ending → cleared → welcome and counts the visit', () => {
    let s = nextVisitState(initialVisitState, { type: 'input' });
    expect(s).toMatchObject({ phase: 'in-visit', visitsSinceStart: 1 });
    s = nextVisitState(s, { type: 'end', reason: 'logout' });
    expect(s).toMatchObject({ phase: 'ending', lastReason: 'logout' });
    s = nextVisitState(s, { type: 'cleared' });
    expect(s.phase).toBe('cleared');
    s = nextVisitState(s, { type: 'welcome-shown' });
    expect(s).toMatchObject({ phase: 'welcome', visitsSinceStart: 1 });
  });

  it('counts one visit however many inputs it has', () => {
    let s = nextVisitState(initialVisitState, { type: 'input' });
    s = nextVisitState(s, { type: 'input' });
    expect(s.visitsSinceStart).toBe(1);
  });

  it('ignores a second end while the first is clearing (same object back)', () => {
    const ending = nextVisitState(nextVisitState(initialVisitState, { type: 'input' }), { type: 'end', reason: 'inactivity' });
    expect(nextVisitState(ending, { type: 'end', reason: 'quit' })).toBe(ending);
    expect(nextVisitState(ending, { type: 'input' })).toBe(ending);
  });

  it.each(['quit', 'logout', 'inactivity', 'agent-reset', 'renderer-gone'] as const)('ends a visit for %s', (reason) => {
    const s = nextVisitState(nextVisitState(initialVisitState, { type: 'input' }), { type: 'end', reason });
    expect(s.phase).toBe('ending');
  });

  it('clears even from the welcome screen (agent reset, crashed renderer)', () => {
    expect(nextVisitState(initialVisitState, { type: 'end', reason: 'renderer-gone' }).phase).toBe('ending');
  });

  it('does not show the welcome screen before the clearing finished', () => {
    const ending = nextVisitState(initialVisitState, { type: 'end', reason: 'quit' });
    expect(nextVisitState(ending, { type: 'welcome-shown' })).toBe(ending);
  });
});

describe('the relaunch policy', () => {
  const policy = { afterVisits: 3, atHour: 4 };
  const started = new Date(2026, 10, 22, 8, 0);

  it('relaunches after the configured number of visits, only when idle', () => {
    const idle = { phase: 'welcome' as const, visitsSinceStart: 3, lastReason: null };
    expect(relaunchDue(idle, started, new Date(2026, 10, 22, 9, 0), policy)).toBe(true);
    expect(relaunchDue({ ...idle, phase: 'in-visit' }, started, new Date(2026, 10, 22, 9, 0), policy)).toBe(false);
    expect(relaunchDue({ ...idle, visitsSinceStart: 2 }, started, new Date(2026, 10, 22, 9, 0), policy)).toBe(false);
  });

  it('relaunches once the configured hour passed since start', () => {
    const idle = { phase: 'welcome' as const, visitsSinceStart: 0, lastReason: null };
    expect(relaunchDue(idle, started, new Date(2026, 10, 23, 3, 59), policy)).toBe(false);
    expect(relaunchDue(idle, started, new Date(2026, 10, 23, 4, 1), policy)).toBe(true);
    expect(relaunchDue(idle, started, new Date(2026, 10, 23, 4, 1), { ...policy, atHour: null })).toBe(false);
  });

  it('finds the last occurrence of an hour today or yesterday', () => {
    expect(lastOccurrenceOfHour(new Date(2026, 10, 22, 10, 0), 4)).toEqual(new Date(2026, 10, 22, 4, 0));
    expect(lastOccurrenceOfHour(new Date(2026, 10, 22, 3, 0), 4)).toEqual(new Date(2026, 10, 21, 4, 0));
  });
});
