// Sums in euros as a visitor types them (shared/domain/amount.ts): French writing ("1 250,50", the space between
// thousands, the comma before the cents), the point some keyboards give, a trailing euro sign.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkAmount, formatAmount } from '@shared/domain/amount';

describe('checkAmount', () => {
  it.each([
    ['650', 65_000], ['650,00', 65_000], ['650.5', 65_050], ['1 250,50', 125_050], ['1\u202f250,50 €', 125_050], ['0', 0], ['0,07', 7],
  ])('reads %s as %i cents', (input, cents) => {
    expect(checkAmount(input, 10_000_000)).toEqual({ ok: true, value: cents });
  });

  it('says what is wrong', () => {
    expect(checkAmount('', 100)).toEqual({ ok: false, error: 'amount.required' });
    expect(checkAmount('  ', 100)).toEqual({ ok: false, error: 'amount.required' });
    for (const bad of ['6 5O', '-10', '10,123', ',50', '1e3', '12,5,0', '€']) expect(checkAmount(bad, 1e9)).toEqual({ ok: false, error: bad === '€' ? 'amount.required' : 'amount.format' });
    expect(checkAmount('10 000,01', 1_000_000)).toEqual({ ok: false, error: 'amount.tooLarge' });
    expect(checkAmount('10 000', 1_000_000)).toEqual({ ok: true, value: 1_000_000 });
  });
});

describe('formatAmount', () => {
  it('writes cents back as a visitor would type them', () => {
    expect(formatAmount(125_050)).toBe('1 250,50');
    expect(formatAmount(7)).toBe('0,07');
    expect(formatAmount(100_000_000)).toBe('1 000 000,00');
  });

  it('is read back as the same sum (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (cents) => {
      expect(checkAmount(formatAmount(cents), Number.MAX_SAFE_INTEGER)).toEqual({ ok: true, value: cents });
    }));
  });
});
