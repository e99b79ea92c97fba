// The kiosk app's i18n (kiosk-app.ts): French, the kiosk's first language, comes with the first screen; English,
// Arabic and the easy-read locales are loaded when a visitor first chooses them (App.vue), so the first screen of every
// visit does not load five languages' texts. A locale's fallbacks are loaded with it (en-x-facile falls back to en).
import { createI18n, type Composer } from 'vue-i18n';
import { fr } from './fr';
import { kioskI18nOptions, kioskLocaleFallbacks } from './options';
import type { kioskMessages } from './index';

export type KioskLocale = keyof typeof kioskMessages;

const loaders: Record<Exclude<KioskLocale, 'fr'>, () => Promise<object>> = {
  en: () => import('./en').then((m) => m.en),
  ar: () => import('./ar').then((m) => m.ar),
  'fr-x-facile': () => import('./easy-read.fr').then((m) => m.easyReadFr),
  'en-x-facile': () => import('./easy-read.en').then((m) => m.easyReadEn),
};

const isKioskLocale = (locale: string): locale is KioskLocale => locale === 'fr' || locale in loaders;

export function createKioskI18nOnDemand() {
  return createI18n(kioskI18nOptions({ fr }));
}

/**
 * Makes `locale` (and what it falls back to) available in `composer`: null when it already is, else the loading.
 * An unknown locale is refused.
 */
export function loadKioskLocale(composer: Pick<Composer, 'availableLocales' | 'setLocaleMessage'>, locale: string): Promise<void> | null {
  if (!isKioskLocale(locale)) throw new Error(`No messages for the locale "${locale}"`);
  const missing = [locale, ...(kioskLocaleFallbacks[locale] ?? [])].filter(
    (l): l is Exclude<KioskLocale, 'fr'> => l !== 'fr' && !composer.availableLocales.includes(l),
  );
  if (missing.length === 0) return null;
  return Promise.all(missing.map(async (l) => composer.setLocaleMessage(l, (await loaders[l]()) as never))).then(() => undefined);
}
