// The household's documents and members (issue 7): attestations, courriers, members, autorisation de gestion.
import type { FastifyInstance } from 'fastify';
import { loadViewer } from '../services/viewer';
import { define } from './define';

export default async function householdRoutes(app: FastifyInstance) {
  const { space } = app.services;
  const viewer = (accountId: string) => loadViewer(app.services, accountId);
  define(app, 'attestation', async ({ session, params }) => space.attestation(await viewer(session.accountId), params.id));
  define(app, 'courrier', async ({ session, params }) => space.courrier(await viewer(session.accountId), params.id));
  define(app, 'household', async ({ session }) => space.household(await viewer(session.accountId)));
  define(app, 'autorisation', async ({ session, params, body }) =>
    space.setAutorisation(await viewer(session.accountId), params.id, body.granted));
}
