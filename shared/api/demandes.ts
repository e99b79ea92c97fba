// The request for the aide au logement (issue 14), modelled on the Caf's online request: who lives in the home; the
// home (address, rented or owned, kind, date of moving in); the rent or the loan (amount, charges, the bailleur or the
// lender); the resources of each member; the bank account (IBAN); then the summary, the déclaration sur l'honneur and
// "Envoyer ma demande". The back end keeps the request as a draft, saved at every step, tied to the person who asks and
// to their household (never in the kiosk), so that "Reprendre la demande en cours" at any later visit, at any kiosk,
// brings back every answer at the step where the visitor stopped.
//
//   GET  /v1/demarches                        "Mes démarches": requests and drafts, with their status   [demarches.read]
//   POST /v1/demandes                         start, or find, the household's draft (one per prestation) [prestation.request]
//   GET  /v1/demandes/:id                     the request, every answer, where to resume                 [prestation.request]
//   PUT  /v1/demandes/:id/{foyer,logement,loyer,ressources,banque}   save one step's answers (idempotent)
//   POST /v1/demandes/:id/envoi               "Envoyer ma demande": a number and a date (idempotent)
//   GET  /v1/demandes/:id/accuse-reception    the printable accusé de réception of a sent request
//
// A step is saved as a PUT of its whole answers: sending the same answers twice (a retry after a lost answer) leaves
// the same draft. Steps are saved in order (409 flow.step before the steps they depend on). Amounts are typed as the
// visitor types them ("650,00") and answered normalised; dates JJ/MM/AAAA.
//
// A draft is kept DRAFT_RETENTION_DAYS after its last save; past that it is gone (404 resource.notFound) and "Mes
// démarches" no longer lists it. `expiresAt` says until when.
import { Type, type Static } from 'typebox';
import { Instant, Text } from './common';

export const DRAFT_RETENTION_DAYS = 30;

/** The prestations whose request is built here. Every other one of the catalogue is asked for at the reception desk. */
export const Prestation = Type.Literal('aide-logement');
export type Prestation = Static<typeof Prestation>;

export const DEMANDE_STEPS = ['foyer', 'logement', 'loyer', 'ressources', 'banque'] as const;
export type DemandeStep = (typeof DEMANDE_STEPS)[number];
/** Where "Reprendre la demande en cours" opens: the first step not answered, or the summary. */
export const ResumeAt = Type.Union([
  Type.Literal('foyer'), Type.Literal('logement'), Type.Literal('loyer'), Type.Literal('ressources'), Type.Literal('banque'),
  Type.Literal('recapitulatif'),
]);
export type ResumeAt = Static<typeof ResumeAt>;

/**
 * "brouillon": being filled in, not sent; "recue": sent, received by the Caf; "en-cours": being examined;
 * "traitee": decided (the answer came by courrier).
 */
export const DemandeStatus = Type.Union([Type.Literal('brouillon'), Type.Literal('recue'), Type.Literal('en-cours'), Type.Literal('traitee')]);
export type DemandeStatus = Static<typeof DemandeStatus>;

export const Lien = Type.Union([Type.Literal('conjoint'), Type.Literal('enfant'), Type.Literal('autre')]);
export type Lien = Static<typeof Lien>;

const MemberFields = {
  lien: Lien,
  nom: Text(60),
  prenoms: Text(100),
  dateNaissance: Text(32, 'JJ/MM/AAAA'),
};

/** Who lives in the home besides the applicant. `id` keeps a member (and their resources) across corrections. */
export const MemberInput = Type.Object({ id: Type.Optional(Text(16)), ...MemberFields }, { additionalProperties: false });
export type MemberInput = Static<typeof MemberInput>;
export const FoyerInput = Type.Object({ members: Type.Array(MemberInput, { maxItems: 11 }) }, { additionalProperties: false });
export type FoyerInput = Static<typeof FoyerInput>;
export const Member = Type.Object({ id: Type.String(), ...MemberFields });
export type Member = Static<typeof Member>;

export const PostalAddress = Type.Object({ line: Text(200), postalCode: Text(10), city: Text(100) }, { additionalProperties: false });
export type PostalAddress = Static<typeof PostalAddress>;

/** "Je suis locataire" (or sous-locataire, colocataire, en foyer) / "Je suis propriétaire et je rembourse un prêt". */
export const Statut = Type.Union([Type.Literal('locataire'), Type.Literal('proprietaire')]);
export type Statut = Static<typeof Statut>;
export const Kind = Type.Union([Type.Literal('appartement'), Type.Literal('maison'), Type.Literal('chambre'), Type.Literal('foyer')]);
export type Kind = Static<typeof Kind>;

export const LogementInput = Type.Object(
  { address: PostalAddress, statut: Statut, kind: Kind, dateEntree: Text(32, 'JJ/MM/AAAA, not in the future') },
  { additionalProperties: false },
);
export type LogementInput = Static<typeof LogementInput>;

/** The rent (loyer hors charges) or the loan's monthly repayment, the monthly charges, and who is paid. */
export const LoyerInput = Type.Object(
  {
    montant: Text(20, 'euros per month, e.g. "650,00"'),
    charges: Text(20, 'euros per month, "0" when none'),
    bailleur: Type.Object({ nom: Text(100), address: PostalAddress }, { additionalProperties: false }),
  },
  { additionalProperties: false },
);
export type LoyerInput = Static<typeof LoyerInput>;

/** What each member received over the last 12 months (salaires, chômage, pensions…), "0" when nothing. */
export const RessourcesInput = Type.Object(
  {
    ressources: Type.Array(
      Type.Object({ memberId: Text(16), montant: Text(20) }, { additionalProperties: false }),
      { maxItems: 12 },
    ),
  },
  { additionalProperties: false },
);
export type RessourcesInput = Static<typeof RessourcesInput>;

export const BanqueInput = Type.Object({ titulaire: Text(100), iban: Text(42) }, { additionalProperties: false });
export type BanqueInput = Static<typeof BanqueInput>;

export const DemandeStartInput = Type.Object({ prestation: Prestation }, { additionalProperties: false });
export type DemandeStartInput = Static<typeof DemandeStartInput>;

/** "Je déclare sur l'honneur l'exactitude des renseignements fournis": must be true (declarationHonneur.required). */
export const EnvoiInput = Type.Object({ declarationHonneur: Type.Boolean() }, { additionalProperties: false });
export type EnvoiInput = Static<typeof EnvoiInput>;

export const DemandeAnswers = Type.Object({
  foyer: Type.Union([Type.Object({ members: Type.Array(Member) }), Type.Null()]),
  logement: Type.Union([LogementInput, Type.Null()]),
  loyer: Type.Union([LoyerInput, Type.Null()]),
  ressources: Type.Union([Type.Object({ ressources: Type.Array(Type.Object({ memberId: Type.String(), montant: Type.String() })) }), Type.Null()]),
  banque: Type.Union([BanqueInput, Type.Null()]),
});
export type DemandeAnswers = Static<typeof DemandeAnswers>;

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

export const DemandeSummary = Type.Object({
  id: Type.String(),
  prestation: Prestation,
  status: DemandeStatus,
  /** Given when the request is sent ("Envoyer ma demande"). */
  number: Nullable(Type.String()),
  sentAt: Nullable(Instant),
  updatedAt: Instant,
  /** A draft's end (DRAFT_RETENTION_DAYS after its last save); null once sent. */
  expiresAt: Nullable(Instant),
  resumeAt: ResumeAt,
});
export type DemandeSummary = Static<typeof DemandeSummary>;

export const Demande = Type.Object({
  ...DemandeSummary.properties,
  /** The applicant, as the Caf knows them (the first person of the home, not typed again). */
  demandeur: Type.Object({ id: Type.Literal('demandeur'), nom: Type.String(), prenoms: Type.String(), dateNaissance: Type.String() }),
  answers: DemandeAnswers,
  /** The members of the household the Caf already knows: what "who lives in the home" starts from. */
  knownMembers: Type.Array(MemberInput),
});
export type Demande = Static<typeof Demande>;

export const Demarches = Type.Object({
  demarches: Type.Array(DemandeSummary),
  draftRetentionDays: Type.Integer(),
});
export type Demarches = Static<typeof Demarches>;

export const AccuseReception = Type.Object({
  number: Type.String(),
  prestation: Prestation,
  sentAt: Instant,
  holder: Type.String(),
  allocataireNumber: Type.String(),
  /** Printable text, one paragraph per entry. */
  body: Type.Array(Type.String()),
});
export type AccuseReception = Static<typeof AccuseReception>;
