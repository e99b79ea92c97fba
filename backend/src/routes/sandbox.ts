// Sandbox-only routes: registered only in sandbox mode (otherwise they answer 404 route.notFound).
import type { FastifyInstance } from 'fastify';
import { checkEmail, checkMobile } from '../../../shared/domain/contact';
import { practiceIdentities } from '../db/practice-identities';
import { seed } from '../db/seed';
import { clockOffset } from '../db/settings';
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
    await clockOffset.reset(app.db);
    clock.follow(0);
    await seed(app.db, iso(clock.now()));
    return null;
  });
  define(app, 'practiceIdentities', async () => ({ identities: practiceIdentities() }));
  // Every service reads this clock (config.clock), so codes, password resets, sessions and lockouts age with it. The
  // offset is kept in the database: every instance over it moves too.
  define(app, 'clockAdvance', async ({ body }) => {
    clock.follow(await clockOffset.advance(app.db, body.advanceSeconds * 1000));
    return clockState();
  });
}
