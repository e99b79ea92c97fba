// The person behind a session, read fresh at every request with the session itself (services/sessions.ts; rights are
// never cached in the session).
import type { Right } from '../../../shared/api';
import { fail } from '../errors';
import type { AccountRepository, Person, PersonRepository, ViewerAccount } from '../repositories/accounts';
import { can, type Subject } from './rights';

export interface Viewer {
  account: ViewerAccount;
  person: Person;
  subject: Subject;
}

/** The viewer of an account and its person as just read (the session check reads them with the session). */
export const viewerOf = (account: ViewerAccount, person: Person): Viewer =>
  ({ account, person, subject: { role: person.role, autorisationGestion: person.autorisationGestion === 1 } });

/** Reads the viewer again (after a change the same request made to the account). */
export async function loadViewer(deps: { accounts: AccountRepository; persons: PersonRepository }, accountId: string): Promise<Viewer> {
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
