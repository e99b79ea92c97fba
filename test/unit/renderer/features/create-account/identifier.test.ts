import { describe, expect, it } from 'vitest';
import { displayIdentifier, identifierSlipHtml } from '@renderer/features/create-account/identifier';

describe('the identifier shown and printed at the end of the account creation', () => {
  it('groups a NIR as « Créer mon espace Mon Compte » shows it ("2 XX XXXX XXX XXX")', () => {
    expect(displayIdentifier('2090233063110', 'nir')).toBe('2 09 0233 063 110');
  });

  it('prints the identifier and the name, escaped, and nothing that was not given to it', () => {
    const html = identifierSlipHtml({ title: 'Mon Compte', label: 'Votre identifiant :', note: 'Gardez-le.' }, '2 09 0233 063 110', 'MADAME <b>INES</b> BENALI');
    expect(html).toContain('2 09 0233 063 110');
    expect(html).toContain('MADAME &lt;b&gt;INES&lt;/b&gt; BENALI');
    expect(html).not.toContain('<b>');
    expect(html).not.toMatch(/<script/i);
  });
});
