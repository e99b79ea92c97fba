// The state each guarded screen needs, set as the kiosk sets it: a session opened by the session store, a flow kept by
// its journey's store, and the back end's answers (the route mocks) for what a screen loads as it opens. One visitor
// throughout (the seed's VERONIQUE FONTAINE), so every screen shows the same person.
import { vi } from 'vitest';
import type { AccountCreation } from '@shared/api/account-creation';
import type { Dashboard, Household, Me, Separation } from '@shared/api/account-space';
import type { CodeChallenge } from '@shared/api/common';
import type { Demande, Demarches } from '@shared/api/demandes';
import type { MigrationState } from '@shared/api/migration';
import type { PasswordReset } from '@shared/api/password-reset';
import { useAccountSpaceStore } from '@renderer/app/account-store';
import { useSessionStore } from '@renderer/app/session-store';
import { useCreateAccountStore } from '@renderer/features/create-account/store';
import { useFranceConnectReturnStore } from '@renderer/features/franceconnect/return-store';
import { useHouseholdStore } from '@renderer/features/household/store';
import { useMigrationStore } from '@renderer/features/migration/store';
import { usePasswordResetStore } from '@renderer/features/password-reset/store';
import { useAideLogementStore } from '@renderer/features/aide-logement/store';
import { route } from '../../route-mocks';
import { refusal } from '../../store-harness';
import type { ScreenApp, ScreenSetup } from './screens';

/** Far ahead, so that no screen counts down while it is read (a code valid 10 minutes, a resend available later). */
const later = '2099-01-01T10:00:00.000Z';
const earlier = '2026-01-01T10:00:00.000Z';

export const me: Me = {
  identifier: '2780506088101', identifierKind: 'nir', displayName: 'VERONIQUE F.', civilite: 'MADAME', prenoms: 'VERONIQUE',
  nomNaissance: 'FONTAINE', nomUsage: null, dateNaissance: '1978-05-12',
  lieuNaissance: { kind: 'france', departement: '06', commune: '06088', nom: 'Nice' },
  role: 'responsable', autorisationGestion: false,
  rights: ['self.read', 'self.contact', 'household.read', 'prestation.request', 'demarches.read', 'autorisation.manage', 'separation.declare'],
  contact: { mobile: '+33612345678', autreTelephone: null, email: 'veronique.fontaine@example.fr' },
};

export const dashboard: Dashboard = {
  lastPayment: { date: '2026-11-05', amountCents: 25_834, label: 'Aide personnalisée au logement', paidToThirdParty: true },
  allocations: [{ id: 'al-1', label: 'Aide personnalisée au logement', monthlyAmountCents: 25_834, since: '2024-03-01' }],
  attestations: [{ id: 'at-1', label: 'Attestation de paiement', issuedOn: '2026-11-06' }],
  courriers: [{ id: 'co-1', subject: 'Votre droit à l’aide au logement', date: '2026-10-20', kind: 'courrier' }],
};

const household: Household = {
  allocataireNumber: '1234567',
  members: [
    { id: 'm-1', displayName: 'VERONIQUE F.', role: 'responsable', autorisationGestion: false, hasAccount: true },
    { id: 'm-2', displayName: 'KARIM F.', role: 'conjoint', autorisationGestion: false, hasAccount: true },
  ],
};

const demarches: Demarches = { demarches: [], draftRetentionDays: 30 };

const challenge = (destination: string): CodeChallenge => ({
  channel: 'sms', destination, sentAt: earlier, expiresAt: later, resendAvailableAt: earlier, attemptsLeft: 5,
});

const creation = (step: AccountCreation['step']): AccountCreation => ({
  id: 'creation-1', expiresAt: later, step,
  etatCivil: {
    nir: '2780506088101', civilite: 'MADAME', nomNaissance: 'FONTAINE', prenoms: 'VERONIQUE', nomUsage: null,
    dateNaissance: '12/05/1978', lieuNaissance: { kind: 'france', departement: '06', commune: '06088' },
  },
  identityDocumentRequired: true,
  identityDocument: step === 'identity-document' ? null : { kind: 'carte-identite', flagged: false },
  contact: step === 'identity-document' || step === 'contact' ? null : { channel: 'sms', value: '+33612345678' },
  code: step === 'code' ? challenge('+33612345678') : null,
  contactVerified: step === 'password' || step === 'summary',
  passwordSet: step === 'summary',
  identifier: null,
  identifierKind: null,
});

const reset: PasswordReset = { id: 'reset-1', channel: 'sms', expiresAt: later, resendAvailableAt: earlier };

const migration = (at: 'cgu' | 'password' | 'contact' | 'code'): MigrationState => ({
  cguVersion: '2024-01',
  cguAccepted: at !== 'cgu',
  passwordChanged: at === 'contact' || at === 'code',
  code: at === 'code' ? challenge('+33612345678') : null,
  contactVerified: false,
});

export const demande = (status: Demande['status'] = 'brouillon'): Demande => ({
  id: 'demande-1', prestation: 'aide-logement', status,
  number: status === 'brouillon' ? null : 'AL-2026-000123',
  sentAt: status === 'brouillon' ? null : '2026-12-02T10:00:00.000Z',
  updatedAt: '2026-12-02T09:00:00.000Z',
  expiresAt: status === 'brouillon' ? '2027-01-01T09:00:00.000Z' : null,
  resumeAt: 'recapitulatif',
  demandeur: { id: 'demandeur', nom: 'FONTAINE', prenoms: 'VERONIQUE', dateNaissance: '12/05/1978' },
  answers: {
    foyer: { members: [{ id: 'm-2', lien: 'enfant', nom: 'FONTAINE', prenoms: 'LINA', dateNaissance: '03/09/2015' }] },
    logement: { address: { line: '12 rue de la Paix', postalCode: '06000', city: 'Nice' }, statut: 'locataire', kind: 'appartement', dateEntree: '01/09/2026' },
    loyer: { montant: '650,00', charges: '40,00', bailleur: { nom: 'Côte d’Azur Habitat', address: { line: '53 boulevard René Cassin', postalCode: '06200', city: 'Nice' } } },
    ressources: { ressources: [{ memberId: 'demandeur', montant: '18000' }, { memberId: 'm-2', montant: '0' }] },
    banque: { titulaire: 'VERONIQUE FONTAINE', iban: 'FR7630006000011234567890189' },
  },
  knownMembers: [{ id: 'm-2', lien: 'enfant', nom: 'FONTAINE', prenoms: 'LINA', dateNaissance: '03/09/2015' }],
});

const separation: Separation = { id: 'sep-1', date: '2026-11-15', staysInHome: true, declaredAt: '2026-12-02T10:00:00.000Z' };

/** A full session of this visit, and the account space's answers (who, the dashboard, the household, the requests). */
function loggedIn({ use }: ScreenApp, kind: 'full' | 'migration' = 'full') {
  route('me').mockResolvedValue(me);
  route('dashboard').mockResolvedValue(dashboard);
  route('payments').mockResolvedValue({ payments: [dashboard.lastPayment!] });
  route('demarches').mockResolvedValue(demarches);
  route('household').mockResolvedValue(household);
  use(useSessionStore).open({ token: 'token-of-the-test', kind, expiresAt: later, idleTimeoutSeconds: 900 });
}

const fullSession: ScreenSetup = { prepare: (app) => loggedIn(app) };
/** The household's screens are reached from the account space, which has read who is logged in. */
const fromAccountSpace: ScreenSetup = {
  prepare: async (app) => {
    loggedIn(app);
    await app.use(useAccountSpaceStore).load();
  },
};
const creationAt = (step: AccountCreation['step']): ScreenSetup => ({
  prepare: ({ use }) => {
    use(useCreateAccountStore).flow = creation(step);
  },
});
const resetStarted: ScreenSetup = {
  prepare: ({ use }) => {
    use(usePasswordResetStore).flow = reset;
  },
};
const migrationAt = (at: 'cgu' | 'password' | 'contact' | 'code'): ScreenSetup => ({
  prepare: (app) => {
    loggedIn(app, 'migration');
    route('migrationGet').mockResolvedValue(migration(at));
    app.use(useMigrationStore).state = migration(at);
  },
});
const draftOpen: ScreenSetup = {
  prepare: (app) => {
    loggedIn(app);
    app.use(useAideLogementStore).demande = demande();
  },
};

/** What each screen needs to open, by route name; a screen not named here opens on a new visit. */
export const screenSetups: Partial<Record<string, ScreenSetup>> = {
  'demande-theme': { params: { theme: 'logement' } },
  'demande-prestation': { params: { theme: 'logement', prestation: 'aideLogement' } },
  'create-account-identity': creationAt('identity-document'),
  'create-account-contact': creationAt('contact'),
  'create-account-code': creationAt('code'),
  'create-account-password': creationAt('password'),
  'create-account-summary': creationAt('summary'),
  'password-reset-code': resetStarted,
  'password-reset-password': resetStarted,
  'migration-cgu': migrationAt('cgu'),
  'migration-password': migrationAt('password'),
  'migration-contact': migrationAt('contact'),
  'migration-code': migrationAt('code'),
  'migration-recap': fullSession,
  'migration-end': fullSession,
  // The start hands the whole window to the back end's FranceConnect start: kept in the test's page here.
  franceconnect: {
    prepare: () => {
      vi.spyOn(window.location, 'assign').mockImplementation(() => undefined);
    },
  },
  // Back from FranceConnect with the visitor's cancel: the return screen says so (a code would go on to another screen).
  'franceconnect-return': {
    prepare: ({ use }) => {
      use(useFranceConnectReturnStore).pending = { kind: 'error', code: 'franceconnect.cancelled' };
    },
  },
  'account-space': fullSession,
  'account-allocations': fullSession,
  'account-releve': fullSession,
  'account-attestations': fullSession,
  'account-courriers': fullSession,
  'account-demarches': fullSession,
  'household-contact': fromAccountSpace,
  'household-separation': fromAccountSpace,
  'household-separation-done': {
    prepare: async (app) => {
      await fromAccountSpace.prepare!(app);
      app.use(useHouseholdStore).separation = separation;
    },
  },
  'household-autorisation': fromAccountSpace,
  // Opening the request goes on at once to the draft's step; what stays on this screen is a role that may not ask.
  'aide-logement-start': {
    prepare: (app) => {
      loggedIn(app);
      route('demandeStart').mockRejectedValue(refusal(403, 'rights.forbidden'));
    },
  },
  'aide-logement-foyer': draftOpen,
  'aide-logement-logement': draftOpen,
  'aide-logement-loyer': draftOpen,
  'aide-logement-ressources': draftOpen,
  'aide-logement-banque': draftOpen,
  'aide-logement-recapitulatif': draftOpen,
  'aide-logement-sent': {
    prepare: (app) => {
      loggedIn(app);
      app.use(useAideLogementStore).demande = demande('recue');
    },
  },
};
