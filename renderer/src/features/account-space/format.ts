// How the account space writes days and amounts, as seed 004 shows them: "le 25/05/2021", "58 €" (no cents when
// there are none, French separators otherwise: "139,05 €").

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

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);

/** A self-contained printable page for the bridge (shared/ipc PrintJob): text only, every value escaped. */
export function printableHtml(title: string, lines: readonly string[]): string {
  const body = lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `<style>body{font-family:sans-serif;font-size:14pt;margin:2cm}h1{font-size:18pt}</style></head>` +
    `<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}
