// Text put into HTML that the kiosk or the sandbox builds as a string (printed pages, the FranceConnect simulator's
// pages): every character that could open markup or end an attribute is escaped.
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c] ?? c);
}
