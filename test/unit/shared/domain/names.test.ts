// Sources: « Créer mon espace Mon Compte » (champs nom de naissance, prénom(s), nom d'usage facultatif; récapitulatif
// "DUPONT", "JULIE"); French capitals keep their accents (Académie française, "Accentuation des majuscules").
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkName, displayName } from '@shared/domain/names';

describe('checkName', () => {
  it.each([
    ['Dupont', 'Dupont'],
    ['  Le   Goff ', 'Le Goff'],
    ['Jean-Pierre', 'Jean-Pierre'],
    ["D'Artagnan", "D'Artagnan"],
    ['D’Artagnan', "D'Artagnan"],
    ['Éloïse Marie-Hélène', 'Éloïse Marie-Hélène'],
    ['Œuvray', 'Œuvray'],
    ['Lætitia', 'Lætitia'],
    ['Françoise', 'Françoise'],
    ['Ÿvette', 'Ÿvette'],
    ['E\u0301lodie', 'Élodie'],
    ['O', 'O'],
  ])('accepts %j as %j', (input, value) => {
    expect(checkName(input, 'nomNaissance')).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'name.required'],
    ['   ', 'name.required'],
    ['Dupont2', 'name.characters'],
    ['Dupont!', 'name.characters'],
    ['-Dupont', 'name.characters'],
    ['Dupont-', 'name.characters'],
    ["'Dupont", 'name.characters'],
    ['Jean--Pierre', 'name.characters'],
    ['Jean - Pierre', 'name.characters'],
    ['Müller-Łukasz', 'name.characters'],
    ['Dupont_Durand', 'name.characters'],
  ])('refuses %j with %s', (input, error) => {
    expect(checkName(input, 'nomNaissance')).toEqual({ ok: false, error });
  });

  it('caps names at 60 characters and given names at 100', () => {
    expect(checkName('A'.repeat(60), 'nomNaissance').ok).toBe(true);
    expect(checkName('A'.repeat(61), 'nomNaissance')).toEqual({ ok: false, error: 'name.tooLong' });
    expect(checkName('A'.repeat(61), 'nomUsage')).toEqual({ ok: false, error: 'name.tooLong' });
    expect(checkName('A'.repeat(100), 'prenoms').ok).toBe(true);
    expect(checkName('A'.repeat(101), 'prenoms')).toEqual({ ok: false, error: 'name.tooLong' });
  });
});

describe('displayName', () => {
  it('shows names in capitals as the récapitulatif does', () => {
    expect(displayName('Dupont')).toBe('DUPONT');
    expect(displayName('julie')).toBe('JULIE');
  });

  it('keeps accents and separators, and tidies spaces and apostrophes', () => {
    expect(displayName('  éloïse   d’arc-lœuvre ')).toBe("ÉLOÏSE D'ARC-LŒUVRE");
  });
});

describe('name properties', () => {
  const letter = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzàâäçéèêëîïôöùûüÿæœABCDEÉÈÇ'.split(''));
  const word = fc.array(letter, { minLength: 1, maxLength: 8 }).map((letters) => letters.join(''));
  const name = fc.tuple(word, fc.array(fc.tuple(fc.constantFrom(' ', '-', "'"), word), { maxLength: 3 }))
    .map(([first, rest]) => first + rest.map(([sep, w]) => sep + w).join(''));

  it('accepts any compound of French words, and its result checks again unchanged', () => {
    fc.assert(fc.property(name, (value) => {
      const result = checkName(`  ${value}  `, 'prenoms');
      expect(result).toEqual({ ok: true, value });
      expect(checkName(displayName(value), 'prenoms')).toEqual({ ok: true, value: displayName(value) });
    }));
  });

  it('shows a name the same once it is shown in capitals', () => {
    fc.assert(fc.property(name, (value) => {
      expect(displayName(displayName(value))).toBe(displayName(value));
      expect(displayName(value)).toBe(displayName(value).toLocaleUpperCase('fr-FR'));
    }));
  });
});
