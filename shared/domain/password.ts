// Mot de passe (« Créer mon espace Mon Compte », « Me connecter à Mon Compte » and « Comment je fais pour me connecter
// … sur mon mobile ? »): 8 to 24 characters, at least 1 digit, 1 lowercase and 1 uppercase letter, letters and digits
// only ("pas de caractères spéciaux, pas d'accents"). One screenshot of « Créer mon espace Mon Compte » says "entre 8
// et 12"; the rule
// text and the checklist everywhere else say 8 à 24, which stands.
//
// Common passwords are refused as well (OWASP ASVS 5.0, V6.2.4: check against at least the top 3,000 passwords).
// Lists used, both maintained by the zxcvbn-ts project:
// - @zxcvbn-ts/language-common "passwords-common": the whole ranked list (≈ 49,000 entries, far above 3,000; it is
//   where "azerty" and "motdepasse" are);
// - @zxcvbn-ts/language-fr "commonWords-fr": the 3,000 most frequent French words ("bonjour", "soleil"…).
// The lists are lowercase and mostly bare words, while the rules force an uppercase letter and a digit, so the visitor's
// password is compared after a documented normalisation: lowercase, then as is, without its trailing digits, and
// without its leading and trailing digits ("Azerty123" → "azerty", "Motdepasse1" → "motdepasse", "2024Soleil12" →
// "soleil"). Digits inside the password are kept: "Azer1ty99" is not "azerty".
// A stripped form shorter than 4 characters is not compared: "Xy84736295" is not refused because "xy" is a word.
import { dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as frenchDictionary } from '@zxcvbn-ts/language-fr';
import { fail, ok, type Check } from './check';

export type PasswordRule = 'length' | 'digit' | 'lowercase' | 'uppercase' | 'lettersAndDigitsOnly';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 24;
const FRENCH_WORDS_KEPT = 3000;
const MIN_STRIPPED_LENGTH = 4;

const COMMON = new Set<string>([
  ...commonDictionary['passwords-common'],
  ...frenchDictionary['commonWords-fr'].slice(0, FRENCH_WORDS_KEPT),
]);

/** Each rule's result, for the live checklist of « Créer mon espace Mon Compte » (✓ 8 à 24 caractères, ✓ 1 chiffre, …). */
export function passwordRules(password: string): Record<PasswordRule, boolean> {
  return {
    length: password.length >= PASSWORD_MIN_LENGTH && password.length <= PASSWORD_MAX_LENGTH,
    digit: /\d/.test(password),
    lowercase: /[a-z]/.test(password),
    uppercase: /[A-Z]/.test(password),
    lettersAndDigitsOnly: /^[A-Za-z0-9]+$/.test(password),
  };
}

export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const withoutTrailing = lower.replace(/\d+$/, '');
  const candidates = [withoutTrailing, withoutTrailing.replace(/^\d+/, '')]
    .filter((form) => form.length >= MIN_STRIPPED_LENGTH);
  return COMMON.has(lower) || candidates.some((form) => COMMON.has(form));
}

export function checkPassword(password: string): Check<string> {
  if (password === '') return fail('password.required');
  if (!Object.values(passwordRules(password)).every(Boolean)) return fail('password.rules');
  if (isCommonPassword(password)) return fail('password.common');
  return ok(password);
}
