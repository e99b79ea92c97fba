// The person behind a session, read fresh at every request (rights are never cached in the session).
import type { Right } from '../../../shared/api';
import { fail } from '../errors';
import type { Account, AccountRepository, Person, PersonRepository } from '../repositories/accounts';
import { can, type Subject } from './rights';

export interface Viewer {
  account: Account;
  person: Person;
  subject: Subject;
}

export async function loadViewer(deps: { accounts: AccountRepository; persons: PersonRepository }, accountId: string): Promise<Viewer> {
  const account = await deps.accounts.byId(accountId);
  const person = account && (await deps.persons.byId(account.personId));
  if (!account || !person) throw fail('auth.required', 'No valid session');
  return { account, person, subject: { role: person.role, autorisationGestion: person.autorisationGestion === 1 } };
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
