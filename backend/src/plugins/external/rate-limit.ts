// Per-client request limit (per IP). Every route gets the general limit; the routes that check a secret (password,
// code) get the stricter limit (`rateLimited` in shared/api/routes.ts, applied by routes/define.ts). The answer is the house error shape with code `rateLimited`.
import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';
import { HttpError } from '../../errors';

export default fp<{ max: number; timeWindowMs: number }>(async (app, opts) => {
  await app.register(rateLimit, {
    global: true,
    max: opts.max,
    timeWindow: opts.timeWindowMs,
    errorResponseBuilder: (_request, context) =>
      new HttpError('rateLimited', 'Too many requests from this client', undefined, 429, {
        'retry-after': String(Math.max(1, Math.ceil(context.ttl / 1000))),
      }),
  });
}, { name: 'rate-limit' });
