// The household store (issue 7): a refusal of the back end after the screen offered an action (the rights changed
// meanwhile) is flagged for a plain explanation and the person's rights are read again.
import { AxiosError, AxiosHeaders } from 'axios';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { route } from '../../route-mocks';

vi.mock('@renderer/api/request', () => import('../../route-mocks'));
// Untyped, as the partial people and members of these tests are.
const loose = (name: Parameters<typeof route>[0]) => route(name) as Mock;
const api = {
  household: {
    declareSeparation: loose('separation'), setAutorisation: loose('autorisation'), household: loose('household'),
    changeContact: loose('contactChange'), verifyCode: loose('contactCodeVerify'),
  },
  space: { me: loose('me'), dashboard: loose('dashboard'), payments: loose('payments') },
};

const { useHouseholdStore } = await import('@renderer/features/household/store');
const { useAccountSpaceStore } = await import('@renderer/app/account-store');

const refusal = (status: number, code: string) =>
  new AxiosError('refused', 'ERR_BAD_REQUEST', undefined, undefined, {
    status, statusText: '', data: { code, message: '' }, headers: {}, config: { headers: new AxiosHeaders() },
  });
const marc = (rights: string[]) => ({ displayName: 'MARC F.', role: 'conjoint', autorisationGestion: rights.includes('household.read'), rights });

describe('the household store', () => {
  beforeEach(() => {
    setActivePinia(createPinia());
    vi.resetAllMocks();
  });

  it('« Réessayer » after a lost answer declares the separation with the same key, other answers with another', async () => {
    api.household.declareSeparation.mockRejectedValueOnce(new Error('Network Error'));
    api.household.declareSeparation.mockResolvedValue({ id: 's-1', date: '2026-10-01', staysInHome: true, declaredAt: '2026-11-22T10:00:00.000Z' });
    const store = useHouseholdStore();
    expect((await store.declareSeparation({ date: '01/10/2026', staysInHome: true })).ok).toBe(false);
    expect((await store.declareSeparation({ date: '01/10/2026', staysInHome: true })).ok).toBe(true);
    await store.declareSeparation({ date: '02/10/2026', staysInHome: true });
    const keys = api.household.declareSeparation.mock.calls.map((c) => (c[0] as { body: { idempotencyKey: string } }).body.idempotencyKey);
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
    expect(store.separation).toMatchObject({ id: 's-1' }); // the screen shows the separation the back end recorded
  });

  it('flags a refusal and reads the rights again, so the screens stop offering what is no longer allowed', async () => {
    api.household.declareSeparation.mockRejectedValue(refusal(403, 'rights.forbidden'));
    api.space.me.mockResolvedValue(marc(['self.read', 'self.contact']));
    const store = useHouseholdStore();
    const space = useAccountSpaceStore();

    const result = await store.declareSeparation({ date: '01/10/2026', staysInHome: true });
    expect(result.ok).toBe(false);
    expect(store.refused).toBe(true);
    expect(api.space.me).toHaveBeenCalledTimes(1);
    expect(space.can('separation.declare')).toBe(false);
    expect(api.space.dashboard).not.toHaveBeenCalled();
  });

  it('explains a refusal of the account space\'s own reads too, and forgets what was shown', async () => {
    api.space.payments.mockResolvedValueOnce({ payments: [{ date: '2021-05-25', amountCents: 5800 }] }).mockRejectedValueOnce(refusal(403, 'rights.forbidden'));
    api.space.me.mockResolvedValue(marc(['self.read', 'self.contact', 'separation.declare']));
    const space = useAccountSpaceStore();
    await space.loadPayments();
    expect(space.payments?.payments).toHaveLength(1);
    await space.loadPayments();
    expect(space.refused).toBe(true);
    expect(space.payments).toBeNull();
    expect(space.can('household.read')).toBe(false);
    // The next call starts afresh.
    api.space.payments.mockResolvedValueOnce({ payments: [] });
    await space.loadPayments();
    expect(space.refused).toBe(false);
  });

  it('leaves a field error to its form, without calling it a refusal', async () => {
    api.household.declareSeparation.mockRejectedValue(refusal(400, 'date.future'));
    const store = useHouseholdStore();
    const result = await store.declareSeparation({ date: '01/10/2099', staysInHome: true });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'api', code: 'date.future' } });
    expect(store.refused).toBe(false);
    expect(api.space.me).not.toHaveBeenCalled();
  });

  it('puts the verified contact into the person shown by the account space', async () => {
    api.household.changeContact.mockResolvedValue({ channel: 'email', destination: 'marc@example.org' });
    api.household.verifyCode.mockResolvedValue({ ...marc([]), contact: { mobile: null, autreTelephone: null, email: 'marc@example.org' } });
    const store = useHouseholdStore();
    await store.changeContact({ channel: 'email', value: 'marc@example.org', confirmation: 'marc@example.org' });
    await store.verifyCode('123456');
    expect(store.changedContact).toBe('marc@example.org');
    expect(store.challenge).toBeNull();
    expect(useAccountSpaceStore().me?.contact.email).toBe('marc@example.org');
  });

  it('updates the member whose autorisation de gestion changed', async () => {
    api.household.household.mockResolvedValue({ allocataireNumber: '1234567', members: [{ id: 'p-marc', autorisationGestion: true }] });
    api.household.setAutorisation.mockResolvedValue({ id: 'p-marc', autorisationGestion: false });
    const store = useHouseholdStore();
    await store.loadHousehold();
    await store.setAutorisation('p-marc', false);
    expect(api.household.setAutorisation).toHaveBeenCalledWith({ params: { id: 'p-marc' }, body: { granted: false } });
    expect(store.household?.members[0]).toMatchObject({ id: 'p-marc', autorisationGestion: false });
  });
});
