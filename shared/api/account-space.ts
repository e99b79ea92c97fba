// J4, the account space (« Créer mon espace Mon Compte », « Depuis ce 9/10/2021, la connexion … est facilitée » and «
// Comment je fais pour me connecter … sur mon mobile ? »), and the household members' rights (issue 7). The back end
// decides every right; `rights` tells the kiosk what to offer. What a person may not see answers like a missing
// resource
// (404 resource.notFound) when it belongs to another household, and 403 rights.forbidden when their role on their
// own household does not allow it.
//
//   GET  /v1/me                                   who am I: état civil, role, rights, contact
//   GET  /v1/me/dashboard                         last payment, allocations, attestations, courriers   [household.read]
//   GET  /v1/me/payments                          "Mon relevé de compte"                                [household.read]
//   GET  /v1/attestations/:id                     one attestation, printable                            [household.read]
//   GET  /v1/courriers/:id                        one courrier / courriel                               [household.read]
//   GET  /v1/household                            the members and their autorisation                   [household.read]
//   PUT  /v1/household/members/:id/autorisation-gestion   grant / withdraw                    [autorisation.manage]
//   POST /v1/me/separation                        "Déclarer une séparation"                         [separation.declare]
//   PUT  /v1/me/contact                           change of contact: a code goes to the new contact   [self.contact]
//   POST /v1/me/contact/code/resend
//   POST /v1/me/contact/code/verify               → Me with the new contact
import { Type, type Static } from 'typebox';
import { Civilite, Day, IdempotencyKey, IdentifierKind, Instant, Text } from './common';

/** Role in the allocataire household; `aucun` = a person with no allocataire household (e.g. a new applicant). */
export const Role = Type.Union([
  Type.Literal('responsable'),
  Type.Literal('conjoint'),
  Type.Literal('enfant'), // child over 15 (only they can hold an account)
  Type.Literal('personne-a-charge'),
  Type.Literal('aucun'),
]);
export type Role = Static<typeof Role>;

export const Right = Type.Union([
  Type.Literal('self.read'), // own personal data
  Type.Literal('self.contact'), // change own contact details
  Type.Literal('household.read'), // payments, allocations, attestations, courriers, members
  Type.Literal('prestation.request'), // ask for a prestation / manage the file
  Type.Literal('demarches.read'), // "Mes démarches": the household's requests (drafts only with prestation.request)
  Type.Literal('autorisation.manage'), // grant / withdraw the conjoint's autorisation de gestion
  Type.Literal('separation.declare'), // the conjoint of the responsable
]);
export type Right = Static<typeof Right>;

/** A birth place as the Caf holds it, with the name of its commune or country (INSEE COG; null if the code is unknown). */
export const NamedBirthPlace = Type.Object({
  kind: Type.Union([Type.Literal('france'), Type.Literal('etranger')]),
  departement: Type.Optional(Type.String()),
  commune: Type.Optional(Type.String()),
  pays: Type.Optional(Type.String()),
  nom: Type.Union([Type.String(), Type.Null()]),
});
export type NamedBirthPlace = Static<typeof NamedBirthPlace>;

export const Me = Type.Object({
  identifier: Type.String(),
  identifierKind: IdentifierKind,
  /** As the header shows it: "VERONIQUE F." */
  displayName: Type.String(),
  civilite: Civilite,
  prenoms: Type.String(),
  nomNaissance: Type.String(),
  nomUsage: Type.Union([Type.String(), Type.Null()]),
  /** The whole état civil the Caf holds, so that the person can "s'apercevoir de toute erreur" (« Depuis ce 9/10/2021, la connexion … est facilitée »). */
  dateNaissance: Day,
  lieuNaissance: NamedBirthPlace,
  role: Role,
  autorisationGestion: Type.Boolean(),
  rights: Type.Array(Right),
  contact: Type.Object({
    mobile: Type.Union([Type.String(), Type.Null()]),
    autreTelephone: Type.Union([Type.String(), Type.Null()]),
    email: Type.Union([Type.String(), Type.Null()]),
  }),
});
export type Me = Static<typeof Me>;

/** Money is in euro cents. */
export const Payment = Type.Object({
  date: Day,
  amountCents: Type.Integer(),
  label: Type.String(),
  /** "* Versé à un tiers" (« Comment je fais pour me connecter … sur mon mobile ? ») */
  paidToThirdParty: Type.Boolean(),
});
export type Payment = Static<typeof Payment>;

export const Allocation = Type.Object({
  id: Type.String(),
  label: Type.String(),
  monthlyAmountCents: Type.Integer(),
  since: Day,
});
export type Allocation = Static<typeof Allocation>;

export const AttestationSummary = Type.Object({ id: Type.String(), label: Type.String(), issuedOn: Day });
export type AttestationSummary = Static<typeof AttestationSummary>;

export const CourrierSummary = Type.Object({
  id: Type.String(),
  subject: Type.String(),
  date: Day,
  kind: Type.Union([Type.Literal('courrier'), Type.Literal('courriel')]),
});
export type CourrierSummary = Static<typeof CourrierSummary>;

export const Dashboard = Type.Object({
  lastPayment: Type.Union([Payment, Type.Null()]),
  allocations: Type.Array(Allocation),
  attestations: Type.Array(AttestationSummary),
  courriers: Type.Array(CourrierSummary),
});
export type Dashboard = Static<typeof Dashboard>;

export const Payments = Type.Object({ payments: Type.Array(Payment) });
export type Payments = Static<typeof Payments>;

export const Attestation = Type.Object({
  id: Type.String(),
  label: Type.String(),
  issuedOn: Day,
  allocataireNumber: Type.String(),
  holder: Type.String(),
  /** Printable text, one paragraph per entry. */
  body: Type.Array(Type.String()),
});
export type Attestation = Static<typeof Attestation>;

export const Courrier = Type.Object({
  id: Type.String(),
  subject: Type.String(),
  date: Day,
  kind: Type.Union([Type.Literal('courrier'), Type.Literal('courriel')]),
  body: Type.Array(Type.String()),
});
export type Courrier = Static<typeof Courrier>;

export const HouseholdMember = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  role: Role,
  autorisationGestion: Type.Boolean(),
  hasAccount: Type.Boolean(),
});
export type HouseholdMember = Static<typeof HouseholdMember>;

export const Household = Type.Object({
  allocataireNumber: Type.String(),
  members: Type.Array(HouseholdMember),
});
export type Household = Static<typeof Household>;

export const AutorisationInput = Type.Object({ granted: Type.Boolean() }, { additionalProperties: false });
export type AutorisationInput = Static<typeof AutorisationInput>;

export const AddressInput = Type.Object(
  { line: Text(200), postalCode: Text(10), city: Text(100) },
  { additionalProperties: false },
);
export type AddressInput = Static<typeof AddressInput>;

/** "Déclarer une séparation": the date, and a new address or "je reste dans le logement". */
export const SeparationInput = Type.Object(
  {
    date: Text(32, 'JJ/MM/AAAA, not in the future'),
    staysInHome: Type.Boolean(),
    newAddress: Type.Optional(AddressInput),
    /** The kiosk's key for this declaration: sent again by « Réessayer », it answers the separation recorded. */
    idempotencyKey: Type.Optional(IdempotencyKey),
  },
  { additionalProperties: false },
);
export type SeparationInput = Static<typeof SeparationInput>;

export const Separation = Type.Object({
  id: Type.String(),
  date: Day,
  staysInHome: Type.Boolean(),
  declaredAt: Instant,
});
export type Separation = Static<typeof Separation>;
