// How names appear in the account space: "VERONIQUE F." (seed 004 header): first given name, initial of the name
// in use (nom d'usage when there is one).
import type { Person } from '../repositories/accounts';

export function shortName(person: Pick<Person, 'prenoms' | 'nomNaissance' | 'nomUsage'>): string {
  const first = person.prenoms.split(/[ ,]+/)[0] ?? '';
  const name = person.nomUsage ?? person.nomNaissance;
  return `${first.toUpperCase()} ${name.charAt(0).toUpperCase()}.`;
}
