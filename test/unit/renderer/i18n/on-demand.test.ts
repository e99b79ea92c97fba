// The kiosk app's i18n loads French with the first screen and every other locale when it is first chosen, with what
// it falls back to; the loaded texts are the same as those of every language at once (i18n/index.ts).
import { describe, expect, it } from 'vitest';
import { kioskMessages } from '@renderer/i18n';
import { createKioskI18nOnDemand, loadKioskLocale } from '@renderer/i18n/on-demand';

describe('the locales loaded on demand', () => {
  it('starts with French only', () => {
    const { global } = createKioskI18nOnDemand();
    expect(global.availableLocales).toEqual(['fr']);
    expect(global.t('welcome.heading')).toBe(kioskMessages.fr.welcome.heading);
    expect(loadKioskLocale(global, 'fr')).toBeNull();
  });

  it('loads a chosen language, once', async () => {
    const { global } = createKioskI18nOnDemand();
    await loadKioskLocale(global, 'ar');
    expect([...global.availableLocales].sort()).toEqual(['ar', 'fr']);
    expect(loadKioskLocale(global, 'ar')).toBeNull();
    // Typed from the start's messages (French): the app sets the locale App.vue computes, a string.
    (global.locale as { value: string }).value = 'ar';
    expect(global.t('welcome.heading')).toBe(kioskMessages.ar.welcome.heading);
  });

  it('loads an easy-read locale with the language it falls back to', async () => {
    const { global } = createKioskI18nOnDemand();
    await loadKioskLocale(global, 'en-x-facile');
    expect([...global.availableLocales].sort()).toEqual(['en', 'en-x-facile', 'fr']);
    (global.locale as { value: string }).value = 'en-x-facile';
    expect(global.getLocaleMessage('en-x-facile')).toEqual(kioskMessages['en-x-facile']);
    expect(global.t('app.quit')).toBe(kioskMessages.en.app.quit);
  });

  it('refuses a locale it has no messages for', () => {
    const { global } = createKioskI18nOnDemand();
    expect(() => loadKioskLocale(global, 'de')).toThrow(/de/);
  });
});
