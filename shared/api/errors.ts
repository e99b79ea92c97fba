// The one error shape of the back end, and the codes it uses. The renderer translates `code` (i18n); `message` is a
// plain English hint for logs and developers, never shown to a visitor; `field` names the input concerned (a dotted
// path into the request body, e.g. "lieuNaissance.commune") when there is one.
import { Type, type Static } from 'typebox';

export const ApiError = Type.Object(
  {
    code: Type.String({ description: 'Stable, translatable code (see ERROR_CODES and the domain check codes).' }),
    message: Type.String(),
    field: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type ApiError = Static<typeof ApiError>;

/**
 * Codes of the back end itself. Field checks also return the codes of `shared/domain` (`nir.key`, `password.rules`,
 * `mobile.notMobile`, `birthDate.future`, …) with `field` set.
 *
 * Schema validation of a request (before any domain check) answers 400 with a code built from the field's name:
 * `<field>.required` when it is missing, `<field>.invalid` when it has the wrong type, length or format, and
 * `request.unknownField` for a property the route does not take. `<field>` is the last segment of `field`.
 */
export const ERROR_CODES = {
  // Requests
  'request.invalid': 400, // body/query unusable as a whole (not JSON, not an object)
  'request.unknownField': 400,
  'request.tooLarge': 413,
  'request.mediaType': 415,
  'request.host': 421, // a Host a loopback back end does not serve (DNS rebinding)
  'route.notFound': 404,
  'method.notAllowed': 405,
  'rateLimited': 429, // per-client limit; Retry-After header in seconds
  'internal': 500, // never carries details
  // Resources
  'resource.notFound': 404, // also what a person of another household gets: no difference is visible
  // Sessions and rights
  'auth.required': 401, // no token, unknown, expired or revoked token
  'auth.invalidCredentials': 401, // same answer for an unknown identifier and a wrong password
  'auth.locked': 429, // too many failures for this identifier; Retry-After header in seconds
  'auth.migrationRequired': 403, // a restricted (migration) session on a route of the account space
  'auth.notMigration': 409, // a migration route called with a full session
  'rights.forbidden': 403, // the person's role does not allow this on their own household
  // Account creation
  'flow.notFound': 404, // unknown or expired account-creation / password-reset id
  'flow.step': 409, // a step called before the one it depends on (e.g. password before the code is verified)
  // One answer for an état civil that opens no creation: a NIR the registry does not know, any field that differs from
  // the registry's, or a person who already has an account. No field, no hint of which.
  'etatCivil.unrecognised': 422,
  'reset.done': 409, // the new password of this reset is already saved (a retry after a lost answer): log in with it
  'identityDocument.unknown': 422, // the number is not a valid document of this person in the registry
  'nir.inconsistent': 422, // the NIR does not match civilité / date / place of birth (field says which)
  // Verification codes
  'code.invalid': 422, // wrong code (attempts left decrease)
  'code.expired': 410, // older than 10 minutes, or no live code: ask for a new one
  'code.tooManyAttempts': 429, // 5 wrong tries: ask for a new one
  'code.cooldown': 429, // a new code was asked too soon; Retry-After header in seconds
  // Migration
  'cgu.version': 409, // accepting a version that is not the current one
  'migration.incomplete': 409, // the code is verified but the CGU or the password are still missing
  'migration.done': 409, // this first login is already finished (a retry after a lost answer): log in with the new password
  // Requests for a prestation (shared/api/demandes.ts)
  'demande.sent': 409, // a step saved on a request already sent
  'demande.incomplete': 409, // "Envoyer ma demande" before every step is answered (field: the first step missing)
  'demande.notSent': 409, // the accusé de réception of a request not sent yet
} as const;
export type ErrorCode = keyof typeof ERROR_CODES;
