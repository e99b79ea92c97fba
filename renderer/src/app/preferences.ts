// The visitor's display choices for one visit: language, easy-read, large text, high contrast. They apply to the whole
// page at once (<html lang dir> and its classes, the i18n locale) and return to their defaults at the visit's end
// (reset(), run by the visit-reset plugin, app/visit-reset.ts): the next visitor always finds the kiosk in French, every mode off.
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { defaultLanguage, i18nLocale, languageOf, type LanguageCode } from '../kiosk/languages';

export const usePreferencesStore = defineStore('preferences', () => {
  const language = ref<LanguageCode>(defaultLanguage);
  const easyRead = ref(false);
  const largeText = ref(false);
  const highContrast = ref(false);

  function reset(): void {
    language.value = defaultLanguage;
    easyRead.value = false;
    largeText.value = false;
    highContrast.value = false;
  }

  return { language, easyRead, largeText, highContrast, reset };
});

/** What the preferences make of the page: pure, so the tests check it without a DOM. */
export function pageAttributes(p: { language: LanguageCode; easyRead: boolean; largeText: boolean; highContrast: boolean }) {
  return {
    lang: languageOf(p.language).code,
    dir: languageOf(p.language).dir,
    locale: i18nLocale(p.language, p.easyRead),
    classes: { 'large-text': p.largeText, 'high-contrast': p.highContrast, 'easy-read': p.easyRead },
  };
}

export function applyToPage(root: HTMLElement, attributes: ReturnType<typeof pageAttributes>): void {
  root.lang = attributes.lang;
  root.dir = attributes.dir;
  for (const [name, on] of Object.entries(attributes.classes)) root.classList.toggle(name, on);
}
