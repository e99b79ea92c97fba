import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearedUrl, createWebBridge, defaultWebConfig, webConfigFrom } from '@renderer/kiosk/web-bridge';

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

  it('keeps the test parameters, drops everything else and marks the page cleared with the reason', () => {
    expect(clearedUrl('http://x/?idle=5&warning=20&nir=1234567890123&mode=laptop', 'quit')).toBe('http://x/?mode=laptop&idle=5&warning=20&cleared=quit');
  });

  it('empties both web storages and reloads the page to the cleared screen', async () => {
    window.sessionStorage.setItem('draft', 'DUPONT');
    window.localStorage.setItem('remember', '2 85 05');
    const { win, replace } = fakeWindow('?idle=5');
    await createWebBridge(win).endVisit('inactivity');
    expect(window.sessionStorage.length).toBe(0);
    expect(window.localStorage.length).toBe(0);
    expect(replace).toHaveBeenCalledWith('http://127.0.0.1:4173/?idle=5&cleared=inactivity');
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

  it('locks twice as long the second time, as main does', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(0);
    const bridge = createWebBridge(fakeWindow('?agentPin=2468').win);
    for (let i = 1; i < 5; i++) await bridge.agentUnlock('0000');
    expect(await bridge.agentUnlock('0000')).toEqual({ ok: false, reason: 'locked', retryInSeconds: 300 });
    vi.setSystemTime(300_000);
    for (let i = 1; i < 5; i++) await bridge.agentUnlock('0000');
    expect(await bridge.agentUnlock('0000')).toEqual({ ok: false, reason: 'locked', retryInSeconds: 600 });
    vi.useRealTimers();
  });

  it('ends an unlock after two minutes, as main does', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(0);
    const bridge = createWebBridge(fakeWindow('?agentPin=2468').win);
    await bridge.agentUnlock('2468');
    vi.setSystemTime(2 * 60_000);
    expect(await bridge.agentStatus()).toBeNull();
    expect(await bridge.agentAction('reset-visit')).toEqual({ ok: false, reason: 'locked' });
    vi.useRealTimers();
  });

  it('records « Appeler un agent » once per page (one visit) and shows it in the status', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 200 })));
    const bridge = createWebBridge(fakeWindow('?agentPin=2468').win);
    const call = await bridge.callAgent();
    expect(call).toMatchObject({ terminalId: 'web', siteName: 'Navigateur' });
    expect(Number.isNaN(Date.parse(call.at))).toBe(false);
    expect(await bridge.callAgent()).toEqual(call);
    await bridge.agentUnlock('2468');
    expect(await bridge.agentStatus()).toMatchObject({ lastCall: call });
    vi.unstubAllGlobals();
  });

  it('switches to workshop mode by reloading with mode=workshop', async () => {
    const { win, replace } = fakeWindow('?agentPin=2468&idle=5');
    const bridge = createWebBridge(win);
    await bridge.agentUnlock('2468');
    await bridge.agentAction('workshop-on');
    expect(replace).toHaveBeenCalledWith('http://127.0.0.1:4173/?mode=workshop&idle=5&agentPin=2468&cleared=agent-reset');
  });

  it('resets the sandbox only in workshop mode, and says when the back end refused', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetch);
    const kiosk = createWebBridge(fakeWindow('?agentPin=2468').win);
    await kiosk.agentUnlock('2468');
    expect(await kiosk.agentAction('workshop-reset')).toEqual({ ok: false, reason: 'unavailable' });
    expect(fetch).not.toHaveBeenCalled();

    const workshop = createWebBridge(fakeWindow('?agentPin=2468&mode=workshop').win);
    expect(await workshop.agentAction('workshop-reset')).toEqual({ ok: false, reason: 'locked' });
    await workshop.agentUnlock('2468');
    expect(await workshop.agentAction('workshop-reset')).toEqual({ ok: true });
    expect(fetch).toHaveBeenCalledWith('http://127.0.0.1:4173/sandbox/reset', { method: 'POST', cache: 'no-store' });
    fetch.mockResolvedValueOnce(new Response('{"code":"route.notFound"}', { status: 404 }));
    await workshop.agentUnlock('2468');
    expect(await workshop.agentAction('workshop-reset')).toEqual({ ok: false, reason: 'unavailable' });
    vi.unstubAllGlobals();
  });
});

describe('the web bridge configuration', () => {
  it('calls the back end on the page origin with the kiosk defaults', () => {
    const config = webConfigFrom('', 'http://127.0.0.1:4173');
    expect(config.backendUrl).toBe('http://127.0.0.1:4173');
    expect(config.mode).toBe('kiosk');
    expect(config.onScreenKeyboard).toBe(true);
    expect(config.timeouts).toEqual(defaultWebConfig.timeouts);
  });

  it('turns the on-screen keyboard off in laptop mode and reads test timeouts', () => {
    const config = webConfigFrom('?mode=laptop&idle=5&warning=20', 'http://x');
    expect(config.onScreenKeyboard).toBe(false);
    expect(config.timeouts.idleSeconds).toBe(5);
    expect(config.timeouts.warningSeconds).toBe(20);
  });

  it('ignores nonsense in the query string', () => {
    const config = webConfigFrom('?mode=root&idle=-3', 'http://x');
    expect(config.mode).toBe('kiosk');
    expect(config.timeouts.idleSeconds).toBe(defaultWebConfig.timeouts.idleSeconds);
  });

  it('keeps the test parameters (printer included) across the end of a visit, and nothing else', () => {
    const url = new URL(clearedUrl('http://x/?keyboard=off&printer=off&nir=2780506088101#/compte', 'inactivity'));
    expect(url.searchParams.get('keyboard')).toBe('off');
    expect(url.searchParams.get('printer')).toBe('off');
    expect(url.searchParams.get('cleared')).toBe('inactivity');
    expect(url.searchParams.has('nir')).toBe(false);
    expect(url.hash).toBe('');
  });
});
