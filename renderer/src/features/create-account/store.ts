// The account-creation wizard's state for one visit: what the visitor typed on each step (kept when going back and
// forth), the server flow (its id is a capability: memory only), the outcome, and the last call's trouble. Reset at
// the end of the visit (renderer/src/kiosk/visit.ts).
import { defineStore } from 'pinia';
import { reactive, ref, watch } from 'vue';
import {
  type AccountCreated,
  type AccountCreation,
  type EtatCivilInput,
} from '../../api/account-creation';
import type { FranceConnectPrefill } from '../../api/franceconnect';
import { request } from '../../api/request';
import { createIdempotencyKeys } from '../../api/idempotency';
import { createRemote, type CallResult } from '../../api/remote';
import { useHandoffStore } from '../../app/handoff-store';
import { chosen, type ContactValues } from '../../forms/schemas';
import { birthPlaceOf, type EtatCivilValues, type IdentityDocumentValues } from './schemas';

export type { CallResult };

const emptyEtatCivil = (): EtatCivilValues => ({
  hasNir: null,
  nir: '',
  civilite: null,
  nomNaissance: '',
  prenoms: '',
  nomUsage: '',
  dateNaissance: '',
  lieuKind: null,
  departement: null,
  commune: null,
  pays: null,
});
const emptyDocument = (): IdentityDocumentValues => ({ kind: null, number: '' });
const emptyContact = (): ContactValues => ({ channel: null, value: '', confirmation: '' });

/** FranceConnect's état civil in the wizard's form values (FranceConnect gives no NIR: that question stays open). */
export function etatCivilOfPrefill(prefill: FranceConnectPrefill): Partial<EtatCivilValues> {
  const place = prefill.lieuNaissance;
  return {
    civilite: prefill.civilite,
    nomNaissance: prefill.nomNaissance,
    prenoms: prefill.prenoms,
    nomUsage: prefill.nomUsage ?? '',
    dateNaissance: prefill.dateNaissance,
    lieuKind: place.kind,
    departement: place.kind === 'france' ? (place.departement ?? null) : null,
    commune: place.kind === 'france' ? (place.commune ?? null) : null,
    pays: place.kind === 'etranger' ? (place.pays ?? null) : null,
  };
}

/** The état civil as the back end takes it (shared/api EtatCivilInput). */
export function etatCivilInputOf(v: EtatCivilValues): EtatCivilInput {
  return {
    hasNir: v.hasNir === 'oui',
    ...(v.hasNir === 'oui' ? { nir: v.nir.replace(/\s+/g, '').toUpperCase() } : {}),
    civilite: chosen(v.civilite, 'civilite'),
    nomNaissance: v.nomNaissance,
    prenoms: v.prenoms,
    nomUsage: v.nomUsage,
    dateNaissance: v.dateNaissance,
    // No birthplace chosen is not « né en France »: birthPlaceOf gives a place only when its kind and parts are there.
    lieuNaissance: chosen(birthPlaceOf(v), 'lieuNaissance'),
  };
}

export const useCreateAccountStore = defineStore('createAccount', () => {
  const etatCivil = reactive<EtatCivilValues>(emptyEtatCivil());
  const identityDocument = reactive<IdentityDocumentValues>(emptyDocument());
  const contact = reactive<ContactValues>(emptyContact());
  const flow = ref<AccountCreation | null>(null);
  const created = ref<AccountCreated | null>(null);
  // busy while a call runs; trouble when the back end could not be reached or was too slow (the screen offers
  // "Réessayer"): the same call wrapper as the other journeys' stores.
  const { busy, trouble, run: call, resume: resumeFlow, clear } = createRemote();

  /**
   * The idempotency key of the start for this état civil: sent again when the start is retried (its answer was lost,
   * « Réessayer », or « Continuer » pressed again), so the back end answers the flow it already made instead of
   * leaving an orphan second one.
   */
  const startKeys = createIdempotencyKeys<EtatCivilInput>();

  function keep(next: AccountCreation): AccountCreation {
    flow.value = next;
    return next;
  }

  async function submitEtatCivil(values: EtatCivilValues): Promise<CallResult<AccountCreation>> {
    Object.assign(etatCivil, values);
    const body = etatCivilInputOf(values);
    const id = flow.value?.id;
    return call(async () => keep(id
      ? await request('creationEtatCivil', { params: { id }, body })
      : await request('creationStart', { body: { ...body, idempotencyKey: startKeys.keyFor(body) } })));
  }

  async function submitIdentityDocument(values: IdentityDocumentValues): Promise<CallResult<AccountCreation>> {
    Object.assign(identityDocument, values);
    const id = requireFlow();
    // « Je ne dispose pas d'une pièce d'identité française » flags the account: it is sent only when chosen.
    const kind = chosen(values.kind, 'identity document kind');
    return call(async () =>
      keep(await request('creationIdentityDocument', { params: { id }, body: kind === 'aucune' ? { kind } : { kind, number: values.number.trim() } })),
    );
  }

  async function sendContact(values: ContactValues): Promise<CallResult<AccountCreation>> {
    Object.assign(contact, values);
    const id = requireFlow();
    return call(async () =>
      keep(
        await request('creationContact', {
          params: { id },
          body: { channel: chosen(values.channel, 'channel'), value: values.value.trim(), confirmation: values.confirmation.trim() },
        }),
      ),
    );
  }

  const resendCode = () => call(async () => keep(await request('creationCodeResend', { params: { id: requireFlow() } })));
  async function verifyCode(code: string): Promise<CallResult<AccountCreation>> {
    const result = await call(async () => keep(await request('creationCodeVerify', { params: { id: requireFlow() }, body: { code } })));
    // A refused code changes the attempts left (and may end the code): the screen shows the flow as it now is.
    if (!result.ok && result.failure.kind === 'api') {
      try {
        keep(await request('creationGet', { params: { id: requireFlow() } }));
      } catch {
        // the refusal is already on screen; the count stays as it was
      }
    }
    return result;
  }
  // The password is sent and forgotten: it never stays in the store.
  const submitPassword = (password: string, confirmation: string) =>
    call(async () => keep(await request('creationPassword', { params: { id: requireFlow() }, body: { password, confirmation } })));

  /**
   * « Réessayer » after a lost answer on the code or password step: the flow as the back end has it (GET by its id),
   * so a code already verified leads to the password and a password already saved to the summary, instead of the
   * same call again (a verified code ages out in 10 minutes; the visitor would read « code expiré »). The steps a
   * visitor comes back to (contact, identity document, état civil) and the completion send the same call again:
   * the back end answers it as the first time.
   */
  function resume(here: AccountCreation['step']) {
    const id = requireFlow();
    return resumeFlow(async () => keep(await request('creationGet', { params: { id } })).step, [here]);
  }

  async function complete(): Promise<CallResult<AccountCreated>> {
    const result = await call(() => request('creationComplete', { params: { id: requireFlow() } }));
    if (result.ok) created.value = result.value;
    return result;
  }

  function requireFlow(): string {
    const id = flow.value?.id;
    if (!id) throw new Error('The account-creation flow has not started');
    return id;
  }

  function reset() {
    Object.assign(etatCivil, emptyEtatCivil());
    Object.assign(identityDocument, emptyDocument());
    Object.assign(contact, emptyContact());
    flow.value = null;
    created.value = null;
    startKeys.forget();
    clear();
  }

  // Back from FranceConnect without Mon Compte: the wizard starts afresh with FranceConnect's état civil, taken once.
  const handoff = useHandoffStore();
  watch(
    () => handoff.franceConnectPrefill,
    (prefill) => {
      if (!prefill) return;
      reset();
      Object.assign(etatCivil, etatCivilOfPrefill(prefill));
      handoff.franceConnectPrefill = null;
    },
    { immediate: true, flush: 'sync' },
  );

  return {
    etatCivil,
    identityDocument,
    contact,
    flow,
    created,
    busy,
    trouble,
    submitEtatCivil,
    submitIdentityDocument,
    sendContact,
    resendCode,
    verifyCode,
    submitPassword,
    complete,
    resume,
    reset,
  };
});

/** The route of the step the back end says comes next. */
export const routeOfStep: Record<AccountCreation['step'], string> = {
  'identity-document': 'create-account-identity',
  contact: 'create-account-contact',
  code: 'create-account-code',
  password: 'create-account-password',
  summary: 'create-account-summary',
  completed: 'create-account-summary',
};
