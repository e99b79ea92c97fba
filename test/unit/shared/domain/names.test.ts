// Sources: seed 001 (champs nom de naissance, prénom(s), nom d'usage facultatif; récapitulatif "DUPONT", "JULIE");
// French capitals keep their accents (Académie française, "Accentuation des majuscules").
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
