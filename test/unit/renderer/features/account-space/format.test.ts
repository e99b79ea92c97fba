import { describe, expect, it } from 'vitest';
import { escapeHtml, formatDay, formatEuros, printableHtml } from '@renderer/features/account-space/format';

describe('the account space’s figures', () => {
  it('writes days as seed 004 does', () => {
    expect(formatDay('2021-05-25')).toBe('25/05/2021');
  });

  it('writes whole euros without cents and others with a comma', () => {
    expect(formatEuros(5800).replace(/\s/g, ' ')).toBe('58 €');
    expect(formatEuros(13_905).replace(/\s/g, ' ')).toBe('139,05 €');
    expect(formatEuros(123_400).replace(/\s/g, ' ')).toBe('1 234 €');
  });

  it('escapes every value put into a printed page', () => {
    expect(escapeHtml('<script>"a" & \'b\'</script>')).toBe('&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;');
    const html = printableHtml('Attestation <de> paiement', ['Montant : 58,00 €.', '<img src=x>']);
    expect(html).toContain('<h1>Attestation &lt;de&gt; paiement</h1>');
    expect(html).not.toContain('<img');
  });
});
