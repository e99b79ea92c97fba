// Bearer-token authentication, declared per route by the `auth` of shared/api/routes.ts. The session is checked on
// every request (revocation and expiry apply at once); the person's rights are read fresh by services/viewer.ts.
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { RouteSpec } from '../../../../shared/api/routes';
import { fail } from '../../errors';
import type { SessionRow } from '../../services/sessions';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionRow | null;
  }
  interface FastifyInstance {
    authenticate(request: FastifyRequest, mode: RouteSpec['auth']): Promise<SessionRow | null>;
  }
}

export default fp(async (app) => {
  app.decorateRequest('session', null);
  app.decorate('authenticate', async (request: FastifyRequest, mode: RouteSpec['auth']) => {
    if (mode === 'none') return null;
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header);
    if (!match?.[1]) throw fail('auth.required', 'A bearer token is needed');
    const session = await app.services.sessions.authenticate(match[1]).catch(async (error: unknown) => {
      if (mode === 'migration' && (await app.services.sessions.endedByMigration(match[1]!))) {
        throw fail('migration.done', 'This first login is finished: log in with the new password');
      }
      throw error;
    });
    if (mode === 'full' && session.kind !== 'full') throw fail('auth.migrationRequired', 'Finish the first login first');
    if (mode === 'migration' && session.kind !== 'migration') throw fail('auth.notMigration', 'Only for a first login');
    request.session = session;
    return session;
  });
}, { name: 'auth', dependencies: ['services'] });
