// "Mot de passe oublié ?" (« Me connecter à Mon Compte »): identifier + channel → code to the registered contact → new
// password. The first answer is the same whether the identifier exists, has that channel, or not (no enumeration): an
// id that
// leads nowhere simply never accepts a code. Setting the new password revokes every session of the person.
//
//   POST /v1/password-resets                  202 PasswordReset (the same one again for a retry with its idempotency key)
//   GET  /v1/password-resets/:id              200 PasswordResetState: where the reset stands (« Réessayer » after a lost answer)
//   POST /v1/password-resets/:id/code/resend  202 PasswordReset (cooldown)
//   POST /v1/password-resets/:id/code/verify  200 { verified: true }
//   PUT  /v1/password-resets/:id/password     204
import { Type, type Static } from 'typebox';
import { Channel, IdempotencyKey, Instant } from './common';

export const PasswordResetInput = Type.Object(
  {
    identifier: Type.String({ maxLength: 32 }),
    channel: Channel,
    /**
     * A random key the kiosk makes for this identifier and channel and sends again when it retries the start (its
     * answer was lost): the retry answers the same reset, and no second code is sent. Without it each start is new.
     */
    idempotencyKey: Type.Optional(IdempotencyKey),
  },
  { additionalProperties: false },
);
export type PasswordResetInput = Static<typeof PasswordResetInput>;

export const PasswordReset = Type.Object({
  id: Type.String(),
  channel: Channel,
  expiresAt: Instant,
  resendAvailableAt: Instant,
});
export type PasswordReset = Static<typeof PasswordReset>;

/**
 * Where a reset stands, for the kiosk that holds its id (a capability: 128+ random bits, never derived from the
 * identifier): « code » until the code is verified, « password » until the new password is saved, « done » after.
 * A reset whose identifier has no account stays at « code » with the same fields, so the state tells no more than
 * the first answer did (no account-existence oracle).
 */
export const ResetStep = Type.Union([Type.Literal('code'), Type.Literal('password'), Type.Literal('done')]);
export type ResetStep = Static<typeof ResetStep>;
export const PasswordResetState = Type.Object({ ...PasswordReset.properties, step: ResetStep });
export type PasswordResetState = Static<typeof PasswordResetState>;

export const CodeVerified = Type.Object({ verified: Type.Literal(true) });
export type CodeVerified = Static<typeof CodeVerified>;
