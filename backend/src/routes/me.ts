// The person's own account space: who am I, dashboard, payments, separation, contact change.
import type { FastifyInstance } from 'fastify';
import { loadViewer } from '../services/viewer';
import { define } from './define';

export default async function meRoutes(app: FastifyInstance) {
  const { space, contactChange } = app.services;
  const viewer = (accountId: string) => loadViewer(app.services, accountId);
  define(app, 'me', async ({ session }) => space.me(await viewer(session.accountId)));
  define(app, 'dashboard', async ({ session }) => space.dashboard(await viewer(session.accountId)));
  define(app, 'payments', async ({ session }) => space.payments(await viewer(session.accountId)));
  define(app, 'separation', async ({ session, body }) => space.declareSeparation(await viewer(session.accountId), body));
  define(app, 'contactChange', async ({ session, body }) => contactChange.request(await viewer(session.accountId), body));
  define(app, 'contactCode', async ({ session }) => contactChange.pending(await viewer(session.accountId)));
  define(app, 'contactCodeResend', async ({ session }) => contactChange.resend(await viewer(session.accountId)));
  define(app, 'contactCodeVerify', async ({ session, body }) => {
    await contactChange.verify(await viewer(session.accountId), body.code);
    return space.me(await viewer(session.accountId));
  });
}
