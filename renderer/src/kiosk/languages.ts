// The kiosk's languages: kept in kiosk/, below app/ and the journeys, so every layer may read the list. Adding one =
// adding its message files (every features/<journey>/messages.<code>.ts and i18n/<code>.ts) and a row here;
// test/unit/renderer/i18n/messages.test.ts fails while any key is missing.
export const languages = [
  // Each is named in itself, so a visitor finds their own without reading French.
  { code: 'fr', name: 'Français', dir: 'ltr', intl: 'fr-FR' },
  { code: 'en', name: 'English', dir: 'ltr', intl: 'en-GB' },
  // Latin digits in Arabic too: the NIR, amounts and dates read as on the visitor's documents.
  { code: 'ar', name: 'العربية', dir: 'rtl', intl: 'ar-u-nu-latn' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];
export const defaultLanguage: LanguageCode = 'fr';

/**
 * A value that reads left to right (a phone number, a name in Latin letters), for a sentence in `locale`: in a right to
 * left language, inside Unicode's left-to-right isolate (LRI … PDI), without which the bidi algorithm shows
 * "06 12 34 56 78" as "78 56 34 12 06" and "KARIM B." as ".KARIM B" in an Arabic sentence; as it is elsewhere. The
 * isolate is invisible, and the voice skips it (speech/speakable.ts).
 */
export function leftToRightIn(locale: string, text: string): string {
  const rightToLeft = languages.some((l) => l.dir === 'rtl' && (locale === l.code || locale.startsWith(`${l.code}-`)));
  return rightToLeft && text ? `\u2066${text}\u2069` : text;
}

/** The Intl locale that writes dates and numbers for a vue-i18n locale (fr-x-facile → fr-FR, ar → Latin digits). */
export function intlLocaleOf(locale: string): string {
  return (languages.find((l) => locale === l.code || locale.startsWith(`${l.code}-`)) ?? languageOf(defaultLanguage)).intl;
}

/** The languages with an easy-read (« Facile à lire ») version of their texts. */
export const easyReadLanguages: readonly LanguageCode[] = ['fr', 'en'];

export function languageOf(code: LanguageCode) {
  return languages.find((l) => l.code === code)!;
}

/** The vue-i18n locale of a language in a mode: the easy-read texts are a locale of their own (fr-x-facile). */
export function i18nLocale(language: LanguageCode, easyRead: boolean): string {
  return easyRead && easyReadLanguages.includes(language) ? `${language}-x-facile` : language;
}

type DeepPartial<T> = T extends string ? string : T extends readonly (infer U)[] ? readonly U[] : { [K in keyof T]?: DeepPartial<T[K]> };

/**
 * The easy-read (« Facile à lire ») version of a part of the messages: any of its texts, rewritten (a journey's
 * features/<journey>/easy-read.<code>.ts is typed `EasyReadOf<typeof itsFrenchMessages>`). A text not rewritten must be
 * listed in i18n/easy-read-as-is.ts: test/unit/renderer/i18n/messages.test.ts fails otherwise.
 */
export type EasyReadOf<T> = DeepPartial<T>;
