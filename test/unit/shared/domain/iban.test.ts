// IBAN rule (shared/domain/iban.ts). Test vectors: the example IBANs of SWIFT's « IBAN Registry » (the "IBAN
// electronic format example" of each country's page; ISO 13616 names SWIFT its registration authority). A valid IBAN with any single character changed, or two adjacent characters
// swapped, must be refused: that is what ISO 7064 MOD 97-10 guarantees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIban, formatIban, maskIban } from '@shared/domain/iban';

const REGISTRY_EXAMPLES = [
  'FR1420041010050500013M02606', // France
  'DE89370400440532013000', // Germany
  'BE68539007547034', // Belgium
  'ES9121000418450200051332', // Spain
  'IT60X0542811101000000123456', // Italy
  'NL91ABNA0417164300', // Netherlands
  'LU280019400644750000', // Luxembourg
  'CH9300762011623852957', // Switzerland (SEPA area, outside the EU)
  'MC5811222000010123456789030', // Monaco
  'PT50000201231234567890154', // Portugal
  'GB29NWBK60161331926819', // United Kingdom
];

describe('checkIban', () => {
  it.each(REGISTRY_EXAMPLES)('accepts the registry example %s', (iban) => {
    expect(checkIban(iban)).toEqual({ ok: true, value: iban });
  });

  it('reads the IBAN as a RIB prints it: grouped by four, in lower case, with hyphens', () => {
    expect(checkIban('FR14 2004 1010 0505 0001 3M02 606')).toEqual({ ok: true, value: 'FR1420041010050500013M02606' });
    expect(checkIban(' fr14-2004-1010-0505-0001-3m02-606 ')).toEqual({ ok: true, value: 'FR1420041010050500013M02606' });
  });

  it('says what is wrong', () => {
    expect(checkIban('')).toEqual({ ok: false, error: 'iban.required' });
    expect(checkIban('   ')).toEqual({ ok: false, error: 'iban.required' });
    expect(checkIban('1420041010050500013M02606')).toEqual({ ok: false, error: 'iban.format' });
    expect(checkIban('FR14 2004 1010 0505 0001 3M02 60é')).toEqual({ ok: false, error: 'iban.format' });
    expect(checkIban('FR1420041010050500013M0260')).toEqual({ ok: false, error: 'iban.length' });
    expect(checkIban('FR1420041010050500013M026061')).toEqual({ ok: false, error: 'iban.length' });
    expect(checkIban('FR1420041010050500013M02607')).toEqual({ ok: false, error: 'iban.key' });
    expect(checkIban('FR7630006000011234567890188')).toEqual({ ok: false, error: 'iban.key' });
    // Saudi Arabia's registry example is a valid IBAN, but not of the SEPA area: the Caf cannot pay into it.
    expect(checkIban('SA0380000000608010167519')).toEqual({ ok: false, error: 'iban.country' });
    expect(checkIban('XX1420041010050500013M02606')).toEqual({ ok: false, error: 'iban.country' });
  });

  it('refuses any single wrong digit or wrong letter of a valid IBAN (property)', () => {
    // What ISO 7064 mod 97-10 guarantees: a digit typed for another digit, a letter for another letter. (A letter
    // typed for a digit where the BBAN allows both becomes two digits in the checksum and may pass it: fast-check
    // found IT60X0542811101000000123456 with its 20th character made a letter.)
    const digits = '0123456789';
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    fc.assert(fc.property(fc.constantFrom(...REGISTRY_EXAMPLES), fc.nat(), fc.nat(), (iban, at, shift) => {
      const i = 2 + (at % (iban.length - 2));
      const kind = digits.includes(iban[i]!) ? digits : letters;
      const typo = iban.slice(0, i) + kind[(kind.indexOf(iban[i]!) + 1 + (shift % (kind.length - 1))) % kind.length] + iban.slice(i + 1);
      expect(checkIban(typo).ok).toBe(false);
    }));
  });

  it('refuses two adjacent characters swapped (property)', () => {
    fc.assert(fc.property(fc.constantFrom(...REGISTRY_EXAMPLES), fc.nat(), (iban, at) => {
      const i = 2 + (at % (iban.length - 3));
      fc.pre(iban[i] !== iban[i + 1]);
      const swapped = iban.slice(0, i) + iban[i + 1] + iban[i] + iban.slice(i + 2);
      expect(checkIban(swapped).ok).toBe(false);
    }));
  });
});

describe('formatIban and maskIban', () => {
  it('groups by four', () => {
    expect(formatIban('FR1420041010050500013M02606')).toBe('FR14 2004 1010 0505 0001 3M02 606');
  });
  it('keeps only the country, the key and the last four characters', () => {
    expect(maskIban('FR1420041010050500013M02606')).toBe('FR14 **** **** 2606');
  });
});
