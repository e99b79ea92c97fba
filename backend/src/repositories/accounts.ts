// Accounts and the persons they belong to.
import type { Insertable, Updateable } from 'kysely';
import type { Db } from '../db/database';
import { prepared } from '../db/prepared';
import type { AccountTable, PersonTable } from '../db/schema';

export type Account = AccountTable;
export type Person = PersonTable;
/**
 * An account as the routes that show it hold it (services/viewer.ts, `loadIdentity`): without its password hash,
 * which only the login and the password changes read (from the account itself).
 */
export type ViewerAccount = Omit<Account, 'passwordHash'>;
/**
 * What every authenticated request holds of its account and person (the session check reads only these columns,
 * services/sessions.ts): who they are by id, their household and their role, all the rights and the ownership checks
 * need. Least privilege: the NIR, the names, the birth, the identifier and the contacts are read by the routes that
 * show or use them, not held by every request (where a log, an error or a bug could carry them).
 */
export type SessionAccount = Pick<Account, 'id' | 'personId'>;
export type SessionPerson = Pick<Person, 'id' | 'householdId' | 'role' | 'autorisationGestion'>;

// byId is on every authenticated request's path (services/viewer.ts): compiled once (db/prepared.ts).
const first = <T>(rows: Promise<T[]>) => rows.then((found) => found[0]);

export function createAccountRepository(db: Db) {
  const byId = prepared(db, (id: string) => db.selectFrom('accounts').selectAll().where('id', '=', id));
  return {
    byId: (id: string) => first(byId(id)),
    byIdentifier: (identifier: string) =>
      db.selectFrom('accounts').selectAll().where('identifier', '=', identifier).executeTakeFirst(),
    byFlow: (flowId: string) =>
      db.selectFrom('accounts').selectAll().where('createdFromFlow', '=', flowId).executeTakeFirst(),
    byPerson: (personId: string) =>
      db.selectFrom('accounts').selectAll().where('personId', '=', personId).executeTakeFirst(),
    update: (id: string, values: Updateable<AccountTable>) =>
      db.updateTable('accounts').set(values).where('id', '=', id).execute(),
    insert: (values: Insertable<AccountTable>) => db.insertInto('accounts').values(values).execute(),
  };
}

export function createPersonRepository(db: Db) {
  const byId = prepared(db, (id: string) => db.selectFrom('persons').selectAll().where('id', '=', id));
  return {
    byId: (id: string) => first(byId(id)),
    byNir: (nir: string) => db.selectFrom('persons').selectAll().where('nir', '=', nir).executeTakeFirst(),
    /** The registry persons without a NIR born that day (the caller matches their whole état civil). */
    withoutNirBornOn: (birthDate: string) =>
      db.selectFrom('persons').selectAll().where('nir', 'is', null).where('birthDate', '=', birthDate).execute(),
    ofHousehold: (householdId: string) =>
      db.selectFrom('persons').selectAll().where('householdId', '=', householdId).orderBy('createdAt').orderBy('id').execute(),
    update: (id: string, values: Updateable<PersonTable>) =>
      db.updateTable('persons').set(values).where('id', '=', id).execute(),
    insert: (values: Insertable<PersonTable>) => db.insertInto('persons').values(values).execute(),
    document: (kind: string, number: string) =>
      db.selectFrom('identityDocuments').selectAll().where('kind', '=', kind).where('number', '=', number).executeTakeFirst(),
  };
}

export type AccountRepository = ReturnType<typeof createAccountRepository>;
export type PersonRepository = ReturnType<typeof createPersonRepository>;
