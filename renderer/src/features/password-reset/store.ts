// "Mot de passe oublié ?" (« Me connecter à Mon Compte », step ③): identifier and channel → a code by SMS or mail (10
// minutes) → a new password. The reset id is a capability: kept in memory only and emptied at the end of the visit. The
// back end answers the
// same whether the identifier exists or not (no enumeration): a reset that leads nowhere simply never takes a code.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { request } from '../../api/request';
import type { Channel, PasswordReset, PasswordResetState } from '../../api/sessions';
import { createIdempotencyKeys } from '../../api/idempotency';
import { createRemote } from '../../api/remote';
import { useHandoffStore } from '../../app/handoff-store';

export const usePasswordResetStore = defineStore('passwordReset', () => {
  const identifier = ref('');
  const channel = ref<Channel | null>(null);
  const flow = ref<PasswordReset | null>(null);
  const verified = ref(false);
  const remote = createRemote();
  /**
   * The idempotency key of the start for this identifier and channel: sent again when the start is retried (its answer
   * was lost, « Réessayer », or « Envoyer le code » pressed again), so the back end answers the reset it already made
   * instead of sending a second code.
   */
  const startKeys = createIdempotencyKeys<{ identifier: string; channel: Channel }>();

  async function start(typedIdentifier: string, chosen: Channel) {
    identifier.value = typedIdentifier;
    channel.value = chosen;
    verified.value = false;
    const compact = typedIdentifier.replace(/\s+/g, '');
    const key = startKeys.keyFor({ identifier: compact, channel: chosen });
    const result = await remote.run(() => request('resetStart', { body: { identifier: compact, channel: chosen, idempotencyKey: key } }));
    if (result.ok) flow.value = result.value;
    return result;
  }

  async function resend() {
    const id = requireFlow();
    const result = await remote.run(() => request('resetCodeResend', { params: { id } }));
    if (result.ok) flow.value = result.value;
    return result;
  }

  async function verify(code: string) {
    const id = requireFlow();
    const result = await remote.run(() => request('resetCodeVerify', { params: { id }, body: { code } }));
    if (result.ok) verified.value = true;
    return result;
  }

  /** The password is sent and forgotten: it never stays in the store. The flow ends with it. */
  async function choosePassword(password: string, confirmation: string) {
    const id = requireFlow();
    const result = await remote.run(() => request('resetPassword', { params: { id }, body: { password, confirmation } }));
    if (result.ok) {
      flow.value = null;
      verified.value = false;
    }
    return result;
  }

  /**
   * « Réessayer » after a lost answer on the code or password step: where the back end says the reset stands (GET by
   * its id), so a code already verified leads to the password and a password already saved to the login screen,
   * instead of sending the call again (which would answer `reset.done`). The start needs none: its idempotency key
   * makes its replay answer the same reset.
   */
  function resume(here: PasswordResetState['step']) {
    const id = requireFlow();
    return remote.resume(async () => {
      const { step, ...reset } = await request('resetGet', { params: { id } });
      flow.value = reset;
      verified.value = step !== 'code';
      return step;
    }, [here]);
  }

  /** The new password is saved: the login screen will say so for this identifier; the reset is forgotten. */
  const handoff = useHandoffStore();
  function finish() {
    handoff.passwordChangedFor(identifier.value);
    reset();
  }

  function requireFlow(): string {
    const id = flow.value?.id;
    if (!id) throw new Error('The password reset has not started');
    return id;
  }

  function reset() {
    identifier.value = '';
    channel.value = null;
    flow.value = null;
    verified.value = false;
    startKeys.forget();
    remote.clear();
  }

  return {
    identifier,
    channel,
    flow,
    verified,
    busy: remote.busy,
    trouble: remote.trouble,
    start,
    resend,
    verify,
    choosePassword,
    resume,
    finish,
    reset,
  };
});
