// The agent panel's side in main: the PIN gate, a short unlocked window of time bound to the window that unlocked,
// the status (nothing of any visitor) and the actions. Electron-free; index.ts passes what it needs.
import type { AgentAction, AgentActionResult, AgentCall, AgentStatus, AgentUnlockResult, KioskMode } from '@shared/ipc';
import { createAgentGate } from '@shared/agent-gate';
import { verifyPin } from './pin';

export interface AgentDeps {
  storedHash(): string;
  now(): number;
  version: string;
  terminalId(): string;
  siteName(): string;
  mode(): KioskMode;
  backendEmbedded(): boolean;
  backendReachable(): Promise<boolean>;
  startedAt: number;
  visitsSinceStart(): number;
  resetVisit(): Promise<void>;
  /** Switches the mode; false when that mode cannot run here (leaving workshop mode with no back end configured). */
  setMode(mode: KioskMode): Promise<boolean>;
  /**
   * "Réinitialiser l'atelier": restores the embedded sandbox's seed data (POST /sandbox/reset); false when it could not
   * (no sandbox here, or it did not answer). The renderer ends the visit after a success.
   */
  resetWorkshop(): Promise<boolean>;
  quit(): void;
  log: { info(m: string): void; warn(m: string): void };
  verify?: (pin: string, stored: string) => boolean;
}

export function createAgentService(deps: AgentDeps) {
  const storedHash = deps.storedHash();
  const verify = deps.verify ?? verifyPin;
  const gate = createAgentGate<number>({ enabled: storedHash !== '', check: (pin) => verify(pin, storedHash), now: deps.now });
  /** The call of the visit under way (asking twice is one call), and the last call this terminal made. */
  let callOfThisVisit: AgentCall | null = null;
  let lastCall: AgentCall | null = null;

  return {
    unlock(pin: string, webContentsId: number): AgentUnlockResult {
      const result = gate.unlock(pin, webContentsId);
      if (result.ok) {
        deps.log.info('agent panel unlocked');
      } else if (result.reason !== 'disabled') {
        deps.log.warn(`agent PIN refused (${result.reason})`);
      }
      return result;
    },
    /** Locks the panel (every visit end); the next visitor's « Appeler un agent » is a new call. */
    lock(): void {
      gate.lock();
      callOfThisVisit = null;
    },
    /** « Appeler un agent »: recorded for the panel's status and logged (terminal and time, nothing of the visitor). */
    call(): AgentCall {
      if (callOfThisVisit) return callOfThisVisit;
      callOfThisVisit = { terminalId: deps.terminalId(), siteName: deps.siteName(), at: new Date(deps.now()).toISOString() };
      lastCall = callOfThisVisit;
      deps.log.info(`agent called by a visitor: terminal ${callOfThisVisit.terminalId} (${callOfThisVisit.siteName}) at ${callOfThisVisit.at}`);
      return callOfThisVisit;
    },
    async status(webContentsId: number): Promise<AgentStatus | null> {
      if (!gate.isUnlocked(webContentsId)) return null;
      return {
        version: deps.version,
        terminalId: deps.terminalId(),
        siteName: deps.siteName(),
        mode: deps.mode(),
        backend: { embedded: deps.backendEmbedded(), reachable: await deps.backendReachable() },
        uptimeSeconds: Math.floor((deps.now() - deps.startedAt) / 1000),
        visitsSinceStart: deps.visitsSinceStart(),
        lastCall,
      };
    },
    async action(action: AgentAction, webContentsId: number): Promise<AgentActionResult> {
      if (!gate.isUnlocked(webContentsId)) return { ok: false, reason: 'locked' };
      deps.log.info(`agent action: ${action}`);
      gate.lock();
      switch (action) {
        case 'reset-visit':
          await deps.resetVisit();
          return { ok: true };
        case 'workshop-on':
          return (await deps.setMode('workshop')) ? { ok: true } : { ok: false, reason: 'unavailable' };
        case 'workshop-off':
          return (await deps.setMode('kiosk')) ? { ok: true } : { ok: false, reason: 'unavailable' };
        case 'workshop-reset':
          // Only a workshop trains on the sandbox: a kiosk's back end is never reset from its panel.
          if (deps.mode() !== 'workshop') return { ok: false, reason: 'unavailable' };
          return (await deps.resetWorkshop()) ? { ok: true } : { ok: false, reason: 'unavailable' };
        case 'quit':
          deps.quit();
          return { ok: true };
      }
    },
  };
}
