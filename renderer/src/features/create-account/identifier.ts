// "Votre identifiant : 2 XX XXXX XXX XXX" (seed 001 récapitulatif): the NIR grouped as on the carte Vitale, or the
// provisional identifier as the domain formats it. Grouping is the domain's (shared/domain), so login and print agree.
import { formatNir } from '@shared/domain/nir';
import { formatProvisionalId } from '@shared/domain/provisional-id';

export function displayIdentifier(identifier: string, kind: 'nir' | 'provisional'): string {
  return kind === 'nir' ? formatNir(identifier) : formatProvisionalId(identifier);
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** The printed slip: the identifier and the person's name, never the password (product.md "Printing"). */
export function identifierSlipHtml(texts: { title: string; label: string; note: string }, identifier: string, name: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(texts.title)}</title>
<style>body{font-family:'Atkinson Hyperlegible',sans-serif;font-size:14pt;margin:2cm}h1{font-size:18pt}
.id{font-size:28pt;font-weight:700;letter-spacing:.08em;margin:1cm 0}</style></head><body>
<h1>${escapeHtml(texts.title)}</h1><p>${escapeHtml(name)}</p><p>${escapeHtml(texts.label)}</p>
<p class="id">${escapeHtml(identifier)}</p><p>${escapeHtml(texts.note)}</p></body></html>`;
}
