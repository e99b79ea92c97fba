// The household's documents and members (issue 7): attestations, courriers, members, autorisation de gestion.
import type { FastifyInstance } from 'fastify';
import { define } from './define';

export default async function householdRoutes(app: FastifyInstance) {
  const { space } = app.services;
  define(app, 'attestation', ({ viewer, params }) => space.attestation(viewer, params.id));
  define(app, 'courrier', ({ viewer, params }) => space.courrier(viewer, params.id));
  define(app, 'household', ({ viewer }) => space.household(viewer));
  define(app, 'autorisation', ({ viewer, params, body }) =>
    space.setAutorisation(viewer, params.id, body.granted));
}
