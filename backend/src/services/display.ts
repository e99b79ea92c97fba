// How names appear in the account space: "VERONIQUE F." (« Comment je fais pour me connecter … sur mon mobile ? »
// header): first given name, initial of the name in use (nom d'usage when there is one).
import type { NamedBirthPlace } from '../../../shared/api';
import type { BirthPlace } from '../../../shared/domain/birthplace';
import { allCountries, communesOfDepartement } from '../../../shared/domain/geo-data';
import type { Person } from '../repositories/accounts';

export function shortName(person: Pick<Person, 'prenoms' | 'nomNaissance' | 'nomUsage'>): string {
  const first = person.prenoms.split(/[ ,]+/)[0] ?? '';
  const name = person.nomUsage ?? person.nomNaissance;
  return `${first.toUpperCase()} ${name.charAt(0).toUpperCase()}.`;
}

/**
 * A stored birth place (the JSON of persons.birth_place) with its commune's or country's name, as "Mes informations
 * personnelles" shows it. A code the reference data no longer knows keeps its code and a null name.
 */
export function namedBirthPlace(stored: string): NamedBirthPlace {
  const place = JSON.parse(stored) as BirthPlace;
  if (place.kind === 'france') {
    const commune = communesOfDepartement(place.departement).find((c) => c.code === place.commune);
    return { kind: 'france', departement: place.departement, commune: place.commune, nom: commune?.nom ?? null };
  }
  const country = allCountries().find((c) => c.code === place.pays);
  return { kind: 'etranger', pays: place.pays, nom: country?.nom ?? null };
}
