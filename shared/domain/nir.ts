// NIR (numéro d'inscription au répertoire, the "numéro de Sécurité sociale").
//
// Structure (INSEE, https://www.insee.fr/fr/metadonnees/definition/c1409; Ministère des affaires sociales, "Les règles
// d'identification et d'immatriculation des assurés par les organismes sociaux"; service-public.fr):
//   sex (1) · year (2) · month (2) · place of birth (5) · order number (3) [· key (2)]
// - sex: 1 man, 2 woman. A NIA (numéro d'identification d'attente, 7 or 8) is refused: Caf no longer takes it as an
//   identifier since the move of Mon Compte to the NIR in October 2021 (« Depuis ce 9/10/2021, la connexion … est
// facilitée »).
// - month: 01–12; 20–42 and 50–99 are given when the month of birth is unknown (incomplete civil status).
// - place: département (2) + commune (3) in metropolitan France, 2A/2B for Corsica since 1 January 1976 (20 before);
//   département (3: 97x, 98x) + commune (2) overseas; 99 + country (3) for a birth abroad (INSEE code 99xxx).
//   91–94 (Algeria before 1962), 95 (Morocco) and 96 (Tunisia) were also given to births in those former départements
//   or protectorates: the codes stay valid.
// - key: 97 − (the 13 characters as a number mod 97), with 2A read as 19 and 2B as 18 at the département's position.
//
// Why not the npm package `french-ssn` (4.1.0, checked against the vectors of test/unit/shared/domain/nir.test.ts): it
// accepts the key "98" for any number (it skips the check for it), accepts sex digits 7/8 and impossible months
// (13–19) as "unknown" instead of refusing them, and ships as CommonJS with its own place tables. Its key arithmetic is
// right, but the rules the kiosk needs are the refusals, so the module is written here against public vectors.
import type { BirthPlace } from './birthplace';
import { fail, ok, type Check, type SimpleDate } from './check';
import communeAliases from './data/commune-aliases.json';
import countryList from './data/countries.json';

export type { SimpleDate } from './check';

export interface NirParts {
  sex: '1' | '2';
  year: string;
  month: string;
  department: string;
  commune: string;
  order: string;
  key: string | null;
  bornAbroad: boolean;
  countryCode: string | null;
}

export type Civilite = 'MADAME' | 'MONSIEUR';

// Digits everywhere, except 2A/2B at the département's position (characters 6–7).
const SHAPE = /^\d{5}(?:\d{2}|2A|2B)\d{6}(?:\d{2})?$/;
const FIRST13 = /^\d{5}(?:\d{2}|2A|2B)\d{6}$/;

// COG codes of the overseas départements and collectivités (971–978; 984 TAAF, 986–989) and 985, Mayotte's code before
// it became a département (976).
const OVERSEAS = new Set(['971', '972', '973', '974', '975', '976', '977', '978', '984', '985', '986', '987', '988', '989']);

const CORSICA_SPLIT_YEAR = 1976;

export function normalizeNir(input: string): string {
  return input.replace(/\s/g, '').toUpperCase();
}

/** The two-digit key of the 13 first characters. Throws a RangeError when they are not the shape of a NIR. */
export function nirKey(first13: string): string {
  const nir = normalizeNir(first13);
  if (!FIRST13.test(nir)) throw new RangeError('nirKey expects the 13 first characters of a NIR');
  const department = nir.slice(5, 7);
  const numeric = nir.slice(0, 5) + (department === '2A' ? '19' : department === '2B' ? '18' : department) + nir.slice(7);
  // 13 digits stay below 2^53: Number arithmetic is exact.
  return String(97 - (Number(numeric) % 97)).padStart(2, '0');
}

function isNirMonth(month: number): boolean {
  return (month >= 1 && month <= 12) || (month >= 20 && month <= 42) || month >= 50;
}

// The year has two digits, so the century is unknown: a code is refused only when neither century fits.
function isNirDepartment(department: string, year: string, today: SimpleDate | undefined): boolean {
  const yy = Number(year);
  if (department === '2A' || department === '2B') {
    // 19yy must be 1976 or later, or 20yy must not be in the future (when the caller knows today).
    return today === undefined || 1900 + yy >= CORSICA_SPLIT_YEAR || 2000 + yy <= today.year;
  }
  // "20" stopped at the split; 20yy ≥ 2000 would be after it, so only 19yy < 1976 fits.
  if (department === '20') return 1900 + yy < CORSICA_SPLIT_YEAR;
  if (department.length === 3) return OVERSEAS.has(department);
  // Two digits left: 01–96 or 99 (97 and 98 always come with a third digit, read above).
  return department !== '00';
}

function analyse(input: string, today: SimpleDate | undefined, checkKey: boolean): Check<NirParts> {
  const nir = normalizeNir(input);
  if (nir === '') return fail('nir.required');
  if (nir.length !== 13 && nir.length !== 15) return fail('nir.length');
  if (!SHAPE.test(nir)) return fail('nir.format');
  const sex = nir.charAt(0);
  if (sex !== '1' && sex !== '2') return fail('nir.sex');
  const year = nir.slice(1, 3);
  const month = nir.slice(3, 5);
  if (!isNirMonth(Number(month))) return fail('nir.month');
  const overseas = nir.startsWith('97', 5) || nir.startsWith('98', 5);
  const department = nir.slice(5, overseas ? 8 : 7);
  const commune = nir.slice(overseas ? 8 : 7, 10);
  if (!isNirDepartment(department, year, today)) return fail('nir.department');
  const bornAbroad = department === '99';
  // 99100 would be "France" in the country list: not a birth abroad.
  if (bornAbroad && commune === '100') return fail('nir.department');
  const order = nir.slice(10, 13);
  const key = nir.length === 15 ? nir.slice(13) : null;
  if (checkKey && key !== null && key !== nirKey(nir.slice(0, 13))) return fail('nir.key');
  return ok({ sex, year, month, department, commune, order, key, bornAbroad, countryCode: bornAbroad ? `99${commune}` : null });
}

/**
 * 13 characters (as the seeds ask) or 15 (as printed on the carte Vitale: then the key is checked). Spaces ignored.
 * `today`, when given, also refuses 2A/2B for a year that can only be before 1976. The value is the 13 characters.
 */
export function checkNir(input: string, today?: SimpleDate): Check<string> {
  const result = analyse(input, today, true);
  return result.ok ? ok(normalizeNir(input).slice(0, 13)) : result;
}

/** The parts of a NIR that checkNir accepts (13 or 15 characters), null otherwise. */
export function parseNir(value: string, today?: SimpleDate): NirParts | null {
  const result = analyse(value, today, true);
  return result.ok ? result.value : null;
}

/** 15 characters with a correct key (spaces ignored), and a structure checkNir accepts. */
export function isValidNir(value: string): boolean {
  return normalizeNir(value).length === 15 && analyse(value, undefined, true).ok;
}

/** Display grouping of the seeds' récapitulatif: "2 XX XXXX XXX XXX" (and " KK" when the key is there). */
export function formatNir(nir13: string): string {
  const nir = normalizeNir(nir13);
  if (nir.length !== 13 && nir.length !== 15) return nir;
  const groups = [nir.slice(0, 1), nir.slice(1, 3), nir.slice(3, 7), nir.slice(7, 10), nir.slice(10, 13)];
  if (nir.length === 15) groups.push(nir.slice(13));
  return groups.join(' ');
}

const ALIASES: Readonly<Record<string, string>> = communeAliases;
const CURRENT_COUNTRIES = new Set(countryList.map(([code]) => code));

// Births in Algeria before independence (3 July 1962) carry 91–94; in Morocco and Tunisia before 1964, 95 and 96
// (service-public.fr, "numéro de sécurité sociale"): such a NIR agrees with the country chosen today.
const FORMER_OVERSEAS_DEPARTMENTS: Readonly<Record<string, { pays: string; until: number }>> = {
  '91': { pays: '99352', until: 1962 },
  '92': { pays: '99352', until: 1962 },
  '93': { pays: '99352', until: 1962 },
  '94': { pays: '99352', until: 1962 },
  '95': { pays: '99350', until: 1964 },
  '96': { pays: '99351', until: 1964 },
};

// Seine (75) and Seine-et-Oise (78) were split on 1 January 1968 into 75, 78, 91, 92, 93, 94 and 95.
const PARIS_REGION_SPLIT_YEAR = 1968;
const FROM_SEINE = new Set(['91', '92', '93', '94', '95']);

function placeAgrees(parts: NirParts, place: BirthPlace, birthYear: number): boolean {
  if (place.kind === 'etranger') {
    if (parts.bornAbroad) {
      // A former country (e.g. 99115 Tchécoslovaquie) is not in the current list: it cannot be compared, so it is not
      // held against the visitor.
      return parts.countryCode === place.pays || !CURRENT_COUNTRIES.has(`99${parts.commune}`);
    }
    const former = FORMER_OVERSEAS_DEPARTMENTS[parts.department];
    return former !== undefined && former.pays === place.pays && birthYear <= former.until;
  }
  if (FROM_SEINE.has(place.departement) && (parts.department === '75' || parts.department === '78')) {
    // The commune then had a Seine / Seine-et-Oise code that the shipped data does not map: the département is enough.
    return birthYear < PARIS_REGION_SPLIT_YEAR;
  }
  // Births in Paris/Lyon/Marseille carry the arrondissement, births in a commune merged since carry its former code,
  // and Corsican births before 1976 carry 20 + the commune's number (20004 for Ajaccio, now 2A004): the COG lists all
  // of these as former or delegated codes of today's commune (commune-aliases.json). A NIR born abroad (99…) never
  // matches a French commune.
  const code = parts.department + parts.commune;
  return code === place.commune || ALIASES[code] === place.commune;
}

/**
 * Which of the visitor's answers disagree with the NIR they typed (account creation). Special months (20–42, 50–99)
 * do not contradict any birth month. A NIR that does not parse disagrees with everything.
 */
export function nirConsistency(
  nir13: string,
  person: { civilite: Civilite; birthDate: SimpleDate; birthPlace: BirthPlace },
): Array<'civilite' | 'dateNaissance' | 'lieuNaissance'> {
  const result = analyse(nir13, undefined, true);
  if (!result.ok) return ['civilite', 'dateNaissance', 'lieuNaissance'];
  const parts = result.value;
  const disagreements: Array<'civilite' | 'dateNaissance' | 'lieuNaissance'> = [];
  if ((parts.sex === '1' ? 'MONSIEUR' : 'MADAME') !== person.civilite) disagreements.push('civilite');
  const { year, month } = person.birthDate;
  const nirMonth = Number(parts.month);
  // 20 before 1976, 2A/2B since: a Corsican NIR also dates the birth.
  const corsican = ['20', '2A', '2B'].includes(parts.department);
  const corsicanEra = !corsican || (parts.department === '20') === (year < CORSICA_SPLIT_YEAR);
  if (Number(parts.year) !== year % 100 || (nirMonth <= 12 && nirMonth !== month) || !corsicanEra) {
    disagreements.push('dateNaissance');
  }
  if (!placeAgrees(parts, person.birthPlace, year)) disagreements.push('lieuNaissance');
  return disagreements;
}
