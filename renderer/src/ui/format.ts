// How the screens write days, amounts and times, as the seeds show them: "le 25/05/2021", "58 €" (no cents when
// there are none, French separators otherwise: "139,05 €"), "14:32". Identifiers: format-identifier.ts (kept apart:
// the NIR's module brings the commune tables, which the header's clock must not load with the first screen).

/** "2021-05-25" → "25/05/2021". */
export function formatDay(day: string): string {
  const [year, month, date] = day.split('-');
  return year && month && date ? `${date}/${month}/${year}` : day;
}

/** 5800 → "58 €"; 13905 → "139,05 €" (narrow no-break space before € and between thousands, as Intl does). */
export function formatEuros(cents: number): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat('fr-FR', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}

const two = (n: number) => String(n).padStart(2, '0');

/** An ISO time → "14:32", the kiosk's local time, 24-hour clock and Latin digits in every language. */
export function formatClock(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? '' : `${two(time.getHours())}:${two(time.getMinutes())}`;
}

/** An ISO time → its local day, "25/05/2021". */
export function formatLocalDay(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? '' : `${two(time.getDate())}/${two(time.getMonth() + 1)}/${time.getFullYear()}`;
}

