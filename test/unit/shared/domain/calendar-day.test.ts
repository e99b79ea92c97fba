import { describe, expect, it } from 'vitest';
import { checkPastDay, formatDay } from '@shared/domain/calendar-day';

const today = { year: 2026, month: 12, day: 1 };

describe('checkPastDay', () => {
  it('takes a real day up to today, at any age (a child of the home may be a baby)', () => {
    expect(checkPastDay('01/12/2026', today)).toEqual({ ok: true, value: today });
    expect(checkPastDay(' 29/02/2024 ', today)).toEqual({ ok: true, value: { year: 2024, month: 2, day: 29 } });
  });

  it('says what is wrong', () => {
    expect(checkPastDay('', today)).toEqual({ ok: false, error: 'date.required' });
    expect(checkPastDay('1/2/2020', today)).toEqual({ ok: false, error: 'date.format' });
    expect(checkPastDay('29/02/2025', today)).toEqual({ ok: false, error: 'date.invalid' });
    expect(checkPastDay('01/13/2020', today)).toEqual({ ok: false, error: 'date.invalid' });
    expect(checkPastDay('01/01/1890', today)).toEqual({ ok: false, error: 'date.invalid' });
    expect(checkPastDay('02/12/2026', today)).toEqual({ ok: false, error: 'date.future' });
  });

  it('writes a day back as JJ/MM/AAAA', () => {
    expect(formatDay({ year: 2019, month: 4, day: 3 })).toBe('03/04/2019');
  });
});
