// The kiosk bridge: the only way the renderer talks to the machine (Electron main, or the browser in web mode).
// Implemented twice: electron/preload (contextBridge, validated again in main) and renderer/src/kiosk/web-bridge.ts.
// Nothing here imports electron, node, the DOM or vue. The payload guards below are the contract main checks every
// message against (VS Code / Signal habit: data crossing IPC is validated, never trusted).

export type KioskMode = 'kiosk' | 'laptop' | 'workshop';

/**
 * Why a visit ended; main decides what to clear, the renderer only reports. `session-ended`: the back end ended the
 * Mon Compte session during the visit (401 auth.required). The cleared screen that follows gets the reason in its
 * address (`?cleared=<reason>`) and tells the visitor in plain words when it concerns them (inactivity, session).
 */
export type VisitEndReason = 'quit' | 'logout' | 'inactivity' | 'agent-reset' | 'renderer-gone' | 'session-ended';

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
  /** Whether an agent PIN is configured (the panel is disabled without one). */
  agentPanel: boolean;
}

export interface PrintJob {
  kind: 'recapitulatif' | 'attestation';
  /** Self-contained HTML of the document; never holds a password. */
  html: string;
}

export type PrintResult = { ok: true } | { ok: false; reason: 'no-printer' | 'failed' | 'cancelled' };

/** Outcome of an agent PIN attempt. Attempts are limited by main (or the web bridge). */
export type AgentUnlockResult =
  | { ok: true }
  | { ok: false; reason: 'wrong-pin'; attemptsLeft: number }
  | { ok: false; reason: 'locked'; retryInSeconds: number }
  | { ok: false; reason: 'disabled' };

/**
 * A visitor touched « Appeler un agent »: which terminal asked and when (ISO 8601). Nothing of the visitor: an agent
 * walks to the terminal and sees for themselves.
 */
export interface AgentCall {
  terminalId: string;
  siteName: string;
  at: string;
}

/** What the agent panel shows. Holds nothing of any visitor. */
export interface AgentStatus {
  version: string;
  terminalId: string;
  siteName: string;
  mode: KioskMode;
  backend: { embedded: boolean; reachable: boolean };
  uptimeSeconds: number;
  visitsSinceStart: number;
  /** The last « Appeler un agent » of this terminal since it started (kept after that visit ended), or null. */
  lastCall: AgentCall | null;
}

/** `workshop-reset`: "Réinitialiser l'atelier", the sandbox restored to its seed data (workshop mode only). */
export type AgentAction = 'reset-visit' | 'workshop-on' | 'workshop-off' | 'workshop-reset' | 'quit';

export type AgentActionResult = { ok: true } | { ok: false; reason: 'locked' | 'unavailable' };

export interface KioskBridge {
  getConfig(): Promise<KioskConfigView>;
  /** The visitor touched, typed or clicked: main keeps its own hard cap from the last input it saw. */
  reportActivity(): void;
  /** A screen waits for a verification code: the idle allowance is the longer one until it says false. */
  setWaitingForCode(waiting: boolean): void;
  /** A FranceConnect step starts or ends: only during one may the window leave for the FranceConnect origins. */
  setFranceConnectStep(active: boolean): void;
  /** Ends the visit: main revokes nothing itself (the renderer logs out first), then clears and reloads everything. */
  endVisit(reason: VisitEndReason): Promise<void>;
  print(job: PrintJob): Promise<PrintResult>;
  /** Checks an agent PIN (main holds the hash); success opens the panel's status and actions for a short while. */
  agentUnlock(pin: string): Promise<AgentUnlockResult>;
  agentStatus(): Promise<AgentStatus | null>;
  agentAction(action: AgentAction): Promise<AgentActionResult>;
  /** « Appeler un agent »: main records and logs the call (one per visit: asking again answers the first call). */
  callAgent(): Promise<AgentCall>;
}

/** IPC channel names, one per bridge verb. */
export const ipcChannels = {
  getConfig: 'kiosk:get-config',
  reportActivity: 'kiosk:report-activity',
  setWaitingForCode: 'kiosk:set-waiting-for-code',
  setFranceConnectStep: 'kiosk:set-franceconnect-step',
  endVisit: 'kiosk:end-visit',
  print: 'kiosk:print',
  agentUnlock: 'kiosk:agent-unlock',
  agentStatus: 'kiosk:agent-status',
  agentAction: 'kiosk:agent-action',
  callAgent: 'kiosk:call-agent',
} as const satisfies Record<keyof KioskBridge, string>;

export const visitEndReasons: readonly VisitEndReason[] = ['quit', 'logout', 'inactivity', 'agent-reset', 'renderer-gone', 'session-ended'];

export function isVisitEndReason(value: unknown): value is VisitEndReason {
  return typeof value === 'string' && (visitEndReasons as readonly string[]).includes(value);
}

/** A receipt or an attestation is a few KB; anything far larger is not one of ours. */
export const maxPrintHtmlLength = 512 * 1024;

export function isPrintJob(value: unknown): value is PrintJob {
  if (typeof value !== 'object' || value === null) return false;
  const job = value as Record<string, unknown>;
  return (
    Object.keys(job).every((key) => key === 'kind' || key === 'html') &&
    (job.kind === 'recapitulatif' || job.kind === 'attestation') &&
    typeof job.html === 'string' &&
    job.html.length > 0 &&
    job.html.length <= maxPrintHtmlLength
  );
}

/** Agent PINs are 4 to 12 digits (typed on the on-screen digit pad). */
export function isPin(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4,12}$/.test(value);
}

export const agentActions: readonly AgentAction[] = ['reset-visit', 'workshop-on', 'workshop-off', 'workshop-reset', 'quit'];

export function isAgentAction(value: unknown): value is AgentAction {
  return typeof value === 'string' && (agentActions as readonly string[]).includes(value);
}

export function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

/** Nothing: for verbs that carry no payload, any argument is refused. */
export function isNothing(value: unknown): value is undefined {
  return value === undefined;
}

/** The guard of each channel's single argument: main refuses a message its guard rejects. */
export const ipcPayloadGuards: Record<keyof KioskBridge, (value: unknown) => boolean> = {
  getConfig: isNothing,
  reportActivity: isNothing,
  setWaitingForCode: isBoolean,
  setFranceConnectStep: isBoolean,
  endVisit: isVisitEndReason,
  print: isPrintJob,
  agentUnlock: isPin,
  agentStatus: isNothing,
  agentAction: isAgentAction,
  callAgent: isNothing,
};
