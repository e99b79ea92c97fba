// The shape of an easy-read (« Facile à lire ») locale: any part of the messages, rewritten; the rest falls back to
// the language's ordinary texts (i18n/index.ts).
import type { Messages } from './fr';

type DeepPartial<T> = T extends string ? string : T extends readonly (infer U)[] ? readonly U[] : { [K in keyof T]?: DeepPartial<T[K]> };

export type EasyReadMessages = DeepPartial<Messages>;
