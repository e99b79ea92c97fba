// The household screens of one visit (issue 7): the members and their autorisation de gestion (responsable), the
// separation just declared, the pending contact change and its code. The person and their rights stay in the account
// space's store (GET /v1/me): when the back end refuses an action, `me` is read again so that the screens stop
// offering what the person may no longer do, and `refused` tells the screen to explain it in plain words.
import { defineStore, storeToRefs } from 'pinia';
import { ref } from 'vue';
import { useAccountSpaceStore } from '../../app/account-store';
import type { CodeChallenge, ContactInput, Household, Separation, SeparationInput } from '../../api/household';
import { createIdempotencyKeys } from '../../api/idempotency';
import { request } from '../../api/request';

export const useHouseholdStore = defineStore('household', () => {
  const household = ref<Household | null>(null);
  const separation = ref<Separation | null>(null);
  const challenge = ref<CodeChallenge | null>(null);
  /** The contact just verified, for the confirmation message. */
  const changedContact = ref<string | null>(null);
  const space = useAccountSpaceStore();
  // One refusal flag, one busy and trouble state for the whole account space: AccountLayout explains a refusal and
  // offers "Réessayer"; these screens hide their forms.
  const { refused, busy, trouble } = storeToRefs(space);

  async function run<T>(fn: () => Promise<T>) {
    const result = await space.guarded(fn);
    if (!result.ok && refused.value) household.value = null;
    return result;
  }

  const loadHousehold = () => run(async () => (household.value = await request('household')));

  const setAutorisation = (memberId: string, granted: boolean) =>
    run(async () => {
      const member = await request('autorisation', { params: { id: memberId }, body: { granted } });
      if (household.value) {
        household.value = { ...household.value, members: household.value.members.map((m) => (m.id === member.id ? member : m)) };
      }
      return member;
    });

  /**
   * The idempotency key of the declaration for these answers: « Réessayer » after a lost answer sends the same one,
   * so the back end answers the separation it recorded (the screen then shows that one) instead of recording a second.
   */
  const separationKeys = createIdempotencyKeys<SeparationInput>();
  const declareSeparation = (input: SeparationInput) =>
    run(async () => (separation.value = await request('separation', { body: { ...input, idempotencyKey: separationKeys.keyFor(input) } })));

  const changeContact = (input: ContactInput) =>
    run(async () => {
      changedContact.value = null;
      return (challenge.value = await request('contactChange', { body: input }));
    });
  const resendCode = () => run(async () => (challenge.value = await request('contactCodeResend')));
  async function verifyCode(code: string) {
    const result = await run(async () => {
      const me = await request('contactCodeVerify', { body: { code } });
      changedContact.value = challenge.value?.destination ?? null;
      challenge.value = null;
      space.me = me;
      return me;
    });
    // A refused code leaves fewer attempts (or none): the screen shows the code as it now is, as account creation does.
    if (!result.ok && result.failure.kind === 'api' && !refused.value) {
      try {
        challenge.value = await request('contactCode');
      } catch {
        // The refusal is already on screen; the count stays as it was.
      }
    }
    return result;
  }

  function reset() {
    household.value = null;
    separation.value = null;
    challenge.value = null;
    changedContact.value = null;
    refused.value = false;
    separationKeys.forget();
  }

  return {
    household,
    separation,
    challenge,
    changedContact,
    refused,
    busy,
    trouble,
    loadHousehold,
    setAutorisation,
    declareSeparation,
    changeContact,
    resendCode,
    verifyCode,
    reset,
  };
});
