// J1 "Créer Mon Compte" (seeds 000, 001) as a server-side flow: état civil → identity document when the person is
// neither allocataire nor in an allocataire household → contact → code → password → summary → completion, which
// creates the account exactly once (accounts.created_from_flow is unique).
import type { AccountCreated, AccountCreation, ContactInput, EtatCivil, EtatCivilInput, IdentityDocumentInput } from '../../../shared/api';
import { checkIdentityDocumentNumber } from '../../../shared/domain/identity-document';
import { newProvisionalId } from '../../../shared/domain/provisional-id';
import type { Db } from '../db/database';
import { fail } from '../errors';
import { iso, MINUTE, type Clock } from '../clock';
import type { AccountRepository, Person, PersonRepository } from '../repositories/accounts';
import { checkCode, checkContact, checkEtatCivil, checkNewPassword, isoDay, must } from './checks';
import type { CodeService } from './codes';
import { hashPassword } from './passwords';
import { randomDigits, randomId, randomToken } from './secrets';

export const FLOW_TTL_MS = 60 * MINUTE;

/** What the flow remembers between steps (account_creations.data). */
interface CreationData {
  etatCivil: EtatCivil;
  birthDay: string; // YYYY-MM-DD
  personId: string | null; // the registry person, when known
  identityDocumentRequired: boolean;
  identityDocument: { kind: IdentityDocumentInput['kind']; flagged: boolean } | null;
  contact: { channel: 'sms' | 'email'; value: string } | null;
  passwordHash: string | null;
}

export function createAccountCreationService(deps: {
  db: Db; clock: Clock; accounts: AccountRepository; persons: PersonRepository; codes: CodeService;
}) {
  const { db, clock, accounts, persons, codes } = deps;

  async function load(id: string) {
    const row = await db.selectFrom('accountCreations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row || Date.parse(row.expiresAt) <= clock.now()) throw fail('flow.notFound', 'No such account creation (or expired)');
    return { row, data: JSON.parse(row.data) as CreationData };
  }
  const save = (id: string, data: CreationData) =>
    db.updateTable('accountCreations').set({ data: JSON.stringify(data) }).where('id', '=', id).execute();

  async function view(id: string): Promise<AccountCreation> {
    const { row, data } = await load(id);
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

  /** The registry person this état civil designates, and whether they already have an account. */
  async function registryPerson(etatCivil: EtatCivil, birthDay: string): Promise<Person | null> {
    if (etatCivil.nir) {
      const person = await persons.byNir(etatCivil.nir);
      if (person && person.nomNaissance !== etatCivil.nomNaissance) {
        // A NIR of the registry typed with another name: not this person's NIR.
        throw fail('nir.inconsistent', 'The NIR does not match the nom de naissance', 'nomNaissance');
      }
      return person ?? null;
    }
    const candidates = await persons.byIdentity(etatCivil.nomNaissance, birthDay);
    return candidates.find((p) => p.nir === null && p.prenoms === etatCivil.prenoms) ?? null;
  }

  async function checkedData(input: EtatCivilInput): Promise<CreationData> {
    const checked = checkEtatCivil(input, clock.now());
    const birthDay = isoDay(checked.birthDate);
    const etatCivil = checked.view;
    if (etatCivil.nir && (await accounts.byIdentifier(etatCivil.nir))) {
      throw fail('account.exists', 'This NIR already has a Mon Compte account', 'nir');
    }
    const person = await registryPerson(etatCivil, birthDay);
    if (person && (await accounts.byPerson(person.id))) throw fail('account.exists', 'This person already has an account', 'nir');
    return {
      etatCivil, birthDay, personId: person?.id ?? null,
      // Seed 001 ⑦: the document is asked only of a person neither allocataire nor in an allocataire household.
      identityDocumentRequired: !person?.householdId,
      identityDocument: null, contact: null, passwordHash: null,
    };
  }

  return {
    view,
    async start(input: EtatCivilInput): Promise<AccountCreation> {
      const data = await checkedData(input);
      const id = randomToken();
      const now = clock.now();
      await db.insertInto('accountCreations').values({
        id, createdAt: iso(now), expiresAt: iso(now + FLOW_TTL_MS), data: JSON.stringify(data), accountId: null,
      }).execute();
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
        // "Je ne dispose pas d'une pièce d'identité française": accepted and flagged (seed 001).
        data.identityDocument = { kind: 'aucune', flagged: true };
      } else {
        const number = must(checkIdentityDocumentNumber(input.kind, input.number ?? ''), 'number');
        const document = await persons.document(input.kind, number);
        const holder = document && (await persons.byId(document.personId));
        const matches = holder && holder.nomNaissance === data.etatCivil.nomNaissance && holder.birthDate === data.birthDay
          && (!data.etatCivil.nir || !holder.nir || holder.nir === data.etatCivil.nir);
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
    async complete(id: string): Promise<AccountCreated> {
      const { row, data } = await load(id);
      const created = (identifier: string, identifierKind: 'nir' | 'provisional'): AccountCreated => ({
        identifier, identifierKind, etatCivil: data.etatCivil, contact: data.contact!,
      });
      const existing = row.accountId ? await accounts.byId(row.accountId) : await accounts.byFlow(id);
      if (existing) return created(existing.identifier, existing.identifierKind);
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
        if (data.etatCivil.nir && (await accounts.byIdentifier(data.etatCivil.nir))) {
          throw fail('account.exists', 'This NIR already has a Mon Compte account', 'nir');
        }
        throw error;
      }
      return created(identifier, identifierKind);
    },
  };
}
export type AccountCreationService = ReturnType<typeof createAccountCreationService>;
