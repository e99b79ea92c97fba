// Lieu de naissance (« Créer mon espace Mon Compte »): "France métropolitaine ou Départements et Collectivités
// d'Outre-mer" (département + commune, INSEE codes) or "Étranger" (country, INSEE 99xxx). Reference data: see
// geo-data.ts.
import { fail, ok, type Check } from './check';
import {
  allCountries, allDepartements, communesOfDepartement, isCommuneOf, isCountry, isDepartement, type Place,
} from './geo-data';

export type BirthPlace =
  | { kind: 'france'; departement: string; commune: string /* INSEE code */ }
  | { kind: 'etranger'; pays: string /* INSEE 99xxx */ };

// Inputs reach the back end as JSON: tolerate missing fields rather than throw.
const text = (value: unknown): string => (typeof value === 'string' ? value.trim().toUpperCase() : '');

export function checkBirthPlace(input: BirthPlace): Check<BirthPlace> {
  if (input?.kind === 'france') {
    const departement = text(input.departement);
    const commune = text(input.commune);
    if (departement === '') return fail('birthPlace.required');
    if (!isDepartement(departement)) return fail('birthPlace.departement');
    if (commune === '') return fail('birthPlace.required');
    if (!isCommuneOf(departement, commune)) return fail('birthPlace.commune');
    return ok({ kind: 'france', departement, commune });
  }
  // Anything else is read as "Étranger": without a country, it is simply incomplete.
  const pays = text((input as { pays?: unknown } | null)?.pays);
  if (pays === '') return fail('birthPlace.required');
  if (!isCountry(pays)) return fail('birthPlace.pays');
  return ok({ kind: 'etranger', pays });
}

export function departements(): Array<{ code: string; nom: string }> {
  return allDepartements();
}

export function communesOf(departement: string): Array<{ code: string; nom: string }> {
  return communesOfDepartement(departement.trim().toUpperCase());
}

export function countries(): Array<{ code: string; nom: string }> {
  return allCountries();
}

export type { Place };
