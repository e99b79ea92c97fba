import { createPinia, setActivePinia } from 'pinia';
import { createApp } from 'vue';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { kioskKey, type KioskContext } from '@renderer/kiosk/kiosk-context';
import { createVisitLifecycle } from '@renderer/kiosk/visit';
import { resetStoresAtVisitEnd } from '@renderer/app/visit-reset';

// The API module is mocked: any call the test did not plan fails loudly.
vi.mock('@renderer/api/account-creation', () => ({
  accountCreationApi: {
    start: vi.fn(async () => ({ id: 'flow-1', step: 'contact' })),
    updateEtatCivil: vi.fn(async () => ({ id: 'flow-1', step: 'contact' })),
    identityDocument: vi.fn(async () => ({ id: 'flow-1', step: 'contact' })),
    verifyCode: vi.fn(),
    password: vi.fn(),
    get: vi.fn(),
  },
}));
const { accountCreationApi } = await import('@renderer/api/account-creation');
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
    expect(accountCreationApi.start).toHaveBeenCalledTimes(1);
    expect(accountCreationApi.updateEtatCivil).toHaveBeenCalledWith('flow-1', expect.objectContaining({ prenoms: 'INES MARIE' }));
  });

  it('never declares « pas de pièce d’identité française » (a flagged account) for a visitor who chose nothing', async () => {
    const { store } = setup();
    await store.submitEtatCivil(values);
    await expect(store.submitIdentityDocument({ kind: null, number: '' })).rejects.toThrow(/identity document kind/);
    expect(accountCreationApi.identityDocument).not.toHaveBeenCalled();
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

  it('reports an unreachable back end as trouble to show, not as a field error', async () => {
    const { store } = setup();
    vi.mocked(accountCreationApi.start).mockRejectedValueOnce(new Error('Network Error'));
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
    vi.mocked(accountCreationApi.verifyCode).mockRejectedValueOnce(new Error('Network Error'));
    expect((await store.verifyCode('123456')).ok).toBe(false);
    expect(store.trouble).toBe('unreachable');
    vi.mocked(accountCreationApi.get).mockResolvedValueOnce({ id: 'flow-1', step: 'password' } as never);
    expect(await store.resume('code')).toEqual({ moved: 'password' });
    expect(accountCreationApi.get).toHaveBeenCalledWith('flow-1');
    expect(accountCreationApi.verifyCode).toHaveBeenCalledTimes(1);
    expect(store.flow?.step).toBe('password');
    expect(store.trouble).toBeNull();
  });

  it('a password saved whose answer was lost: the summary', async () => {
    const store = await atCode();
    vi.mocked(accountCreationApi.get).mockResolvedValueOnce({ id: 'flow-1', step: 'summary' } as never);
    expect(await store.resume('password')).toEqual({ moved: 'summary' });
  });

  it('a call the back end never got is sent again; still no answer keeps the calm message', async () => {
    const store = await atCode();
    vi.mocked(accountCreationApi.get).mockResolvedValueOnce({ id: 'flow-1', step: 'code' } as never);
    expect(await store.resume('code')).toEqual({ replay: true });
    vi.mocked(accountCreationApi.get).mockRejectedValueOnce(new Error('Network Error'));
    expect(await store.resume('code')).toEqual({ unreachable: true });
    expect(store.trouble).toBe('unreachable');
  });
});
