import { createPinia, setActivePinia } from 'pinia';
import { createApp } from 'vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { kioskKey, type KioskContext } from '@renderer/kiosk/kiosk-context';
import { createVisitLifecycle } from '@renderer/kiosk/visit';
import { resetStoresAtVisitEnd } from '@renderer/app/visit-reset';

// The back end is mocked: the routes the tests plan answer a flow; any other call fails loudly.
const planned = vi.hoisted(() => ({
  creationStart: vi.fn(async (_parts?: unknown) => ({ id: 'flow-1', step: 'contact' })),
  creationEtatCivil: vi.fn(async (_parts?: unknown) => ({ id: 'flow-1', step: 'contact' })),
  creationIdentityDocument: vi.fn(async (_parts?: unknown) => ({ id: 'flow-1', step: 'contact' })),
  creationCodeVerify: vi.fn(async (_parts?: unknown): Promise<unknown> => undefined),
  creationPassword: vi.fn(async (_parts?: unknown): Promise<unknown> => undefined),
  creationGet: vi.fn(async (_parts?: unknown): Promise<unknown> => undefined),
}));
vi.mock('@renderer/api/request', () => ({
  request: (name: string, parts?: unknown) => {
    if (!(name in planned)) throw new Error(`unplanned call to ${name}`);
    return planned[name as keyof typeof planned](parts);
  },
}));
const { useCreateAccountStore, etatCivilInputOf } = await import('@renderer/features/create-account/store');

function setup() {
  const visit = createVisitLifecycle({ endVisit: async () => undefined });
  const app = createApp({});
  app.provide(kioskKey, { visit } as unknown as KioskContext);
  const pinia = createPinia();
  pinia.use(resetStoresAtVisitEnd(visit));
  app.use(pinia);
  setActivePinia(pinia);
  // Stores created inside the app's context see its provides (the visit lifecycle).
  const store = app.runWithContext(() => useCreateAccountStore());
  return { store, visit };
}

const values = {
  hasNir: 'oui' as const, nir: '2 09 02 33 063 110', civilite: 'MADAME' as const, nomNaissance: 'BENALI', prenoms: 'INES',
  nomUsage: '', dateNaissance: '08/02/2009', lieuKind: 'france' as const, departement: '33', commune: '33063', pays: null,
};

describe('the account-creation store', () => {
  beforeEach(() => vi.clearAllMocks());

  it('sends the état civil as the back end takes it (NIR without spaces, birthplace by kind)', () => {
    expect(etatCivilInputOf(values)).toEqual({
      hasNir: true, nir: '2090233063110', civilite: 'MADAME', nomNaissance: 'BENALI', prenoms: 'INES', nomUsage: '',
      dateNaissance: '08/02/2009', lieuNaissance: { kind: 'france', departement: '33', commune: '33063' },
    });
    expect(etatCivilInputOf({ ...values, hasNir: 'non', lieuKind: 'etranger', pays: '99341' })).toMatchObject({
      hasNir: false, lieuNaissance: { kind: 'etranger', pays: '99341' },
    });
    expect(etatCivilInputOf({ ...values, hasNir: 'non' })).not.toHaveProperty('nir');
  });

  it('never picks a civilité the visitor did not choose: an empty one is a bug, not MADAME', () => {
    expect(() => etatCivilInputOf({ ...values, civilite: null })).toThrow(/civilite/);
  });

  it('never sends a birthplace the visitor did not give: no kind is not « en France », a missing commune is not empty', () => {
    expect(() => etatCivilInputOf({ ...values, lieuKind: null })).toThrow(/lieuNaissance/);
    expect(() => etatCivilInputOf({ ...values, commune: null })).toThrow(/lieuNaissance/);
    expect(() => etatCivilInputOf({ ...values, lieuKind: 'etranger', pays: null })).toThrow(/lieuNaissance/);
  });

  it('starts the flow once, then corrects it rather than starting another', async () => {
    const { store } = setup();
    await store.submitEtatCivil(values);
    await store.submitEtatCivil({ ...values, prenoms: 'INES MARIE' });
    expect(planned.creationStart).toHaveBeenCalledTimes(1);
    expect(planned.creationEtatCivil).toHaveBeenCalledWith({ params: { id: 'flow-1' }, body: expect.objectContaining({ prenoms: 'INES MARIE' }) });
  });

  it('never declares « pas de pièce d’identité française » (a flagged account) for a visitor who chose nothing', async () => {
    const { store } = setup();
    await store.submitEtatCivil(values);
    await expect(store.submitIdentityDocument({ kind: null, number: '' })).rejects.toThrow(/identity document kind/);
    expect(planned.creationIdentityDocument).not.toHaveBeenCalled();
  });

  it('keeps nothing of the visitor once the visit has ended', async () => {
    const { store, visit } = setup();
    await store.submitEtatCivil(values);
    store.contact.value = 'ines@exemple.fr';
    await visit.endVisit('quit');
    expect(store.flow).toBeNull();
    expect(store.etatCivil.nomNaissance).toBe('');
    expect(store.etatCivil.nir).toBe('');
    expect(store.contact.value).toBe('');
  });

  it('sends the start again with the same idempotency key after a lost answer, and another key for another état civil', async () => {
    const { store } = setup();
    planned.creationStart.mockRejectedValueOnce(new Error('Network Error'));
    expect((await store.submitEtatCivil(values)).ok).toBe(false);
    expect((await store.submitEtatCivil(values)).ok).toBe(true); // « Réessayer »: the back end answers its first flow
    const keys = planned.creationStart.mock.calls.map((c) => (c[0] as { body: { idempotencyKey: string } }).body.idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    const { store: next } = setup(); // another visit: another key, even for the same état civil
    planned.creationStart.mockRejectedValueOnce(new Error('Network Error'));
    await next.submitEtatCivil(values);
    await next.submitEtatCivil({ ...values, prenoms: 'INES MARIE' }); // corrected before the retry: a new start
    const later = planned.creationStart.mock.calls.slice(2).map((c) => (c[0] as { body: { idempotencyKey: string } }).body.idempotencyKey);
    expect(new Set([keys[0], ...later]).size).toBe(3);
  });

  it('reports an unreachable back end as trouble to show, not as a field error', async () => {
    const { store } = setup();
    planned.creationStart.mockRejectedValueOnce(new Error('Network Error'));
    const result = await store.submitEtatCivil(values);
    expect(result.ok).toBe(false);
    expect(store.trouble).toBe('unreachable');
    expect(store.etatCivil.nomNaissance).toBe('BENALI');
  });
});

describe('« Réessayer » in the account-creation wizard after a lost answer', () => {
  beforeEach(() => vi.clearAllMocks());
  async function atCode() {
    const { store } = setup();
    await store.submitEtatCivil(values);
    return store;
  }

  it('a code verified whose answer was lost: the password step the back end names, without verifying again', async () => {
    const store = await atCode();
    planned.creationCodeVerify.mockRejectedValueOnce(new Error('Network Error'));
    expect((await store.verifyCode('123456')).ok).toBe(false);
    expect(store.trouble).toBe('unreachable');
    planned.creationGet.mockResolvedValueOnce({ id: 'flow-1', step: 'password' } as never);
    expect(await store.resume('code')).toEqual({ moved: 'password' });
    expect(planned.creationGet).toHaveBeenCalledWith({ params: { id: 'flow-1' } });
    expect(planned.creationCodeVerify).toHaveBeenCalledTimes(1);
    expect(store.flow?.step).toBe('password');
    expect(store.trouble).toBeNull();
  });

  it('a password saved whose answer was lost: the summary', async () => {
    const store = await atCode();
    planned.creationGet.mockResolvedValueOnce({ id: 'flow-1', step: 'summary' } as never);
    expect(await store.resume('password')).toEqual({ moved: 'summary' });
  });

  it('a call the back end never got is sent again; still no answer keeps the calm message', async () => {
    const store = await atCode();
    planned.creationGet.mockResolvedValueOnce({ id: 'flow-1', step: 'code' } as never);
    expect(await store.resume('code')).toEqual({ replay: true });
    planned.creationGet.mockRejectedValueOnce(new Error('Network Error'));
    expect(await store.resume('code')).toEqual({ unreachable: true });
    expect(store.trouble).toBe('unreachable');
  });
});
