// J1 account creation (shared/api/account-creation.ts).
import type { FastifyInstance } from 'fastify';
import { define } from './define';

/**
 * The Caf the kiosk stands in, as the kiosk names it (X-Kiosk-Site, percent-encoded), for the message telling a
 * household that an account was created. Only letters, digits, spaces, hyphens and apostrophes, 60 at most; anything
 * else is left out rather than written into a message.
 */
export function kioskSite(header: string | string[] | undefined): string | null {
  if (typeof header !== 'string') return null;
  let text: string;
  try {
    text = decodeURIComponent(header).normalize('NFC').trim();
  } catch {
    return null;
  }
  return /^[\p{L}\p{N}][\p{L}\p{N} '’-]{0,59}$/u.test(text) ? text : null;
}

export default async function accountCreationRoutes(app: FastifyInstance) {
  const flows = app.services.creation;
  define(app, 'creationStart', ({ body: { idempotencyKey, ...etatCivil } }) => flows.start(etatCivil, idempotencyKey));
  define(app, 'creationGet', ({ params }) => flows.view(params.id));
  define(app, 'creationEtatCivil', ({ params, body }) => flows.setEtatCivil(params.id, body));
  define(app, 'creationIdentityDocument', ({ params, body }) => flows.setIdentityDocument(params.id, body));
  define(app, 'creationContact', ({ params, body }) => flows.setContact(params.id, body));
  define(app, 'creationCodeResend', ({ params }) => flows.resend(params.id));
  define(app, 'creationCodeVerify', ({ params, body }) => flows.verify(params.id, body.code));
  define(app, 'creationPassword', ({ params, body }) => flows.setPassword(params.id, body.password, body.confirmation));
  define(app, 'creationComplete', ({ params, request }) => flows.complete(params.id, kioskSite(request.headers['x-kiosk-site'])));
}
