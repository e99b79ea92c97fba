// The sandbox back end as a Fastify plugin factory: tests build it without listening (server.ts listens).
import Fastify, { type FastifyInstance } from 'fastify';

export interface BackendOptions {
  sandbox: boolean;
  logger?: boolean;
}

export async function buildApp(options: BackendOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false });
  app.get('/v1/health', () => ({ status: 'ok', sandbox: options.sandbox }));
  await app.ready();
  return app;
}
