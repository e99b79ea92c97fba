// Requests for a prestation (issue 14; shared/api/demandes.ts): "Mes démarches", the aide au logement's steps,
// "Envoyer ma demande" and the accusé de réception.
import type { FastifyInstance } from 'fastify';
import { loadViewer } from '../services/viewer';
import { define } from './define';

export default async function demandeRoutes(app: FastifyInstance) {
  const { demandes } = app.services;
  const viewer = (accountId: string) => loadViewer(app.services, accountId);
  define(app, 'demarches', async ({ session }) => demandes.demarches(await viewer(session.accountId)));
  define(app, 'demandeStart', async ({ session, body }) => demandes.start(await viewer(session.accountId), body.prestation));
  define(app, 'demandeGet', async ({ session, params }) => demandes.get(await viewer(session.accountId), params.id));
  define(app, 'demandeFoyer', async ({ session, params, body }) => demandes.saveFoyer(await viewer(session.accountId), params.id, body));
  define(app, 'demandeLogement', async ({ session, params, body }) => demandes.saveLogement(await viewer(session.accountId), params.id, body));
  define(app, 'demandeLoyer', async ({ session, params, body }) => demandes.saveLoyer(await viewer(session.accountId), params.id, body));
  define(app, 'demandeRessources', async ({ session, params, body }) => demandes.saveRessources(await viewer(session.accountId), params.id, body));
  define(app, 'demandeBanque', async ({ session, params, body }) => demandes.saveBanque(await viewer(session.accountId), params.id, body));
  define(app, 'demandeEnvoi', async ({ session, params, body }) => demandes.send(await viewer(session.accountId), params.id, body.declarationHonneur));
  define(app, 'accuseReception', async ({ session, params }) => demandes.accuseReception(await viewer(session.accountId), params.id));
}
