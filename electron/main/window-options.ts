// The options of every visit window, per mode, as plain data so a unit test can read them without Electron.
// Source: Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), items 2–4, 6, 8, 9, 12.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { KioskMode } from '@shared/ipc';

export interface WindowOptionsInput {
  mode: KioskMode;
  /** Absolute path of the CommonJS preload (a sandboxed preload cannot be ESM). */
  preload: string;
  /** The visit's in-memory partition: never `persist:` (nothing of a visitor may reach the disk). */
  partition: string;
}

export function windowOptions({ mode, preload, partition }: WindowOptionsInput): BrowserWindowConstructorOptions {
  if (partition.startsWith('persist:')) throw new Error('A visit partition must stay in memory (no persist: prefix).');
  // `kiosk` is full screen on Windows and Linux only; the rest of the lockdown is the OS's (docs/deployment.md).
  const locked = mode !== 'laptop';
  return {
    show: false,
    backgroundColor: '#f4f7fb',
    title: 'Caf — Mon Compte',
    ...(locked
      ? { kiosk: true, fullscreen: true, frame: false, resizable: false, movable: false, minimizable: false, closable: false }
      : { width: 1280, height: 800, minWidth: 1024, minHeight: 700, kiosk: false, fullscreen: false }),
    autoHideMenuBar: true,
    webPreferences: {
      preload,
      partition,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // No devtools in any mode: laptops are field machines, not development ones.
      devTools: false,
      spellcheck: false,
      enableWebSQL: false,
      safeDialogs: true,
      disableDialogs: true,
      // Middle-click opening a link in a new window (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      zoomFactor: 1,
    },
  };
}

/** The window that prints a document: no preload, no script, its own throwaway partition. */
export function printWindowOptions(partition: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    webPreferences: {
      partition,
      javascript: false,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
      disableBlinkFeatures: 'Auxclick',
    },
  };
}
