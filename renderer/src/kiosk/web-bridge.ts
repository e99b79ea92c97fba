// The kiosk bridge in a plain browser (web mode: tests, staff without the installed app).
// The back end is reached on the page's own origin (the web server proxies it); configuration comes from defaults,
// optionally overridden by the page's query string for tests (e.g. ?keyboard=off&idle=5).
import type { KioskBridge, KioskConfigView, PrintJob, PrintResult, VisitEndReason } from '@shared/ipc';

export const defaultWebConfig: KioskConfigView = {
  mode: 'kiosk',
  backendUrl: '',
  locale: 'fr',
  onScreenKeyboard: true,
  terminalId: 'web',
  siteName: 'Navigateur',
  timeouts: { idleSeconds: 120, idleSecondsWaitingForCode: 600, warningSeconds: 30 },
};

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
  };
}

export function createWebBridge(win: Window): KioskBridge {
  // Read once at start: a later visit in the same page must not depend on what the URL became.
  const config = webConfigFrom(win.location.search, win.location.origin);
  return {
    getConfig: () => Promise.resolve(structuredClone(config)),
    reportActivity: () => undefined,
    endVisit: (reason: VisitEndReason) => {
      win.dispatchEvent(new CustomEvent('kiosk:visit-ended', { detail: reason }));
      return Promise.resolve();
    },
    print: (job: PrintJob): Promise<PrintResult> => {
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
  };
}
