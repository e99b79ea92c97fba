// "Mot de passe oublié ?" (shared/api/password-reset.ts).
import type { FastifyInstance } from 'fastify';
import { define } from './define';

export default async function passwordResetRoutes(app: FastifyInstance) {
  const reset = app.services.reset;
  define(app, 'resetStart', ({ body }) => reset.start(body.identifier, body.channel, body.idempotencyKey));
  define(app, 'resetGet', ({ params }) => reset.state(params.id));
  define(app, 'resetCodeResend', ({ params }) => reset.resend(params.id));
  define(app, 'resetCodeVerify', async ({ params, body }) => {
    await reset.verify(params.id, body.code);
    return { verified: true as const };
  });
  define(app, 'resetPassword', async ({ params, body }) => {
    await reset.setPassword(params.id, body.password, body.confirmation);
    return null;
  });
}
