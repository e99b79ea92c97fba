// J1 "Créer Mon Compte" (« Créer Mon Compte » and « Créer mon espace Mon Compte ») as a server-side flow: état civil →
// identity document when the person is neither allocataire nor in an allocataire household → contact → code → password
// → summary → completion, which
// creates the account exactly once (accounts.created_from_flow is unique).
import type { AccountCreated, AccountCreation, Channel, ContactInput, EtatCivil, EtatCivilInput, IdentityDocumentInput } from '../../../shared/api';
import type { BirthPlace } from '../../../shared/domain/birthplace';
import type { SimpleDate } from '../../../shared/domain/check';
import { sameCivilStatus, type CivilStatus } from '../../../shared/domain/civil-status-match';
import { formatBirthDate } from '../../../shared/domain/birth-date';
import { checkIdentityDocumentNumber } from '../../../shared/domain/identity-document';
import { newProvisionalId } from '../../../shared/domain/provisional-id';
import type { Db } from '../db/database';
import { fail } from '../errors';
import { iso, MINUTE, type Clock } from '../clock';
import type { AccountRepository, Person, PersonRepository } from '../repositories/accounts';
import { checkCode, checkContact, checkEtatCivil, checkNewPassword, fromIsoDay, isoDay, must } from './checks';
import { parisDay } from '../../../shared/domain/paris-day';
import type { CodeService } from './codes';
import { shortName } from './display';
import type { Notifier } from './notifier';
import { hashPassword } from './passwords';
import { hmac, randomDigits, randomId, randomToken } from './secrets';

export const FLOW_TTL_MS = 60 * MINUTE;
/**
 * How long a completed flow still answers a repeated completion (a kiosk's retry after a lost answer). After that, and
 * for every other step at once, it answers flow.notFound: a completed flow no longer hands the NIR, the état civil and
 * the contact to whoever holds its id (issue 16).
 */
export const COMPLETED_RETRY_MS = 60_000;

/** The one answer to an état civil that does not open a creation (no field: none is named). */
const unrecognised = () => fail('etatCivil.unrecognised', 'This état civil does not open an account creation');

const civilStatusOf = (person: Person): CivilStatus => ({
  civilite: person.civilite, nomNaissance: person.nomNaissance, prenoms: person.prenoms,
  birthDate: fromIsoDay(person.birthDate), birthPlace: JSON.parse(person.birthPlace) as BirthPlace,
});

const typedCivilStatus = (etatCivil: EtatCivil, birthDate: SimpleDate): CivilStatus => ({
  civilite: etatCivil.civilite, nomNaissance: etatCivil.nomNaissance, prenoms: etatCivil.prenoms,
  // The view holds the place as checked by the domain (checkEtatCivil), in the wire's looser type.
  birthDate, birthPlace: etatCivil.lieuNaissance as BirthPlace,
});

/** What the flow remembers between steps (account_creations.data). */
interface CreationData {
  etatCivil: EtatCivil;
  birthDay: string; // YYYY-MM-DD
  personId: string | null; // the registry person, when known
  identityDocumentRequired: boolean;
  identityDocument: { kind: IdentityDocumentInput['kind']; flagged: boolean } | null;
  contact: { channel: Channel; value: string } | null;
  passwordHash: string | null;
}

export function createAccountCreationService(deps: {
  db: Db; clock: Clock; accounts: AccountRepository; persons: PersonRepository; codes: CodeService; notifier: Notifier;
  /** The keyed hashes' key (the start's idempotency key is kept only hashed). */
  key: string;
}) {
  const { db, clock, accounts, persons, codes } = deps;

  /**
   * Beyond caf.fr (issue 16): an account created for a member of an allocataire household is told to the household's
   * responsable, by a message to each of her contacts and a courriel in the household's courriers (the account space
   * lists them), so that a takeover of a household member's account cannot stay silent.
   */
  async function announceToHousehold(personId: string, site: string | null, at: number) {
    const person = await persons.byId(personId);
    if (!person?.householdId) return;
    const day = formatBirthDate(parisDay(at));
    const where = site ? `depuis une borne de la Caf de ${site}` : 'depuis une borne de la Caf';
    const subject = `Un espace Mon Compte a été créé pour ${shortName(person)}`;
    const paragraphs = [
      `Un espace Mon Compte a été créé pour ${shortName(person)} le ${day}, ${where}.`,
      'Si personne de votre foyer ne l’a demandé, contactez votre Caf.',
    ];
    const body = paragraphs.join(' ');
    await db.insertInto('courriers').values({
      id: randomId(), householdId: person.householdId, subject, date: iso(at).slice(0, 10), kind: 'courriel',
      body: JSON.stringify(paragraphs),
    }).execute();
    const members = await persons.ofHousehold(person.householdId);
    for (const member of members) {
      if (member.role !== 'responsable' || member.id === person.id) continue;
      const account = await accounts.byPerson(member.id);
      for (const [channel, to] of [['email', account?.email], ['sms', account?.mobile]] as const) {
        if (to) await deps.notifier.enqueue(db, { channel, to, subject, body, code: null });
      }
    }
  }

  async function load(id: string) {
    const row = await db.selectFrom('accountCreations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || Date.parse(row.expiresAt) <= clock.now()) throw fail('flow.notFound', 'No such account creation (or expired)');
    return { row, data: JSON.parse(row.data) as CreationData };
  }
  const save = (id: string, data: CreationData) =>
    db.updateTable('accountCreations').set({ data: JSON.stringify(data) }).where('id', '=', id).execute();

  async function view(id: string): Promise<AccountCreation> {
    const { row, data } = await load(id);
    if (row.accountId) throw fail('flow.notFound', 'This account creation is completed');
    const verified = await codes.isVerified('creation', id);
    const account = row.accountId ? await accounts.byId(row.accountId) : undefined;
    const step: AccountCreation['step'] = account ? 'completed'
      : data.identityDocumentRequired && !data.identityDocument ? 'identity-document'
        : !data.contact ? 'contact'
          : !verified ? 'code'
            : !data.passwordHash ? 'password' : 'summary';
    return {
      id, expiresAt: row.expiresAt, step, etatCivil: data.etatCivil,
      identityDocumentRequired: data.identityDocumentRequired, identityDocument: data.identityDocument,
      contact: data.contact, code: await codes.challenge('creation', id), contactVerified: verified,
      passwordSet: data.passwordHash !== null,
      identifier: account?.identifier ?? null, identifierKind: account?.identifierKind ?? null,
    };
  }

  /**
   * The registry person this état civil designates: with a NIR, the person of that NIR; without, a person without NIR
   * born that day. Either way only when the whole état civil matches (civilité, names, date and place of birth).
   */
  async function registryPerson(typed: CivilStatus, nir: string | null, birthDay: string): Promise<Person | null> {
    const candidates = nir ? [await persons.byNir(nir)] : await persons.withoutNirBornOn(birthDay);
    return candidates.find((p): p is Person => p !== undefined && sameCivilStatus(typed, civilStatusOf(p))) ?? null;
  }

  /**
   * Step 1. With a NIR, the flow goes on only for the registry person of that NIR, on her whole état civil, when she
   * has no account yet. Every other case (a NIR the registry does not know, any field that differs, an account that
   * exists) gets one answer, after the same lookups: it tells nobody which field was wrong, that the NIR exists, that
   * it has an account or whose household it is in. The NIR/civil status agreement checked before (nir.inconsistent,
   * naming the field) is arithmetic on what was typed and reveals nothing of the registry.
   */
  async function checkedData(input: EtatCivilInput): Promise<CreationData> {
    const checked = checkEtatCivil(input, clock.now());
    const birthDay = isoDay(checked.birthDate);
    const etatCivil = checked.view;
    const typed = typedCivilStatus(etatCivil, checked.birthDate);
    const person = await registryPerson(typed, etatCivil.nir, birthDay);
    const [ownAccount, identifierTaken] = await Promise.all([
      accounts.byPerson(person?.id ?? ''), accounts.byIdentifier(etatCivil.nir ?? ''),
    ]);
    if ((etatCivil.nir && !person) || ownAccount || identifierTaken) throw unrecognised();
    return {
      etatCivil, birthDay, personId: person?.id ?? null,
      // Seed 001 ⑦: the document is asked only of a person neither allocataire nor in an allocataire household.
      identityDocumentRequired: !person?.householdId,
      identityDocument: null, contact: null, passwordHash: null,
    };
  }

  return {
    view,
    /**
     * Step 1: a new flow. With the kiosk's idempotency key, a start sent again with the same état civil (its answer
     * was lost, « Réessayer ») answers the flow the first one made, as it now stands, and makes no second one: the
     * key and the checked état civil, hashed, find it (a unique column, so two starts at once make one flow). The key
     * is random and kept in the kiosk's memory only, so it reaches no one else's flow; an expired flow lets the key
     * start a new one.
     */
    async start(input: EtatCivilInput, idempotencyKey?: string): Promise<AccountCreation> {
      const data = await checkedData(input);
      const requestKey = idempotencyKey
        ? hmac(deps.key, `creation-start:${idempotencyKey}:${JSON.stringify([data.etatCivil, data.birthDay])}`) : null;
      const byRequestKey = (key: string) =>
        db.selectFrom('accountCreations').select(['id', 'expiresAt']).where('requestKey', '=', key).executeTakeFirst();
      if (requestKey) {
        const earlier = await byRequestKey(requestKey);
        if (earlier && Date.parse(earlier.expiresAt) > clock.now()) return view(earlier.id);
        if (earlier) await db.updateTable('accountCreations').set({ requestKey: null }).where('id', '=', earlier.id).execute();
      }
      const id = randomToken();
      const now = clock.now();
      const inserted = await db.insertInto('accountCreations').values({
        id, createdAt: iso(now), expiresAt: iso(now + FLOW_TTL_MS), data: JSON.stringify(data), accountId: null, requestKey,
      }).onConflict((oc) => oc.column('requestKey').doNothing()).executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
        // Another start with this key got there first (two at once; committed): answer its flow.
        const winner = await byRequestKey(requestKey!);
        if (!winner) throw fail('flow.notFound', 'No such account creation (or expired)');
        return view(winner.id);
      }
      return view(id);
    },

    async setEtatCivil(id: string, input: EtatCivilInput) {
      const { row } = await load(id);
      if (row.accountId) throw fail('flow.step', 'The account is already created');
      await save(id, await checkedData(input));
      await codes.drop('creation', id);
      return view(id);
    },

    async setIdentityDocument(id: string, input: IdentityDocumentInput) {
      const { row, data } = await load(id);
      if (row.accountId) throw fail('flow.step', 'The account is already created');
      if (!data.identityDocumentRequired) throw fail('flow.step', 'No identity document is needed');
      if (input.kind === 'aucune') {
        // "Je ne dispose pas d'une pièce d'identité française": accepted and flagged (« Créer mon espace Mon Compte »).
        data.identityDocument = { kind: 'aucune', flagged: true };
      } else {
        const number = must(checkIdentityDocumentNumber(input.kind, input.number ?? ''), 'number');
        const document = await persons.document(input.kind, number);
        const holder = document && (await persons.byId(document.personId));
        // The document's holder is the person of the flow on her whole état civil and NIR (or both without NIR), and
        // has no account yet; otherwise one answer, whether the number exists or not.
        const matches = holder && holder.nir === data.etatCivil.nir && (data.personId === null || data.personId === holder.id)
          && sameCivilStatus(typedCivilStatus(data.etatCivil, fromIsoDay(data.birthDay)), civilStatusOf(holder))
          && !(await accounts.byPerson(holder.id));
        if (!matches) throw fail('identityDocument.unknown', 'No such document for this person', 'number');
        data.identityDocument = { kind: input.kind, flagged: false };
        data.personId ??= holder.id;
      }
      await save(id, data);
      return view(id);
    },

    async setContact(id: string, input: ContactInput) {
      const { row, data } = await load(id);
      if (row.accountId) throw fail('flow.step', 'The account is already created');
      if (data.identityDocumentRequired && !data.identityDocument) throw fail('flow.step', 'Identity document first');
      const value = checkContact(input.channel, input.value, input.confirmation);
      const changed = data.contact?.value !== value;
      data.contact = { channel: input.channel, value };
      await save(id, data);
      await codes.issue('creation', id, input.channel, value, changed);
      return view(id);
    },

    async resend(id: string) {
      const { row } = await load(id);
      if (row.accountId) throw fail('flow.step', 'The account is already created');
      await codes.resend('creation', id);
      return view(id);
    },

    async verify(id: string, code: string) {
      const checked = checkCode(code);
      await load(id);
      await codes.verify('creation', id, checked);
      return view(id);
    },

    async setPassword(id: string, password: string, confirmation: string) {
      const value = checkNewPassword(password, confirmation);
      const { row, data } = await load(id);
      if (row.accountId) throw fail('flow.step', 'The account is already created');
      if (!(await codes.isVerified('creation', id))) throw fail('flow.step', 'Verify the contact first');
      data.passwordHash = await hashPassword(value);
      await save(id, data);
      return view(id);
    },

    /** Creates the account once; calling again returns the same identifier. */
    async complete(id: string, site: string | null = null): Promise<AccountCreated> {
      const { row, data } = await load(id);
      const created = (identifier: string, identifierKind: 'nir' | 'provisional'): AccountCreated => ({
        identifier, identifierKind, etatCivil: data.etatCivil, contact: data.contact!,
      });
      const existing = row.accountId ? await accounts.byId(row.accountId) : await accounts.byFlow(id);
      if (existing) {
        if (clock.now() - Date.parse(existing.createdAt) > COMPLETED_RETRY_MS) throw fail('flow.notFound', 'This account creation is completed');
        return created(existing.identifier, existing.identifierKind);
      }
      if (!data.passwordHash || !data.contact || !(await codes.isVerified('creation', id))) {
        throw fail('flow.step', 'The password is not chosen yet');
      }
      const now = iso(clock.now());
      const identifierKind = data.etatCivil.nir ? 'nir' : 'provisional';
      // The domain builds the provisional identifier (never a NIR, with its check character) from CSPRNG digits.
      const identifier = data.etatCivil.nir ?? newProvisionalId(randomDigits(16));
      try {
        await db.transaction().execute(async (trx) => {
          let personId = data.personId;
          // Another flow for the same person completed first (two kiosks, two tabs): the same one answer.
          if (personId && (await trx.selectFrom('accounts').select('id').where('personId', '=', personId).executeTakeFirst())) {
            throw unrecognised();
          }
          if (!personId) {
            personId = randomId();
            await trx.insertInto('persons').values({
              id: personId, nir: data.etatCivil.nir, civilite: data.etatCivil.civilite,
              nomNaissance: data.etatCivil.nomNaissance, prenoms: data.etatCivil.prenoms, nomUsage: data.etatCivil.nomUsage,
              birthDate: data.birthDay, birthPlace: JSON.stringify(data.etatCivil.lieuNaissance),
              householdId: null, role: 'aucun', autorisationGestion: 0, createdAt: now,
            }).execute();
          }
          const accountId = randomId();
          await trx.insertInto('accounts').values({
            id: accountId, personId, identifier, identifierKind, passwordHash: data.passwordHash!, legacy: 0,
            legacyAllocataireNumber: null, cguVersion: null, passwordChangedAt: now, contactVerifiedAt: now,
            mobile: data.contact!.channel === 'sms' ? data.contact!.value : null, autreTelephone: null,
            email: data.contact!.channel === 'email' ? data.contact!.value : null,
            documentFlagged: data.identityDocument?.flagged ? 1 : 0, createdFromFlow: id, createdAt: now,
          }).execute();
          await trx.updateTable('accountCreations').set({ accountId }).where('id', '=', id).execute();
        });
      } catch (error) {
        // A concurrent completion of the same flow won the race: answer with its account.
        const winner = await accounts.byFlow(id);
        if (winner) return created(winner.identifier, winner.identifierKind);
        if (data.etatCivil.nir && (await accounts.byIdentifier(data.etatCivil.nir))) throw unrecognised();
        throw error;
      }
      if (data.personId) await announceToHousehold(data.personId, site, clock.now());
      return created(identifier, identifierKind);
    },
  };
}
