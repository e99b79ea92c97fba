import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearedUrl, createWebBridge, webConfigFrom } from '@renderer/kiosk/web-bridge';

function fakeWindow(search: string) {
  const replace = vi.fn();
  const win = {
    location: { search, origin: 'http://127.0.0.1:4173', href: `http://127.0.0.1:4173/${search}`, replace },
    sessionStorage: window.sessionStorage,
    localStorage: window.localStorage,
    dispatchEvent: vi.fn(),
    document,
  };
  return { win: win as unknown as Window, replace };
}

describe('the web bridge’s end of visit', () => {
  afterEach(() => {
    window.sessionStorage.clear();
    window.localStorage.clear();
  });

  it('keeps the test parameters, drops everything else and marks the page cleared', () => {
    expect(clearedUrl('http://x/?idle=5&warning=20&nir=1234567890123&mode=laptop')).toBe('http://x/?mode=laptop&idle=5&warning=20&cleared=1');
  });

  it('empties both web storages and reloads the page to the cleared screen', async () => {
    window.sessionStorage.setItem('draft', 'DUPONT');
    window.localStorage.setItem('remember', '2 85 05');
    const { win, replace } = fakeWindow('?idle=5');
    await createWebBridge(win).endVisit('inactivity');
    expect(window.sessionStorage.length).toBe(0);
    expect(window.localStorage.length).toBe(0);
    expect(replace).toHaveBeenCalledWith('http://127.0.0.1:4173/?idle=5&cleared=1');
  });
});

describe('the web bridge’s agent panel', () => {
  it('is disabled without a test PIN in the address', async () => {
    const { win } = fakeWindow('');
    expect(webConfigFrom('', 'http://x').agentPanel).toBe(false);
    await expect(createWebBridge(win).agentUnlock('1234')).resolves.toEqual({ ok: false, reason: 'disabled' });
  });

  it('limits PIN attempts and shows the status only once unlocked', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 200 })));
    const { win } = fakeWindow('?agentPin=2468');
    const bridge = createWebBridge(win);
    expect(await bridge.agentStatus()).toBeNull();
    for (let left = 4; left >= 1; left--) expect(await bridge.agentUnlock('0000')).toEqual({ ok: false, reason: 'wrong-pin', attemptsLeft: left });
    expect(await bridge.agentUnlock('0000')).toMatchObject({ ok: false, reason: 'locked' });
    expect(await bridge.agentUnlock('2468')).toMatchObject({ ok: false, reason: 'locked' });
    const fresh = createWebBridge(fakeWindow('?agentPin=2468').win);
    expect(await fresh.agentUnlock('2468')).toEqual({ ok: true });
    expect(await fresh.agentStatus()).toMatchObject({ terminalId: 'web', backend: { reachable: true } });
    vi.unstubAllGlobals();
  });

  it('switches to workshop mode by reloading with mode=workshop', async () => {
    const { win, replace } = fakeWindow('?agentPin=2468&idle=5');
    const bridge = createWebBridge(win);
    await bridge.agentUnlock('2468');
    await bridge.agentAction('workshop-on');
    expect(replace).toHaveBeenCalledWith('http://127.0.0.1:4173/?mode=workshop&idle=5&agentPin=2468&cleared=1');
  });
});
