// The kiosk bridge: the only way the renderer talks to the machine (Electron main, or the browser in web mode).
// Implemented twice: electron/preload (contextBridge, validated again in main) and renderer/src/kiosk/web-bridge.ts.
// Nothing here imports electron, node, the DOM or vue.

export type KioskMode = 'kiosk' | 'laptop' | 'workshop';

/** Why a visit ended; main decides what to clear, the renderer only reports. */
export type VisitEndReason = 'quit' | 'logout' | 'inactivity' | 'agent-reset' | 'renderer-gone';

/** What the renderer may know of the configuration (never the agent PIN hash). */
export interface KioskConfigView {
  mode: KioskMode;
  /** Base URL of the Mon Compte back end, as the renderer must call it. */
  backendUrl: string;
  locale: 'fr';
  onScreenKeyboard: boolean;
  terminalId: string;
  siteName: string;
  timeouts: {
    /** Seconds without input before the "Êtes-vous toujours là ?" warning. */
    idleSeconds: number;
    /** Same, while the visitor waits for a verification code. */
    idleSecondsWaitingForCode: number;
    /** Seconds the warning gives before the visit ends (WCAG 2.2.1: at least 20). */
    warningSeconds: number;
  };
}

export interface PrintJob {
  kind: 'recapitulatif' | 'attestation';
  /** Self-contained HTML of the document; never holds a password. */
  html: string;
}

export type PrintResult = { ok: true } | { ok: false; reason: 'no-printer' | 'failed' | 'cancelled' };

export interface KioskBridge {
  getConfig(): Promise<KioskConfigView>;
  /** The visitor touched, typed or clicked: main keeps its own hard cap from the last input it saw. */
  reportActivity(): void;
  /** Ends the visit: main revokes nothing itself (the renderer logs out first), then clears and reloads everything. */
  endVisit(reason: VisitEndReason): Promise<void>;
  print(job: PrintJob): Promise<PrintResult>;
}

/** IPC channel names, one per bridge verb. */
export const ipcChannels = {
  getConfig: 'kiosk:get-config',
  reportActivity: 'kiosk:report-activity',
  endVisit: 'kiosk:end-visit',
  print: 'kiosk:print',
} as const satisfies Record<keyof KioskBridge, string>;

export const visitEndReasons: readonly VisitEndReason[] = ['quit', 'logout', 'inactivity', 'agent-reset', 'renderer-gone'];

export function isVisitEndReason(value: unknown): value is VisitEndReason {
  return typeof value === 'string' && (visitEndReasons as readonly string[]).includes(value);
}
