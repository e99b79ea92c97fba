// The shape of an easy-read (« Facile à lire ») locale: any part of the messages, rewritten; the rest falls back to
// the language's ordinary texts (i18n/index.ts). Which texts must be rewritten: i18n/easy-read-as-is.ts.
import type { EasyReadOf } from '../kiosk/languages';
import type { Messages } from './fr';

export type EasyReadMessages = EasyReadOf<Messages>;
