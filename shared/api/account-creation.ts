// J1 "Créer Mon Compte" (« Créer Mon Compte » and « Créer mon espace Mon Compte ») as a server-side flow with its own
// id and expiry. The id is a random capability (≥128 bits): whoever holds it continues the flow, so the renderer keeps
// it in memory only.
//
//   POST /v1/account-creations                     état civil → flow created (the same one again for a retry with its key)
//   GET  /v1/account-creations/:id                 current state (resume after a reload)
//   PUT  /v1/account-creations/:id/etat-civil      correct the état civil (the steps after it start again)
//   PUT  /v1/account-creations/:id/identity-document   when identityDocumentRequired
//   PUT  /v1/account-creations/:id/contact         send a code (again: "Modifier vos coordonnées de contact")
//   POST /v1/account-creations/:id/code/resend     "Demander l'envoi d'un nouveau code" (cooldown)
//   POST /v1/account-creations/:id/code/verify     "Valider"
//   PUT  /v1/account-creations/:id/password        "Continuer"
//   POST /v1/account-creations/:id/complete        creates the account once; a second call returns the same identifier
import { Type, type Static } from 'typebox';
import { BirthPlace, BirthPlaceInput, Channel, Civilite, CodeChallenge, IdempotencyKey, IdentifierKind, Instant, Text } from './common';

/** Step 1, "État civil". `nir` is required when `hasNir` (13 characters, or 15 with the key: the key is checked). */
export const EtatCivilInput = Type.Object(
  {
    hasNir: Type.Boolean({ description: '"Vous possédez un numéro de Sécurité sociale ?"' }),
    nir: Type.Optional(Text(32)),
    civilite: Civilite,
    nomNaissance: Text(200),
    prenoms: Text(200),
    nomUsage: Type.Optional(Text(200, '"Nom d\'usage (facultatif)"; empty string = none')),
    dateNaissance: Text(32, 'JJ/MM/AAAA'),
    lieuNaissance: BirthPlaceInput,
  },
  { additionalProperties: false },
);
export type EtatCivilInput = Static<typeof EtatCivilInput>;

/**
 * The start: the état civil, and the kiosk's idempotency key for it. A start sent again with the same key and the same
 * état civil (its answer was lost, « Réessayer ») answers the flow the first one made, as it now stands, instead of
 * making a second one. Without a key each start is new.
 */
export const CreationStartInput = Type.Object(
  { ...EtatCivilInput.properties, idempotencyKey: Type.Optional(IdempotencyKey) },
  { additionalProperties: false },
);
export type CreationStartInput = Static<typeof CreationStartInput>;

/** The état civil as checked and normalised by the server (names as the seeds show them, NIR on 13 characters). */
export const EtatCivil = Type.Object({
  nir: Type.Union([Type.String({ pattern: '^[0-9][0-9AB]{12}$' }), Type.Null()]),
  civilite: Civilite,
  nomNaissance: Type.String(),
  prenoms: Type.String(),
  nomUsage: Type.Union([Type.String(), Type.Null()]),
  dateNaissance: Type.String({ description: 'JJ/MM/AAAA' }),
  lieuNaissance: BirthPlace,
});
export type EtatCivil = Static<typeof EtatCivil>;

export const IdentityDocumentKind = Type.Union([
  Type.Literal('carte-identite'),
  Type.Literal('titre-sejour'),
  Type.Literal('passeport'),
  Type.Literal('aucune'), // "Je ne dispose pas d'une pièce d'identité française"
]);
export type IdentityDocumentKind = Static<typeof IdentityDocumentKind>;

export const IdentityDocumentInput = Type.Object(
  { kind: IdentityDocumentKind, number: Type.Optional(Text(64, 'required unless kind is "aucune"')) },
  { additionalProperties: false },
);
export type IdentityDocumentInput = Static<typeof IdentityDocumentInput>;

export const CreationStep = Type.Union([
  Type.Literal('identity-document'),
  Type.Literal('contact'),
  Type.Literal('code'),
  Type.Literal('password'),
  Type.Literal('summary'),
  Type.Literal('completed'),
]);
export type CreationStep = Static<typeof CreationStep>;

export const AccountCreation = Type.Object({
  id: Type.String(),
  expiresAt: Instant,
  /** The next step to show. */
  step: CreationStep,
  etatCivil: EtatCivil,
  /** Neither allocataire nor in an allocataire household: a French identity document is asked (« Créer mon espace Mon Compte », step ⑦). */
  identityDocumentRequired: Type.Boolean(),
  identityDocument: Type.Union([
    Type.Object({
      kind: IdentityDocumentKind,
      /** true when "aucune": the account is created, a document may be asked later. */
      flagged: Type.Boolean(),
    }),
    Type.Null(),
  ]),
  contact: Type.Union([Type.Object({ channel: Channel, value: Type.String() }), Type.Null()]),
  code: Type.Union([CodeChallenge, Type.Null()]),
  contactVerified: Type.Boolean(),
  passwordSet: Type.Boolean(),
  /** Set once completed: the NIR's 13 characters or the new provisional identifier ("Votre identifiant"). */
  identifier: Type.Union([Type.String(), Type.Null()]),
  identifierKind: Type.Union([IdentifierKind, Type.Null()]),
});
export type AccountCreation = Static<typeof AccountCreation>;

/** POST …/complete: the récapitulatif (« Créer mon espace Mon Compte » "RÉCAPITULATIF DE VOTRE CRÉATION DE COMPTE"). */
export const AccountCreated = Type.Object({
  identifier: Type.String(),
  identifierKind: IdentifierKind,
  etatCivil: EtatCivil,
  contact: Type.Object({ channel: Channel, value: Type.String() }),
});
export type AccountCreated = Static<typeof AccountCreated>;
