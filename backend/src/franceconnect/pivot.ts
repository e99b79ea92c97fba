// FranceConnect's pivot identity → Mon Compte's état civil. FranceConnect v2 claims: given_name (every given name,
// space separated), family_name (birth name), birthdate YYYY-MM-DD, gender male|female, birthplace (INSEE COG code
// of the birth commune, empty when born abroad), birthcountry (INSEE code, 99100 = France), preferred_username
// (nom d'usage). Source: https://docs.partenaires.franceconnect.gouv.fr/fs/fs-technique/fs-technique-scope-fc/
import type { FranceConnectPrefill } from '../../../shared/api/franceconnect';
import type { PivotPerson } from './ports';

export const FRANCE_COUNTRY_CODE = '99100';

export type PivotCheck = { ok: true; person: PivotPerson; prefill: FranceConnectPrefill } | { ok: false; reason: string };

/** Reads the userinfo claims; anything missing or malformed refuses the identity (never a half-filled person). */
export function pivotFromClaims(claims: Record<string, unknown>): PivotCheck {
  const str = (name: string) => (typeof claims[name] === 'string' ? (claims[name] as string).trim() : undefined);
  const given = str('given_name');
  const family = str('family_name');
  const birthdate = str('birthdate');
  const gender = str('gender');
  const birthplace = str('birthplace') ?? '';
  const birthcountry = str('birthcountry');
  if (!given || !family) return { ok: false, reason: 'names' };
  if (!birthdate || !/^\d{4}-\d{2}-\d{2}$/.test(birthdate)) return { ok: false, reason: 'birthdate' };
  if (gender !== 'male' && gender !== 'female') return { ok: false, reason: 'gender' };
  if (!birthcountry || !/^99\d{3}$/.test(birthcountry)) return { ok: false, reason: 'birthcountry' };

  let lieuNaissance: FranceConnectPrefill['lieuNaissance'];
  if (birthcountry === FRANCE_COUNTRY_CODE) {
    if (!/^(\d{5}|2[AB]\d{3})$/.test(birthplace)) return { ok: false, reason: 'birthplace' };
    lieuNaissance = { kind: 'france', departement: departementOf(birthplace), commune: birthplace };
  } else {
    lieuNaissance = { kind: 'etranger', pays: birthcountry };
  }

  const civilite = gender === 'female' ? 'MADAME' : 'MONSIEUR';
  const [year, month, day] = birthdate.split('-');
  const usage = str('preferred_username');
  const email = str('email');
  const person: PivotPerson = { civilite, nomNaissance: family, prenoms: given, birthDate: birthdate, birthPlace: lieuNaissance };
  const prefill: FranceConnectPrefill = {
    civilite,
    nomNaissance: family,
    prenoms: given,
    nomUsage: usage && normalizeName(usage) !== normalizeName(family) ? usage : null,
    dateNaissance: `${day}/${month}/${year}`,
    lieuNaissance,
    email: email || null,
  };
  return { ok: true, person, prefill };
}

/** The département of an INSEE commune code: three characters overseas (97x, 98x), two otherwise (2A/2B in Corsica). */
export function departementOf(commune: string): string {
  return /^9[78]/.test(commune) ? commune.slice(0, 3) : commune.slice(0, 2);
}

/** Names compared as a civil registry does: case, accents, hyphens, apostrophes and commas between names ignored. */
export function normalizeName(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toUpperCase()
    .replace(/[-'’,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a stored person is the one FranceConnect identified: every element of the pivot identity must agree
 * (family name, all given names, birth date, sex, birth place), as FranceConnect's own matching rules require.
 */
export function samePivotIdentity(a: PivotPerson, b: PivotPerson): boolean {
  if (a.civilite !== b.civilite || a.birthDate !== b.birthDate) return false;
  if (normalizeName(a.nomNaissance) !== normalizeName(b.nomNaissance)) return false;
  if (normalizeName(a.prenoms) !== normalizeName(b.prenoms)) return false;
  if (a.birthPlace.kind !== b.birthPlace.kind) return false;
  return a.birthPlace.kind === 'france'
    ? a.birthPlace.commune === b.birthPlace.commune
    : a.birthPlace.pays === b.birthPlace.pays;
}
