// Every route of the back end in one table: method, path and schemas. The back end registers each route from this
// table (so it validates with these schemas and /openapi.json is generated from them); the renderer types its axios
// calls with `RequestBody<'login'>`, `ReplyBody<'login'>`, and builds paths with `path('attestation', { id })`.
import { Type, type Static, type TSchema } from 'typebox';
import {
  AccountCreated,
  AccountCreation,
  CreationStartInput,
  EtatCivilInput,
  IdentityDocumentInput,
} from './account-creation';
import {
  Attestation,
  AutorisationInput,
  Courrier,
  Dashboard,
  Household,
  HouseholdMember,
  Me,
  Payments,
  Separation,
  SeparationInput,
} from './account-space';
import { CodeChallenge, CodeInput, ContactInput, IdParam, NewPassword } from './common';
import {
  AccuseReception,
  BanqueInput,
  Demande,
  DemandeStartInput,
  Demarches,
  EnvoiInput,
  FoyerInput,
  LogementInput,
  LoyerInput,
  RessourcesInput,
} from './demandes';
import { ApiError } from './errors';
import { FranceConnectExchangeInput, FranceConnectLogout, FranceConnectLogoutInput, FranceConnectResult } from './franceconnect';
import { CguAcceptInput, MigrationContactInput, MigrationState } from './migration';
import { CodeVerified, PasswordReset, PasswordResetInput, PasswordResetState } from './password-reset';
import { ClockAdvanceInput, Outbox, OutboxQuery, PracticeIdentities, SandboxClockState } from './sandbox';
import { CurrentSession, LoginInput, Session } from './sessions';

/**
 * 200 "ok" when this instance can serve: its database answers and has every migration this code knows. 503
 * "unavailable" otherwise, so that a load balancer takes the instance out.
 */
export const Health = Type.Object({
  status: Type.Union([Type.Literal('ok'), Type.Literal('unavailable')]),
  sandbox: Type.Boolean(),
  database: Type.Object({ reachable: Type.Boolean(), schemaUpToDate: Type.Boolean() }),
});
export type Health = Static<typeof Health>;
const NoContent = Type.Null({ description: 'No content' });

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';
export interface RouteSpec {
  method: Method;
  url: string;
  /**
   * `Authorization: Bearer` needed? "full": a full session only (a migration session gets 403 auth.migrationRequired);
   * "migration": a migration session only (409 auth.notMigration otherwise); "any": either.
   */
  auth: 'none' | 'any' | 'full' | 'migration';
  sandboxOnly?: boolean;
  /** Checks a secret (password, code) or sends one: the stricter per-client rate limit applies. */
  rateLimited?: boolean;
  /**
   * Registered by the FranceConnect plugin (backend/src/franceconnect/routes.ts) rather than routes/define.ts: it
   * checks its own session (the table's `auth` still says which) and answers `Cache-Control: no-store`.
   */
  franceConnect?: boolean;
  summary: string;
  tags: string[];
  body?: TSchema;
  params?: TSchema;
  querystring?: TSchema;
  /** The success status and its body. */
  status: number;
  reply: TSchema;
}

const r = <const S extends RouteSpec>(spec: S) => spec;
const tag = {
  creation: ['account-creation'],
  sessions: ['sessions'],
  migration: ['migration'],
  reset: ['password-reset'],
  space: ['account-space'],
  sandbox: ['sandbox'],
  franceConnect: ['franceconnect'],
  demandes: ['demandes'],
};

export const routes = {
  health: r({ method: 'GET', url: '/v1/health', auth: 'none', summary: 'Readiness: the database answers and its schema is up to date (503 otherwise)', tags: ['health'], status: 200, reply: Health }),

  // Account creation (J1)
  creationStart: r({ rateLimited: true, method: 'POST', url: '/v1/account-creations', auth: 'none', summary: 'Start with the état civil', tags: tag.creation, body: CreationStartInput, status: 201, reply: AccountCreation }),
  creationGet: r({ method: 'GET', url: '/v1/account-creations/:id', auth: 'none', summary: 'Current state of the flow', tags: tag.creation, params: IdParam, status: 200, reply: AccountCreation }),
  creationEtatCivil: r({ rateLimited: true, method: 'PUT', url: '/v1/account-creations/:id/etat-civil', auth: 'none', summary: 'Correct the état civil', tags: tag.creation, params: IdParam, body: EtatCivilInput, status: 200, reply: AccountCreation }),
  creationIdentityDocument: r({ rateLimited: true, method: 'PUT', url: '/v1/account-creations/:id/identity-document', auth: 'none', summary: 'Identity document (or none)', tags: tag.creation, params: IdParam, body: IdentityDocumentInput, status: 200, reply: AccountCreation }),
  creationContact: r({ method: 'PUT', url: '/v1/account-creations/:id/contact', auth: 'none', rateLimited: true, summary: 'Give (or change) the contact; a code is sent', tags: tag.creation, params: IdParam, body: ContactInput, status: 200, reply: AccountCreation }),
  creationCodeResend: r({ method: 'POST', url: '/v1/account-creations/:id/code/resend', auth: 'none', rateLimited: true, summary: 'Send a new code', tags: tag.creation, params: IdParam, status: 200, reply: AccountCreation }),
  creationCodeVerify: r({ method: 'POST', url: '/v1/account-creations/:id/code/verify', auth: 'none', rateLimited: true, summary: 'Verify the code', tags: tag.creation, params: IdParam, body: CodeInput, status: 200, reply: AccountCreation }),
  creationPassword: r({ method: 'PUT', url: '/v1/account-creations/:id/password', auth: 'none', summary: 'Choose the password', tags: tag.creation, params: IdParam, body: NewPassword, status: 200, reply: AccountCreation }),
  creationComplete: r({ method: 'POST', url: '/v1/account-creations/:id/complete', auth: 'none', summary: 'Create the account (idempotent)', tags: tag.creation, params: IdParam, status: 200, reply: AccountCreated }),

  // Sessions (J2)
  login: r({ method: 'POST', url: '/v1/sessions', auth: 'none', rateLimited: true, summary: 'Log in', tags: tag.sessions, body: LoginInput, status: 201, reply: Session }),
  sessionGet: r({ method: 'GET', url: '/v1/sessions/current', auth: 'any', summary: 'The current session (full or migration)', tags: tag.sessions, status: 200, reply: CurrentSession }),
  logout: r({ method: 'DELETE', url: '/v1/sessions/current', auth: 'any', summary: 'Log out (revoke the token)', tags: tag.sessions, status: 204, reply: NoContent }),

  // First login of a migrated allocataire (J2, « Comment je fais pour me connecter … sur mon mobile ? »)
  migrationGet: r({ method: 'GET', url: '/v1/migration', auth: 'migration', summary: 'What is left to do', tags: tag.migration, status: 200, reply: MigrationState }),
  migrationCgu: r({ method: 'POST', url: '/v1/migration/cgu', auth: 'migration', summary: 'Accept the CGU', tags: tag.migration, body: CguAcceptInput, status: 200, reply: MigrationState }),
  migrationPassword: r({ method: 'PUT', url: '/v1/migration/password', auth: 'migration', summary: 'New password', tags: tag.migration, body: NewPassword, status: 200, reply: MigrationState }),
  migrationContact: r({ method: 'PUT', url: '/v1/migration/contact', auth: 'migration', rateLimited: true, summary: 'Contact details; a code is sent', tags: tag.migration, body: MigrationContactInput, status: 200, reply: MigrationState }),
  migrationCodeResend: r({ method: 'POST', url: '/v1/migration/code/resend', auth: 'migration', rateLimited: true, summary: 'Send a new code', tags: tag.migration, status: 200, reply: MigrationState }),
  migrationCodeVerify: r({ method: 'POST', url: '/v1/migration/code/verify', auth: 'migration', rateLimited: true, summary: 'Verify the code; gives a full session', tags: tag.migration, body: CodeInput, status: 201, reply: Session }),

  // Forgotten password (J2)
  resetStart: r({ method: 'POST', url: '/v1/password-resets', auth: 'none', rateLimited: true, summary: 'Ask for a code', tags: tag.reset, body: PasswordResetInput, status: 202, reply: PasswordReset }),
  resetGet: r({ method: 'GET', url: '/v1/password-resets/:id', auth: 'none', rateLimited: true, summary: 'Where the reset stands (the kiosk\'s « Réessayer » after a lost answer)', tags: tag.reset, params: IdParam, status: 200, reply: PasswordResetState }),
  resetCodeResend: r({ method: 'POST', url: '/v1/password-resets/:id/code/resend', auth: 'none', rateLimited: true, summary: 'Send a new code', tags: tag.reset, params: IdParam, status: 202, reply: PasswordReset }),
  resetCodeVerify: r({ method: 'POST', url: '/v1/password-resets/:id/code/verify', auth: 'none', rateLimited: true, summary: 'Verify the code', tags: tag.reset, params: IdParam, body: CodeInput, status: 200, reply: CodeVerified }),
  resetPassword: r({ method: 'PUT', url: '/v1/password-resets/:id/password', auth: 'none', summary: 'New password; revokes every session', tags: tag.reset, params: IdParam, body: NewPassword, status: 204, reply: NoContent }),

  // Account space (J4, issue 7)
  me: r({ method: 'GET', url: '/v1/me', auth: 'full', summary: 'Who am I', tags: tag.space, status: 200, reply: Me }),
  dashboard: r({ method: 'GET', url: '/v1/me/dashboard', auth: 'full', summary: 'Last payment, allocations, attestations, courriers', tags: tag.space, status: 200, reply: Dashboard }),
  payments: r({ method: 'GET', url: '/v1/me/payments', auth: 'full', summary: 'Relevé de compte', tags: tag.space, status: 200, reply: Payments }),
  attestation: r({ method: 'GET', url: '/v1/attestations/:id', auth: 'full', summary: 'One attestation', tags: tag.space, params: IdParam, status: 200, reply: Attestation }),
  courrier: r({ method: 'GET', url: '/v1/courriers/:id', auth: 'full', summary: 'One courrier', tags: tag.space, params: IdParam, status: 200, reply: Courrier }),
  household: r({ method: 'GET', url: '/v1/household', auth: 'full', summary: 'Household members', tags: tag.space, status: 200, reply: Household }),
  autorisation: r({ method: 'PUT', url: '/v1/household/members/:id/autorisation-gestion', auth: 'full', summary: 'Grant or withdraw the autorisation de gestion', tags: tag.space, params: IdParam, body: AutorisationInput, status: 200, reply: HouseholdMember }),
  separation: r({ method: 'POST', url: '/v1/me/separation', auth: 'full', summary: 'Declare a separation', tags: tag.space, body: SeparationInput, status: 201, reply: Separation }),
  contactChange: r({ method: 'PUT', url: '/v1/me/contact', auth: 'full', rateLimited: true, summary: 'Change a contact; a code goes to the new one', tags: tag.space, body: ContactInput, status: 202, reply: CodeChallenge }),
  contactCode: r({ method: 'GET', url: '/v1/me/contact/code', auth: 'full', summary: 'The pending contact change\'s code: where it went, its attempts left', tags: tag.space, status: 200, reply: CodeChallenge }),
  contactCodeResend: r({ method: 'POST', url: '/v1/me/contact/code/resend', auth: 'full', rateLimited: true, summary: 'Send a new code', tags: tag.space, status: 202, reply: CodeChallenge }),
  contactCodeVerify: r({ method: 'POST', url: '/v1/me/contact/code/verify', auth: 'full', rateLimited: true, summary: 'Verify the code; the contact changes', tags: tag.space, body: CodeInput, status: 200, reply: Me }),

  // FranceConnect (J3): the JSON calls; the browser navigations (/start, /callback, /logout/callback) are not JSON
  franceConnectExchange: r({ method: 'POST', url: '/v1/franceconnect/exchange', auth: 'none', franceConnect: true, summary: 'Turn the one-time code into a session or a prefill', tags: tag.franceConnect, body: FranceConnectExchangeInput, status: 200, reply: FranceConnectResult }),
  franceConnectLogout: r({ method: 'POST', url: '/v1/franceconnect/logout', auth: 'any', franceConnect: true, summary: 'Déconnexion, chained with FranceConnect logout', tags: tag.franceConnect, body: FranceConnectLogoutInput, status: 200, reply: FranceConnectLogout }),

  // The request for the aide au logement (issue 14, shared/api/demandes.ts)
  demarches: r({ method: 'GET', url: '/v1/demarches', auth: 'full', summary: '"Mes démarches": requests and drafts with their status', tags: tag.demandes, status: 200, reply: Demarches }),
  demandeStart: r({ method: 'POST', url: '/v1/demandes', auth: 'full', summary: 'Start (or find) the household\'s draft', tags: tag.demandes, body: DemandeStartInput, status: 201, reply: Demande }),
  demandeGet: r({ method: 'GET', url: '/v1/demandes/:id', auth: 'full', summary: 'The request, every answer, where to resume', tags: tag.demandes, params: IdParam, status: 200, reply: Demande }),
  demandeFoyer: r({ method: 'PUT', url: '/v1/demandes/:id/foyer', auth: 'full', summary: 'Who lives in the home', tags: tag.demandes, params: IdParam, body: FoyerInput, status: 200, reply: Demande }),
  demandeLogement: r({ method: 'PUT', url: '/v1/demandes/:id/logement', auth: 'full', summary: 'The home', tags: tag.demandes, params: IdParam, body: LogementInput, status: 200, reply: Demande }),
  demandeLoyer: r({ method: 'PUT', url: '/v1/demandes/:id/loyer', auth: 'full', summary: 'The rent or the loan', tags: tag.demandes, params: IdParam, body: LoyerInput, status: 200, reply: Demande }),
  demandeRessources: r({ method: 'PUT', url: '/v1/demandes/:id/ressources', auth: 'full', summary: 'Resources of each member', tags: tag.demandes, params: IdParam, body: RessourcesInput, status: 200, reply: Demande }),
  demandeBanque: r({ method: 'PUT', url: '/v1/demandes/:id/banque', auth: 'full', summary: 'The bank account (IBAN)', tags: tag.demandes, params: IdParam, body: BanqueInput, status: 200, reply: Demande }),
  demandeEnvoi: r({ method: 'POST', url: '/v1/demandes/:id/envoi', auth: 'full', summary: '"Envoyer ma demande" (idempotent)', tags: tag.demandes, params: IdParam, body: EnvoiInput, status: 200, reply: Demande }),
  accuseReception: r({ method: 'GET', url: '/v1/demandes/:id/accuse-reception', auth: 'full', summary: 'The accusé de réception of a sent request', tags: tag.demandes, params: IdParam, status: 200, reply: AccuseReception }),

  // Sandbox only
  outbox: r({ method: 'GET', url: '/sandbox/outbox', auth: 'none', sandboxOnly: true, summary: 'Messages sent, newest first', tags: tag.sandbox, querystring: OutboxQuery, status: 200, reply: Outbox }),
  reset: r({ method: 'POST', url: '/sandbox/reset', auth: 'none', sandboxOnly: true, summary: 'Restore the seed data and the clock', tags: tag.sandbox, status: 204, reply: NoContent }),
  clockAdvance: r({ method: 'POST', url: '/sandbox/clock', auth: 'none', sandboxOnly: true, summary: 'Move the clock forward', tags: tag.sandbox, body: ClockAdvanceInput, status: 200, reply: SandboxClockState }),
  practiceIdentities: r({ method: 'GET', url: '/sandbox/practice-identities', auth: 'none', sandboxOnly: true, summary: 'The workshop\'s practice identities and what to type', tags: tag.sandbox, status: 200, reply: PracticeIdentities }),
} as const;

export type RouteName = keyof typeof routes;
type SchemaOf<R extends RouteName, K extends 'body' | 'params' | 'querystring' | 'reply'> =
  (typeof routes)[R] extends Record<K, infer S extends TSchema> ? Static<S> : never;
/** The JSON body a route takes (never when it takes none). */
export type RequestBody<R extends RouteName> = SchemaOf<R, 'body'>;
export type RequestParams<R extends RouteName> = SchemaOf<R, 'params'>;
export type RequestQuery<R extends RouteName> = SchemaOf<R, 'querystring'>;
/** The body of the success answer. Every failure answers an ApiError. */
export type ReplyBody<R extends RouteName> = SchemaOf<R, 'reply'>;

/** Fills `:name` segments: path('attestation', { id: 'a1' }) → "/v1/attestations/a1". */
export function path(name: RouteName, params: Record<string, string> = {}): string {
  return routes[name].url.replace(/:([a-zA-Z]+)/g, (_, key: string) => encodeURIComponent(params[key] ?? ''));
}

export { ApiError };
