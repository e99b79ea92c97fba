import { describe, expect, it } from 'vitest';
import { printableHtml } from '@renderer/kiosk/printable';

describe('the pages the kiosk prints', () => {
  it('escapes every value put into a printed page', () => {
    const html = printableHtml('Attestation <de> paiement', ['Montant : 58,00 €.', '<img src=x>']);
    expect(html).toContain('>Attestation &lt;de&gt; paiement</h1>');
    expect(html).toContain('<p>Montant : 58,00 €.</p>');
    expect(html).not.toContain('<img');
  });

  it('prints an emphasised line large, and styles with attributes only (the CSP allows no <style> element)', () => {
    const html = printableHtml('Mon Compte', ['Votre identifiant :', { text: '2 09 0233 063 110', emphasis: true }]);
    expect(html).toMatch(/<p style="[^"]*font-size:28pt[^"]*">2 09 0233 063 110<\/p>/);
    expect(html).not.toMatch(/<style|<script|<link/i);
  });
});
