// A minimal stand-in for the `electron` module in unit tests of main-process logic (no Electron binary here).
// Tests that need more pass their own fakes to the module under test; this only keeps imports from failing loudly.
import { vi } from 'vitest';

export const app = {
  whenReady: vi.fn(() => Promise.resolve()),
  on: vi.fn(),
  quit: vi.fn(),
  requestSingleInstanceLock: vi.fn(() => true),
  getVersion: vi.fn(() => '0.0.0-test'),
  // electron-store asks for the user-data folder; tests always pass an absolute `cwd` of their own.
  getPath: vi.fn(() => '/nonexistent-user-data'),
};
export const shell = { openPath: vi.fn(async () => '') };
export const ipcMain = { handle: vi.fn(), on: vi.fn(), removeHandler: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(), send: vi.fn() };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export class BrowserWindow {
  static getAllWindows = vi.fn(() => []);
  constructor(public options: unknown) {}
}
export default { app, ipcMain, ipcRenderer, contextBridge, BrowserWindow, shell };
