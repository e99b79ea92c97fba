// Sources: « Créer mon espace Mon Compte » (état civil: civilité, nom de naissance, prénom(s), date et lieu de
// naissance); issue 16 (an account is bound to a registry person only on her whole état civil).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nameKey, sameCivilStatus, type CivilStatus } from '@shared/domain/civil-status-match';

const ines: CivilStatus = {
  civilite: 'MADAME', nomNaissance: 'BENALI', prenoms: 'INES',
  birthDate: { year: 2009, month: 2, day: 8 }, birthPlace: { kind: 'france', departement: '33', commune: '33063' },
};

describe('nameKey', () => {
  it.each([
    ['Inès', 'INES'], ['  le   goff ', 'LE GOFF'], ['Jean-Pierre', 'JEAN PIERRE'], ['D’Artagnan', 'D ARTAGNAN'],
    ['Lætitia', 'LAETITIA'], ['Œuvray', 'OEUVRAY'], ['E\u0301lodie', 'ELODIE'], ['Ÿvette', 'YVETTE'],
  ])('reads %j as %j', (input, key) => {
    expect(nameKey(input)).toBe(key);
  });
});

describe('sameCivilStatus', () => {
  it('is true for the same person typed another way', () => {
    expect(sameCivilStatus({ ...ines, nomNaissance: 'Bénali', prenoms: 'inès' }, ines)).toBe(true);
  });

  it.each([
    ['civilité', { civilite: 'MONSIEUR' as const }],
    ['nom de naissance', { nomNaissance: 'BENALLI' }],
    ['prénoms', { prenoms: 'INES MARIE' }],
    ['day of birth', { birthDate: { year: 2009, month: 2, day: 9 } }],
    ['month of birth', { birthDate: { year: 2009, month: 3, day: 8 } }],
    ['year of birth', { birthDate: { year: 2008, month: 2, day: 8 } }],
    ['commune', { birthPlace: { kind: 'france' as const, departement: '33', commune: '33064' } }],
    ['country instead of commune', { birthPlace: { kind: 'etranger' as const, pays: '99100' } }],
  ])('is false when the %s differs', (_part, change) => {
    expect(sameCivilStatus({ ...ines, ...change }, ines)).toBe(false);
  });

  it('is false whenever any one name differs by a letter', () => {
    fc.assert(fc.property(fc.constantFrom<'nomNaissance' | 'prenoms'>('nomNaissance', 'prenoms'), fc.nat(), fc.constantFrom('A', 'Z', 'Q'),
      (field, at, letter) => {
        const name = ines[field];
        const i = at % name.length;
        fc.pre(name[i] !== letter);
        const changed = name.slice(0, i) + letter + name.slice(i + 1);
        return !sameCivilStatus({ ...ines, [field]: changed }, ines);
      }));
  });
});
