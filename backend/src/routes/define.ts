// Registers a route of the shared table (shared/api/routes.ts): its schemas validate the request, serialise the
// answer and document it in /openapi.json; its `auth` runs before the handler.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ApiError } from '../../../shared/api/errors';
import { routes, type ReplyBody, type RequestBody, type RequestParams, type RequestQuery, type RouteName } from '../../../shared/api/routes';
import type { SessionRow } from '../services/sessions';

export interface Call<R extends RouteName> {
  body: RequestBody<R>;
  params: RequestParams<R>;
  query: RequestQuery<R>;
  /** The live session (routes whose auth is not "none"). */
  session: SessionRow;
  request: FastifyRequest;
  reply: FastifyReply;
}

/**
 * Routes that check a secret (password, code), send one, or match an état civil against the registry (account
 * creation, issue 16) get the stricter per-client limit.
 */
const SENSITIVE = new Set<RouteName>([
  'login', 'creationStart', 'creationEtatCivil', 'creationIdentityDocument', 'resetStart', 'resetCodeResend', 'resetCodeVerify', 'creationContact', 'creationCodeResend', 'creationCodeVerify',
  'migrationContact', 'migrationCodeResend', 'migrationCodeVerify', 'contactChange', 'contactCodeResend', 'contactCodeVerify',
]);

export function define<R extends RouteName>(
  app: FastifyInstance,
  name: R,
  handler: (call: Call<R>) => Promise<ReplyBody<R>> | ReplyBody<R>,
) {
  const spec = routes[name];
  const schema: Record<string, unknown> = {
    summary: spec.summary,
    tags: spec.tags,
    response: { [spec.status]: spec.reply, '4xx': ApiError, '5xx': ApiError },
    ...(spec.auth !== 'none' ? { security: [{ bearer: [] }] } : {}),
  };
  if ('body' in spec) schema.body = spec.body;
  if ('params' in spec) schema.params = spec.params;
  if ('querystring' in spec) schema.querystring = spec.querystring;
  app.route({
    method: spec.method,
    url: spec.url,
    schema,
    ...(SENSITIVE.has(name) ? { config: { rateLimit: { max: app.config.rateLimit.sensitiveMax, timeWindow: app.config.rateLimit.timeWindowMs } } } : {}),
    preValidation: async (request) => {
      await app.authenticate(request, spec.auth);
    },
    handler: async (request, reply) => {
      const result = await handler({
        body: request.body as RequestBody<R>,
        params: request.params as RequestParams<R>,
        query: request.query as RequestQuery<R>,
        session: request.session as SessionRow,
        request,
        reply,
      });
      reply.code(spec.status);
      return spec.status === 204 ? reply.send() : result;
    },
  });
}
