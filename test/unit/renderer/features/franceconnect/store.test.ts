import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '@renderer/api';
import { etatCivilOfPrefill, useCreateAccountStore } from '@renderer/features/create-account/store';
import { useFranceConnectStore } from '@renderer/features/franceconnect/store';
import { useSessionStore } from '@renderer/app/session-store';
import { route } from '../../route-mocks';
import { refusal, storeHarness } from '../../store-harness';

vi.mock('@renderer/api/request', () => import('../../route-mocks'));
const exchange = route('franceConnectExchange');
const prefill = {
  civilite: 'MADAME' as const, nomNaissance: 'PEREIRA', prenoms: 'ANA SOFIA', nomUsage: 'MARTIN', dateNaissance: '14/02/1991',
  lieuNaissance: { kind: 'etranger' as const, pays: '99139' }, email: 'ana@example.fr',
};

let harness: ReturnType<typeof storeHarness>;
beforeEach(() => {
  vi.resetAllMocks();
  api.setToken(null);
  harness = storeHarness();
});

describe('FranceConnect at the kiosk', () => {
  it('opens the session of a person who has Mon Compte, marked as coming from FranceConnect', async () => {
    exchange.mockResolvedValue({ kind: 'session', session: { token: 'fc-1', kind: 'full', expiresAt: '2026-11-22T15:00:00.000Z', idleTimeoutSeconds: 900 } });
    const outcome = await harness.use(useFranceConnectStore).exchange('one-time', 'v'.repeat(43));
    expect(outcome).toEqual({ kind: 'session', session: 'full' });
    expect(exchange).toHaveBeenCalledWith({ body: { code: 'one-time', verifier: 'v'.repeat(43) } });
    const session = harness.use(useSessionStore);
    expect(session.viaFranceConnect).toBe(true);
    expect(api.hasToken()).toBe(true);
  });

  it('prefills the account-creation wizard for a person without Mon Compte, leaving the NIR question open', async () => {
    exchange.mockResolvedValue({ kind: 'create-account', prefill });
    expect(await harness.use(useFranceConnectStore).exchange('one-time', 'v'.repeat(43))).toEqual({ kind: 'create-account' });
    const wizard = harness.use(useCreateAccountStore);
    expect(wizard.etatCivil).toMatchObject({
      hasNir: null, civilite: 'MADAME', nomNaissance: 'PEREIRA', prenoms: 'ANA SOFIA', nomUsage: 'MARTIN',
      dateNaissance: '14/02/1991', lieuKind: 'etranger', pays: '99139', departement: null, commune: null,
    });
    expect(api.hasToken()).toBe(false);
  });

  it('maps a birth in France to its département and commune', () => {
    expect(etatCivilOfPrefill({ ...prefill, nomUsage: null, lieuNaissance: { kind: 'france', departement: '06', commune: '06088' } })).toMatchObject({
      nomUsage: '', lieuKind: 'france', departement: '06', commune: '06088', pays: null,
    });
  });

  it('keeps the refusal of a spent one-time code for the screen', async () => {
    exchange.mockRejectedValue(refusal(400, 'franceconnect.code'));
    const store = harness.use(useFranceConnectStore);
    expect(await store.exchange('used', 'v'.repeat(43))).toEqual({ kind: 'failed', code: 'franceconnect.code' });
    expect(store.error).toBe('franceconnect.code');
    await harness.visit.endVisit('quit');
    expect(store.error).toBeNull();
  });

  it('does not send a code this tab holds no verifier for: the back end would refuse it, the screen says it expired', async () => {
    const store = harness.use(useFranceConnectStore);
    expect(await store.exchange('one-time', null)).toEqual({ kind: 'failed', code: 'franceconnect.code' });
    expect(exchange).not.toHaveBeenCalled();
    expect(store.error).toBe('franceconnect.code');
  });
});
