// The pages the kiosk prints (shared/ipc PrintJob: the récapitulatif's identifier slip, attestations, the relevé):
// self-contained HTML, text only, every value escaped. Styles are `style` attributes, never a <style> element: in web
// mode the browser prints the page in a frame that inherits the kiosk's Content-Security-Policy
// (shared/content-security-policy.ts), which allows style attributes and no inline <style>.
import { escapeHtml } from '@shared/html';

/** A paragraph of the printed page; `emphasis` prints it large and bold (the identifier on the slip). */
export type PrintedLine = string | { text: string; emphasis: true };

const styles = {
  body: "font-family:'Atkinson Hyperlegible',sans-serif;font-size:14pt;margin:2cm",
  title: 'font-size:18pt',
  emphasis: 'font-size:28pt;font-weight:700;letter-spacing:.08em;margin:1cm 0',
};

export function printableHtml(title: string, lines: readonly PrintedLine[]): string {
  const body = lines
    .map((line) =>
      typeof line === 'string'
        ? `<p>${escapeHtml(line)}</p>`
        : `<p style="${styles.emphasis}">${escapeHtml(line.text)}</p>`,
    )
    .join('');
  return (
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>` +
    `<body style="${styles.body}"><h1 style="${styles.title}">${escapeHtml(title)}</h1>${body}</body></html>`
  );
}
