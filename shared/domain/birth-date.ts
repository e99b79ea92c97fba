// Date de naissance, typed JJ/MM/AAAA (« Créer mon espace Mon Compte »): a real calendar date, not in the future, at
// most 130 years ago (no living person is older), and at least 15 years ago — the minimum age to hold Mon Compte («
// Créer mon espace Mon Compte »: "un enfant de plus
// de 15 ans … peut créer son espace personnel"). `today` is passed in so that the rule stays pure and testable.
// Someone born on 29 February has a birthday on 1 March in common years (the day after 28 February).
import { fail, ok, type Check, type SimpleDate } from './check';

export type { SimpleDate } from './check';

export const MINIMUM_AGE = 15;
export const MAXIMUM_AGE = 130;

const FORMAT = /^(\d{2})\/(\d{2})\/(\d{4})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function compare(a: SimpleDate, b: SimpleDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whole years from `birth` to `today`. */
export function ageOn(birth: SimpleDate, today: SimpleDate): number {
  const beforeBirthday = today.month < birth.month || (today.month === birth.month && today.day < birth.day);
  return today.year - birth.year - (beforeBirthday ? 1 : 0);
}

export function checkBirthDate(input: string, today: SimpleDate): Check<SimpleDate> {
  const text = input.trim();
  if (text === '') return fail('birthDate.required');
  const match = FORMAT.exec(text);
  if (match === null) return fail('birthDate.format');
  const date = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) {
    return fail('birthDate.invalid');
  }
  if (compare(date, today) > 0) return fail('birthDate.future');
  const age = ageOn(date, today);
  if (age > MAXIMUM_AGE) return fail('birthDate.tooOld');
  if (age < MINIMUM_AGE) return fail('birthDate.tooYoung');
  return ok({ year: date.year, month: date.month, day: date.day });
}

export function formatBirthDate(date: SimpleDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.day, 2)}/${pad(date.month, 2)}/${pad(date.year, 4)}`;
}
