// Every right of the account space, decided here and only here (issue 7; seed 001 "Si mon conjoint est le
// responsable du dossier et qu'il m'a donné une autorisation de gestion, j'ai les mêmes fonctionnalités…"; seed 002).
// Read from the database at every request: a withdrawn autorisation applies to the very next request.
import type { Right, Role } from '../../../shared/api';

export interface Subject {
  role: Role;
  autorisationGestion: boolean;
}

const SELF: Right[] = ['self.read', 'self.contact'];

const BY_ROLE: Record<Role, (s: Subject) => Right[]> = {
  // The responsable du dossier: everything on the household's file, a separation included (issue 7: "everything").
  responsable: () => [...SELF, 'household.read', 'prestation.request', 'autorisation.manage', 'separation.declare'],
  // A conjoint with autorisation de gestion has the responsable's features and services (not the granting itself);
  // any conjoint of the responsable may declare a separation.
  conjoint: (s) => s.autorisationGestion
    ? [...SELF, 'household.read', 'prestation.request', 'separation.declare']
    : [...SELF, 'separation.declare'],
  // Child over 15 and other dependent person: their own data and contact details only.
  enfant: () => [...SELF],
  'personne-a-charge': () => [...SELF],
  // No allocataire household (a new applicant): their own data, and asking for a prestation.
  aucun: () => [...SELF, 'prestation.request'],
};

export const rightsOf = (subject: Subject): Right[] => BY_ROLE[subject.role](subject);
export const can = (subject: Subject, right: Right): boolean => rightsOf(subject).includes(right);
