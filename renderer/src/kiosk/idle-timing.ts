// The idle guard's timing as a pure function, so it is tested without timers or a DOM.
// WCAG 2.2.1 Timing Adjustable: before time runs out the visitor is warned, given at least 20 seconds to answer with
// a simple action, and may extend at least ten times (here: without limit).

export const minimumWarningSeconds = 20;

export interface IdleInputs {
  now: number;
  /** Last input the page saw (@vueuse/core useIdle's lastActive). */
  lastActive: number;
  /** When the warning opened, or null while it is closed. */
  warningSince: number | null;
  idleSeconds: number;
  warningSeconds: number;
}

export type IdleVerdict =
  | { phase: 'active' }
  | { phase: 'warning'; secondsLeft: number }
  | { phase: 'expired' };

export function idleVerdict(i: IdleInputs): IdleVerdict {
  const warningMs = Math.max(minimumWarningSeconds, i.warningSeconds) * 1000;
  if (i.warningSince === null) {
    return i.now - i.lastActive >= i.idleSeconds * 1000 ? { phase: 'warning', secondsLeft: warningMs / 1000 } : { phase: 'active' };
  }
  const leftMs = i.warningSince + warningMs - i.now;
  return leftMs <= 0 ? { phase: 'expired' } : { phase: 'warning', secondsLeft: Math.ceil(leftMs / 1000) };
}
