// First login of a migrated allocataire (seed 004): a restricted `migration` session that may only accept the CGU,
// choose a new password and give its contact details with a code; "Valider le code" gives a full session. The state
// comes from the back end (GET /v1/migration); the contact typed is kept for "Modifier" and "Réessayer"; passwords
// are never stored. Emptied at the end of the visit.
import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';
import { migrationApi, type MigrationContactInput, type MigrationState } from '../../api/sessions';
import { createRemote } from '../../api/remote';
import { useSessionStore } from '../../app/session-store';
import { chosen, type Channel } from '../../forms/schemas';

export interface MigrationContactValues {
  mobile: string;
  autreTelephone: string;
  email: string;
  channel: Channel | null;
}
const emptyContact = (): MigrationContactValues => ({ mobile: '', autreTelephone: '', email: '', channel: null });

/** The contact as the back end takes it: blank fields are left out. */
export function contactInputOf(v: MigrationContactValues): MigrationContactInput {
  const input: MigrationContactInput = { channel: chosen(v.channel, 'channel') };
  if (v.mobile.trim()) input.mobile = v.mobile.trim();
  if (v.autreTelephone.trim()) input.autreTelephone = v.autreTelephone.trim();
  if (v.email.trim()) input.email = v.email.trim();
  return input;
}

/** The first step the back end says is left: CGU, then password, then contact and code. */
export function nextStepOf(state: MigrationState): 'migration-cgu' | 'migration-password' | 'migration-contact' | 'migration-code' {
  if (!state.cguAccepted) return 'migration-cgu';
  if (!state.passwordChanged) return 'migration-password';
  return state.code ? 'migration-code' : 'migration-contact';
}

export const useMigrationStore = defineStore('migration', () => {
  const state = ref<MigrationState | null>(null);
  const contact = reactive<MigrationContactValues>(emptyContact());
  const remote = createRemote();
  const session = useSessionStore();

  const keep = (next: MigrationState) => {
    state.value = next;
    return next;
  };

  const load = () => remote.run(async () => keep(await migrationApi.get()));
  const acceptCgu = (version: string) => remote.run(async () => keep(await migrationApi.acceptCgu(version)));
  // The password is sent and forgotten.
  const choosePassword = (password: string, confirmation: string) =>
    remote.run(async () => keep(await migrationApi.password(password, confirmation)));
  async function sendContact(values: MigrationContactValues) {
    Object.assign(contact, values);
    return remote.run(async () => keep(await migrationApi.contact(contactInputOf(values))));
  }
  const resend = () => remote.run(async () => keep(await migrationApi.resendCode()));

  /** "Valider le code": the back end revokes the migration token and gives a full session. */
  async function verify(code: string) {
    const result = await remote.run(() => migrationApi.verifyCode(code));
    if (result.ok) session.open(result.value);
    // A refused code leaves fewer attempts (or none): the screen shows the code as it now is, as account creation does.
    else if (result.failure.kind === 'api') {
      try {
        keep(await migrationApi.get());
      } catch {
        // The refusal is already on screen; the count stays as it was.
      }
    }
    return result;
  }

  /**
   * « Réessayer » after a lost answer on the CGU or password step: the first login as the back end has it (GET
   * /v1/migration), so a step already done leads to the next one instead of being sent again. The contact (given
   * again, it answers the code already sent) and the code (verified again: `migration.done`, log in with the new
   * password, as the full session was in the lost answer) send the same call again.
   */
  const resume = (here: ReturnType<typeof nextStepOf>) => remote.resume(async () => nextStepOf(keep(await migrationApi.get())), [here]);

  function reset() {
    state.value = null;
    Object.assign(contact, emptyContact());
    remote.clear();
  }

  return {
    state,
    contact,
    busy: remote.busy,
    trouble: remote.trouble,
    load,
    acceptCgu,
    choosePassword,
    sendContact,
    resend,
    verify,
    resume,
    reset,
  };
});
