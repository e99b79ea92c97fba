// Amounts and dates, written for the eye, become words the synthesiser says well, in the screen's language.
import { describe, expect, it } from 'vitest';
import { speakable } from '@renderer/kiosk/speech/speakable';

describe('amounts and dates made ready to be heard', () => {
  it('says amounts in euros and cents', () => {
    expect(speakable('Mon dernier paiement : 139,05 € le 25/05/2021', 'fr')).toBe('Mon dernier paiement : 139 euros et 5 centimes le 25 mai 2021');
    expect(speakable('1\u202f234,50\u00a0€ par mois', 'fr')).toBe('1234 euros et 50 centimes par mois');
    expect(speakable('58 € a month', 'en')).toBe('58 euros a month');
    expect(speakable('المبلغ 139,05 €', 'ar')).toBe('المبلغ 139 يورو و 5 سنتيم');
  });

  it('leaves out the invisible left-to-right isolates around a phone number or a name (kiosk/languages.ts)', () => {
    expect(speakable('أرسلنا رمزًا إلى \u206606 12 34 56 78\u2069', 'ar')).toBe('أرسلنا رمزًا إلى 06 12 34 56 78');
  });

  it('says dates with the month in words, in Latin digits in Arabic', () => {
    expect(speakable('on 01/10/2026', 'en')).toBe('on 1 October 2026');
    expect(speakable('بتاريخ 25/05/2021', 'ar')).toMatch(/^بتاريخ 25 مايو 2021$/);
  });

  it('leaves what is not a date alone', () => {
    expect(speakable('Saisissez 45/99/2021', 'fr')).toBe('Saisissez 45/99/2021');
    expect(speakable('06 12 34 56 78', 'fr')).toBe('06 12 34 56 78');
  });
});
