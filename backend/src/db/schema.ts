// Table types for kysely (camelCase here, snake_case in the database through CamelCasePlugin). Booleans are stored
// as 0/1 integers and instants as ISO strings, so the same code runs on SQLite and PostgreSQL.
import type { Generated } from 'kysely';
import type { Channel, Civilite, SessionKind } from '../../../shared/api';

export interface HouseholdTable { id: string; allocataireNumber: string }

export interface PersonTable {
  id: string;
  nir: string | null; // 13 characters
  civilite: Civilite;
  nomNaissance: string;
  prenoms: string;
  nomUsage: string | null;
  birthDate: string; // YYYY-MM-DD
  birthPlace: string; // JSON BirthPlace
  householdId: string | null;
  role: 'responsable' | 'conjoint' | 'enfant' | 'personne-a-charge' | 'aucun';
  autorisationGestion: number;
  createdAt: string;
}

export interface IdentityDocumentTable { id: string; personId: string; kind: string; number: string }

export interface AccountTable {
  id: string;
  personId: string;
  identifier: string;
  identifierKind: 'nir' | 'provisional';
  passwordHash: string;
  /** 1 while a migrated allocataire has not finished the first login (« Comment je fais pour me connecter … sur mon mobile ? »). */
  legacy: number;
  legacyAllocataireNumber: string | null;
  cguVersion: string | null;
  passwordChangedAt: string | null;
  contactVerifiedAt: string | null;
  mobile: string | null;
  autreTelephone: string | null;
  email: string | null;
  documentFlagged: number;
  createdFromFlow: string | null;
  createdAt: string;
}

export interface AccountCreationTable {
  id: string;
  createdAt: string;
  expiresAt: string;
  data: string; // JSON CreationData (services/account-creation.ts)
  accountId: string | null;
  /** Keyed hash of the kiosk's idempotency key and the état civil (migration 009): a retried start finds its flow. */
  requestKey: string | null;
}

export interface VerificationCodeTable {
  /** purpose:subject — one live code per purpose and subject. */
  id: string;
  purpose: 'creation' | 'migration' | 'reset' | 'contact';
  subjectId: string;
  channel: Channel;
  destination: string;
  codeHash: string;
  sentAt: string;
  expiresAt: string;
  resendAvailableAt: string;
  attempts: number;
  verifiedAt: string | null;
}

export interface PendingContactTable {
  id: string; // purpose:subject
  channel: Channel;
  mobile: string | null;
  autreTelephone: string | null;
  email: string | null;
}

export interface SessionTable {
  id: string;
  tokenHash: string;
  accountId: string;
  kind: SessionKind;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export interface LoginThrottleTable {
  key: string; // keyed hash of the identifier as typed (normalised): also counts unknown identifiers
  failures: number;
  lastFailureAt: string;
  lockedUntil: string | null;
  /** Login tries admitted and not yet given a verdict (migration 008); they stop counting PENDING_MS after pendingSince. */
  pending: Generated<number>;
  pendingSince: string | null;
}

export interface PasswordResetTable {
  id: string;
  accountId: string | null; // null: unknown identifier or no such contact — the id leads nowhere
  channel: Channel;
  createdAt: string;
  expiresAt: string;
  verifiedAt: string | null;
  doneAt: string | null;
  /** Keyed hash of the kiosk's idempotency key, identifier and channel (migration 006): a retried start finds it. */
  requestKey: string | null;
}

export interface PaymentTable { id: string; householdId: string; date: string; amountCents: number; label: string; paidToThirdParty: number }
export interface AllocationTable { id: string; householdId: string; label: string; monthlyAmountCents: number; since: string }
export interface AttestationTable { id: string; householdId: string; label: string; issuedOn: string; body: string }
export interface CourrierTable { id: string; householdId: string; subject: string; date: string; kind: 'courrier' | 'courriel'; body: string }

export interface SeparationTable {
  id: string;
  personId: string;
  householdId: string;
  date: string;
  staysInHome: number;
  newAddress: string | null;
  declaredAt: string;
  /** Keyed hash of the kiosk's idempotency key and the person (migration 010): a retried declaration finds its row. */
  requestKey: string | null;
}

export interface DemandeTable {
  id: string;
  prestation: 'aide-logement';
  /** The household's id, or "person:<id>" for an applicant without an allocataire household. */
  owner: string;
  householdId: string | null;
  /** Who started the request. */
  personId: string;
  status: 'brouillon' | 'recue' | 'en-cours' | 'traitee';
  answers: string; // JSON StoredAnswers (services/demandes.ts)
  number: string | null;
  createdAt: string;
  updatedAt: string;
  expiresAt: string | null;
  sentAt: string | null;
}

export interface OutboxTable {
  id: string;
  seq: number;
  channel: Channel;
  to: string;
  subject: string;
  body: string;
  code: string | null;
  /** When it was written (with its code, in the same transaction). */
  sentAt: string;
  /** When the sender handed it to its gateway (null: not yet). */
  deliveredAt: string | null;
  attempts: number;
  /** Not before this time: a failed delivery's back-off, or another instance's claim. */
  nextAttemptAt: string | null;
}

export interface SettingTable { key: string; value: string }

/** Single-use, short-lived entries shared by every instance (FranceConnect's states, codes, tickets, ID tokens). */
export interface OneTimeEntryTable {
  space: string;
  keyHash: string; // SHA-256 of the key handed out
  value: string; // JSON
  expiresAt: string;
}

export interface Database {
  households: HouseholdTable;
  persons: PersonTable;
  identityDocuments: IdentityDocumentTable;
  accounts: AccountTable;
  accountCreations: AccountCreationTable;
  verificationCodes: VerificationCodeTable;
  pendingContacts: PendingContactTable;
  sessions: SessionTable;
  loginThrottle: LoginThrottleTable;
  passwordResets: PasswordResetTable;
  payments: PaymentTable;
  allocations: AllocationTable;
  attestations: AttestationTable;
  courriers: CourrierTable;
  separations: SeparationTable;
  demandes: DemandeTable;
  outbox: OutboxTable;
  settings: SettingTable;
  oneTimeEntries: OneTimeEntryTable;
}

export type { Generated };
