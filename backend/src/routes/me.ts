// The person's own account space: who am I, dashboard, payments, separation, contact change.
import type { FastifyInstance } from 'fastify';
import { loadViewer } from '../services/viewer';
import { define } from './define';

export default async function meRoutes(app: FastifyInstance) {
  const { space, contactChange } = app.services;
  define(app, 'me', ({ viewer }) => space.me(viewer));
  define(app, 'dashboard', ({ viewer }) => space.dashboard(viewer));
  define(app, 'payments', ({ viewer }) => space.payments(viewer));
  define(app, 'separation', ({ viewer, body }) => space.declareSeparation(viewer, body));
  define(app, 'contactChange', ({ viewer, body }) => contactChange.request(viewer, body));
  define(app, 'contactCode', ({ viewer }) => contactChange.pending(viewer));
  define(app, 'contactCodeResend', ({ viewer }) => contactChange.resend(viewer));
  define(app, 'contactCodeVerify', async ({ viewer, body }) => {
    await contactChange.verify(viewer, body.code);
    // The contact just changed: the account is read again.
    return space.me(await loadViewer(app.services, viewer.account.id));
  });
}
