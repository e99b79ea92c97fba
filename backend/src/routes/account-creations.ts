// J1 account creation (shared/api/account-creation.ts).
import type { FastifyInstance } from 'fastify';
import { define } from './define';

export default async function accountCreationRoutes(app: FastifyInstance) {
  const flows = app.services.creation;
  define(app, 'creationStart', ({ body }) => flows.start(body));
  define(app, 'creationGet', ({ params }) => flows.view(params.id));
  define(app, 'creationEtatCivil', ({ params, body }) => flows.setEtatCivil(params.id, body));
  define(app, 'creationIdentityDocument', ({ params, body }) => flows.setIdentityDocument(params.id, body));
  define(app, 'creationContact', ({ params, body }) => flows.setContact(params.id, body));
  define(app, 'creationCodeResend', ({ params }) => flows.resend(params.id));
  define(app, 'creationCodeVerify', ({ params, body }) => flows.verify(params.id, body.code));
  define(app, 'creationPassword', ({ params, body }) => flows.setPassword(params.id, body.password, body.confirmation));
  define(app, 'creationComplete', ({ params }) => flows.complete(params.id));
}
