// Chooses the bridge: the preload's inside Electron, the web one in a browser.
import type { KioskBridge } from '@shared/ipc';
import { createWebBridge } from './web-bridge';

export function resolveBridge(win: Window = window): KioskBridge {
  return win.kiosk ?? createWebBridge(win);
}
