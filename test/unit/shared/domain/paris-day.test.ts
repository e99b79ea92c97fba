import { describe, expect, it } from 'vitest';
import { checkBirthDate } from '../../../../shared/domain/birth-date';
import { parisDay } from '../../../../shared/domain/paris-day';

const at = (iso: string) => Date.parse(iso);

describe('parisDay', () => {
  it('is the French calendar day, not UTC’s, around midnight in winter (UTC+1) and summer (UTC+2)', () => {
    expect(parisDay(at('2026-12-31T22:59:59Z'))).toEqual({ year: 2026, month: 12, day: 31 });
    expect(parisDay(at('2026-12-31T23:00:00Z'))).toEqual({ year: 2027, month: 1, day: 1 });
    expect(parisDay(at('2026-07-01T21:59:59Z'))).toEqual({ year: 2026, month: 7, day: 1 });
    expect(parisDay(at('2026-07-01T22:00:00Z'))).toEqual({ year: 2026, month: 7, day: 2 });
  });

  it('follows the changes of time (last Sundays of March and October)', () => {
    expect(parisDay(at('2026-03-28T23:30:00Z'))).toEqual({ year: 2026, month: 3, day: 29 });
    expect(parisDay(at('2026-10-24T22:30:00Z'))).toEqual({ year: 2026, month: 10, day: 25 });
    expect(parisDay(at('2026-10-25T22:30:00Z'))).toEqual({ year: 2026, month: 10, day: 25 });
  });

  it('makes a fifteenth birthday count from midnight in France, whatever the machine’s zone', () => {
    // 00:30 in Paris on 1 January 2027, still 31 December in UTC: born 01/01/2012, the visitor is 15 today.
    const now = at('2026-12-31T23:30:00Z');
    expect(checkBirthDate('01/01/2012', parisDay(now))).toMatchObject({ ok: true });
  });
});
