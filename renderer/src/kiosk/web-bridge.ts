// The kiosk bridge in a plain browser (web mode: tests, staff without the installed app).
// The back end is reached on the page's own origin (the web server proxies it); configuration comes from defaults,
// optionally overridden by the page's query string for tests (e.g. ?keyboard=off&idle=5).
//
// Ending a visit in web mode (decision, see docs/deployment.md "Web mode"): the renderer's hooks have already run
// (logout, stores, keyboard buffer); the bridge then empties every web storage of the origin and reloads the page
// with `cleared=<reason>`. A reload is the browser's nearest equivalent of main destroying the renderer: a fresh JS realm,
// DOM and memory-history router, so nothing a hook forgot can survive. The test parameters of the URL are kept.
//
// The agent panel in web mode works only when the page is opened with `?agentPin=<4–12 digits>` (tests, demos);
// without it the panel is disabled. The gate is main's (`shared/agent-gate.ts`): attempts limited, each lock twice as
// long as the last, an unlock ending after two minutes.
//
// Printing: the browser's own print stands in for main's silent print; `?printer=off` stands for a kiosk whose
// printer is missing (main's "no-printer" outcome), so the screens' failure path can be seen and tested.
import type {
  AgentAction,
  AgentCall,
  AgentActionResult,
  AgentStatus,
  AgentUnlockResult,
  KioskBridge,
  KioskConfigView,
  PrintJob,
  PrintResult,
  VisitEndReason,
} from '@shared/ipc';
import { isPin } from '@shared/ipc';
import { createAgentGate } from '@shared/agent-gate';

export const defaultWebConfig: KioskConfigView = {
  mode: 'kiosk',
  backendUrl: '',
  locale: 'fr',
  onScreenKeyboard: true,
  terminalId: 'web',
  siteName: 'Navigateur',
  timeouts: { idleSeconds: 120, idleSecondsWaitingForCode: 600, warningSeconds: 30 },
  agentPanel: false,
};

/** Query parameters the web bridge reads; a reload at the end of a visit keeps these and drops everything else. */
export const webConfigParams = ['mode', 'keyboard', 'idle', 'idleCode', 'warning', 'agentPin', 'printer'] as const;

function positiveNumber(value: string | null): number | undefined {
  if (value === null) return undefined;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

export function webConfigFrom(search: string, origin: string): KioskConfigView {
  const params = new URLSearchParams(search);
  const mode = params.get('mode');
  const t = defaultWebConfig.timeouts;
  return {
    ...defaultWebConfig,
    backendUrl: origin,
    mode: mode === 'laptop' || mode === 'workshop' ? mode : 'kiosk',
    onScreenKeyboard: params.get('keyboard') !== 'off' && mode !== 'laptop',
    timeouts: {
      idleSeconds: positiveNumber(params.get('idle')) ?? t.idleSeconds,
      idleSecondsWaitingForCode: positiveNumber(params.get('idleCode')) ?? t.idleSecondsWaitingForCode,
      warningSeconds: positiveNumber(params.get('warning')) ?? t.warningSeconds,
    },
    agentPanel: isPin(params.get('agentPin')),
  };
}

/**
 * The URL the page reloads to at the end of a visit: the test parameters and `cleared=<why the visit ended>` (as main
 * loads it in Electron), nothing else.
 */
export function clearedUrl(href: string, reason: VisitEndReason, overrides: Record<string, string> = {}): string {
  const url = new URL(href);
  const kept = new URLSearchParams();
  for (const name of webConfigParams) {
    const value = overrides[name] ?? url.searchParams.get(name);
    if (value !== null) kept.set(name, value);
  }
  kept.set('cleared', reason);
  return `${url.origin}${url.pathname}?${kept.toString()}`;
}

export function createWebBridge(win: Window): KioskBridge {
  // Read once at start: a later visit in the same page must not depend on what the URL became.
  const config = webConfigFrom(win.location.search, win.location.origin);
  const testPin = new URLSearchParams(win.location.search).get('agentPin');
  const printerMissing = new URLSearchParams(win.location.search).get('printer') === 'off';
  const startedAt = Date.now();
  // One page is one terminal: the gate has a single holder.
  const gate = createAgentGate<'page'>({ enabled: config.agentPanel && testPin !== null, check: (pin) => pin === testPin, now: () => Date.now() });
  // « Appeler un agent » as main keeps it: one call per visit (a visit end reloads the page, so it starts empty), the
  // last one shown in the panel's status.
  let lastCall: AgentCall | null = null;

  function clearStorages(): void {
    try {
      win.sessionStorage.clear();
      win.localStorage.clear();
    } catch {
      // Storage disabled by the browser: nothing to clear.
    }
  }

  function reloadCleared(reason: VisitEndReason, overrides: Record<string, string> = {}): void {
    clearStorages();
    win.location.replace(clearedUrl(win.location.href, reason, overrides));
  }

  // Libraries may still write while the old page unloads (vue-router saves scroll positions on `pagehide`): the page
  // that follows an ended visit clears once more before anything of the new visit exists.
  if (new URLSearchParams(win.location.search).has('cleared')) clearStorages();

  async function endVisit(reason: VisitEndReason): Promise<void> {
    gate.lock();
    win.dispatchEvent(new CustomEvent('kiosk:visit-ended', { detail: reason }));
    reloadCleared(reason);
  }

  return {
    getConfig: () => Promise.resolve(structuredClone(config)),
    reportActivity: () => undefined,
    setWaitingForCode: () => undefined,
    setFranceConnectStep: () => undefined,
    endVisit,
    print: (job: PrintJob): Promise<PrintResult> => {
      if (printerMissing) return Promise.resolve({ ok: false, reason: 'no-printer' });
      // The browser's own dialog stands in for the kiosk's silent print.
      const frame = win.document.createElement('iframe');
      frame.style.display = 'none';
      frame.srcdoc = job.html;
      win.document.body.append(frame);
      return new Promise((resolve) => {
        frame.onload = () => {
          frame.contentWindow?.print();
          frame.remove();
          resolve({ ok: true });
        };
      });
    },
    agentUnlock: async (pin: string): Promise<AgentUnlockResult> => gate.unlock(pin, 'page'),
    agentStatus: async (): Promise<AgentStatus | null> => {
      if (!gate.isUnlocked('page')) return null;
      const reachable = await fetch(`${config.backendUrl}/v1/health`, { cache: 'no-store' }).then(
        (response) => response.ok,
        () => false,
      );
      return {
        version: 'web',
        terminalId: config.terminalId,
        siteName: config.siteName,
        mode: config.mode,
        backend: { embedded: false, reachable },
        uptimeSeconds: Math.floor((Date.now() - startedAt) / 1000),
        visitsSinceStart: 0,
        lastCall,
      };
    },
    agentAction: async (action: AgentAction): Promise<AgentActionResult> => {
      if (!gate.isUnlocked('page')) return { ok: false, reason: 'locked' };
      gate.lock();
      switch (action) {
        case 'reset-visit':
          await endVisit('agent-reset');
          return { ok: true };
        case 'workshop-on':
          reloadCleared('agent-reset', { mode: 'workshop' });
          return { ok: true };
        case 'workshop-off':
          reloadCleared('agent-reset', { mode: 'kiosk' });
          return { ok: true };
        case 'workshop-reset': {
          // The page's back end is the sandbox only in a workshop; anywhere else the route answers 404 anyway.
          if (config.mode !== 'workshop') return { ok: false, reason: 'unavailable' };
          const reset = await fetch(`${config.backendUrl}/sandbox/reset`, { method: 'POST', cache: 'no-store' }).then(
            (response) => response.ok,
            () => false,
          );
          return reset ? { ok: true } : { ok: false, reason: 'unavailable' };
        }
        case 'quit':
          return { ok: false, reason: 'unavailable' };
      }
    },
    callAgent: async (): Promise<AgentCall> => {
      lastCall ??= { terminalId: config.terminalId, siteName: config.siteName, at: new Date().toISOString() };
      return { ...lastCall };
    },
  };
}
