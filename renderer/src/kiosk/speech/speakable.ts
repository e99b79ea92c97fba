// Screen texts made ready to be heard: amounts and dates are written for the eye ("139,05 €", "25/05/2021") and
// eSpeak NG reads them digit group by digit group; here they become words it says well, in the screen's language.
import type { SpeechLanguage } from './engine';

const currency: Record<SpeechLanguage, { euros: string; cents: string; and: string }> = {
  fr: { euros: 'euros', cents: 'centimes', and: 'et' },
  en: { euros: 'euros', cents: 'cents', and: 'and' },
  ar: { euros: 'يورو', cents: 'سنتيم', and: 'و' },
};

const intlLocale: Record<SpeechLanguage, string> = { fr: 'fr-FR', en: 'en-GB', ar: 'ar-u-nu-latn' };

// "1 234,56 €", "58 €", "€58.50" (digits grouped by spaces, no-break or narrow no-break spaces).
const euroAmount = /(\d{1,3}(?:[\s\u00a0\u202f]\d{3})*|\d+)(?:[,.](\d{2}))?[\s\u00a0\u202f]?€|€[\s\u00a0\u202f]?(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{2}))?/g;
const slashDate = /\b(\d{2})\/(\d{2})\/(\d{4})\b/g;

export function speakableAmount(euros: number, cents: number, language: SpeechLanguage): string {
  const words = currency[language];
  if (cents === 0) return `${euros} ${words.euros}`;
  return `${euros} ${words.euros} ${words.and} ${cents} ${words.cents}`;
}

export function speakableDate(day: number, month: number, year: number, language: SpeechLanguage): string {
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return new Intl.DateTimeFormat(intlLocale[language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

export function speakable(text: string, language: SpeechLanguage): string {
  return text
    // The bidi isolates around a phone number or a name (ui/format.ts leftToRight) are not words.
    .replace(/[\u2066-\u2069]/g, '')
    .replace(euroAmount, (_match, euros?: string, cents?: string, euros2?: string, cents2?: string) => {
      const whole = Number((euros ?? euros2 ?? '0').replace(/[^\d]/g, ''));
      return speakableAmount(whole, Number(cents ?? cents2 ?? 0), language);
    })
    .replace(slashDate, (match, day: string, month: string, year: string) => {
      const d = Number(day);
      const m = Number(month);
      if (m < 1 || m > 12 || d < 1 || d > 31) return match;
      return speakableDate(d, m, Number(year), language);
    });
}
