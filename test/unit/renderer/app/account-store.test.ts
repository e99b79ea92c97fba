import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '@renderer/api/account-space';
import { useAccountSpaceStore } from '@renderer/app/account-store';
import { route } from '../route-mocks';
import { storeHarness } from '../store-harness';

vi.mock('@renderer/api/request', () => import('../route-mocks'));
const calls = { me: route('me'), dashboard: route('dashboard'), payments: route('payments') };
const me = (rights: Me['rights']): Me => ({
  identifier: '2780506088101', identifierKind: 'nir', displayName: 'VERONIQUE F.', civilite: 'MADAME', prenoms: 'VERONIQUE',
  nomNaissance: 'FONTAINE', nomUsage: null, dateNaissance: '1978-05-12',
  lieuNaissance: { kind: 'france', departement: '06', commune: '06088', nom: 'Nice' },
  role: 'responsable', autorisationGestion: false, rights,
  contact: { mobile: null, autreTelephone: null, email: null },
});
const dashboard = { lastPayment: { date: '2021-05-25', amountCents: 5800, label: 'Apl', paidToThirdParty: true }, allocations: [], attestations: [], courriers: [] };

let harness: ReturnType<typeof storeHarness>;
beforeEach(() => {
  vi.resetAllMocks();
  harness = storeHarness();
});

describe('the account-space store', () => {
  it('loads the dashboard when the role may read the household’s file', async () => {
    calls.me.mockResolvedValue(me(['self.read', 'household.read']));
    calls.dashboard.mockResolvedValue(dashboard);
    const store = harness.use(useAccountSpaceStore);
    await store.load();
    expect(store.can('household.read')).toBe(true);
    expect(store.dashboard?.lastPayment?.amountCents).toBe(5800);
  });

  it('does not even ask for the dashboard of a role that may only read its own data', async () => {
    calls.me.mockResolvedValue(me(['self.read', 'self.contact']));
    const store = harness.use(useAccountSpaceStore);
    await store.load();
    expect(calls.dashboard).not.toHaveBeenCalled();
    expect(store.dashboard).toBeNull();
    expect(store.can('household.read')).toBe(false);
  });

  it('forgets the person and their documents at the end of the visit', async () => {
    calls.me.mockResolvedValue(me(['household.read']));
    calls.dashboard.mockResolvedValue(dashboard);
    calls.payments.mockResolvedValue({ payments: [dashboard.lastPayment] });
    const store = harness.use(useAccountSpaceStore);
    await store.load();
    await store.loadPayments();
    await harness.visit.endVisit('logout');
    expect(store.me).toBeNull();
    expect(store.dashboard).toBeNull();
    expect(store.payments).toBeNull();
  });
});
