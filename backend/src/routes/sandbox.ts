// Sandbox-only routes: registered only in sandbox mode (otherwise they answer 404 route.notFound).
import type { FastifyInstance } from 'fastify';
import { checkEmail, checkMobile } from '../../../shared/domain/contact';
import { seed } from '../db/seed';
import { iso } from '../clock';
import { define } from './define';

export default async function sandboxRoutes(app: FastifyInstance) {
  define(app, 'outbox', async ({ query }) => {
    // Addresses are stored as verified (E.164 mobile, e-mail with its domain in lower case); accept them as typed too,
    // including "+33…" whose "+" an unencoded query string turns into a space.
    const raw = /^ \d{6,}$/.test(query.to) ? `+${query.to.slice(1)}` : query.to.trim();
    const mobile = checkMobile(raw);
    const email = checkEmail(raw);
    const to = mobile.ok ? mobile.value.e164 : email.ok ? email.value : raw;
    const rows = await app.db.selectFrom('outbox').selectAll().where('to', '=', to).orderBy('seq', 'desc').limit(50).execute();
    return { messages: rows.map(({ id, channel, to: address, subject, body, code, sentAt }) => ({ id, channel, to: address, subject, body, code, sentAt })) };
  });
  const clock = app.config.sandboxClock!; // registered in sandbox mode only, where it exists
  const clockState = () => ({ now: iso(clock.now()), offsetSeconds: clock.offset / 1000 });
  define(app, 'reset', async () => {
    clock.reset();
    await seed(app.db, iso(clock.now()));
    return null;
  });
  // Every service reads this clock (config.clock), so codes, password resets, sessions and lockouts age with it.
  define(app, 'clockAdvance', ({ body }) => {
    clock.advance(body.advanceSeconds * 1000);
    return clockState();
  });
}
