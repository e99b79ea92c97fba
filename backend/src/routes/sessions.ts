// J2 log in / log out (shared/api/sessions.ts).
import type { FastifyInstance } from 'fastify';
import { define } from './define';

export default async function sessionRoutes(app: FastifyInstance) {
  const { login, sessions } = app.services;
  define(app, 'login', ({ body }) => login.login(body.identifier, body.password));
  define(app, 'sessionGet', ({ session }) => ({
    kind: session.kind, expiresAt: session.expiresAt, idleExpiresAt: sessions.idleExpiresAt(session),
  }));
  define(app, 'logout', async ({ session }) => {
    await sessions.revoke(session.id);
    return null;
  });
}
