// One error shape for every failure: { code, message, field? }. A 5xx never carries its message or stack (they go
// to the log only); schema validation names the field; unknown routes are 404 and known paths with another
// method 405, in the same shape.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { HttpError } from '../../errors';

interface AjvIssue {
  instancePath?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** The first schema violation as a field code: `<field>.required`, `<field>.invalid` or `request.unknownField`. */
export function validationError(issues: AjvIssue[], context: string | undefined): HttpError {
  const issue = issues[0] ?? {};
  const path = (issue.instancePath ?? '').split('/').filter(Boolean);
  const where = context === 'querystring' ? 'query' : (context ?? 'body');
  if (issue.keyword === 'required' && typeof issue.params?.missingProperty === 'string') {
    const field = [...path, issue.params.missingProperty].join('.');
    return new HttpError(`${issue.params.missingProperty}.required`, `Missing ${where} field ${field}`, field, 400);
  }
  if (issue.keyword === 'additionalProperties' && typeof issue.params?.additionalProperty === 'string') {
    const field = [...path, issue.params.additionalProperty].join('.');
    return new HttpError('request.unknownField', `Unknown ${where} field ${field}`, field, 400);
  }
  if (path.length === 0) return new HttpError('request.invalid', `The ${where} is not what this route takes`, undefined, 400);
  // Inside a union (anyOf) of literals the last segment is still the field.
  const last = path.filter((p) => !/^\d+$/.test(p)).at(-1) ?? path.at(-1)!;
  return new HttpError(`${last}.invalid`, `Invalid ${where} field ${path.join('.')} (${issue.keyword ?? 'schema'})`, path.join('.'), 400);
}

function toHttpError(error: FastifyError & { validation?: AjvIssue[]; validationContext?: string }): HttpError {
  if (error instanceof HttpError) return error;
  if (error.validation) return validationError(error.validation, error.validationContext);
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new HttpError('request.mediaType', 'Send application/json', undefined, 415);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError('request.tooLarge', 'Request body too large', undefined, 413);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new HttpError('request.invalid', 'The body is not valid JSON', undefined, 400);
  }
  if (error instanceof SyntaxError) return new HttpError('request.invalid', 'The body is not valid JSON', undefined, 400);
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) return new HttpError('request.invalid', 'Bad request', undefined, status);
  return new HttpError('internal', 'Internal error', undefined, 500);
}

export function send(reply: FastifyReply, error: HttpError) {
  return reply.code(error.status).headers(error.headers).type('application/json; charset=utf-8')
    .send({ code: error.code, message: error.message, ...(error.field ? { field: error.field } : {}) });
}

export default fp(async (app) => {
  // An empty body declared as JSON (a POST without payload from some clients) is no body, not a 400. Otherwise the
  // default parser, which refuses __proto__ and constructor poisoning.
  const json = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = String(body);
    if (text.trim() === '') done(null, undefined);
    else json(request, text, done);
  });
  // Every route registered after this plugin (ours, the sandbox's, FranceConnect's), to tell 405 from 404.
  const patterns: Array<{ method: string; regex: RegExp }> = [];
  app.addHook('onRoute', (route) => {
    const escaped = route.url.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    const regex = new RegExp(`^${escaped.replace(/:[a-zA-Z_]+/g, '[^/]+').replace(/\*/g, '.*')}/?$`);
    for (const method of [route.method].flat()) if (method !== 'HEAD' && method !== 'OPTIONS') patterns.push({ method, regex });
  });
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const http = toHttpError(error);
    if (http.status >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: http.code, field: http.field }, 'request refused');
    return send(reply, http);
  });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const allowed = patterns.filter((p) => p.regex.test(path)).map((p) => p.method);
    if (allowed.length > 0 && request.method !== 'OPTIONS') {
      return send(reply, new HttpError('method.notAllowed', `Use ${allowed.join(', ')}`, undefined, 405, { allow: allowed.join(', ') }));
    }
    return send(reply, new HttpError('route.notFound', 'No such route', undefined, 404));
  });
}, { name: 'error-handler' });
