import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAideLogementStore } from '@renderer/features/aide-logement/store';
import { route } from '../../route-mocks';
import { storeHarness } from '../../store-harness';

vi.mock('@renderer/api/request', () => import('../../route-mocks'));

let harness: ReturnType<typeof storeHarness>;
beforeEach(() => {
  vi.resetAllMocks();
  harness = storeHarness();
});

describe('the aide-au-logement store', () => {
  it('saves, sends and fetches the accusé of the draft the back end opened', async () => {
    route('demandeStart').mockResolvedValue({ id: 'd-1' } as never);
    route('demandeBanque').mockResolvedValue({ id: 'd-1' } as never);
    const store = harness.use(useAideLogementStore);
    await store.start();
    await store.save('banque', { titulaire: 'INES BENALI', iban: 'FR7630006000011234567890189' });
    expect(route('demandeStart')).toHaveBeenCalledWith({ body: { prestation: 'aide-logement' } });
    expect(route('demandeBanque')).toHaveBeenCalledWith({ params: { id: 'd-1' }, body: expect.anything() });
  });

  it('refuses to save, send or fetch an accusé with no draft open, instead of calling the back end with no id', async () => {
    const store = harness.use(useAideLogementStore);
    await expect(store.save('banque', { titulaire: 'X', iban: 'Y' })).rejects.toThrow(/not started/);
    await expect(store.send()).rejects.toThrow(/not started/);
    expect(() => store.accuse()).toThrow(/not started/);
    expect(route('demandeBanque')).not.toHaveBeenCalled();
    expect(route('demandeEnvoi')).not.toHaveBeenCalled();
    expect(route('accuseReception')).not.toHaveBeenCalled();
  });

  it('« Réessayer » after a lost answer reads where the request stands: sent meanwhile, it follows the back end', async () => {
    // Fails before: the retry sent the step's PUT again over a sent request (refused: demande.sent), the screen moved to the
    // next step of a request that was no longer a draft.
    route('demandeStart').mockResolvedValue({ id: 'd-1', status: 'brouillon' } as never);
    route('demandeBanque').mockRejectedValueOnce(new Error('Network Error'));
    route('demandeGet').mockResolvedValue({ id: 'd-1', status: 'recue', sentAt: '2026-12-02T10:00:00.000Z' } as never);
    const store = harness.use(useAideLogementStore);
    await store.start();
    const body = { titulaire: 'INES BENALI', iban: 'FR7630006000011234567890189' };
    expect((await store.save('banque', body)).ok).toBe(false);
    expect(store.trouble).toBe('unreachable');
    const retried = await store.save('banque', body);
    expect(retried.ok).toBe(true);
    expect(store.sent()).toBe(true);
    expect(route('demandeBanque')).toHaveBeenCalledTimes(1);
  });

  it('« Réessayer » on a request still a draft sends the same answers again; still no answer keeps the calm message', async () => {
    route('demandeStart').mockResolvedValue({ id: 'd-1', status: 'brouillon' } as never);
    route('demandeBanque').mockRejectedValueOnce(new Error('Network Error')).mockResolvedValue({ id: 'd-1', status: 'brouillon' } as never);
    route('demandeGet').mockRejectedValueOnce(new Error('Network Error')).mockResolvedValue({ id: 'd-1', status: 'brouillon' } as never);
    const store = harness.use(useAideLogementStore);
    await store.start();
    const body = { titulaire: 'INES BENALI', iban: 'FR7630006000011234567890189' };
    await store.save('banque', body);
    expect(await store.save('banque', body)).toEqual({ ok: false, failure: { kind: 'unreachable' } });
    expect(route('demandeBanque')).toHaveBeenCalledTimes(1);
    expect((await store.save('banque', body)).ok).toBe(true);
    expect(route('demandeBanque')).toHaveBeenCalledTimes(2);
    expect(store.sent()).toBe(false);
  });
});
