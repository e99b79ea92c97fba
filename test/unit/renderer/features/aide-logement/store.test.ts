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
});
