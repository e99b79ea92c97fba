// Requests for a prestation (shared/api/demandes.ts): "Mes démarches", the aide au logement's steps, "Envoyer ma
// demande", the accusé de réception. Typed over request(); the back end keeps every answer.
import type { ReplyBody, RequestBody } from '@shared/api/routes';
import { request } from './request';

export type Demande = ReplyBody<'demandeGet'>;
export type Demarches = ReplyBody<'demarches'>;
export type AccuseReception = ReplyBody<'accuseReception'>;
export type FoyerBody = RequestBody<'demandeFoyer'>;
export type LogementBody = RequestBody<'demandeLogement'>;
export type LoyerBody = RequestBody<'demandeLoyer'>;
export type RessourcesBody = RequestBody<'demandeRessources'>;
export type BanqueBody = RequestBody<'demandeBanque'>;

export interface StepBodies {
  foyer: FoyerBody;
  logement: LogementBody;
  loyer: LoyerBody;
  ressources: RessourcesBody;
  banque: BanqueBody;
}

/** One typed call per step (a PUT of that step's whole answers). */
const saveStep: { [S in keyof StepBodies]: (id: string, body: StepBodies[S]) => Promise<Demande> } = {
  foyer: (id, body) => request('demandeFoyer', { params: { id }, body }),
  logement: (id, body) => request('demandeLogement', { params: { id }, body }),
  loyer: (id, body) => request('demandeLoyer', { params: { id }, body }),
  ressources: (id, body) => request('demandeRessources', { params: { id }, body }),
  banque: (id, body) => request('demandeBanque', { params: { id }, body }),
};

export const demandesApi = {
  demarches: () => request('demarches'),
  start: () => request('demandeStart', { body: { prestation: 'aide-logement' } }),
  get: (id: string) => request('demandeGet', { params: { id } }),
  save: <S extends keyof StepBodies>(id: string, step: S, body: StepBodies[S]) => saveStep[step](id, body),
  send: (id: string) => request('demandeEnvoi', { params: { id }, body: { declarationHonneur: true } }),
  accuse: (id: string) => request('accuseReception', { params: { id } }),
};
