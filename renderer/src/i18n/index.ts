// The kiosk's i18n: one locale per language (fr, en, ar) and one per easy-read version (fr-x-facile, en-x-facile).
// An easy-read locale holds only the texts it rewrites and falls back to its language for the rest. The easy-read
// locales (about 23 KB gzipped) are fetched the first time a visitor turns easy-read on, not with the first screen.
import { createI18n, type Composer } from 'vue-i18n';
import { ar } from './ar';
import type { EasyReadMessages } from './easy-read';
import { en } from './en';
import { fr } from './fr';

export const kioskMessages = { fr, en, ar };

export type EasyReadLocale = 'fr-x-facile' | 'en-x-facile';

/** Each easy-read locale's messages, in a chunk of its own. */
export const easyReadLoaders: Record<EasyReadLocale, () => Promise<EasyReadMessages>> = {
  'fr-x-facile': async () => (await import('./easy-read.fr')).easyReadFr,
  'en-x-facile': async () => (await import('./easy-read.en')).easyReadEn,
};

function isEasyReadLocale(locale: string): locale is EasyReadLocale {
  return locale in easyReadLoaders;
}

/**
 * Makes sure a locale's messages are there before the screen switches to it: an easy-read locale is fetched once.
 * Resolves false when they could not be had (the screen then keeps its language's ordinary texts).
 */
export async function ensureLocaleMessages(i18n: Pick<Composer, 'availableLocales' | 'setLocaleMessage'>, locale: string): Promise<boolean> {
  if (i18n.availableLocales.includes(locale)) return true;
  if (!isEasyReadLocale(locale)) return false;
  try {
    // The easy-read messages are a partial tree: vue-i18n falls back to the language for the rest.
    i18n.setLocaleMessage(locale, (await easyReadLoaders[locale]()) as never);
    return true;
  } catch {
    return false;
  }
}

/**
 * Arabic plural forms (CLDR: zero, one, two, few, many, other) for messages written with six choices; a message with
 * fewer choices keeps vue-i18n's default choice.
 */
function arabicPlural(choice: number, choicesLength: number): number {
  if (choicesLength < 6) return choicesLength === 2 ? (choice === 1 ? 0 : 1) : Math.min(Math.abs(choice), choicesLength - 1);
  const n = Math.abs(choice);
  const mod100 = n % 100;
  if (n === 0) return 0;
  if (n === 1) return 1;
  if (n === 2) return 2;
  if (mod100 >= 3 && mod100 <= 10) return 3;
  if (mod100 >= 11) return 4;
  return 5;
}

/** `easyRead`: easy-read messages to have at once (the tests' screens); the kiosk fetches them on demand. */
export function createKioskI18n(easyRead: Partial<Record<EasyReadLocale, EasyReadMessages>> = {}) {
  return createI18n({
    legacy: false,
    locale: 'fr',
    fallbackLocale: { 'fr-x-facile': ['fr'], 'en-x-facile': ['en', 'fr'], default: ['fr'] },
    // The easy-read locales are partial by design: falling back from them is expected, not a warning.
    fallbackWarn: false,
    missingWarn: import.meta.env.DEV,
    // Typed as whole trees so that the easy-read locales are valid locale names: they are partial and fall back.
    messages: { ...kioskMessages, ...easyRead } as typeof kioskMessages & Record<EasyReadLocale, typeof fr>,
    pluralRules: { ar: arabicPlural },
  });
}
