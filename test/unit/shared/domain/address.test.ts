import { describe, expect, it } from 'vitest';
import { checkAddress, checkPostalCode } from '@shared/domain/address';

describe('checkAddress', () => {
  it('normalises spaces and writes the commune in capitals, as La Poste does', () => {
    expect(checkAddress({ line: ' 4  place Garibaldi ', postalCode: '06 300', city: 'Nice' }))
      .toEqual({ ok: true, value: { line: '4 place Garibaldi', postalCode: '06300', city: 'NICE' } });
  });

  it('names the first part that is wrong', () => {
    expect(checkAddress({ line: '', postalCode: '', city: '' })).toEqual({ ok: false, error: 'line.required', field: 'line' });
    expect(checkAddress({ line: '1 rue', postalCode: '6300', city: 'Nice' })).toEqual({ ok: false, error: 'postalCode.format', field: 'postalCode' });
    expect(checkAddress({ line: '1 rue', postalCode: '06300', city: ' ' })).toEqual({ ok: false, error: 'city.required', field: 'city' });
    expect(checkAddress({ line: 'x'.repeat(201), postalCode: '06300', city: 'Nice' })).toEqual({ ok: false, error: 'line.tooLong', field: 'line' });
  });

  it('takes the 5-digit codes of overseas departments', () => {
    expect(checkPostalCode('97400')).toEqual({ ok: true, value: '97400' });
    expect(checkPostalCode('9740A')).toEqual({ ok: false, error: 'postalCode.format' });
    expect(checkPostalCode('')).toEqual({ ok: false, error: 'postalCode.required' });
  });
});
