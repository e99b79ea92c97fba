// A day typed JJ/MM/AAAA that must already have come: the date of moving into the home, the birth date of a member of
// the home (a child may be any age, so the rules of birth-date.ts — at least 15 years — do not apply), the date of a
// separation. `today` is passed in so the rule stays pure.
import { daysInMonth } from './birth-date';
import { fail, ok, type Check, type SimpleDate } from './check';

const FORMAT = /^(\d{2})\/(\d{2})\/(\d{4})$/;
/** Older than this is a typo (no one moved in, or was born, more than 130 years ago). */
const MAX_YEARS_AGO = 130;

const compare = (a: SimpleDate, b: SimpleDate) => a.year - b.year || a.month - b.month || a.day - b.day;

/** Codes date.required, date.format, date.invalid (no such day, or more than 130 years ago), date.future. */
export function checkPastDay(input: string, today: SimpleDate): Check<SimpleDate> {
  const text = input.trim();
  if (text === '') return fail('date.required');
  const match = FORMAT.exec(text);
  if (!match) return fail('date.format');
  const date = { day: Number(match[1]), month: Number(match[2]), year: Number(match[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return fail('date.invalid');
  if (date.year < today.year - MAX_YEARS_AGO) return fail('date.invalid');
  if (compare(date, today) > 0) return fail('date.future');
  return ok({ year: date.year, month: date.month, day: date.day });
}

export const formatDay = (d: SimpleDate) =>
  `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${String(d.year).padStart(4, '0')}`;
