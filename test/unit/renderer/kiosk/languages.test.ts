// Values that read left to right inside a sentence of a right-to-left language (kiosk/languages.ts leftToRightIn), and
// the Intl locale that writes a screen's dates (intlLocaleOf).
import { describe, expect, it } from 'vitest';
import { intlLocaleOf, leftToRightIn } from '@renderer/kiosk/languages';

const LRI = '\u2066';
const PDI = '\u2069';

describe('a left-to-right value in a sentence', () => {
  it('is isolated in Arabic, so that a phone number and a name ending with a full stop are not reordered', () => {
    expect(leftToRightIn('ar', '06 12 34 56 78')).toBe(`${LRI}06 12 34 56 78${PDI}`);
    expect(leftToRightIn('ar', 'KARIM B.')).toBe(`${LRI}KARIM B.${PDI}`);
  });

  it('stays as it is in the left-to-right languages and their easy-read versions, and when empty', () => {
    for (const locale of ['fr', 'en', 'fr-x-facile', 'en-x-facile']) expect(leftToRightIn(locale, '06 12 34 56 78')).toBe('06 12 34 56 78');
    expect(leftToRightIn('ar', '')).toBe('');
  });
});

describe('the Intl locale of a screen', () => {
  it('is its language’s, easy-read included, with Latin digits in Arabic; French for anything else', () => {
    expect(['fr', 'en', 'ar', 'fr-x-facile', 'en-x-facile', 'de'].map(intlLocaleOf)).toEqual(['fr-FR', 'en-GB', 'ar-u-nu-latn', 'fr-FR', 'en-GB', 'fr-FR']);
  });
});
