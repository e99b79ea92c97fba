// French names inside Arabic sentences: a parenthesised French name, or a French name followed by its abbreviation in
// parentheses, is a left to right unit inside a right to left line. Without a left-to-right isolate (LRI … PDI) the
// bidi algorithm scattered it: the swept screenshot of « إعانة السكن (Aide au logement) » in large text showed
// « Aide au) إعانة السكن (logement ».
import { describe, expect, it } from 'vitest';
import { kioskMessages } from '@renderer/i18n';

function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

const latin = 'A-Za-zÀ-ÿ’\'';
/** A parenthesis holding more than one Latin word, or Latin words followed by a Latin abbreviation in parentheses. */
const unisolated = new RegExp(`\\([${latin}]+[ \\u00a0][${latin} \\u00a0]*\\)|[${latin}]+[ \\u00a0]\\([${latin}]+\\)`);

/** A Latin word, then a parenthesis whose first character is a digit. */
const latinThenDigitInParenthesis = new RegExp(`[${latin}][ \\u00a0]*\\([ \\u00a0]*[0-9]`);

describe('French names in the Arabic texts', () => {
  it('are isolated left to right wherever parentheses go with them', () => {
    const found = [...strings(kioskMessages.ar, '')]
      .filter(([, text]) => unisolated.test(text.replace(/\u2066[^\u2069]*\u2069/g, '')))
      .map(([path, text]) => `${path}: ${text}`);
    expect(found).toEqual([]);
  });

  // A digit after a Latin word takes the Latin word's direction (the bidi algorithm's rule W7), and a parenthesis
  // between them goes with both: « للـ Caf (8 رموز … » showed its « ( » beside « Caf » and « (8 رموز … Caf » read
  // backwards (swept screenshots, 2 December 2026).
  it('are isolated where a parenthesis opening on a digit follows them', () => {
    const found = [...strings(kioskMessages.ar, '')]
      .filter(([, text]) => latinThenDigitInParenthesis.test(text.replace(/\u2066[^\u2069]*\u2069/g, '')))
      .map(([path, text]) => `${path}: ${text}`);
    expect(found).toEqual([]);
    expect(latinThenDigitInParenthesis.test('كلمة السر الجديدة للـ Caf (8 رموز على الأقل)')).toBe(true);
    expect(latinThenDigitInParenthesis.test('كلمة السر (8 رموز على الأقل)')).toBe(false);
  });

  it('find the unisolated case they guard against', () => {
    expect(unisolated.test('إعانة السكن (Aide au logement)')).toBe(true);
    expect(unisolated.test('Aide personnalisée au logement (Apl) أو')).toBe(true);
    expect(unisolated.test('برسالة قصيرة (SMS)')).toBe(false);
  });
});
