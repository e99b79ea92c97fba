import { describe, expect, it } from 'vitest';
import { departementOf, normalizeName, pivotFromClaims, samePivotIdentity } from '../../../../backend/src/franceconnect/pivot';
import type { PivotPerson } from '../../../../backend/src/franceconnect/ports';

const claims = {
  sub: 'x', given_name: 'Jean-Pierre Émile', family_name: "D'ARTAGNAN", birthdate: '1970-01-31', gender: 'male',
  birthplace: '2A004', birthcountry: '99100', email: 'jp@example.fr', preferred_username: '',
};
const stored: PivotPerson = {
  civilite: 'MONSIEUR', nomNaissance: 'D ARTAGNAN', prenoms: 'JEAN PIERRE, EMILE', birthDate: '1970-01-31',
  birthPlace: { kind: 'france', departement: '2A', commune: '2A004' },
};

describe('the FranceConnect pivot identity', () => {
  it('becomes an état civil with the département of the birth commune', () => {
    const result = pivotFromClaims(claims);
    expect(result).toMatchObject({ ok: true, prefill: { civilite: 'MONSIEUR', dateNaissance: '31/01/1970', lieuNaissance: { kind: 'france', departement: '2A', commune: '2A004' }, nomUsage: null } });
  });

  it.each([
    ['97411', '974'], ['98735', '987'], ['2B033', '2B'], ['75056', '75'], ['01001', '01'],
  ])('puts commune %s in département %s', (commune, departement) => {
    expect(departementOf(commune)).toBe(departement);
  });

  it.each([
    ['no family name', { family_name: '' }],
    ['a birth date in another format', { birthdate: '31/01/1970' }],
    ['an unknown gender', { gender: 'other' }],
    ['born in France without a commune', { birthplace: '' }],
    ['a birth country that is not an INSEE code', { birthcountry: 'FR' }],
  ])('is refused with %s', (_what, change) => {
    expect(pivotFromClaims({ ...claims, ...change }).ok).toBe(false);
  });

  it('keeps a nom d\'usage only when it differs from the birth name', () => {
    expect(pivotFromClaims({ ...claims, preferred_username: 'DUVAL' })).toMatchObject({ prefill: { nomUsage: 'DUVAL' } });
    expect(pivotFromClaims({ ...claims, preferred_username: "d'Artagnan" })).toMatchObject({ prefill: { nomUsage: null } });
  });

  it('matches a stored person whatever the case, accents and separators', () => {
    const result = pivotFromClaims(claims);
    if (!result.ok) throw new Error('refused');
    expect(normalizeName('Jean-Pierre Émile')).toBe('JEAN PIERRE EMILE');
    expect(samePivotIdentity(result.person, stored)).toBe(true);
  });

  it.each([
    ['another given name', { prenoms: 'JEAN PIERRE' }],
    ['another birth date', { birthDate: '1970-01-30' }],
    ['another sex', { civilite: 'MADAME' as const }],
    ['another birth commune', { birthPlace: { kind: 'france' as const, departement: '2A', commune: '2A006' } }],
    ['a birth abroad', { birthPlace: { kind: 'etranger' as const, pays: '99100' } }],
  ])('does not match a person with %s', (_what, change) => {
    const result = pivotFromClaims(claims);
    if (!result.ok) throw new Error('refused');
    expect(samePivotIdentity(result.person, { ...stored, ...change })).toBe(false);
  });
});
