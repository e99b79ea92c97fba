// The visit lifecycle as a pure state machine (no Electron, no timers): main's visit service feeds it events and acts
// on the states it returns. welcome → in-visit → ending → cleared → welcome (issue 6, "One visit, one clean session").
import type { VisitEndReason } from '@shared/ipc';

export type VisitPhase = 'welcome' | 'in-visit' | 'ending' | 'cleared';

export interface VisitState {
  phase: VisitPhase;
  /** Visits that reached the in-visit phase since the app started (shown to agents, drives the relaunch). */
  visitsSinceStart: number;
  /** Why the last visit ended (for the log; never who). */
  lastReason: VisitEndReason | null;
}

export type VisitEvent =
  /** The first input on the welcome screen. */
  | { type: 'input' }
  | { type: 'end'; reason: VisitEndReason }
  /** Main finished clearing the old session and window. */
  | { type: 'cleared' }
  /** The welcome screen of the next visit is shown. */
  | { type: 'welcome-shown' };

export const initialVisitState: VisitState = { phase: 'welcome', visitsSinceStart: 0, lastReason: null };

/**
 * The next state, or the same object when the event means nothing in this phase (a second "end" while ending, an
 * input during the clearing): callers compare by identity to know whether to act.
 */
export function nextVisitState(state: VisitState, event: VisitEvent): VisitState {
  switch (event.type) {
    case 'input':
      return state.phase === 'welcome'
        ? { ...state, phase: 'in-visit', visitsSinceStart: state.visitsSinceStart + 1 }
        : state;
    case 'end':
      // From the welcome screen too: an agent reset or a crashed renderer there is still cleared the same way.
      return state.phase === 'welcome' || state.phase === 'in-visit'
        ? { ...state, phase: 'ending', lastReason: event.reason }
        : state;
    case 'cleared':
      return state.phase === 'ending' ? { ...state, phase: 'cleared' } : state;
    case 'welcome-shown':
      return state.phase === 'cleared' ? { ...state, phase: 'welcome' } : state;
  }
}

export interface RelaunchPolicy {
  /** Relaunch once this many visits happened (Electron never frees a session object). */
  afterVisits: number;
  /** Relaunch once a day at this local hour (0–23), or never when null. */
  atHour: number | null;
}

/** The last time the local clock showed `hour`:00 at or before `now`. */
export function lastOccurrenceOfHour(now: Date, hour: number): Date {
  const at = new Date(now);
  at.setHours(hour, 0, 0, 0);
  if (at.getTime() > now.getTime()) at.setDate(at.getDate() - 1);
  return at;
}

/**
 * Whether the app should relaunch now: only when idle on the welcome screen (never in the middle of a visit), after
 * the configured number of visits, or when the configured hour passed since it started.
 */
export function relaunchDue(state: VisitState, startedAt: Date, now: Date, policy: RelaunchPolicy): boolean {
  if (state.phase !== 'welcome') return false;
  if (state.visitsSinceStart >= policy.afterVisits) return true;
  if (policy.atHour === null) return false;
  return lastOccurrenceOfHour(now, policy.atHour).getTime() > startedAt.getTime();
}
