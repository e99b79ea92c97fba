// The sandbox back end as an app factory: tests build it without listening (server.ts listens). Plugins in the
// order of fastify/demo: external (CORS, rate limit, OpenAPI) → app (errors, database, services, auth) → routes.
import Fastify, { type FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { resolveConfig, type BackendOptions } from './config';
import { loggerOptions } from './logger';
import { franceconnect } from './franceconnect';
import { backendPorts } from './franceconnect/adapters';
import cors from './plugins/external/cors';
import rateLimit from './plugins/external/rate-limit';
import swagger from './plugins/external/swagger';
import auth from './plugins/app/auth';
import db from './plugins/app/db';
import errorHandler from './plugins/app/error-handler';
import noStore from './plugins/app/no-store';
import servedHosts from './plugins/app/served-hosts';
import services from './plugins/app/services';
import accountCreationRoutes from './routes/account-creations';
import demandeRoutes from './routes/demandes';
import healthRoutes from './routes/health';
import householdRoutes from './routes/household';
import meRoutes from './routes/me';
import migrationRoutes from './routes/migration';
import passwordResetRoutes from './routes/password-resets';
import sandboxRoutes from './routes/sandbox';
import sessionRoutes from './routes/sessions';

export type { BackendOptions };

export async function buildApp(options: BackendOptions): Promise<FastifyInstance> {
  const config = resolveConfig(options);
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: 64 * 1024,
    // request.ip (the per-client limit's key) is the socket's peer, or the client named by X-Forwarded-For only when
    // that peer is one of the configured reverse proxies (TRUST_PROXY): never a header any client can write.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    // Types are checked as sent: no coercion of a number into a string, no silent removal of unknown fields.
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(noStore); // first: every answer, the CORS preflight, 404 and 429 included
  await app.register(servedHosts, { hosts: config.servedHosts }); // before CORS, rate limit and routes
  await app.register(cors, { origins: config.corsOrigins });
  await app.register(rateLimit, { max: config.rateLimit.max, timeWindowMs: config.rateLimit.timeWindowMs });
  await app.register(swagger);

  await app.register(errorHandler);
  await app.register(db, { config });
  await app.register(services);
  await app.register(auth);

  await app.register(healthRoutes);
  await app.register(accountCreationRoutes);
  await app.register(sessionRoutes);
  await app.register(migrationRoutes);
  await app.register(passwordResetRoutes);
  await app.register(meRoutes);
  await app.register(householdRoutes);
  await app.register(demandeRoutes);
  if (config.sandbox) await app.register(sandboxRoutes);
  // FranceConnect (issue 5): the simulator under /franceconnect in sandbox mode, and /v1/franceconnect/*.
  // With a real FranceConnect configured (FRANCECONNECT_*), the sandbox uses it instead of its simulator.
  await app.register(franceconnect, {
    sandbox: config.sandbox, publicUrl: config.publicUrl, ...backendPorts(app), now: () => config.clock.now(),
    returnToOrigins: config.kioskOrigins,
    ...(config.franceconnect ? { provider: config.franceconnect } : {}),
  });

  await app.ready();
  return app as unknown as FastifyInstance;
}
