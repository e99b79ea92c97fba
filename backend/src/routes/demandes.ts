// Requests for a prestation (issue 14; shared/api/demandes.ts): "Mes démarches", the aide au logement's steps,
// "Envoyer ma demande" and the accusé de réception.
import type { FastifyInstance } from 'fastify';
import { define } from './define';

export default async function demandeRoutes(app: FastifyInstance) {
  const { demandes } = app.services;
  define(app, 'demarches', ({ viewer }) => demandes.demarches(viewer));
  define(app, 'demandeStart', ({ viewer, body }) => demandes.start(viewer, body.prestation));
  define(app, 'demandeGet', ({ viewer, params }) => demandes.get(viewer, params.id));
  define(app, 'demandeFoyer', ({ viewer, params, body }) => demandes.saveFoyer(viewer, params.id, body));
  define(app, 'demandeLogement', ({ viewer, params, body }) => demandes.saveLogement(viewer, params.id, body));
  define(app, 'demandeLoyer', ({ viewer, params, body }) => demandes.saveLoyer(viewer, params.id, body));
  define(app, 'demandeRessources', ({ viewer, params, body }) => demandes.saveRessources(viewer, params.id, body));
  define(app, 'demandeBanque', ({ viewer, params, body }) => demandes.saveBanque(viewer, params.id, body));
  define(app, 'demandeEnvoi', ({ viewer, params, body }) => demandes.send(viewer, params.id, body.declarationHonneur));
  define(app, 'accuseReception', ({ viewer, params }) => demandes.accuseReception(viewer, params.id));
}
