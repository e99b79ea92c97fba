import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdentifier, checkProvisionalId, formatProvisionalId, newProvisionalId } from '@shared/domain/provisional-id';
import { checkNir, nirKey } from '@shared/domain/nir';

describe('newProvisionalId', () => {
  it('starts with 9, keeps the first 10 random digits and ends with the mod-97 key', () => {
    // 91234567890 mod 97 = 55 → 97 − 55 = 42
    expect(newProvisionalId('1234567890')).toBe('9123456789042');
    expect(newProvisionalId('12345678901234')).toBe('9123456789042');
  });

  it('pads a key below 10', () => {
    // 90 000 000 132 mod 97 = 88 → 09
    expect(newProvisionalId('0000000132')).toBe('9000000013209');
  });

  it('ignores what is not a digit in the random input', () => {
    expect(newProvisionalId('12-34 56.78x90')).toBe('9123456789042');
  });

  it('refuses fewer than 10 random digits', () => {
    expect(() => newProvisionalId('123456789')).toThrow(new RangeError('newProvisionalId needs 10 random digits'));
    expect(() => newProvisionalId('abcdefghijk')).toThrow(RangeError);
  });

  it('always gives an identifier that checks, and never a NIR (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{10}$/), (digits) => {
      const id = newProvisionalId(digits);
      expect(id).toMatch(/^9\d{12}$/);
      expect(checkProvisionalId(id)).toEqual({ ok: true, value: id });
      expect(checkNir(id).ok).toBe(false);
      expect(checkIdentifier(id)).toEqual({ ok: true, value: { kind: 'provisional', value: id } });
    }));
  });

  it('catches any single wrong digit (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{10}$/), fc.nat(12), fc.integer({ min: 1, max: 9 }), (digits, at, delta) => {
      const id = newProvisionalId(digits);
      const typo = id.slice(0, at) + String((Number(id[at]) + delta) % 10) + id.slice(at + 1);
      expect(checkProvisionalId(typo).ok).toBe(false);
    }));
  });

  it('catches any swap of two different adjacent digits (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{10}$/), fc.integer({ min: 1, max: 11 }), (digits, at) => {
      const id = newProvisionalId(digits);
      fc.pre(id[at] !== id[at + 1]);
      const swapped = id.slice(0, at) + id[at + 1] + id[at] + id.slice(at + 2);
      expect(checkProvisionalId(swapped).ok).toBe(false);
    }));
  });
});

describe('checkProvisionalId', () => {
  it('accepts an identifier with spaces as printed and returns it compact', () => {
    expect(checkProvisionalId(' 9 1234 5678 9042 ')).toEqual({ ok: true, value: '9123456789042' });
  });

  it.each([
    ['', 'provisionalId.required'],
    [' ', 'provisionalId.required'],
    ['912345678904', 'provisionalId.format'],
    ['91234567890421', 'provisionalId.format'],
    ['2800106088123', 'provisionalId.format'],
    ['912345678904A', 'provisionalId.format'],
    ['9123456789043', 'provisionalId.check'],
    ['9123456789024', 'provisionalId.check'],
  ])('refuses %j with %s', (input, error) => {
    expect(checkProvisionalId(input)).toEqual({ ok: false, error });
  });
});

describe('formatProvisionalId', () => {
  it('groups as 9 XXXX XXXX XXXX for reading and printing', () => {
    expect(formatProvisionalId('9123456789042')).toBe('9 1234 5678 9042');
    expect(formatProvisionalId('9 1234 56789042')).toBe('9 1234 5678 9042');
  });

  it('returns anything else compacted', () => {
    expect(formatProvisionalId(' 12 34 ')).toBe('1234');
  });

  it('is undone by checkProvisionalId (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^\d{10}$/), (digits) => {
      const id = newProvisionalId(digits);
      expect(checkProvisionalId(formatProvisionalId(id))).toEqual({ ok: true, value: id });
    }));
  });
});

describe('checkIdentifier', () => {
  it('reads a NIR of 13 or 15 characters as a NIR', () => {
    expect(checkIdentifier('2 55 08 14 168 025')).toEqual({ ok: true, value: { kind: 'nir', value: '2550814168025' } });
    expect(checkIdentifier('2 55 08 14 168 025 38')).toEqual({ ok: true, value: { kind: 'nir', value: '2550814168025' } });
  });

  it('reads an identifier starting with 9 as provisional', () => {
    expect(checkIdentifier('9 1234 5678 9042')).toEqual({ ok: true, value: { kind: 'provisional', value: '9123456789042' } });
  });

  it('gives the error of the kind it was read as', () => {
    expect(checkIdentifier('9123456789043')).toEqual({ ok: false, error: 'provisionalId.check' });
    expect(checkIdentifier('2 55 08 14 168 025 39')).toEqual({ ok: false, error: 'nir.key' });
    expect(checkIdentifier('7550814168025')).toEqual({ ok: false, error: 'nir.sex' });
    expect(checkIdentifier('')).toEqual({ ok: false, error: 'nir.required' });
  });

  it('never takes a NIR for a provisional identifier (property)', () => {
    fc.assert(fc.property(fc.stringMatching(/^[12]\d{4}(?:\d{2}|2A|2B)\d{6}$/), (first13) => {
      const result = checkIdentifier(first13 + nirKey(first13));
      if (result.ok) expect(result.value.kind).toBe('nir');
    }));
  });
});
