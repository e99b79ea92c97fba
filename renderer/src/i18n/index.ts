import { createI18n } from 'vue-i18n';
import { fr } from './fr';

export function createKioskI18n() {
  return createI18n({ legacy: false, locale: 'fr', fallbackLocale: 'fr', messages: { fr } });
}
