import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannels } from '@shared/ipc';

// Each test loads a fresh preload and a fresh fake of electron (module registry reset).
async function loadPreload() {
  const electron = await import('electron');
  await import('../../../electron/preload/index');
  const calls = vi.mocked(electron.contextBridge.exposeInMainWorld).mock.calls;
  return { electron, calls };
}

describe('the preload', () => {
  beforeEach(() => {
    vi.resetModules();
  });

  it('exposes only the typed kiosk bridge, never ipcRenderer', async () => {
    const { electron, calls } = await loadPreload();
    expect(calls).toHaveLength(1);
    const [name, api] = calls[0]!;
    expect(name).toBe('kiosk');
    expect(Object.keys(api as object).sort()).toEqual(Object.keys(ipcChannels).sort());
    expect(Object.values(api as object)).not.toContain(electron.ipcRenderer);
  });

  it('sends each verb on its own channel', async () => {
    const { electron, calls } = await loadPreload();
    const api = calls[0]![1] as { endVisit: (r: string) => unknown };
    await api.endVisit('logout');
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(ipcChannels.endVisit, 'logout');
  });
});
