import type { FastifyInstance } from 'fastify';
import { define } from './define';

export default async function healthRoutes(app: FastifyInstance) {
  define(app, 'health', () => ({ status: 'ok' as const, sandbox: app.config.sandbox }));
}
