import { describe, expect, it } from 'vitest';
import { can, rightsOf } from '../../../../backend/src/services/rights';

describe('rights by role (« Créer mon espace Mon Compte », issue 7)', () => {
  it('gives the responsable everything on the file, granting the autorisation and declaring a separation included', () => {
    expect(rightsOf({ role: 'responsable', autorisationGestion: false })).toEqual(
      ['self.read', 'self.contact', 'household.read', 'prestation.request', 'demarches.read', 'autorisation.manage', 'separation.declare'],
    );
  });

  it('gives a conjoint with autorisation de gestion the responsable\'s features, not the granting', () => {
    const subject = { role: 'conjoint' as const, autorisationGestion: true };
    expect(can(subject, 'household.read')).toBe(true);
    expect(can(subject, 'prestation.request')).toBe(true);
    expect(can(subject, 'autorisation.manage')).toBe(false);
    expect(can(subject, 'separation.declare')).toBe(true);
  });

  it('limits a conjoint without autorisation to their own data, contact, separation and the status of the requests', () => {
    expect(rightsOf({ role: 'conjoint', autorisationGestion: false })).toEqual(['self.read', 'self.contact', 'demarches.read', 'separation.declare']);
  });

  it('limits a child over 15 and a dependent to their own data and contact, whatever the flag says', () => {
    for (const role of ['enfant', 'personne-a-charge'] as const) {
      expect(rightsOf({ role, autorisationGestion: true })).toEqual(['self.read', 'self.contact']);
    }
  });

  it('lets a person without allocataire household ask for a prestation', () => {
    expect(rightsOf({ role: 'aucun', autorisationGestion: false })).toEqual(['self.read', 'self.contact', 'prestation.request', 'demarches.read']);
  });
});
