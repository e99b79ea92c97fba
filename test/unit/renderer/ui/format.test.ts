import { describe, expect, it } from 'vitest';
import { formatDay, formatEuros } from '@renderer/ui/format';

describe('the account space’s figures', () => {
  it('writes days as seed 004 does', () => {
    expect(formatDay('2021-05-25')).toBe('25/05/2021');
  });

  it('writes whole euros without cents and others with a comma', () => {
    expect(formatEuros(5800).replace(/\s/g, ' ')).toBe('58 €');
    expect(formatEuros(13_905).replace(/\s/g, ' ')).toBe('139,05 €');
    expect(formatEuros(123_400).replace(/\s/g, ' ')).toBe('1 234 €');
  });
});
