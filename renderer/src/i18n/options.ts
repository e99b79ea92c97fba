// The options every kiosk i18n instance shares (index.ts: every language at once; on-demand.ts: French at start, the
// others when a visitor chooses them): the locales' fallbacks and the Arabic plural rule.
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

/** One locale per language (fr, en, ar) and one per easy-read version (fr-x-facile, en-x-facile). */
export const kioskLocaleFallbacks: Record<string, string[]> = { 'fr-x-facile': ['fr'], 'en-x-facile': ['en', 'fr'], default: ['fr'] };

export function kioskI18nOptions<M extends Record<string, unknown>>(messages: M) {
  return {
    legacy: false as const,
    locale: 'fr',
    // An easy-read locale holds only the texts it rewrites and falls back to its language for the rest.
    fallbackLocale: kioskLocaleFallbacks,
    // The easy-read locales are partial by design: falling back from them is expected, not a warning.
    fallbackWarn: false,
    missingWarn: import.meta.env.DEV,
    messages,
    pluralRules: { ar: arabicPlural },
  };
}
