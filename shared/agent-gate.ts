// The agent panel's gate, once for both bridges (Electron main and the web bridge): a PIN check with limited attempts,
// then a short unlocked window bound to whoever unlocked it. Pure: how a PIN is checked and what time it is are given.
import type { AgentUnlockResult } from './ipc';

/** Five wrong PINs lock the panel for five minutes, then ten, twenty… An unlock lasts two minutes. */
export const agentGatePolicy = { maxAttempts: 5, lockMs: 5 * 60_000, unlockMs: 2 * 60_000 } as const;

export interface AgentGateOptions<Holder> {
  /** False when no PIN is configured: every attempt is refused as `disabled`. */
  enabled: boolean;
  /** Whether this PIN is the agent PIN (main: the scrypt hash; the web bridge: the test PIN). */
  check(pin: string): boolean;
  now(): number;
  maxAttempts?: number;
  lockMs?: number;
  unlockMs?: number;
  /** Who unlocked the panel (main: the window's webContents id); only they see it unlocked. */
  sameHolder?: (a: Holder, b: Holder) => boolean;
}

/**
 * Limits guessing: after `maxAttempts` wrong PINs in a row the gate refuses every attempt, right or wrong, for
 * `lockMs`, and each later lock lasts twice as long (a 4-digit PIN must not fall to a patient visitor). A right PIN
 * unlocks the panel for `unlockMs`, for its holder only; `lock()` (every visit end, every action) closes it at once.
 */
export function createAgentGate<Holder>(options: AgentGateOptions<Holder>) {
  const maxAttempts = options.maxAttempts ?? agentGatePolicy.maxAttempts;
  const lockMs = options.lockMs ?? agentGatePolicy.lockMs;
  const unlockMs = options.unlockMs ?? agentGatePolicy.unlockMs;
  const sameHolder = options.sameHolder ?? Object.is;
  let failures = 0;
  let locks = 0;
  let lockedUntil = 0;
  let unlocked: { holder: Holder; until: number } | null = null;

  return {
    unlock(pin: string, holder: Holder): AgentUnlockResult {
      if (!options.enabled) return { ok: false, reason: 'disabled' };
      const now = options.now();
      if (now < lockedUntil) return { ok: false, reason: 'locked', retryInSeconds: Math.ceil((lockedUntil - now) / 1000) };
      if (options.check(pin)) {
        failures = 0;
        locks = 0;
        unlocked = { holder, until: now + unlockMs };
        return { ok: true };
      }
      failures += 1;
      if (failures >= maxAttempts) {
        failures = 0;
        const lockFor = lockMs * 2 ** locks;
        locks += 1;
        lockedUntil = now + lockFor;
        return { ok: false, reason: 'locked', retryInSeconds: Math.ceil(lockFor / 1000) };
      }
      return { ok: false, reason: 'wrong-pin', attemptsLeft: maxAttempts - failures };
    },
    isUnlocked(holder: Holder): boolean {
      return unlocked !== null && sameHolder(unlocked.holder, holder) && options.now() < unlocked.until;
    },
    lock(): void {
      unlocked = null;
    },
  };
}

