import { describe, expect, it } from 'vitest';
import { can, rightsOf } from '../../../../backend/src/services/rights';

describe('the rights of each role in the household (issue 7, seeds 001 and 002)', () => {
  it('gives the responsable everything on the household\'s file', () => {
    expect(rightsOf({ role: 'responsable', autorisationGestion: false }).sort()).toEqual(
      ['autorisation.manage', 'household.read', 'prestation.request', 'self.contact', 'self.read', 'separation.declare'],
    );
  });

  it('gives a conjoint with autorisation de gestion the same features, but not the granting itself', () => {
    const conjoint = { role: 'conjoint', autorisationGestion: true } as const;
    expect(can(conjoint, 'household.read')).toBe(true);
    expect(can(conjoint, 'prestation.request')).toBe(true);
    expect(can(conjoint, 'separation.declare')).toBe(true);
    expect(can(conjoint, 'autorisation.manage')).toBe(false);
  });

  it('limits a conjoint without it to their own data, their contact and declaring a separation', () => {
    expect(rightsOf({ role: 'conjoint', autorisationGestion: false }).sort()).toEqual(['self.contact', 'self.read', 'separation.declare']);
  });

  it('limits a child over 15 and another dependent person to their own data and contact, even if flagged by mistake', () => {
    for (const role of ['enfant', 'personne-a-charge'] as const) {
      expect(rightsOf({ role, autorisationGestion: true }).sort()).toEqual(['self.contact', 'self.read']);
    }
  });
});
