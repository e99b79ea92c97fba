import { describe, expect, it } from 'vitest';
import { printWindowOptions, windowOptions } from '../../../../electron/main/window-options';

const base = { preload: '/app/out/preload/index.cjs', partition: 'visit-1' };

describe('the visit window options', () => {
  it.each(['kiosk', 'laptop', 'workshop'] as const)('isolate and sandbox the renderer in %s mode', (mode) => {
    const web = windowOptions({ ...base, mode }).webPreferences!;
    expect(web).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
    });
    expect(web.partition).toBe('visit-1');
  });

  it('fills the screen without a frame in kiosk and workshop modes', () => {
    for (const mode of ['kiosk', 'workshop'] as const) {
      expect(windowOptions({ ...base, mode })).toMatchObject({ kiosk: true, fullscreen: true, frame: false, closable: false });
    }
  });

  it('opens a normal window on a field laptop', () => {
    const options = windowOptions({ ...base, mode: 'laptop' });
    expect(options.kiosk).toBe(false);
    expect(options.fullscreen).toBe(false);
    expect(options.width).toBeGreaterThan(0);
  });

  it('refuses a partition that would persist to disk', () => {
    expect(() => windowOptions({ ...base, mode: 'kiosk', partition: 'persist:visit' })).toThrow(/persist/);
  });

  it('prints in a window that runs no script and has no preload', () => {
    const web = printWindowOptions('print-1').webPreferences!;
    expect(web.javascript).toBe(false);
    expect(web.preload).toBeUndefined();
    expect(web.sandbox).toBe(true);
  });
});
