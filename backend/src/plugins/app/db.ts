// The database as a decorator: opened and migrated at start, seeded in sandbox mode when empty, closed with the app.
import fp from 'fastify-plugin';
import { openDatabase, type Db } from '../../db/database';
import { seedIfEmpty } from '../../db/seed';
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
  if (config.sandbox) await seedIfEmpty(db, iso(config.clock.now()));
}, { name: 'db' });
