// Sources: « Créer mon espace Mon Compte » (format de saisie JJ/MM/AAAA; "un enfant de plus de 15 ans" may hold Mon
// Compte); Gregorian leap years (divisible by 4, except centuries not divisible by 400: 1900 was not leap, 2000 was).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, checkBirthDate, daysInMonth, formatBirthDate } from '@shared/domain/birth-date';

const today = { year: 2026, month: 11, day: 22 };

describe('checkBirthDate', () => {
  it('accepts the récapitulatif date of « Créer mon espace Mon Compte »', () => {
    expect(checkBirthDate('01/01/1980', today)).toEqual({ ok: true, value: { year: 1980, month: 1, day: 1 } });
  });

  it('ignores surrounding spaces', () => {
    expect(checkBirthDate(' 01/01/1980 ', today).ok).toBe(true);
  });

  it.each([
    ['', 'birthDate.required'],
    ['  ', 'birthDate.required'],
    ['1/1/1980', 'birthDate.format'],
    ['01-01-1980', 'birthDate.format'],
    ['1980/01/01', 'birthDate.format'],
    ['01/01/80', 'birthDate.format'],
    ['01/01/1980x', 'birthDate.format'],
    ['x01/01/1980', 'birthDate.format'],
    ['101/01/1980', 'birthDate.format'],
    ['00/01/1980', 'birthDate.invalid'],
    ['32/01/1980', 'birthDate.invalid'],
    ['31/04/1980', 'birthDate.invalid'],
    ['30/02/1980', 'birthDate.invalid'],
    ['29/02/1981', 'birthDate.invalid'],
    ['29/02/1900', 'birthDate.invalid'],
    ['01/00/1980', 'birthDate.invalid'],
    ['01/13/1980', 'birthDate.invalid'],
    ['23/11/2026', 'birthDate.future'],
    ['01/12/2026', 'birthDate.future'],
    ['01/01/2027', 'birthDate.future'],
    ['21/11/1895', 'birthDate.tooOld'],
    ['23/11/2011', 'birthDate.tooYoung'],
    ['22/11/2026', 'birthDate.tooYoung'],
  ])('refuses %j with %s', (input, error) => {
    expect(checkBirthDate(input, today)).toEqual({ ok: false, error });
  });

  it('accepts leap days of leap years', () => {
    expect(checkBirthDate('29/02/2000', today).ok).toBe(true);
    expect(checkBirthDate('29/02/1984', today).ok).toBe(true);
  });

  it('accepts the 15th birthday itself, not the day before', () => {
    expect(checkBirthDate('22/11/2011', today).ok).toBe(true);
    expect(checkBirthDate('23/11/2011', today)).toEqual({ ok: false, error: 'birthDate.tooYoung' });
  });

  it('accepts exactly 130 years, not 131', () => {
    expect(checkBirthDate('22/11/1896', today).ok).toBe(true);
    expect(checkBirthDate('23/11/1895', today).ok).toBe(true);
    expect(checkBirthDate('22/11/1895', today)).toEqual({ ok: false, error: 'birthDate.tooOld' });
  });
});

describe('ageOn', () => {
  it('counts whole years, a birthday later in the year not yet reached', () => {
    expect(ageOn({ year: 2000, month: 11, day: 22 }, today)).toBe(26);
    expect(ageOn({ year: 2000, month: 11, day: 23 }, today)).toBe(25);
    expect(ageOn({ year: 2000, month: 12, day: 1 }, today)).toBe(25);
    expect(ageOn({ year: 2000, month: 10, day: 30 }, today)).toBe(26);
  });

  it('gives someone born on 29 February their birthday on 1 March of a common year', () => {
    expect(ageOn({ year: 2012, month: 2, day: 29 }, { year: 2027, month: 2, day: 28 })).toBe(14);
    expect(ageOn({ year: 2012, month: 2, day: 29 }, { year: 2027, month: 3, day: 1 })).toBe(15);
  });
});

describe('daysInMonth', () => {
  it('knows the Gregorian months', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m)))
      .toEqual([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});

describe('formatBirthDate', () => {
  it('writes JJ/MM/AAAA with leading zeros', () => {
    expect(formatBirthDate({ year: 1980, month: 1, day: 1 })).toBe('01/01/1980');
    expect(formatBirthDate({ year: 2001, month: 12, day: 31 })).toBe('31/12/2001');
  });

  it('is undone by checkBirthDate for every real date between 130 and 15 years ago (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 1897, max: 2010 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }),
      (year, month, day) => {
        fc.pre(day <= daysInMonth(year, month));
        const date = { year, month, day };
        expect(checkBirthDate(formatBirthDate(date), today)).toEqual({ ok: true, value: date });
      }));
  });
});

describe('birth date properties', () => {
  it('decides exactly as the age does, for any real date', () => {
    fc.assert(fc.property(fc.integer({ min: 1850, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }),
      (year, month, day) => {
        fc.pre(day <= daysInMonth(year, month));
        const date = { year, month, day };
        const result = checkBirthDate(formatBirthDate(date), today);
        const future = year * 10000 + month * 100 + day > today.year * 10000 + today.month * 100 + today.day;
        const age = ageOn(date, today);
        const expected = future ? 'birthDate.future' : age > 130 ? 'birthDate.tooOld' : age < 15 ? 'birthDate.tooYoung' : null;
        expect(result).toEqual(expected === null ? { ok: true, value: date } : { ok: false, error: expected });
      }));
  });
});
