// Requests for a prestation (shared/api/demandes.ts): the names of the replies and bodies the screens hold, derived
// from the route table (shared/api/routes.ts). The stores call request() with the route's name.
import type { ReplyBody, RequestBody } from '@shared/api/routes';

export type Demande = ReplyBody<'demandeGet'>;
export type Demarches = ReplyBody<'demarches'>;

export type FoyerBody = RequestBody<'demandeFoyer'>;
export type LogementBody = RequestBody<'demandeLogement'>;
export type LoyerBody = RequestBody<'demandeLoyer'>;
export type RessourcesBody = RequestBody<'demandeRessources'>;
export type BanqueBody = RequestBody<'demandeBanque'>;

/** The body of each step of the aide au logement (a PUT of that step's whole answers). */
export interface StepBodies {
  foyer: FoyerBody;
  logement: LogementBody;
  loyer: LoyerBody;
  ressources: RessourcesBody;
  banque: BanqueBody;
}
