// Test vectors and their public sources:
// - python-stdnum, stdnum/fr/nir.py (Arthur de Jong, LGPL), docstring examples: 2 95 10 99 126 111 93 (born abroad,
//   99126 Grèce), 253072B07300470 and 253072A07300443 (Corsican keys), 295109912611199 (wrong key),
//   253072C07300443 (bad département).
// - french-ssn README (npm, Aymeric Bouzy): 2 55 08 14 168 025 38 valid, … 12 wrong key; 1 78 05 99 330 108 17.
// - trabucaire.free.fr "Le numéro INSEE": 1 63 12 78 477 042 → 94, 2 62 08 75 032 039 → 77.
// - lbcd78.fr "Calcul de la clé du n° de sécurité sociale": 2 06 12 75 111 005 → 64 (Paris 11e).
// - Structure: INSEE definition c1409; Ministère des affaires sociales, "Les règles d'identification et
//   d'immatriculation des assurés" (2A/2B since 1 January 1976, 97/98 + 3 digits overseas, 99 abroad); special months
//   20–42 and 50–99 (incomplete civil status); service-public.fr (91–94 Algeria, 95 Morocco, 96 Tunisia).
// - Overseas and Corsican-era vectors below are built from COG codes (Les Abymes 97101, Ajaccio 2A004, Bastia 2B033)
//   with keys computed by hand from the published rule, and cross-checked against python-stdnum's algorithm.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkNir, formatNir, isValidNir, nirConsistency, nirKey, normalizeNir, parseNir, type Civilite,
} from '@shared/domain/nir';
import type { BirthPlace } from '@shared/domain/birthplace';


describe('normalizeNir', () => {
  it('removes every kind of space and upper-cases the Corsican letters', () => {
    expect(normalizeNir(' 2 53 07 2a 073 004\u00a043 ')).toBe('253072A07300443');
    expect(normalizeNir('1\t85\n05')).toBe('18505');
  });
});

describe('nirKey', () => {
  it.each([
    ['2951099126111', '93'], // python-stdnum
    ['253072B073004', '70'], // python-stdnum, 2B read as 18
    ['253072A073004', '43'], // python-stdnum, 2A read as 19
    ['2550814168025', '38'], // french-ssn README
    ['1780599330108', '17'], // french-ssn README
    ['1631278477042', '94'], // trabucaire.free.fr
    ['2620875032039', '77'], // trabucaire.free.fr
    ['2061275111005', '64'], // lbcd78.fr
  ])('gives the published key of %s', (first13, key) => {
    expect(nirKey(first13)).toBe(key);
  });

  it('pads a key below 10 with a zero', () => {
    // 1 850 578 006 166 mod 97 = 88 → 97 − 88 = 09
    expect(nirKey('1850578006166')).toBe('09');
  });

  it('gives 97, never 00, when the number is a multiple of 97', () => {
    // 97 × 10 309 278 351 = 1 000 000 000 047
    expect(nirKey('1000000000047')).toBe('97');
  });

  it('substitutes 19 for 2A and 18 for 2B only at the département position', () => {
    expect(nirKey('253072A073004')).toBe(nirKey('2530719073004'));
    expect(nirKey('253072B073004')).toBe(nirKey('2530718073004'));
    expect(nirKey('253072A073004')).not.toBe(nirKey('253072B073004'));
  });

  it('ignores spaces and case', () => {
    expect(nirKey('2 53 07 2a 073 004')).toBe('43');
  });

  it('refuses what is not the 13 first characters of a NIR', () => {
    expect(() => nirKey('253072C073004')).toThrow(new RangeError('nirKey expects the 13 first characters of a NIR'));
    expect(() => nirKey('25307207300')).toThrow(RangeError);
    expect(() => nirKey('25307200730041')).toThrow(RangeError);
    expect(() => nirKey('2A53072073004')).toThrow(RangeError);
  });

  it('makes every well-formed 15-character number check (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^[12]\d{4}(?:\d{2}|2A|2B)\d{6}$/), (first13) => {
      const key = Number(nirKey(first13));
      expect(key).toBeGreaterThanOrEqual(1);
      expect(key).toBeLessThanOrEqual(97);
      const numeric = BigInt(first13.replace(/^(\d{5})2A/, '$119').replace(/^(\d{5})2B/, '$118'));
      expect((numeric + BigInt(key)) % 97n).toBe(0n);
    }));
  });
});

describe('isValidNir', () => {
  it.each([
    '2 95 10 99 126 111 93',
    '253072B07300470',
    '253072A07300443',
    '2 55 08 14 168 025 38',
    '1 78 05 99 330 108 17',
    '1 63 12 78 477 042 94',
    '2 62 08 75 032 039 77',
    '2 06 12 75 111 005 64',
  ])('accepts the published NIR %s', (nir) => {
    expect(isValidNir(nir)).toBe(true);
  });

  it.each([
    ['295109912611199', 'wrong key (python-stdnum)'],
    ['2 55 08 14 168 025 12', 'wrong key (french-ssn README)'],
    ['1 85 05 78 006 084 98', 'key 98, which french-ssn accepts for any number'],
    ['253072C07300443', 'C is no Corsican département (python-stdnum)'],
    ['2951099126111', '13 characters: no key to check'],
    ['755089912611193', 'a NIA (7) is not a NIR'],
  ])('refuses %s (%s)', (nir) => {
    expect(isValidNir(nir)).toBe(false);
  });
});

describe('checkNir', () => {
  it('accepts the 13 characters the seeds ask for, and returns them compact', () => {
    expect(checkNir('2 55 08 14 168 025')).toEqual({ ok: true, value: '2550814168025' });
  });

  it('accepts the 15 characters of the carte Vitale when the key is right, and returns the 13', () => {
    expect(checkNir('2 55 08 14 168 025 38')).toEqual({ ok: true, value: '2550814168025' });
    expect(checkNir('2 55 08 14 168 025 39')).toEqual({ ok: false, error: 'nir.key' });
  });

  it.each([
    ['', 'nir.required'],
    ['   ', 'nir.required'],
    ['2550814168', 'nir.length'],
    ['25508141680253', 'nir.length'],
    ['2550814168025381', 'nir.length'],
    ['255081416802X', 'nir.format'],
    ['2550814168025AB', 'nir.format'],
    ['AB2550814168025', 'nir.format'],
    ['2A50814168025', 'nir.format'],
    ['255082C168025', 'nir.format'],
    ['7550814168025', 'nir.sex'],
    ['8550814168025', 'nir.sex'],
    ['3550814168025', 'nir.sex'],
    ['0550814168025', 'nir.sex'],
    ['2550014168025', 'nir.month'],
    ['2551314168025', 'nir.month'],
    ['2551914168025', 'nir.month'],
    ['2554314168025', 'nir.month'],
    ['2554914168025', 'nir.month'],
    ['2550800168025', 'nir.department'],
    ['2550897068025', 'nir.department'],
    ['2550897916802', 'nir.department'],
    ['2550898316802', 'nir.department'],
    ['2850820004123', 'nir.department'], // 20 (Corsica) for 1985 or 2085: neither fits
    ['2760820004123', 'nir.department'], // 20 in 1976: already 2A/2B
    ['2550899100123', 'nir.department'], // 99100 is France, not a country abroad
  ])('refuses %j with %s', (input, error) => {
    expect(checkNir(input)).toEqual({ ok: false, error });
  });

  it.each([
    ['2552014168025', 'special month 20'],
    ['2554214168025', 'special month 42'],
    ['2555014168025', 'special month 50'],
    ['2559914168025', 'special month 99'],
    ['2551214168025', 'December'],
    ['2550101168025', 'département 01'],
    ['2550819168025', 'département 19'],
    ['2550821168025', 'département 21'],
    ['2550895168025', 'département 95'],
    ['2550896168025', 'département 96 (Tunisia before 1964)'],
    ['2550820004123', 'Corsica before 1976 as 20'],
    ['2750820004123', 'Corsica in 1975 as 20'],
    ['2850897101123', 'Guadeloupe (971, commune 01)'],
    ['2850897801123', 'Saint-Martin (978)'],
    ['2850898401123', 'TAAF (984)'],
    ['2850898901123', 'Clipperton (989)'],
    ['2850899115123', 'Tchécoslovaquie, a former country code'],
  ])('accepts %s (%s)', (input) => {
    expect(checkNir(input).ok).toBe(true);
  });

  it('accepts every overseas département and collectivité of the COG, and 985 (Mayotte before 2011)', () => {
    for (const department of ['971', '972', '973', '974', '975', '976', '977', '978', '984', '985', '986', '987', '988', '989']) {
      expect(checkNir(`28501${department}01123`)).toEqual({ ok: true, value: `28501${department}01123` });
    }
    for (const department of ['970', '979', '980', '981', '982', '983']) {
      expect(checkNir(`28501${department}01123`)).toEqual({ ok: false, error: 'nir.department' });
    }
  });

  it('refuses 2A/2B for a year that can only be before 1976 when it knows today', () => {
    const today = { year: 2026, month: 11, day: 22 };
    expect(checkNir('253072A073004', today)).toEqual({ ok: false, error: 'nir.department' });
    expect(checkNir('275122B073004', today)).toEqual({ ok: false, error: 'nir.department' });
    expect(checkNir('276012A073004', today).ok).toBe(true); // 1976
    expect(checkNir('226012A073004', today).ok).toBe(true); // 2026
    expect(checkNir('227012A073004', today)).toEqual({ ok: false, error: 'nir.department' }); // 1927 or 2027
    expect(checkNir('227012A073004', { year: 2027, month: 1, day: 1 }).ok).toBe(true);
    // Without today the century is unknown: 2053 is not ruled out.
    expect(checkNir('253072A073004').ok).toBe(true);
  });
});

describe('parseNir', () => {
  it('gives the parts of a metropolitan NIR', () => {
    expect(parseNir('2 55 08 14 168 025 38')).toEqual({
      sex: '2', year: '55', month: '08', department: '14', commune: '168', order: '025', key: '38',
      bornAbroad: false, countryCode: null,
    });
  });

  it('gives a 3-character département and a 2-digit commune overseas', () => {
    expect(parseNir('1850397101123')).toMatchObject({ department: '971', commune: '01', order: '123', key: null });
    expect(parseNir('1850398801123')).toMatchObject({ department: '988', commune: '01' });
  });

  it('gives the INSEE country code of a birth abroad', () => {
    expect(parseNir('2 95 10 99 126 111 93')).toMatchObject({
      department: '99', commune: '126', bornAbroad: true, countryCode: '99126', key: '93',
    });
  });

  it('keeps the Corsican letters in the département', () => {
    expect(parseNir('253072A07300443')).toMatchObject({ department: '2A', commune: '073' });
  });

  it('returns null for what checkNir refuses, wrong key included', () => {
    expect(parseNir('295109912611199')).toBeNull();
    expect(parseNir('755089912611193')).toBeNull();
    expect(parseNir('')).toBeNull();
    expect(parseNir('253072A07300443', { year: 2026, month: 1, day: 1 })).toBeNull();
  });
});

describe('formatNir', () => {
  it('groups the 13 characters as the récapitulatif of « Créer mon espace Mon Compte » ("2 XX XXXX XXX XXX")', () => {
    expect(formatNir('2800106088123')).toBe('2 80 0106 088 123');
  });

  it('adds the key as a last group when there are 15 characters', () => {
    expect(formatNir('255081416802538')).toBe('2 55 0814 168 025 38');
  });

  it('returns anything else compacted, unchanged otherwise', () => {
    expect(formatNir(' 2 80 01 ')).toBe('28001');
  });

  it('only adds spaces (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{13}(?:\d{2})?$/), (nir) => {
      expect(formatNir(nir).replaceAll(' ', '')).toBe(nir);
      expect(normalizeNir(formatNir(nir))).toBe(nir);
    }));
  });
});

describe('nirConsistency', () => {
  const nice: BirthPlace = { kind: 'france', departement: '06', commune: '06088' };
  const julie = { civilite: 'MADAME' as Civilite, birthDate: { year: 1980, month: 1, day: 1 }, birthPlace: nice };
  // Seed 001's récapitulatif: MADAME, born 01/01/1980 in Nice (06).
  const julieNir = '2800106088123';

  it('finds nothing to say when the NIR agrees with the civil status', () => {
    expect(nirConsistency(julieNir, julie)).toEqual([]);
  });

  it('compares the sex digit with the civilité', () => {
    expect(nirConsistency(julieNir, { ...julie, civilite: 'MONSIEUR' })).toEqual(['civilite']);
    expect(nirConsistency('1800106088123', julie)).toEqual(['civilite']);
    expect(nirConsistency('1800106088123', { ...julie, civilite: 'MONSIEUR' })).toEqual([]);
  });

  it('compares the year and the month with the birth date', () => {
    expect(nirConsistency(julieNir, { ...julie, birthDate: { year: 1981, month: 1, day: 1 } })).toEqual(['dateNaissance']);
    expect(nirConsistency(julieNir, { ...julie, birthDate: { year: 2080, month: 1, day: 1 } })).toEqual([]);
    expect(nirConsistency(julieNir, { ...julie, birthDate: { year: 1980, month: 2, day: 1 } })).toEqual(['dateNaissance']);
    expect(nirConsistency('2801206088123', { ...julie, birthDate: { year: 1980, month: 12, day: 1 } })).toEqual([]);
    expect(nirConsistency('2801206088123', { ...julie, birthDate: { year: 1980, month: 11, day: 1 } })).toEqual(['dateNaissance']);
  });

  it('lets a special month agree with any birth month', () => {
    for (const month of ['20', '42', '50', '99']) {
      expect(nirConsistency(`280${month}06088123`, { ...julie, birthDate: { year: 1980, month: 7, day: 14 } })).toEqual([]);
    }
  });

  it('compares the département and the commune with the birthplace', () => {
    expect(nirConsistency(julieNir, { ...julie, birthPlace: { kind: 'france', departement: '06', commune: '06004' } }))
      .toEqual(['lieuNaissance']);
    expect(nirConsistency(julieNir, { ...julie, birthPlace: { kind: 'france', departement: '13', commune: '13088' } }))
      .toEqual(['lieuNaissance']);
    expect(nirConsistency(julieNir, { ...julie, birthPlace: { kind: 'etranger', pays: '99127' } }))
      .toEqual(['lieuNaissance']);
  });

  it('reads an overseas NIR as a 3-character département and a 2-digit commune', () => {
    const abymes: BirthPlace = { kind: 'france', departement: '971', commune: '97101' };
    expect(nirConsistency('2800197101123', { ...julie, birthPlace: abymes })).toEqual([]);
    expect(nirConsistency('2800197102123', { ...julie, birthPlace: abymes })).toEqual(['lieuNaissance']);
  });

  it('takes an arrondissement of Paris, Lyon or Marseille for the city', () => {
    const paris: BirthPlace = { kind: 'france', departement: '75', commune: '75056' };
    // lbcd78.fr's example: 2 06 12 75 111 005, a woman born in December 1906 in the 11th arrondissement.
    expect(nirConsistency('2061275111005', { ...julie, birthDate: { year: 1906, month: 12, day: 3 }, birthPlace: paris }))
      .toEqual([]);
    expect(nirConsistency('2800169381123', { ...julie, birthPlace: { kind: 'france', departement: '69', commune: '69123' } }))
      .toEqual([]);
    expect(nirConsistency('2800113201123', { ...julie, birthPlace: { kind: 'france', departement: '13', commune: '13055' } }))
      .toEqual([]);
  });

  it('takes the former code of a commune merged since (commune déléguée / ancien code)', () => {
    // Arbignieu (01340) is now part of Arboys en Bugey (01015): COG via @etalab/decoupage-administratif.
    const arboys: BirthPlace = { kind: 'france', departement: '01', commune: '01015' };
    expect(nirConsistency('2800101340123', { ...julie, birthPlace: arboys })).toEqual([]);
  });

  it('matches Corsica as 20 before 1976 and as 2A/2B since, and flags the wrong era on the date', () => {
    const ajaccio: BirthPlace = { kind: 'france', departement: '2A', commune: '2A004' };
    const bastia: BirthPlace = { kind: 'france', departement: '2B', commune: '2B033' };
    const in1970 = { year: 1970, month: 5, day: 2 };
    const in1980 = { year: 1980, month: 5, day: 2 };
    expect(nirConsistency('2700520004123', { ...julie, birthDate: in1970, birthPlace: ajaccio })).toEqual([]);
    expect(nirConsistency('2700520033123', { ...julie, birthDate: in1970, birthPlace: bastia })).toEqual([]);
    expect(nirConsistency('280052A004123', { ...julie, birthDate: in1980, birthPlace: ajaccio })).toEqual([]);
    expect(nirConsistency('280052B033123', { ...julie, birthDate: in1980, birthPlace: bastia })).toEqual([]);
    expect(nirConsistency('280052A004123', { ...julie, birthDate: in1980, birthPlace: bastia })).toEqual(['lieuNaissance']);
    expect(nirConsistency('270052A004123', { ...julie, birthDate: in1970, birthPlace: ajaccio })).toEqual(['dateNaissance']);
    expect(nirConsistency('275052B033123', { ...julie, birthDate: { ...in1970, year: 1975 }, birthPlace: bastia })).toEqual(['dateNaissance']);
    expect(nirConsistency('276052A004123', { ...julie, birthDate: { ...in1970, year: 1976 }, birthPlace: ajaccio })).toEqual([]);
    expect(nirConsistency('2750520004123', { ...julie, birthDate: { ...in1970, year: 1975 }, birthPlace: ajaccio })).toEqual([]);
    // "20" with the year 10 fits 1910, not 2010: it was no longer given then.
    expect(nirConsistency('2100520004123', { ...julie, birthDate: { ...in1970, year: 2010 }, birthPlace: ajaccio })).toEqual(['dateNaissance']);
    expect(nirConsistency('2100520004123', { ...julie, birthDate: { ...in1970, year: 1910 }, birthPlace: ajaccio })).toEqual([]);
    expect(nirConsistency('2700520004123', { ...julie, birthDate: in1970, birthPlace: { kind: 'france', departement: '13', commune: '13004' } }))
      .toEqual(['lieuNaissance']);
  });

  it('accepts Seine / Seine-et-Oise for a birth before 1968 in what is now 91–95', () => {
    // blog.dreamnev.org: born in Levallois-Perret (now 92044), the NIR says 75 044.
    const levallois: BirthPlace = { kind: 'france', departement: '92', commune: '92044' };
    expect(nirConsistency('1600575044123', { ...julie, civilite: 'MONSIEUR', birthDate: { year: 1960, month: 5, day: 1 }, birthPlace: levallois }))
      .toEqual([]);
    expect(nirConsistency('1600578044123', { ...julie, civilite: 'MONSIEUR', birthDate: { year: 1960, month: 5, day: 1 }, birthPlace: levallois }))
      .toEqual([]);
    // Every département made out of Seine and Seine-et-Oise in 1968.
    for (const departement of ['91', '92', '93', '94', '95']) {
      const place: BirthPlace = { kind: 'france', departement, commune: `${departement}001` };
      expect(nirConsistency('1600578999123', { ...julie, civilite: 'MONSIEUR', birthDate: { year: 1960, month: 5, day: 1 }, birthPlace: place }))
        .toEqual([]);
    }
    expect(nirConsistency('1670575044123', { ...julie, civilite: 'MONSIEUR', birthDate: { year: 1967, month: 5, day: 1 }, birthPlace: levallois }))
      .toEqual([]);
    expect(nirConsistency('1680575044123', { ...julie, civilite: 'MONSIEUR', birthDate: { year: 1968, month: 5, day: 1 }, birthPlace: levallois }))
      .toEqual(['lieuNaissance']);
    expect(nirConsistency('1600577044123', { ...julie, civilite: 'MONSIEUR', birthDate: { year: 1960, month: 5, day: 1 }, birthPlace: levallois }))
      .toEqual(['lieuNaissance']);
  });

  it('compares the country of a birth abroad', () => {
    const greece: BirthPlace = { kind: 'etranger', pays: '99126' };
    const woman1995 = { ...julie, birthDate: { year: 1995, month: 10, day: 3 } };
    expect(nirConsistency('2951099126111', { ...woman1995, birthPlace: greece })).toEqual([]);
    expect(nirConsistency('2951099127111', { ...woman1995, birthPlace: greece })).toEqual(['lieuNaissance']);
    expect(nirConsistency('2951099126111', { ...woman1995, birthPlace: nice })).toEqual(['lieuNaissance']);
  });

  it('does not hold a former country code against the visitor', () => {
    // 99115 Tchécoslovaquie is not in the COG 2025 list (shared/data/README.md): the visitor now picks Tchéquie.
    expect(nirConsistency('2700599115123', { ...julie, birthDate: { year: 1970, month: 5, day: 1 }, birthPlace: { kind: 'etranger', pays: '99116' } }))
      .toEqual([]);
  });

  it('accepts Algeria before 1962, Morocco and Tunisia before 1964 under their former département codes', () => {
    const born = (year: number) => ({ ...julie, birthDate: { year, month: 5, day: 1 } });
    expect(nirConsistency('2550591352123', { ...born(1955), birthPlace: { kind: 'etranger', pays: '99352' } })).toEqual([]);
    expect(nirConsistency('2620594352123', { ...born(1962), birthPlace: { kind: 'etranger', pays: '99352' } })).toEqual([]);
    expect(nirConsistency('2550592352123', { ...born(1955), birthPlace: { kind: 'etranger', pays: '99352' } })).toEqual([]);
    expect(nirConsistency('2550593352123', { ...born(1955), birthPlace: { kind: 'etranger', pays: '99352' } })).toEqual([]);
    expect(nirConsistency('2630591352123', { ...born(1963), birthPlace: { kind: 'etranger', pays: '99352' } })).toEqual(['lieuNaissance']);
    expect(nirConsistency('2640595350123', { ...born(1964), birthPlace: { kind: 'etranger', pays: '99350' } })).toEqual([]);
    expect(nirConsistency('2650595350123', { ...born(1965), birthPlace: { kind: 'etranger', pays: '99350' } })).toEqual(['lieuNaissance']);
    expect(nirConsistency('2550596351123', { ...born(1955), birthPlace: { kind: 'etranger', pays: '99351' } })).toEqual([]);
    expect(nirConsistency('2550596351123', { ...born(1955), birthPlace: { kind: 'etranger', pays: '99352' } })).toEqual(['lieuNaissance']);
    expect(nirConsistency('2550506088123', { ...born(1955), birthPlace: { kind: 'etranger', pays: '99352' } })).toEqual(['lieuNaissance']);
  });

  it('returns every field for a NIR that does not parse', () => {
    expect(nirConsistency('7800106088123', julie)).toEqual(['civilite', 'dateNaissance', 'lieuNaissance']);
    expect(nirConsistency('280010608812300', julie)).toEqual(['civilite', 'dateNaissance', 'lieuNaissance']);
    expect(nirConsistency(`2800106088123${nirKey('2800106088123')}`, julie)).toEqual([]);
  });

  it('returns several fields at once, in form order', () => {
    expect(nirConsistency('1810206004123', julie)).toEqual(['civilite', 'dateNaissance', 'lieuNaissance']);
  });
});

describe('NIR properties', () => {
  const first13 = fc.tuple(
    fc.constantFrom('1', '2'),
    fc.integer({ min: 0, max: 99 }),
    fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 20, max: 42 }), fc.integer({ min: 50, max: 99 })),
    fc.oneof(
      fc.integer({ min: 1, max: 95 }).filter((d) => d !== 20).map((d) => `${String(d).padStart(2, '0')}${'0'}`),
      fc.constantFrom('2A0', '2B0', '971', '974', '976', '988', '991', '993'),
    ),
    fc.integer({ min: 1, max: 99 }),
    fc.integer({ min: 1, max: 999 }),
  ).map(([sex, year, month, place, commune, order]) =>
    sex + String(year).padStart(2, '0') + String(month).padStart(2, '0') + place + String(commune).padStart(2, '0')
    + String(order).padStart(3, '0'));

  it('accepts every well-formed NIR with its key, and parses it back to the same characters', () => {
    fc.assert(fc.property(first13, (nir) => {
      const full = nir + nirKey(nir);
      expect(isValidNir(full)).toBe(true);
      expect(checkNir(formatNir(full))).toEqual({ ok: true, value: nir });
      const parts = parseNir(full);
      expect(parts).not.toBeNull();
      const { sex, year, month, department, commune, order, key } = parts!;
      expect(sex + year + month + department + commune + order).toBe(nir);
      expect(key).toBe(nirKey(nir));
      expect(department).toHaveLength(department.startsWith('97') || department.startsWith('98') ? 3 : 2);
    }));
  });

  it('refuses every single wrong digit of a 15-character NIR (the key catches it)', () => {
    fc.assert(fc.property(first13, fc.nat(14), fc.integer({ min: 1, max: 9 }), (nir, at, delta) => {
      const full = nir + nirKey(nir);
      fc.pre(/\d/.test(full.charAt(at)));
      const typo = full.slice(0, at) + String((Number(full.charAt(at)) + delta) % 10) + full.slice(at + 1);
      expect(isValidNir(typo)).toBe(false);
    }));
  });

  it('agrees with the civil status it was built from', () => {
    fc.assert(fc.property(
      fc.constantFrom<Civilite>('MADAME', 'MONSIEUR'),
      fc.integer({ min: 1900, max: 2010 }),
      fc.integer({ min: 1, max: 12 }),
      fc.constantFrom('06088', '97101', '2A004', '13055', '59350', '97611'),
      fc.integer({ min: 1, max: 999 }),
      (civilite, year, month, commune, order) => {
        fc.pre(!(commune.startsWith('2A') && year < 1976));
        const place = commune === '13055' ? '13201' : commune;
        const nir = (civilite === 'MONSIEUR' ? '1' : '2') + String(year % 100).padStart(2, '0')
          + String(month).padStart(2, '0') + place + String(order).padStart(3, '0');
        const birthPlace: BirthPlace = { kind: 'france', departement: commune.startsWith('97') ? commune.slice(0, 3) : commune.slice(0, 2), commune };
        expect(nirConsistency(nir, { civilite, birthDate: { year, month, day: 1 }, birthPlace })).toEqual([]);
      },
    ));
  });
});
