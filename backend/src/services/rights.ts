// Every right of the account space, decided here and only here (issue 7; « Créer mon espace Mon Compte » "Si mon
// conjoint est le responsable du dossier et qu'il m'a donné une autorisation de gestion, j'ai les mêmes
// fonctionnalités…"; « Depuis ce 9/10/2021, la connexion … est facilitée »). Read from the database at every request: a
// withdrawn autorisation applies to the very next request.
import type { Right, Role } from '../../../shared/api';

export interface Subject {
  role: Role;
  autorisationGestion: boolean;
}

const SELF: Right[] = ['self.read', 'self.contact'];

const BY_ROLE: Record<Role, (s: Subject) => Right[]> = {
  // The responsable du dossier: everything on the household's file, a separation included (issue 7: "everything").
  responsable: () => [...SELF, 'household.read', 'prestation.request', 'demarches.read', 'autorisation.manage', 'separation.declare'],
  // A conjoint with autorisation de gestion has the responsable's features and services (not the granting itself);
  // any conjoint of the responsable may declare a separation. Without the autorisation, "le conjoint sans délégation
  // aura un accès limité aux demandes de prestations" (the Caf's page on the new Mon Compte authentication): he sees
  // the household's requests and their status in "Mes démarches", but neither starts, resumes nor reads one.
  conjoint: (s) => s.autorisationGestion
    ? [...SELF, 'household.read', 'prestation.request', 'demarches.read', 'separation.declare']
    : [...SELF, 'demarches.read', 'separation.declare'],
  // Child over 15 and other dependent person: their own data and contact details only.
  enfant: () => [...SELF],
  'personne-a-charge': () => [...SELF],
  // No allocataire household (a new applicant, who just created Mon Compte): their own data, and asking for a
  // prestation; sending the first request opens the household's file (services/demandes.ts).
  aucun: () => [...SELF, 'prestation.request', 'demarches.read'],
};

export const rightsOf = (subject: Subject): Right[] => BY_ROLE[subject.role](subject);
export const can = (subject: Subject, right: Right): boolean => rightsOf(subject).includes(right);
