// The database as a decorator: opened and migrated at start, seeded in sandbox mode when empty, closed with the app.
// In sandbox mode, the clock's offset is read from it before every request: with the session, in the same query, on
// routes that check one (services/sessions.ts), by itself before any other request.
import fp from 'fastify-plugin';
import { openDatabase, type Db } from '../../db/database';
import { seedIfEmpty } from '../../db/seed';
import { clockOffset } from '../../db/settings';
import { iso } from '../../clock';
import type { ResolvedConfig } from '../../config';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: ResolvedConfig;
  }
}

export default fp<{ config: ResolvedConfig }>(async (app, { config }) => {
  const db = await openDatabase(config.databaseUrl);
  app.decorate('config', config);
  app.decorate('db', db);
  app.addHook('onClose', async () => {
    await db.destroy();
  });
  const sandboxClock = config.sandboxClock;
  if (sandboxClock) {
    // The clock's offset lives in the database (shared by every instance): read it before each request.
    sandboxClock.follow(await clockOffset.read(db));
    app.addHook('onRequest', (request, _reply, done) => {
      // No route (404, 405) reads the time.
      if (request.routeOptions.config.readsClockWithSession || request.is404) return done();
      // A database that does not answer keeps the last offset: the request fails on its own queries, and
      // /v1/health still says why.
      clockOffset.read(db).then((offset) => sandboxClock.follow(offset), () => {}).then(() => done(), done);
    });
  }
  if (config.sandbox) await seedIfEmpty(db, iso(config.clock.now()));
}, { name: 'db' });
