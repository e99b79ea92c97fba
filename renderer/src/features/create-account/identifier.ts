// "Votre identifiant : 2 XX XXXX XXX XXX" (« Créer mon espace Mon Compte » récapitulatif): the NIR grouped as on the
// carte Vitale, or the provisional identifier as the domain formats it. Grouping is the domain's (shared/domain), so
// login and print agree.
import { printableHtml } from '../../kiosk/printable';
import { formatIdentifier } from '../../ui/format-identifier';

export const displayIdentifier = formatIdentifier;

/** The printed slip: the identifier and the person's name, never the password (docs/product.md "Printing"). */
export function identifierSlipHtml(texts: { title: string; label: string; note: string }, identifier: string, name: string): string {
  return printableHtml(texts.title, [name, texts.label, { text: identifier, emphasis: true }, texts.note]);
}
