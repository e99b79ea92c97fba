// Registers a route of the shared table (shared/api/routes.ts): its schemas validate the request, serialise the
// answer and document it in /openapi.json; its `auth` runs before the handler.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../../../shared/api/errors';
import {
  routes, type ReplyBody, type RequestBody, type RequestParams, type RequestQuery, type RouteName, type RouteSpec,
} from '../../../shared/api/routes';
import type { SessionRow } from '../services/sessions';
import type { Viewer } from '../services/viewer';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * The route checks a bearer session, whose query also reads the sandbox clock's offset (services/sessions.ts):
     * the database plugin does not read it again before the request (plugins/app/db.ts).
     */
    readsClockWithSession?: boolean;
  }
}

export interface Call<R extends RouteName> {
  body: RequestBody<R>;
  params: RequestParams<R>;
  query: RequestQuery<R>;
  /** The live session (routes whose auth is not "none"). */
  session: SessionRow;
  /** Its account and person, read with it (routes whose auth is not "none"). */
  viewer: Viewer;
  request: FastifyRequest;
  reply: FastifyReply;
}

export function define<R extends RouteName>(
  app: FastifyInstance,
  name: R,
  handler: (call: Call<R>) => Promise<ReplyBody<R>> | ReplyBody<R>,
) {
  const spec: RouteSpec = routes[name];
  app.route({
    method: spec.method,
    url: spec.url,
    schema: routeSchema(name),
    config: {
      readsClockWithSession: spec.auth !== 'none',
      // Routes that check a secret (password, code) or send one get the stricter per-client limit.
      ...(spec.rateLimited ? { rateLimit: { max: app.config.rateLimit.sensitiveMax, timeWindow: app.config.rateLimit.timeWindowMs } } : {}),
    },
    preValidation: async (request) => {
      await app.authenticate(request, spec.auth);
    },
    handler: async (request, reply) => {
      const result = await handler({
        body: request.body as RequestBody<R>,
        params: request.params as RequestParams<R>,
        query: request.query as RequestQuery<R>,
        session: request.session as SessionRow,
        viewer: request.viewer as Viewer,
        request,
        reply,
      });
      reply.code(spec.status);
      return spec.status === 204 ? reply.send() : result;
    },
  });
}

/** The Fastify schema of a route of the table: validation, serialisation and its /openapi.json entry. */
export function routeSchema(name: RouteName): Record<string, unknown> {
  const spec: RouteSpec = routes[name];
  return {
    summary: spec.summary,
    tags: spec.tags,
    response: { [spec.status]: spec.reply, '4xx': ApiError, '5xx': ApiError },
    ...(spec.auth !== 'none' ? { security: [{ bearer: [] }] } : {}),
    ...(spec.body ? { body: spec.body } : {}),
    ...(spec.params ? { params: spec.params } : {}),
    ...(spec.querystring ? { querystring: spec.querystring } : {}),
  };
}
