// GET /v1/health: readiness for a load balancer (and the kiosk's agent panel). 200 when the database answers and its
// schema has every migration this code knows; 503 otherwise, with what failed. Registered outside define() because
// its status depends on the answer.
import type { FastifyInstance } from 'fastify';
import { ApiError } from '../../../shared/api/errors';
import { Health, routes } from '../../../shared/api/routes';
import { databaseHealth } from '../db/database';

export default async function healthRoutes(app: FastifyInstance) {
  const spec = routes.health;
  app.route({
    method: spec.method,
    url: spec.url,
    schema: { summary: spec.summary, tags: spec.tags, response: { 200: Health, 503: Health, '4xx': ApiError } },
    handler: async (_request, reply): Promise<Health> => {
      const database = await databaseHealth(app.db);
      const ok = database.reachable && database.schemaUpToDate;
      reply.code(ok ? 200 : 503).header('cache-control', 'no-store');
      return { status: ok ? 'ok' : 'unavailable', sandbox: app.config.sandbox, database };
    },
  });
}
