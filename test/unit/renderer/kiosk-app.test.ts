// The start of a visit as the kiosk runs it (renderer/src/kiosk-app.ts, the app main.ts mounts): a page that comes
// back from FranceConnect closes main's FranceConnect allowance and shows the return screen, with the return held by
// the FranceConnect store until that screen takes it; an ordinary start leaves the allowance alone. The fragment is
// read once, before the router's first navigation, and is gone from the address afterwards.
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { KioskBridge } from '@shared/ipc';
import { defaultWebConfig } from '@renderer/kiosk/web-bridge';
import { createKioskApp } from '@renderer/kiosk-app';

// FranceConnect's exchange is mocked; every other call goes to the real request().
const exchange = vi.hoisted(() => vi.fn());
vi.mock('@renderer/api/request', async (importOriginal) => {
  const real = await importOriginal<{ request: (name: string, parts?: unknown) => unknown }>();
  return { request: (name: string, parts?: unknown) => (name === 'franceConnectExchange' ? exchange(parts) : real.request(name, parts)) };
});

function fakeBridge() {
  return {
    getConfig: vi.fn(async () => ({ ...defaultWebConfig, onScreenKeyboard: false })),
    reportActivity: vi.fn(),
    setWaitingForCode: vi.fn(),
    setFranceConnectStep: vi.fn(),
    endVisit: vi.fn(async () => undefined),
    print: vi.fn(async () => ({ ok: true as const })),
    agentUnlock: vi.fn(async () => ({ ok: false as const, reason: 'disabled' as const })),
    agentStatus: vi.fn(async () => null),
    agentAction: vi.fn(async () => ({ ok: false as const, reason: 'locked' as const })),
    callAgent: vi.fn(async () => ({ terminalId: 'test', siteName: 'Caf de test', at: '2026-12-01T10:00:00.000Z' })),
  } satisfies KioskBridge;
}

let unmount: (() => void) | null = null;

async function start(address: string) {
  window.history.replaceState(null, '', address);
  const bridge = fakeBridge();
  const app = createKioskApp(bridge);
  const root = document.createElement('div');
  document.body.append(root);
  app.mount(root);
  unmount = () => {
    app.unmount();
    root.remove();
  };
  await flushPromises();
  const router = app.config.globalProperties.$router;
  await router.isReady();
  await flushPromises();
  return { bridge, router, root };
}

beforeEach(() => {
  exchange.mockReturnValue(new Promise(() => undefined));
  sessionStorage.clear();
});
afterEach(() => {
  unmount?.();
  unmount = null;
  window.history.replaceState(null, '', '/');
});

describe('the start of a visit', () => {
  it('closes the FranceConnect allowance when the page comes back from FranceConnect, and shows the return screen', async () => {
    sessionStorage.setItem('franceconnect.verifier', 'v'.repeat(43));
    const { bridge, router } = await start('/?keyboard=off#franceconnect_code=one-time');
    expect(bridge.setFranceConnectStep).toHaveBeenCalledWith(false);
    expect(bridge.setFranceConnectStep).toHaveBeenCalledTimes(1);
    expect(router.currentRoute.value.name).toBe('franceconnect-return');
    // The return screen took the code and the kiosk's proof, and nothing of it is left in the address or the tab.
    expect(exchange).toHaveBeenCalledWith({ body: { code: 'one-time', verifier: 'v'.repeat(43) } });
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?keyboard=off');
    expect(sessionStorage.getItem('franceconnect.verifier')).toBeNull();
  });

  it.each(['#franceconnect_error=franceconnect.cancelled', '#franceconnect_logout=done'])(
    'closes it too when the page comes back with %s',
    async (fragment) => {
      const { bridge } = await start(`/${fragment}`);
      expect(bridge.setFranceConnectStep).toHaveBeenCalledWith(false);
    },
  );

  it('leaves the allowance alone on an ordinary start, on the welcome screen', async () => {
    const { bridge, router } = await start('/?keyboard=off');
    expect(bridge.setFranceConnectStep).not.toHaveBeenCalled();
    expect(router.currentRoute.value.name).toBe('welcome');
    expect(exchange).not.toHaveBeenCalled();
  });
});
