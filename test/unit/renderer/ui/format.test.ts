import { describe, expect, it } from 'vitest';
import { formatClock, formatDay, formatEuros, formatLocalDay } from '@renderer/ui/format';

describe('the account space’s figures', () => {
  it('writes days as « Comment je fais pour me connecter … sur mon mobile ? » does', () => {
    expect(formatDay('2021-05-25')).toBe('25/05/2021');
  });

  it('writes whole euros without cents and others with a comma', () => {
    expect(formatEuros(5800).replace(/\s/g, ' ')).toBe('58 €');
    expect(formatEuros(13_905).replace(/\s/g, ' ')).toBe('139,05 €');
    expect(formatEuros(123_400).replace(/\s/g, ' ')).toBe('1 234 €');
  });
});

describe('the time of an agent call', () => {
  it('writes the local hour and day with Latin digits, and nothing for a time that is not one', () => {
    const local = new Date(2026, 11, 1, 9, 5).toISOString();
    expect(formatClock(local)).toBe('09:05');
    expect(formatLocalDay(local)).toBe('01/12/2026');
    expect(formatClock('not a time')).toBe('');
    expect(formatLocalDay('')).toBe('');
  });
});
