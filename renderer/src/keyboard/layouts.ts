// Our own layouts for simple-keyboard (issue 4: its packaged French layout lacks ê ë î ï ô û œ and the accented
// capitals, and needs Shift for digits). Rows are simple-keyboard strings: buttons separated by spaces, {name} for
// function keys. Pure data, tested through the keyboard itself (test/unit/renderer/keyboard/OnScreenKeyboard.test.ts).

export type KeyboardLayoutName = 'azerty' | 'password' | 'digits' | 'amount' | 'nir' | 'email';

export interface KeyboardLayout {
  /** simple-keyboard layout: layer name → rows. */
  layers: Record<string, string[]>;
  /** Layer shown when the keyboard opens. */
  initial: string;
}

/** The French letters with diacritics a name or address may hold (Code civil, arrêté du 20 juillet 2021 on names). */
export const frenchAccented = ['é', 'è', 'ê', 'ë', 'à', 'â', 'ä', 'î', 'ï', 'ô', 'ö', 'û', 'ù', 'ü', 'ç', 'œ', 'æ'] as const;

const accentRow = frenchAccented.join(' ');
const upper = (row: string) => row.replace(/(?<![{\w])([a-zéèêëàâäîïôöûùüçœæ])/g, (c) => c.toUpperCase());

const azertyLower = [
  '1 2 3 4 5 6 7 8 9 0 {bksp}',
  'a z e r t y u i o p',
  'q s d f g h j k l m',
  "{shift} w x c v b n ' - {shift}",
  accentRow,
  '{space} {hide}',
];

// Passwords: letters without accent and digits only (shared/domain/password.ts, « Créer mon espace Mon Compte », « Me
// connecter à Mon Compte » and « Comment je fais pour me connecter … sur mon mobile ? »: "pas de caractères spéciaux,
// pas d'accents"), so no key offers what the rules refuse: no accent row, no apostrophe, hyphen or space.
const passwordLower = [
  '1 2 3 4 5 6 7 8 9 0 {bksp}',
  'a z e r t y u i o p',
  'q s d f g h j k l m',
  '{shift} w x c v b n {shift}',
  '{hide}',
];

export const layouts: Record<KeyboardLayoutName, KeyboardLayout> = {
  // Names, addresses, free text: digits without Shift, hyphen and apostrophe for compound names ("Le Guen-D'Arc").
  azerty: {
    initial: 'default',
    layers: { default: azertyLower, shift: azertyLower.map((row) => (row.startsWith('{space}') ? row : upper(row))) },
  },
  // The AZERTY letters and the digits, capitals on the Shift layer (digits stay on both layers).
  password: {
    initial: 'default',
    layers: { default: passwordLower, shift: passwordLower.map(upper) },
  },
  // Dates (JJ/MM/AAAA), codes and phone numbers: a large pad; "/" for dates, "+" for international numbers.
  digits: {
    initial: 'default',
    layers: { default: ['1 2 3', '4 5 6', '7 8 9', '/ 0 +', '{bksp} {hide}'] },
  },
  // Sums in euros ("650,50"): the digits pad with the comma before the cents.
  amount: {
    initial: 'default',
    layers: { default: ['1 2 3', '4 5 6', '7 8 9', ', 0 {bksp}', '{hide}'] },
  },
  // The NIR: digits, plus A and B for the départements 2A and 2B (Corse) written in the NIR since 1976.
  nir: {
    initial: 'default',
    layers: { default: ['1 2 3', '4 5 6', '7 8 9', 'A 0 B', '{bksp} {hide}'] },
  },
  // E-mail addresses: letters, digits, "@", ".", "-", "_" and the usual endings as single keys.
  email: {
    initial: 'default',
    layers: {
      default: [
        '1 2 3 4 5 6 7 8 9 0 {bksp}',
        'a z e r t y u i o p',
        'q s d f g h j k l m',
        'w x c v b n . - _',
        '@ .fr .com {space} {hide}',
      ],
    },
  },
};
