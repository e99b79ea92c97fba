// First login of a migrated allocataire (« Comment je fais pour me connecter … sur mon mobile ? »): the legacy account
// (allocataire number + 8-digit password) logs in with its NIR and old password and gets a `migration` session, which
// can only:
//
//   GET  /v1/migration                 what is done and what is left
//   POST /v1/migration/cgu             accept the current CGU version ("J'ai pris connaissance … et je les accepte")
//   PUT  /v1/migration/password        a new password under the current rules
//   PUT  /v1/migration/contact         mobile / autre téléphone / e-mail; a code is sent on `channel`
//   POST /v1/migration/code/resend
//   POST /v1/migration/code/verify     "Valider le code" → when CGU + password are done: a full Session (new token;
//                                      the migration token is revoked), otherwise 409 migration.incomplete
import { Type, type Static } from 'typebox';
import { Channel, CodeChallenge, Text } from './common';

export const MigrationState = Type.Object({
  cguVersion: Type.String({ description: 'Current CGU version to accept' }),
  cguAccepted: Type.Boolean(),
  passwordChanged: Type.Boolean(),
  code: Type.Union([CodeChallenge, Type.Null()]),
  contactVerified: Type.Boolean(),
});
export type MigrationState = Static<typeof MigrationState>;

export const CguAcceptInput = Type.Object({ version: Text(32) }, { additionalProperties: false });
export type CguAcceptInput = Static<typeof CguAcceptInput>;

/** Seed 004 step 7: "mon numéro de téléphone portable, mon numéro de téléphone fixe, mon adresse mail". */
export const MigrationContactInput = Type.Object(
  {
    channel: Channel,
    mobile: Type.Optional(Text(32)),
    autreTelephone: Type.Optional(Text(32)),
    email: Type.Optional(Text(254)),
  },
  { additionalProperties: false },
);
export type MigrationContactInput = Static<typeof MigrationContactInput>;
