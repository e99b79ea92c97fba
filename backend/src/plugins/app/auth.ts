// Bearer-token authentication, declared per route by the `auth` of shared/api/routes.ts. The session is checked on
// every request (revocation and expiry apply at once), and the person's account and rights are read fresh with it, in
// the same query (services/sessions.ts): `request.viewer`.
import type { FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { RouteSpec } from '../../../../shared/api/routes';
import { fail } from '../../errors';
import type { SessionRow } from '../../services/sessions';
import { viewerOf, type Viewer } from '../../services/viewer';

declare module 'fastify' {
  interface FastifyRequest {
    session: SessionRow | null;
    viewer: Viewer | null;
  }
  interface FastifyInstance {
    authenticate(request: FastifyRequest, mode: RouteSpec['auth']): Promise<SessionRow | null>;
  }
}

export default fp(async (app) => {
  app.decorateRequest('session', null);
  app.decorateRequest('viewer', null);
  app.decorate('authenticate', async (request: FastifyRequest, mode: RouteSpec['auth']) => {
    if (mode === 'none') return null;
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_-]{16,128})$/.exec(header);
    if (!match?.[1]) throw fail('auth.required', 'A bearer token is needed');
    const live = await app.services.sessions.authenticate(match[1]).catch(async (error: unknown) => {
      if (mode === 'migration' && (await app.services.sessions.endedByMigration(match[1]!))) {
        throw fail('migration.done', 'This first login is finished: log in with the new password');
      }
      throw error;
    });
    const { session } = live;
    if (mode === 'full' && session.kind !== 'full') throw fail('auth.migrationRequired', 'Finish the first login first');
    if (mode === 'migration' && session.kind !== 'migration') throw fail('auth.notMigration', 'Only for a first login');
    request.session = session;
    request.viewer = viewerOf(live.account, live.person);
    return session;
  });
}, { name: 'auth', dependencies: ['services'] });
