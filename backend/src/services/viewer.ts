// The person behind a session, read fresh at every request with the session itself (services/sessions.ts; rights are
// never cached in the session): only what rights and ownership need (SessionAccount, SessionPerson). The routes that
// show who the person is (/v1/me) read their identity in full (`loadIdentity`).
import type { Right } from '../../../shared/api';
import { fail } from '../errors';
import type {
  AccountRepository, Person, PersonRepository, SessionAccount, SessionPerson, ViewerAccount,
} from '../repositories/accounts';
import { can, type Subject } from './rights';

export interface Viewer {
  account: SessionAccount;
  person: SessionPerson;
  subject: Subject;
}

/** A viewer with the account's and the person's every column but the password hash: what /v1/me shows. */
export interface Identity extends Viewer {
  account: ViewerAccount;
  person: Person;
}

/** The viewer of an account and its person as just read (the session check reads them with the session). */
export const viewerOf = <A extends SessionAccount, P extends SessionPerson>(account: A, person: P): Viewer & { account: A; person: P } =>
  ({ account, person, subject: { role: person.role, autorisationGestion: person.autorisationGestion === 1 } });

/** Reads the account and person of a viewer in full (to show them, or after a change the request made to them). */
export async function loadIdentity(deps: { accounts: AccountRepository; persons: PersonRepository }, accountId: string): Promise<Identity> {
  const account = await deps.accounts.byId(accountId);
  const person = account && (await deps.persons.byId(account.personId));
  if (!account || !person) throw fail('auth.required', 'No valid session');
  const { passwordHash: _passwordHash, ...viewerAccount } = account;
  return viewerOf(viewerAccount, person);
}

/** 403 when the person's role does not allow it on their own household. Checked before looking anything up. */
export function requireRight(viewer: Viewer, right: Right) {
  if (!can(viewer.subject, right)) throw fail('rights.forbidden', `Your role does not allow ${right}`);
}

/** A household resource: missing and "of another household" are the same 404. */
export function ownHousehold<T extends { householdId: string }>(viewer: Viewer, row: T | undefined): T {
  if (!row || !viewer.person.householdId || row.householdId !== viewer.person.householdId) {
    throw fail('resource.notFound', 'No such resource');
  }
  return row;
}
