import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demandesApi } from '@renderer/api/demandes';
import { useAideLogementStore } from '@renderer/features/aide-logement/store';
import { storeHarness } from '../../store-harness';

vi.mock('@renderer/api/demandes', () => ({
  demandesApi: { start: vi.fn(), save: vi.fn(), send: vi.fn(), accuse: vi.fn() },
}));
const calls = vi.mocked(demandesApi);

let harness: ReturnType<typeof storeHarness>;
beforeEach(() => {
  vi.resetAllMocks();
  harness = storeHarness();
});

describe('the aide-au-logement store', () => {
  it('saves, sends and fetches the accusé of the draft the back end opened', async () => {
    calls.start.mockResolvedValue({ id: 'd-1' } as never);
    calls.save.mockResolvedValue({ id: 'd-1' } as never);
    const store = harness.use(useAideLogementStore);
    await store.start();
    await store.save('banque', { titulaire: 'INES BENALI', iban: 'FR7630006000011234567890189' });
    expect(calls.save).toHaveBeenCalledWith('d-1', 'banque', expect.anything());
  });

  it('refuses to save, send or fetch an accusé with no draft open, instead of calling the back end with no id', async () => {
    const store = harness.use(useAideLogementStore);
    await expect(store.save('banque', { titulaire: 'X', iban: 'Y' })).rejects.toThrow(/not started/);
    await expect(store.send()).rejects.toThrow(/not started/);
    expect(() => store.accuse()).toThrow(/not started/);
    expect(calls.save).not.toHaveBeenCalled();
    expect(calls.send).not.toHaveBeenCalled();
    expect(calls.accuse).not.toHaveBeenCalled();
  });
});
