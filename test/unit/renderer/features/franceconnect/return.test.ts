import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { installFranceConnectReturn, parseFranceConnectReturn, takeFranceConnectReturn } from '@renderer/features/franceconnect/return';

describe('coming back from FranceConnect', () => {
  it('reads the one-time code, an error or the end of a logout from the fragment', () => {
    expect(parseFranceConnectReturn('#franceconnect_code=abc123')).toEqual({ kind: 'code', code: 'abc123', verifier: null });
    expect(parseFranceConnectReturn('#franceconnect_error=franceconnect.cancelled')).toEqual({ kind: 'error', code: 'franceconnect.cancelled' });
    expect(parseFranceConnectReturn('#franceconnect_logout=done')).toEqual({ kind: 'logout' });
    expect(parseFranceConnectReturn('')).toBeNull();
    expect(parseFranceConnectReturn('#other=1')).toBeNull();
  });

  it('removes the code from the address at once and sends the first screen to the return view, once', async () => {
    const replaceState = vi.fn();
    const sessionStorage = new Map<string, string>([['franceconnect.verifier', 'kept-verifier']]);
    const storage = { getItem: (k: string) => sessionStorage.get(k) ?? null, removeItem: (k: string) => sessionStorage.delete(k) };
    const win = { location: { hash: '#franceconnect_code=abc123', pathname: '/', search: '' }, history: { replaceState }, sessionStorage: storage };
    const view = { render: () => null };
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', name: 'welcome', component: view },
        { path: '/retour', name: 'franceconnect-return', component: view },
      ],
    });
    installFranceConnectReturn(router, win as never);
    expect(replaceState).toHaveBeenCalledWith(null, '', '/');
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('franceconnect-return');
    // The kiosk's verifier comes along, and leaves the tab's storage at once.
    expect(takeFranceConnectReturn()).toEqual({ kind: 'code', code: 'abc123', verifier: 'kept-verifier' });
    expect(sessionStorage.size).toBe(0);
    expect(takeFranceConnectReturn()).toBeNull();
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('welcome');
  });

  it('also hands the end of FranceConnect’s logout to the return view, which ends the visit', async () => {
    const win = { location: { hash: '#franceconnect_logout=done', pathname: '/', search: '?keyboard=off' }, history: { replaceState: vi.fn() }, sessionStorage: { getItem: () => null, removeItem: () => undefined } };
    const view = { render: () => null };
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', name: 'welcome', component: view },
        { path: '/retour', name: 'franceconnect-return', component: view },
      ],
    });
    installFranceConnectReturn(router, win as never);
    expect(win.history.replaceState).toHaveBeenCalledWith(null, '', '/?keyboard=off');
    await router.push('/');
    expect(router.currentRoute.value.name).toBe('franceconnect-return');
    expect(takeFranceConnectReturn()).toEqual({ kind: 'logout' });
  });
});
