// Sandbox-only routes: registered only in sandbox mode (otherwise they answer 404 route.notFound).
import type { FastifyInstance } from 'fastify';
import { seed } from '../db/seed';
import { iso } from '../clock';
import { define } from './define';

export default async function sandboxRoutes(app: FastifyInstance) {
  define(app, 'outbox', async ({ query }) => {
    const to = query.to.trim();
    const rows = await app.db.selectFrom('outbox').selectAll().where('to', '=', to).orderBy('seq', 'desc').limit(50).execute();
    return { messages: rows.map(({ seq: _seq, ...m }) => m) };
  });
  define(app, 'reset', async () => {
    await seed(app.db, iso(app.config.clock.now()));
    return null;
  });
}
