// Sources: the password rules of « Créer mon espace Mon Compte », « Me connecter à Mon Compte » and « Comment je fais
// pour me connecter … sur mon mobile ? » (8 à 24 caractères, 1 chiffre, 1 minuscule, 1 majuscule, pas de caractères
// spéciaux ni d'accents); OWASP ASVS 5.0 V6.2.4 (refuse the top 3,000 common passwords); the @zxcvbn-ts dictionaries
// ("azerty" and "motdepasse" are in passwords-common; "bonjour" and "soleil" in commonWords-fr).
import { dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as frenchDictionary } from '@zxcvbn-ts/language-fr';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword, isCommonPassword, passwordRules } from '@shared/domain/password';

describe('passwordRules', () => {
  it('reports every rule for the live checklist', () => {
    expect(passwordRules('Kx7rTq9w')).toEqual({ length: true, digit: true, lowercase: true, uppercase: true, lettersAndDigitsOnly: true });
    expect(passwordRules('')).toEqual({ length: false, digit: false, lowercase: false, uppercase: false, lettersAndDigitsOnly: false });
    expect(passwordRules('abc')).toEqual({ length: false, digit: false, lowercase: true, uppercase: false, lettersAndDigitsOnly: true });
    expect(passwordRules('ABC-123')).toEqual({ length: false, digit: true, lowercase: false, uppercase: true, lettersAndDigitsOnly: false });
  });

  it('counts 8 to 24 characters', () => {
    expect(passwordRules('Kx7rTq9').length).toBe(false);
    expect(passwordRules('Kx7rTq9w').length).toBe(true);
    expect(passwordRules('Kx7rTq9w'.repeat(3)).length).toBe(true);
    expect(passwordRules(`${'Kx7rTq9w'.repeat(3)}a`).length).toBe(false);
  });

  it('refuses accents, spaces and special characters', () => {
    for (const password of ['Kx7rTq9wé', 'Kx7rTq9w!', 'Kx7r Tq9w', 'Kx7rTq9w_', 'Kx7rTq9wÉ', 'Kx7rTq9w\u0301']) {
      expect(passwordRules(password).lettersAndDigitsOnly).toBe(false);
    }
  });

  it('does not take accented letters for the lowercase or uppercase letter', () => {
    expect(passwordRules('ÉCOLE123é')).toMatchObject({ lowercase: false, uppercase: true });
    expect(passwordRules('école123').uppercase).toBe(false);
  });
});

describe('isCommonPassword', () => {
  it.each(['Azerty123', 'Motdepasse1', 'AZERTY123', 'azerty', 'Password1', 'Soleil2024', 'Bonjour1', '123Azerty', '2024Soleil12'])(
    'refuses %s', (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it.each(['Kx7rTq9wLm', 'Xy84736295', 'Rz4Motdepasse', 'Azerty1Kx', 'Azer1ty99', '1Azer2ty3'])('accepts %s', (password) => {
    expect(isCommonPassword(password)).toBe(false);
  });

  it('checks at least the top 3,000 of the common list, whatever the case (property)', () => {
    const top = commonDictionary['passwords-common'].slice(0, 3000);
    fc.assert(fc.property(fc.constantFrom(...top), fc.boolean(), (word, upper) => {
      expect(isCommonPassword(upper ? word.toUpperCase() : word)).toBe(true);
    }));
    expect(top.every((word) => isCommonPassword(word))).toBe(true);
  });

  it('refuses the 3,000 most frequent French words, not the rarer ones', () => {
    const common = new Set(commonDictionary['passwords-common']);
    const words = frenchDictionary['commonWords-fr'];
    const plain = (word: string) => /^[a-z]{7,12}$/.test(word) && !common.has(word);
    const frequent = words.slice(0, 3000).find(plain);
    const rarer = words.slice(3000).find(plain);
    expect(frequent).toBeDefined();
    expect(rarer).toBeDefined();
    const asPassword = (word: string) => `${word.charAt(0).toUpperCase()}${word.slice(1)}1`;
    expect(isCommonPassword(asPassword(frequent!))).toBe(true);
    expect(isCommonPassword(asPassword(rarer!))).toBe(false);
  });

  it('does not compare a stripped form shorter than 4 characters', () => {
    const common = new Set(commonDictionary['passwords-common']);
    expect(common.has('max') && common.has('mike')).toBe(true);
    expect(isCommonPassword('Max84736291')).toBe(false);
    expect(isCommonPassword('84736291Max')).toBe(false);
    expect(isCommonPassword('Mike84736291')).toBe(true);
    expect(isCommonPassword('84736291Mike')).toBe(true);
  });
});

describe('checkPassword', () => {
  it('accepts a password that follows the rules and is not common', () => {
    expect(checkPassword('Kx7rTq9wLm')).toEqual({ ok: true, value: 'Kx7rTq9wLm' });
  });

  it.each([
    ['', 'password.required'],
    ['Kx7rTq9', 'password.rules'],
    ['kx7rtq9wlm', 'password.rules'],
    ['KX7RTQ9WLM', 'password.rules'],
    ['KxrTqwLmZz', 'password.rules'],
    ['Kx7rTq9wLé', 'password.rules'],
    ['Kx7rTq9wL!', 'password.rules'],
    ['Azerty123', 'password.common'],
    ['Motdepasse1', 'password.common'],
  ])('refuses %j with %s', (input, error) => {
    expect(checkPassword(input)).toEqual({ ok: false, error });
  });
});

describe('password properties', () => {
  const char = (chars: string) => fc.constantFrom(...chars.split(''));
  const lower = 'abcdefghijklmnopqrstuvwxyz';
  const upper = lower.toUpperCase();
  const digits = '0123456789';

  it('passes every rule for any 8–24 letters and digits holding one of each class', () => {
    fc.assert(fc.property(
      char(lower), char(upper), char(digits), fc.array(char(lower + upper + digits), { minLength: 5, maxLength: 21 }),
      (l, u, d, rest) => {
        const password = [l, u, d, ...rest].join('');
        expect(Object.values(passwordRules(password)).every(Boolean)).toBe(true);
        const result = checkPassword(password);
        expect(result.ok || (!result.ok && result.error === 'password.common')).toBe(true);
      },
    ));
  });

  it('fails "lettersAndDigitsOnly" as soon as any other character is in', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 3 }).filter((s) => /[^A-Za-z0-9]/.test(s)), (other) => {
      expect(passwordRules(`Kx7r${other}Tq9w`).lettersAndDigitsOnly).toBe(false);
      expect(checkPassword(`Kx7r${other}Tq9w`)).toEqual({ ok: false, error: 'password.rules' });
    }));
  });
});
