// J2 "Se connecter" (« Me connecter à Mon Compte » and « Comment je fais pour me connecter … sur mon mobile ? »). POST
// /v1/sessions answers the same for an unknown identifier and a wrong password (401 auth.invalidCredentials), and 429
// auth.locked (Retry-After) after repeated failures.
//
//   POST   /v1/sessions            log in → a new token (a fresh one at every login)
//   GET    /v1/sessions/current    the session behind the bearer token
//   DELETE /v1/sessions/current    "Déconnexion": the token is revoked (204)
//
// Every authenticated route takes `Authorization: Bearer <token>`.
import { Type, type Static } from 'typebox';
import { Instant } from './common';

export const LoginInput = Type.Object(
  {
    /** 13 characters of the NIR (spaces allowed) or a provisional identifier. */
    identifier: Type.String({ maxLength: 32 }),
    password: Type.String({ maxLength: 128 }),
  },
  { additionalProperties: false },
);
export type LoginInput = Static<typeof LoginInput>;

/**
 * `full`: the account space. `migration`: a migrated allocataire's first login (« Comment je fais pour me connecter …
 * sur mon mobile ? »); it may only call the /v1/migration routes until the CGU, the new password and the contact are
 * done, which gives a full session.
 */
export const SessionKind = Type.Union([Type.Literal('full'), Type.Literal('migration')]);
export type SessionKind = Static<typeof SessionKind>;

export const Session = Type.Object({
  token: Type.String({ description: 'Opaque bearer token; keep it in memory only' }),
  kind: SessionKind,
  /** Absolute end of the session. */
  expiresAt: Instant,
  /** The session ends after this many seconds without a request. */
  idleTimeoutSeconds: Type.Integer(),
});
export type Session = Static<typeof Session>;

export const CurrentSession = Type.Object({
  kind: SessionKind,
  expiresAt: Instant,
  idleExpiresAt: Instant,
});
export type CurrentSession = Static<typeof CurrentSession>;
