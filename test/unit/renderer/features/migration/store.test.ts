import { beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '@renderer/api';
import { migrationApi } from '@renderer/api/sessions';
import { useSessionStore } from '@renderer/app/session-store';
import { contactInputOf, nextStepOf, useMigrationStore } from '@renderer/features/migration/store';
import { networkDown, refusal, storeHarness } from '../../store-harness';

vi.mock('@renderer/api/sessions', () => ({
  sessionsApi: { logout: vi.fn() },
  migrationApi: { get: vi.fn(), acceptCgu: vi.fn(), password: vi.fn(), contact: vi.fn(), resendCode: vi.fn(), verifyCode: vi.fn() },
}));
const calls = vi.mocked(migrationApi);
const state = { cguVersion: '2021-10', cguAccepted: false, passwordChanged: false, code: null, contactVerified: false };
const challenge = {
  channel: 'sms' as const, destination: '+33612345699', sentAt: '2026-11-22T14:00:00.000Z',
  expiresAt: '2026-11-22T14:10:00.000Z', resendAvailableAt: '2026-11-22T14:01:00.000Z', attemptsLeft: 5,
};

let harness: ReturnType<typeof storeHarness>;
beforeEach(() => {
  vi.resetAllMocks();
  api.setToken(null);
  harness = storeHarness();
});

describe('the first-login steps', () => {
  it('go CGU → password → contact → code, as the back end’s state says', () => {
    expect(nextStepOf(state)).toBe('migration-cgu');
    expect(nextStepOf({ ...state, cguAccepted: true })).toBe('migration-password');
    expect(nextStepOf({ ...state, cguAccepted: true, passwordChanged: true })).toBe('migration-contact');
    expect(nextStepOf({ ...state, cguAccepted: true, passwordChanged: true, code: challenge })).toBe('migration-code');
  });

  it('send only the contact fields that were filled in', () => {
    expect(contactInputOf({ mobile: ' 06 12 34 56 99 ', autreTelephone: '', email: '', channel: 'sms' })).toEqual({
      channel: 'sms', mobile: '06 12 34 56 99',
    });
    expect(contactInputOf({ mobile: '', autreTelephone: '0388123456', email: 'p@example.fr', channel: 'email' })).toEqual({
      channel: 'email', autreTelephone: '0388123456', email: 'p@example.fr',
    });
  });
});

describe('the migration store', () => {
  it('accepts the version of the CGU the back end asks for', async () => {
    calls.get.mockResolvedValue(state);
    calls.acceptCgu.mockResolvedValue({ ...state, cguAccepted: true });
    const store = harness.use(useMigrationStore);
    await store.load();
    await store.acceptCgu(store.state!.cguVersion);
    expect(calls.acceptCgu).toHaveBeenCalledWith('2021-10');
    expect(store.state?.cguAccepted).toBe(true);
  });

  it('replaces the migration token by the full session that "Valider le code" gives', async () => {
    calls.verifyCode.mockResolvedValue({ token: 'full-1', kind: 'full', expiresAt: '2026-11-22T15:00:00.000Z', idleTimeoutSeconds: 900 });
    const store = harness.use(useMigrationStore);
    const session = harness.use(useSessionStore);
    session.open({ token: 'mig-1', kind: 'migration', expiresAt: '2026-11-22T15:00:00.000Z', idleTimeoutSeconds: 900 });
    await store.verify('123456');
    expect(session.kind).toBe('full');
    expect(api.hasToken()).toBe(true);
  });

  it('re-reads the attempts left after a refused code, as the other journeys do', async () => {
    const waiting = { ...state, cguAccepted: true, passwordChanged: true, code: challenge };
    calls.contact.mockResolvedValue(waiting);
    calls.verifyCode.mockRejectedValue(refusal(422, 'code.invalid'));
    calls.get.mockResolvedValue({ ...waiting, code: { ...challenge, attemptsLeft: 4 } });
    const store = harness.use(useMigrationStore);
    await store.sendContact({ mobile: '0612345699', autreTelephone: '', email: '', channel: 'sms' });
    const result = await store.verify('000000');
    expect(result).toMatchObject({ ok: false, failure: { kind: 'api', code: 'code.invalid' } });
    expect(store.state?.code?.attemptsLeft).toBe(4);
  });

  it('keeps the count it had when the code could not be checked, or the re-read fails', async () => {
    const waiting = { ...state, cguAccepted: true, passwordChanged: true, code: challenge };
    calls.contact.mockResolvedValue(waiting);
    const store = harness.use(useMigrationStore);
    await store.sendContact({ mobile: '0612345699', autreTelephone: '', email: '', channel: 'sms' });
    calls.verifyCode.mockRejectedValue(networkDown());
    await store.verify('000000');
    expect(calls.get).not.toHaveBeenCalled();
    calls.verifyCode.mockRejectedValue(refusal(422, 'code.invalid'));
    calls.get.mockRejectedValue(networkDown());
    expect(await store.verify('000000')).toMatchObject({ ok: false, failure: { code: 'code.invalid' } });
    expect(store.state?.code?.attemptsLeft).toBe(5);
  });

  it('keeps the contact typed for "Modifier", and forgets it at the end of the visit', async () => {
    calls.contact.mockResolvedValue({ ...state, cguAccepted: true, passwordChanged: true, code: challenge });
    const store = harness.use(useMigrationStore);
    await store.sendContact({ mobile: '0612345699', autreTelephone: '', email: '', channel: 'sms' });
    expect(store.contact.mobile).toBe('0612345699');
    await harness.visit.endVisit('quit');
    expect(store.contact.mobile).toBe('');
    expect(store.state).toBeNull();
  });
});

describe('« Réessayer » on the first login after a lost answer', () => {
  it('the CGU accepted or the password saved, their answer lost: the step the back end says is next, nothing sent twice', async () => {
    const store = harness.use(useMigrationStore);
    calls.acceptCgu.mockRejectedValueOnce(networkDown());
    expect((await store.acceptCgu('2021-10')).ok).toBe(false);
    expect(store.trouble).toBe('unreachable');
    calls.get.mockResolvedValueOnce({ ...state, cguAccepted: true });
    expect(await store.resume('migration-cgu')).toEqual({ moved: 'migration-password' });
    expect(calls.acceptCgu).toHaveBeenCalledTimes(1);
    expect(store.state?.cguAccepted).toBe(true);
    calls.get.mockResolvedValueOnce({ ...state, cguAccepted: true, passwordChanged: true });
    expect(await store.resume('migration-password')).toEqual({ moved: 'migration-contact' });
  });

  it('a call the back end never got is sent again; still no answer keeps the calm message', async () => {
    const store = harness.use(useMigrationStore);
    calls.get.mockResolvedValueOnce(state);
    expect(await store.resume('migration-cgu')).toEqual({ replay: true });
    calls.get.mockRejectedValueOnce(networkDown());
    expect(await store.resume('migration-cgu')).toEqual({ unreachable: true });
    expect(store.trouble).toBe('unreachable');
  });
});
