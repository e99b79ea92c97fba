// The kiosk's messages, every language at once: the tests and the out-of-service page use them so. The kiosk's app
// loads French at start and the other locales when a visitor chooses them (on-demand.ts), the same messages.
import { createI18n } from 'vue-i18n';
import { ar } from './ar';
import { easyReadEn } from './easy-read.en';
import { easyReadFr } from './easy-read.fr';
import { en } from './en';
import { fr } from './fr';
import { kioskI18nOptions } from './options';

export const kioskMessages = { fr, en, ar, 'fr-x-facile': easyReadFr, 'en-x-facile': easyReadEn };

export function createKioskI18n() {
  return createI18n(kioskI18nOptions(kioskMessages));
}
