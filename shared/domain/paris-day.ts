// "Today" for every date rule (a birth date not in the future, at least 15 years old, a day of moving in not yet
// come): the calendar day in France (Europe/Paris) at an instant, in one place. The kiosk and the back end both call
// it, so they agree around midnight whatever their machines' time zones (a kiosk left in UTC, a server in UTC): before,
// the renderer used local time and the back end UTC, and a visitor born on the day's date could be told "15 ans" by
// one and "14 ans" by the other between midnight and 1 or 2 am.
import type { SimpleDate } from './check';

const parisCalendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit',
});

/** The calendar day in Europe/Paris at `nowMs` (milliseconds since the epoch). */
export function parisDay(nowMs: number): SimpleDate {
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parisCalendar.formatToParts(nowMs).find((p) => p.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}
