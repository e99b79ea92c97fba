import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '@renderer/api';
import { useLoginStore } from '@renderer/features/login/store';
import { revokeSession, useSessionStore } from '@renderer/app/session-store';
import { route } from '../../route-mocks';
import { networkDown, refusal, storeHarness } from '../../store-harness';

vi.mock('@renderer/api/request', () => import('../../route-mocks'));
const login = route('login');
const logout = route('logout');
const session = (kind: 'full' | 'migration') => ({ token: 't-123', kind, expiresAt: '2026-11-22T14:00:00.000Z', idleTimeoutSeconds: 900 });

let harness: ReturnType<typeof storeHarness>;
beforeEach(() => {
  vi.resetAllMocks();
  api.setToken(null);
  harness = storeHarness();
});

describe('the login store', () => {
  it('opens a full session: the token goes to the API client only, the kind to the session store', async () => {
    login.mockResolvedValue(session('full'));
    const store = harness.use(useLoginStore);
    expect(await store.login('2 78 05 06 088 101', 'Veronique2021')).toBe('full');
    expect(login).toHaveBeenCalledWith({ body: { identifier: '2780506088101', password: 'Veronique2021' } });
    expect(api.hasToken()).toBe(true);
    expect(harness.use(useSessionStore).kind).toBe('full');
    expect(JSON.stringify(store.$state)).not.toContain('t-123');
    expect(JSON.stringify(store.$state)).not.toContain('Veronique2021');
  });

  it('says a migrated allocataire’s first login is a migration session', async () => {
    login.mockResolvedValue(session('migration'));
    expect(await harness.use(useLoginStore).login('1600667482107', '47110592')).toBe('migration');
  });

  it('turns invalid credentials into one refusal that does not say which part was wrong', async () => {
    login.mockRejectedValue(refusal(401, 'auth.invalidCredentials'));
    const store = harness.use(useLoginStore);
    expect(await store.login('2780506088101', 'wrong')).toBeNull();
    expect(store.refusal).toEqual({ kind: 'invalid' });
    expect(api.hasToken()).toBe(false);
  });

  it('carries the lockout’s Retry-After to the screen', async () => {
    login.mockRejectedValue(refusal(429, 'auth.locked', { 'retry-after': '120' }));
    const store = harness.use(useLoginStore);
    await store.login('2780506088101', 'wrong');
    expect(store.refusal).toEqual({ kind: 'locked', retryAfterSeconds: 120 });
  });

  it('keeps the identifier and reports trouble, not a refusal, when the back end does not answer', async () => {
    login.mockRejectedValue(networkDown());
    const store = harness.use(useLoginStore);
    await store.login('2780506088101', 'Veronique2021');
    expect(store.trouble).toBe('unreachable');
    expect(store.refusal).toBeNull();
    expect(store.identifier).toBe('2780506088101');
  });

  it('forgets the identifier, the refusal and the session at the end of the visit', async () => {
    login.mockRejectedValueOnce(refusal(401, 'auth.invalidCredentials')).mockResolvedValueOnce(session('full'));
    const store = harness.use(useLoginStore);
    store.provisional = true;
    await store.login('9123456789012', 'wrong');
    await store.login('9123456789012', 'Right2021');
    await harness.visit.endVisit('logout');
    expect(store.identifier).toBe('');
    expect(store.provisional).toBe(false);
    expect(store.refusal).toBeNull();
    expect(harness.use(useSessionStore).kind).toBeNull();
  });
});

describe('revoking the session', () => {
  it('asks the back end to revoke the token, then forgets it', async () => {
    api.setToken('t-1');
    logout.mockResolvedValue(null);
    await revokeSession();
    expect(logout).toHaveBeenCalledTimes(1);
    expect(api.hasToken()).toBe(false);
  });

  it('forgets the token even when the back end does not answer', async () => {
    api.setToken('t-1');
    logout.mockRejectedValue(networkDown());
    await revokeSession();
    expect(api.hasToken()).toBe(false);
  });

  it('calls nobody when no one is logged in', async () => {
    await revokeSession();
    expect(logout).not.toHaveBeenCalled();
  });
});
