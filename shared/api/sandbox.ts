// Sandbox-only routes (answer 404 route.notFound unless the back end runs in sandbox mode).
//
//   GET  /sandbox/outbox?to=ADDRESS   SMS and e-mails "sent", newest first, with the code
//   POST /sandbox/reset               restores the seed data and puts the clock back (204)
//   POST /sandbox/clock               moves the back end's clock forward {advanceSeconds} (code expiry, sessions, lockout)
//   GET  /sandbox/practice-identities the workshop's practice identities: who to be, and what to type
import { Type, type Static } from 'typebox';
import { Channel, Instant } from './common';

export const OutboxQuery = Type.Object(
  { to: Type.String({ maxLength: 254, description: 'E.164 mobile (+33612345678) or e-mail address' }) },
  { additionalProperties: false },
);
export type OutboxQuery = Static<typeof OutboxQuery>;

export const OutboxMessage = Type.Object({
  id: Type.String(),
  channel: Channel,
  to: Type.String(),
  subject: Type.String(),
  body: Type.String(),
  code: Type.Union([Type.String(), Type.Null()]),
  sentAt: Instant,
});
export type OutboxMessage = Static<typeof OutboxMessage>;

export const Outbox = Type.Object({ messages: Type.Array(OutboxMessage) });
export type Outbox = Static<typeof Outbox>;

/**
 * At most a day per call: enough to pass every delay of the back end (code 10 min, session 2 h, lockout 15 min,
 * failures forgotten after 1 h) in one call, while a typo (milliseconds for seconds) is refused rather than obeyed.
 */
export const MAX_CLOCK_ADVANCE_SECONDS = 86_400;

export const ClockAdvanceInput = Type.Object(
  {
    advanceSeconds: Type.Integer({
      minimum: 1, maximum: MAX_CLOCK_ADVANCE_SECONDS, description: 'Seconds to move the clock forward (never back)',
    }),
  },
  { additionalProperties: false },
);
export type ClockAdvanceInput = Static<typeof ClockAdvanceInput>;

export const SandboxClockState = Type.Object({
  now: Instant,
  offsetSeconds: Type.Number({ minimum: 0, description: 'How far ahead of the real time the sandbox now runs' }),
});
export type SandboxClockState = Static<typeof SandboxClockState>;

/**
 * What a workshop participant types, field by field, in the seeds' order. The kiosk labels each field in the
 * visitor's language (the words of its own screens); the values are the sandbox's seed data.
 */
export const PracticeField = Type.Union([
  Type.Literal('allocataireNumber'), // the former identifier, to rehearse the "AVANT / MAINTENANT" explanation
  Type.Literal('nir'),
  Type.Literal('password'),
  Type.Literal('oldPassword'), // the 8 digits of a migrated allocataire's first login
  Type.Literal('hasNir'), // "Vous possédez un numéro de Sécurité sociale ?"
  Type.Literal('civilite'),
  Type.Literal('nomNaissance'),
  Type.Literal('prenoms'),
  Type.Literal('dateNaissance'),
  Type.Literal('paysNaissance'),
  Type.Literal('titreSejour'),
]);
export type PracticeField = Static<typeof PracticeField>;

/** One practice identity of the workshop (issue 14): a journey to rehearse with the sandbox's data, never real data. */
export const PracticeIdentity = Type.Object({
  kind: Type.Union([
    Type.Literal('allocataire'), // logs in, sees the account space, asks for the aide au logement
    Type.Literal('migrated'), // first login of a migrated allocataire (« Comment je fais pour me connecter … sur mon mobile ? »)
    Type.Literal('conjoint'), // a conjoint without autorisation de gestion: the limited access (« Depuis ce 9/10/2021, la connexion … est facilitée »)
    Type.Literal('newcomer'), // creates Mon Compte without a NIR and gets a provisional identifier (« Créer mon espace Mon Compte »)
  ]),
  name: Type.String({ description: 'PRENOM NOM' }),
  toType: Type.Array(Type.Object({ field: PracticeField, value: Type.String() })),
});
export type PracticeIdentity = Static<typeof PracticeIdentity>;

export const PracticeIdentities = Type.Object({ identities: Type.Array(PracticeIdentity) });
export type PracticeIdentities = Static<typeof PracticeIdentities>;
