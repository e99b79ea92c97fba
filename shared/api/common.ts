// Building blocks of the wire contract. Field formats are checked by the shared domain rules on the server (so the
// error codes are the domain's, e.g. `nir.key`); the schemas here only bound types and lengths.
import { Type, type Static } from 'typebox';

/**
 * A random key the kiosk makes for a start and sends again when it retries it (its answer was lost): the retry
 * answers what the first call made instead of making a second one (issue 17).
 */
export const IdempotencyKey = Type.String({ minLength: 16, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' });

/** Any free-text input: bounded so that nothing huge reaches a check. */
export const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) });

/** ISO 8601 instant (UTC), e.g. "2026-11-22T13:05:00.000Z". */
export const Instant = Type.String({ format: 'date-time' });
/** Calendar day "YYYY-MM-DD" (the renderer shows it JJ/MM/AAAA). */
export const Day = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const Civilite = Type.Union([Type.Literal('MADAME'), Type.Literal('MONSIEUR')]);
export type Civilite = Static<typeof Civilite>;

/** Where a code is sent: SMS to a mobile, or e-mail. */
export const Channel = Type.Union([Type.Literal('sms'), Type.Literal('email')]);
export type Channel = Static<typeof Channel>;

/** Birth place as typed: France (département + commune INSEE code) or abroad (country INSEE code 99xxx). */
export const BirthPlaceInput = Type.Object(
  {
    kind: Type.Union([Type.Literal('france'), Type.Literal('etranger')]),
    departement: Type.Optional(Text(3)),
    commune: Type.Optional(Text(5)),
    pays: Type.Optional(Text(5)),
  },
  { additionalProperties: false },
);
export type BirthPlaceInput = Static<typeof BirthPlaceInput>;

export const BirthPlace = Type.Object({
  kind: Type.Union([Type.Literal('france'), Type.Literal('etranger')]),
  departement: Type.Optional(Type.String()),
  commune: Type.Optional(Type.String()),
  pays: Type.Optional(Type.String()),
});
export type BirthPlace = Static<typeof BirthPlace>;

/** A password and its confirmation (rules: shared/domain/password.ts, codes password.* and confirmation.mismatch). */
export const NewPassword = Type.Object(
  { password: Text(128), confirmation: Text(128) },
  { additionalProperties: false },
);
export type NewPassword = Static<typeof NewPassword>;

/** A 6-digit verification code as typed (codes code.required / code.format, then code.invalid …). */
export const CodeInput = Type.Object({ code: Text(16) }, { additionalProperties: false });
export type CodeInput = Static<typeof CodeInput>;

/** A contact to verify: the value typed twice (« Créer mon espace Mon Compte » "Confirmer le numéro de téléphone portable"). */
export const ContactInput = Type.Object(
  { channel: Channel, value: Text(254), confirmation: Text(254) },
  { additionalProperties: false },
);
export type ContactInput = Static<typeof ContactInput>;

/** Where the last code went and what the visitor may do next. `destination` is the contact the visitor typed. */
export const CodeChallenge = Type.Object({
  channel: Channel,
  destination: Type.String({ description: 'E.164 mobile or e-mail address, as verified' }),
  sentAt: Instant,
  expiresAt: Instant,
  resendAvailableAt: Instant,
  attemptsLeft: Type.Integer({ minimum: 0, maximum: 5 }),
});
export type CodeChallenge = Static<typeof CodeChallenge>;

export const IdParam = Type.Object({ id: Type.String({ maxLength: 64 }) });
export type IdParam = Static<typeof IdParam>;

/** Identifier kinds: the NIR's first 13 characters, or a provisional identifier given by Mon Compte. */
export const IdentifierKind = Type.Union([Type.Literal('nir'), Type.Literal('provisional')]);
export type IdentifierKind = Static<typeof IdentifierKind>;
