import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { parseFranceConnectReturn, readFranceConnectReturn, receiveFranceConnectReturn } from '@renderer/features/franceconnect/return';
import { useFranceConnectReturnStore } from '@renderer/features/franceconnect/return-store';

function kioskRouter() {
  const view = { render: () => null };
  return createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'welcome', component: view },
      { path: '/retour', name: 'franceconnect-return', component: view },
    ],
  });
}

function page(hash: string, search = '', stored: Record<string, string> = {}) {
  const storage = new Map(Object.entries(stored));
  return {
    storage,
    win: {
      location: { hash, pathname: '/', search },
      history: { replaceState: vi.fn() },
      sessionStorage: { getItem: (k: string) => storage.get(k) ?? null, removeItem: (k: string) => void storage.delete(k) },
    },
  };
}

beforeEach(() => {
  const pinia = createPinia();
  createApp({ render: () => null }).use(pinia);
  setActivePinia(pinia);
});

describe('coming back from FranceConnect', () => {
  it('reads the one-time code, an error or the end of a logout from the fragment', () => {
    expect(parseFranceConnectReturn('#franceconnect_code=abc123')).toEqual({ kind: 'code', code: 'abc123', verifier: null });
    expect(parseFranceConnectReturn('#franceconnect_error=franceconnect.cancelled')).toEqual({ kind: 'error', code: 'franceconnect.cancelled' });
    expect(parseFranceConnectReturn('#franceconnect_logout=done')).toEqual({ kind: 'logout' });
    expect(parseFranceConnectReturn('')).toBeNull();
    expect(parseFranceConnectReturn('#other=1')).toBeNull();
  });

  it('removes the code from the address at once, closes main’s allowance, and sends the first screen to the return view, once', async () => {
    const { win, storage } = page('#franceconnect_code=abc123', '', { 'franceconnect.verifier': 'kept-verifier' });
    const router = kioskRouter();
    const bridge = { setFranceConnectStep: vi.fn() };
    const store = useFranceConnectReturnStore();
    receiveFranceConnectReturn(router, bridge, store, win as never);
    expect(win.history.replaceState).toHaveBeenCalledWith(null, '', '/');
    expect(bridge.setFranceConnectStep).toHaveBeenCalledExactlyOnceWith(false);
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('franceconnect-return');
    // The kiosk's verifier comes along, and leaves the tab's storage at once.
    expect(store.take()).toEqual({ kind: 'code', code: 'abc123', verifier: 'kept-verifier' });
    expect(storage.size).toBe(0);
    expect(store.take()).toBeNull();
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('welcome');
  });

  it('also hands the end of FranceConnect’s logout to the return view, which ends the visit', async () => {
    const { win } = page('#franceconnect_logout=done', '?keyboard=off');
    const router = kioskRouter();
    const store = useFranceConnectReturnStore();
    receiveFranceConnectReturn(router, { setFranceConnectStep: vi.fn() }, store, win as never);
    expect(win.history.replaceState).toHaveBeenCalledWith(null, '', '/?keyboard=off');
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('franceconnect-return');
    expect(store.pending).toEqual({ kind: 'logout' });
  });

  it('does nothing on an ordinary start: the address, the allowance and the first screen are left alone', async () => {
    const { win } = page('', '?keyboard=off');
    const router = kioskRouter();
    const bridge = { setFranceConnectStep: vi.fn() };
    expect(receiveFranceConnectReturn(router, bridge, useFranceConnectReturnStore(), win as never)).toBeNull();
    expect(readFranceConnectReturn(win as never)).toBeNull();
    expect(win.history.replaceState).not.toHaveBeenCalled();
    expect(bridge.setFranceConnectStep).not.toHaveBeenCalled();
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('welcome');
  });
});
