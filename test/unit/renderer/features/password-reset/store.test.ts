import { beforeEach, describe, expect, it, vi } from 'vitest';
import { passwordResetApi } from '@renderer/api/sessions';
import { usePasswordResetStore } from '@renderer/features/password-reset/store';
import { networkDown, refusal, storeHarness } from '../../store-harness';
import { useHandoffStore } from '@renderer/app/handoff-store';

vi.mock('@renderer/api/sessions', () => ({
  passwordResetApi: { start: vi.fn(), get: vi.fn(), resendCode: vi.fn(), verifyCode: vi.fn(), password: vi.fn() },
}));
const api = vi.mocked(passwordResetApi);
const flow = { id: 'r-1', channel: 'sms' as const, expiresAt: '2026-11-22T14:10:00.000Z', resendAvailableAt: '2026-11-22T14:01:00.000Z' };

let harness: ReturnType<typeof storeHarness>;
beforeEach(() => {
  vi.resetAllMocks();
  harness = storeHarness();
});

describe('the forgotten-password store', () => {
  it('walks identifier → code → new password, and forgets the flow when the password is set', async () => {
    api.start.mockResolvedValue(flow);
    api.verifyCode.mockResolvedValue({ verified: true });
    api.password.mockResolvedValue(null);
    const store = harness.use(usePasswordResetStore);
    await store.start('2 780506 088101', 'sms');
    expect(api.start).toHaveBeenCalledWith('2780506088101', 'sms', expect.stringMatching(/^[0-9a-f]{32}$/));
    expect(store.flow?.id).toBe('r-1');
    await store.verify('123456');
    expect(api.verifyCode).toHaveBeenCalledWith('r-1', '123456');
    expect(store.verified).toBe(true);
    await store.choosePassword('Nouveau2026', 'Nouveau2026');
    expect(api.password).toHaveBeenCalledWith('r-1', 'Nouveau2026', 'Nouveau2026');
    expect(store.flow).toBeNull();
    expect(JSON.stringify(store.$state)).not.toContain('Nouveau2026');
  });

  it('retries a start whose answer was lost with the same idempotency key, and a new identifier with a new one', async () => {
    api.start.mockRejectedValueOnce(networkDown()).mockResolvedValue(flow);
    const store = harness.use(usePasswordResetStore);
    const lost = await store.start('2780506088101', 'sms');
    expect(lost.ok).toBe(false);
    expect(store.trouble).toBe('unreachable');
    await store.start('2 780506 088101', 'sms'); // « Réessayer »: the same start
    const [first, retry] = api.start.mock.calls;
    expect(retry![2]).toBe(first![2]);
    expect(store.flow?.id).toBe('r-1');
    await store.start('2780506088101', 'email');
    await store.start('2080206088103', 'email');
    const keys = api.start.mock.calls.map((call) => call[2]);
    expect(new Set(keys).size).toBe(3);
    // The end of the visit forgets the key: the next visitor's start is never a retry of this one.
    await harness.visit.endVisit('inactivity');
    await store.start('2080206088103', 'email');
    expect(api.start.mock.calls.at(-1)![2]).not.toBe(keys.at(-1));
  });

  it('keeps the flow after a wrong code so the visitor can try again', async () => {
    api.start.mockResolvedValue(flow);
    api.verifyCode.mockRejectedValue(refusal(422, 'code.invalid', {}, 'code'));
    const store = harness.use(usePasswordResetStore);
    await store.start('2780506088101', 'sms');
    const result = await store.verify('000000');
    expect(result.ok).toBe(false);
    expect(store.verified).toBe(false);
    expect(store.flow?.id).toBe('r-1');
  });

  it('takes the new cooldown of a resent code', async () => {
    api.start.mockResolvedValue(flow);
    api.resendCode.mockResolvedValue({ ...flow, resendAvailableAt: '2026-11-22T14:05:00.000Z' });
    const store = harness.use(usePasswordResetStore);
    await store.start('2780506088101', 'sms');
    await store.resend();
    expect(store.flow?.resendAvailableAt).toBe('2026-11-22T14:05:00.000Z');
  });

  it('forgets the identifier and the flow (a capability) at the end of the visit', async () => {
    api.start.mockResolvedValue(flow);
    const store = harness.use(usePasswordResetStore);
    await store.start('2780506088101', 'email');
    await harness.visit.endVisit('inactivity');
    expect(store.identifier).toBe('');
    expect(store.channel).toBeNull();
    expect(store.flow).toBeNull();
  });

  describe('« Réessayer » after a lost answer follows the reset as the back end has it', () => {
    async function atCode() {
      api.start.mockResolvedValue(flow);
      const store = harness.use(usePasswordResetStore);
      await store.start('2780506088101', 'sms');
      return store;
    }

    it('a code verified whose answer was lost: the password step, without sending the code again', async () => {
      const store = await atCode();
      api.verifyCode.mockRejectedValueOnce(networkDown());
      expect((await store.verify('123456')).ok).toBe(false);
      expect(store.trouble).toBe('unreachable');
      api.get.mockResolvedValue({ ...flow, step: 'password' });
      expect(await store.resume('code')).toEqual({ moved: 'password' });
      expect(api.get).toHaveBeenCalledWith('r-1');
      expect(api.verifyCode).toHaveBeenCalledTimes(1);
      expect(store.verified).toBe(true);
      expect(store.trouble).toBeNull();
    });

    it('a password saved whose answer was lost: done, and finishing tells the login screen', async () => {
      const store = await atCode();
      api.get.mockResolvedValue({ ...flow, step: 'done' });
      expect(await store.resume('password')).toEqual({ moved: 'done' });
      store.finish();
      expect(useHandoffStore().passwordChanged).toBe(true);
      expect(useHandoffStore().identifier).toBe('2780506088101');
      expect(store.flow).toBeNull();
    });

    it('a call that never reached the back end is sent again; no answer again keeps the calm message', async () => {
      const store = await atCode();
      api.get.mockResolvedValueOnce({ ...flow, step: 'code' });
      expect(await store.resume('code')).toEqual({ replay: true });
      api.get.mockRejectedValueOnce(networkDown());
      expect(await store.resume('code')).toEqual({ unreachable: true });
      expect(store.trouble).toBe('unreachable');
      // A reset the back end no longer knows (expired): the replay says so at the field.
      api.get.mockRejectedValueOnce(refusal(404, 'flow.notFound'));
      expect(await store.resume('code')).toEqual({ replay: true });
    });
  });
});
