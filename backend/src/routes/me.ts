// The person's own account space: who am I, dashboard, payments, separation, contact change.
import type { FastifyInstance } from 'fastify';
import { loadIdentity } from '../services/viewer';
import { define } from './define';

export default async function meRoutes(app: FastifyInstance) {
  const { space, contactChange } = app.services;
  // Who the person is: read for this route only (the session check holds ids, household and role).
  define(app, 'me', async ({ viewer }) => space.me(await loadIdentity(app.services, viewer.account.id)));
  define(app, 'dashboard', ({ viewer }) => space.dashboard(viewer));
  define(app, 'payments', ({ viewer }) => space.payments(viewer));
  define(app, 'separation', ({ viewer, body }) => space.declareSeparation(viewer, body));
  define(app, 'contactChange', ({ viewer, body }) => contactChange.request(viewer, body));
  define(app, 'contactCode', ({ viewer }) => contactChange.pending(viewer));
  define(app, 'contactCodeResend', ({ viewer }) => contactChange.resend(viewer));
  define(app, 'contactCodeVerify', async ({ viewer, body }) => {
    await contactChange.verify(viewer, body.code);
    // The contact just changed: the account is read again.
    return space.me(await loadIdentity(app.services, viewer.account.id));
  });
}
