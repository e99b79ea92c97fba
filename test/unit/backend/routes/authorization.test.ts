// Every authenticated route of the shared route table × every role, each cell with its exact status and error code.
// Who may call what is decided in two places, both under test here: the session kind each route takes
// (plugins/app/auth.ts, from `auth` in shared/api/routes.ts) and the person's rights (services/rights.ts). This table
// is the contract the kiosk relies on (it only offers what /v1/me's `rights` lists, and the back end refuses the rest
// anyway). A person of another household gets exactly the answer of a missing resource (seed 002: the 10/10/2021
// incident, people reaching other people's files). A route added to the table without a row here fails the first test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../../backend/src/app';
import { freshDatabase } from '../../../support/test-database';
import { FakeClock } from '../../../../backend/src/clock';
import { routes, type RouteName } from '../../../../shared/api/routes';
import { julie } from '../helpers';

type Household = 'fontaine' | 'benali' | 'martin' | 'morel';
interface Person { nir: string; password: string; household: Household; prenom: string }
const P = {
  veronique: { nir: '2780506088101', password: 'Veronique2021', household: 'fontaine', prenom: 'VERONIQUE' },
  marc: { nir: '1760931555102', password: 'Marc2021Conjoint', household: 'fontaine', prenom: 'MARC' },
  lea: { nir: '2080206088103', password: 'LeaFontaine16', household: 'fontaine', prenom: 'LEA' },
  robert: { nir: '1450731555104', password: 'Robert1945Papi', household: 'fontaine', prenom: 'ROBERT' },
  samia: { nir: '2851133063105', password: 'Samia2021Benali', household: 'benali', prenom: 'SAMIA' },
  karim: { nir: '1830433063106', password: 'Karim2021Benali', household: 'benali', prenom: 'KARIM' },
  // The migrated allocataire: his login opens a migration session (seed 004's first login).
  pierre: { nir: '1600667482107', password: '47110592', household: 'martin', prenom: 'PIERRE' },
  // A new applicant who has just created Mon Compte: no allocataire household until her first request is sent.
  claire: { nir: '2950306088111', password: 'Claire2026Morel', household: 'morel', prenom: 'CLAIRE' },
} satisfies Record<string, Person>;

/** Each household's own resources (the id routes aim at them). */
const TARGETS = {
  fontaine: { attestation: 'att-fontaine-paiement', courrier: 'cou-fontaine-1', conjoint: 'p-marc' },
  benali: { attestation: 'att-benali-paiement', courrier: 'cou-benali-1', conjoint: 'p-karim' },
} as const;
/** What must never appear in the answers to a person of another household. */
const MARKERS: Record<Household, string[]> = {
  fontaine: ['FONTAINE', '1234567', 'fontaine'],
  benali: ['BENALI', '7654321', 'benali'],
  martin: ['MARTIN', '1122334'],
  morel: ['MOREL', 'CLAIRE'],
};
const HOUSEHOLDS = Object.keys(MARKERS) as Household[];

const ROLES = [
  'responsable', 'conjointAvecAutorisation', 'conjointSansAutorisation', 'enfant', 'personneACharge', 'autreFoyer',
  'premiereConnexion', 'sansSession', 'nouveauDemandeur',
] as const;
type RoleName = (typeof ROLES)[number];
/** Who plays each role, and the household whose resources their id routes target. */
const CAST: Record<Exclude<RoleName, 'sansSession'>, { person: Person; targets: keyof typeof TARGETS; restricted: boolean; demande?: DemandeOwner }> = {
  responsable: { person: P.veronique, targets: 'fontaine', restricted: false },
  conjointAvecAutorisation: { person: P.marc, targets: 'fontaine', restricted: false },
  conjointSansAutorisation: { person: P.karim, targets: 'benali', restricted: true },
  enfant: { person: P.lea, targets: 'fontaine', restricted: true },
  personneACharge: { person: P.robert, targets: 'fontaine', restricted: true },
  // The responsable of BENALI aiming at FONTAINE's documents and members.
  autreFoyer: { person: P.samia, targets: 'fontaine', restricted: false },
  // A migration session (first login not finished) aiming at FONTAINE's: nothing of the account space yet.
  premiereConnexion: { person: P.pierre, targets: 'fontaine', restricted: true },
  // Her own draft; the household's documents she aims at are FONTAINE's (she has no right to any).
  nouveauDemandeur: { person: P.claire, targets: 'fontaine', restricted: false, demande: 'morel' },
};
/** The drafts of the aide au logement the demande routes aim at, started in beforeAll by each owner. */
type DemandeOwner = 'fontaine' | 'benali' | 'morel';
const DEMANDE_OWNERS: Record<DemandeOwner, Person> = { fontaine: P.veronique, benali: P.samia, morel: P.claire };

type Answer = number | [number, string];
const OK = (status: number): Answer => status;
const E = (status: number, code: string): Answer => [status, code];
const FORBIDDEN = E(403, 'rights.forbidden');
const NOT_FOUND = E(404, 'resource.notFound');
const NO_SESSION = E(401, 'auth.required');
const MIGRATION_FIRST = E(403, 'auth.migrationRequired');
const NOT_MIGRATION = E(409, 'auth.notMigration');

/** The routes that take a bearer token: every one must have its row below (checked by type and by the first test). */
type AuthenticatedRoute = { [R in RouteName]: (typeof routes)[R]['auth'] extends 'none' ? never : R }[RouteName];
type Row = [Answer, Answer, Answer, Answer, Answer, Answer, Answer, Answer, Answer];

// Columns: responsable, conjoint avec, conjoint sans, enfant, personne à charge, autre foyer, première connexion,
// sans session, nouveau demandeur. Rows in the order a visit calls them: the code routes after the one that sends the code, the
// migration steps in their order, logout last.
const TABLE: Record<AuthenticatedRoute, Row> = {
  me: [OK(200), OK(200), OK(200), OK(200), OK(200), OK(200), MIGRATION_FIRST, NO_SESSION, OK(200)],
  dashboard: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, OK(200), MIGRATION_FIRST, NO_SESSION, FORBIDDEN],
  payments: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, OK(200), MIGRATION_FIRST, NO_SESSION, FORBIDDEN],
  attestation: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, MIGRATION_FIRST, NO_SESSION, FORBIDDEN],
  courrier: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, MIGRATION_FIRST, NO_SESSION, FORBIDDEN],
  household: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, OK(200), MIGRATION_FIRST, NO_SESSION, FORBIDDEN],
  // Only the responsable grants; the conjoint with autorisation has the features, not the granting (seed 001).
  autorisation: [OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, MIGRATION_FIRST, NO_SESSION, FORBIDDEN],
  // The conjoint declares a separation (seed 002), and so may the responsable; children and dependents may not.
  separation: [OK(201), OK(201), OK(201), FORBIDDEN, FORBIDDEN, OK(201), MIGRATION_FIRST, NO_SESSION, FORBIDDEN],
  contactChange: [OK(202), OK(202), OK(202), OK(202), OK(202), OK(202), MIGRATION_FIRST, NO_SESSION, OK(202)],
  contactCode: [OK(200), OK(200), OK(200), OK(200), OK(200), OK(200), MIGRATION_FIRST, NO_SESSION, OK(200)],
  contactCodeResend: [OK(202), OK(202), OK(202), OK(202), OK(202), OK(202), MIGRATION_FIRST, NO_SESSION, OK(202)],
  contactCodeVerify: [OK(200), OK(200), OK(200), OK(200), OK(200), OK(200), MIGRATION_FIRST, NO_SESSION, OK(200)],
  // The request for the aide au logement (issue 14), in the order of a visit: the responsable and the conjoint with
  // autorisation de gestion fill in and send the household's draft, the new applicant her own; a conjoint without the
  // autorisation only sees the status of the household's requests (services/rights.ts); another household's draft
  // is a missing one. Sending twice is answered as sent (a retry after a lost answer).
  demarches: [OK(200), OK(200), OK(200), FORBIDDEN, FORBIDDEN, OK(200), MIGRATION_FIRST, NO_SESSION, OK(200)],
  demandeStart: [OK(201), OK(201), FORBIDDEN, FORBIDDEN, FORBIDDEN, OK(201), MIGRATION_FIRST, NO_SESSION, OK(201)],
  demandeGet: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, MIGRATION_FIRST, NO_SESSION, OK(200)],
  demandeFoyer: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, MIGRATION_FIRST, NO_SESSION, OK(200)],
  demandeLogement: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, MIGRATION_FIRST, NO_SESSION, OK(200)],
  demandeLoyer: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, MIGRATION_FIRST, NO_SESSION, OK(200)],
  demandeRessources: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, MIGRATION_FIRST, NO_SESSION, OK(200)],
  demandeBanque: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, MIGRATION_FIRST, NO_SESSION, OK(200)],
  demandeEnvoi: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, MIGRATION_FIRST, NO_SESSION, OK(200)],
  accuseReception: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, MIGRATION_FIRST, NO_SESSION, OK(200)],
  sessionGet: [OK(200), OK(200), OK(200), OK(200), OK(200), OK(200), OK(200), NO_SESSION, OK(200)],
  // The first-login steps (seed 004) are for a migration session only.
  migrationGet: [NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, OK(200), NO_SESSION, NOT_MIGRATION],
  migrationCgu: [NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, OK(200), NO_SESSION, NOT_MIGRATION],
  migrationPassword: [NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, OK(200), NO_SESSION, NOT_MIGRATION],
  migrationContact: [NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, OK(200), NO_SESSION, NOT_MIGRATION],
  migrationCodeResend: [NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, OK(200), NO_SESSION, NOT_MIGRATION],
  migrationCodeVerify: [NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, NOT_MIGRATION, OK(201), NO_SESSION, NOT_MIGRATION],
  // premiereConnexion: the first login finished at migrationCodeVerify revoked every other session of the account
  // (issue 16), the second one this row logs out with included.
  logout: [OK(204), OK(204), OK(204), OK(204), OK(204), OK(204), NO_SESSION, NO_SESSION, OK(204)],
  // "Déconnexion" chained with FranceConnect's: any live session (endSessionUrl is null for one FranceConnect did not open).
  // premiereConnexion: its second session was revoked when the first login finished (issue 16), as for logout.
  franceConnectLogout: [OK(200), OK(200), OK(200), OK(200), OK(200), OK(200), NO_SESSION, NO_SESSION, OK(200)],
};

const newEmail = (role: RoleName) => `nouveau.${role.toLowerCase()}@example.org`;
/** The bodies the routes take, valid for the role (the refusals must come from the rights, not from the input). */
const BODIES: Partial<Record<AuthenticatedRoute, (role: RoleName) => unknown>> = {
  autorisation: () => ({ granted: true }),
  separation: () => ({ date: '01/11/2026', staysInHome: false, newAddress: { line: '3 rue des Lilas', postalCode: '31000', city: 'Toulouse' } }),
  contactChange: (role) => ({ channel: 'email', value: newEmail(role), confirmation: newEmail(role) }),
  migrationCgu: () => ({ version: '2021-10' }),
  migrationPassword: () => ({ password: 'Strasbourg67Pm', confirmation: 'Strasbourg67Pm' }),
  migrationContact: (role) => ({ channel: 'email', email: newEmail(role) }),
  franceConnectLogout: () => ({ returnTo: 'app://kiosk/' }),
  demandeStart: () => ({ prestation: 'aide-logement' }),
  demandeFoyer: () => ({ members: [{ lien: 'enfant', nom: 'Petit', prenoms: 'Jules', dateNaissance: '03/04/2019' }] }),
  demandeLogement: () => ({
    address: { line: '4 place Garibaldi', postalCode: '06300', city: 'Nice' }, statut: 'locataire', kind: 'appartement', dateEntree: '01/09/2026',
  }),
  demandeLoyer: () => ({ montant: '650', charges: '45,50', bailleur: { nom: 'Habitat 06', address: { line: '1 rue de France', postalCode: '06000', city: 'Nice' } } }),
  demandeRessources: () => ({ ressources: [{ memberId: 'demandeur', montant: '15 600' }, { memberId: 'm-1', montant: '0' }] }),
  demandeBanque: () => ({ titulaire: 'Titulaire du compte', iban: 'FR14 2004 1010 0505 0001 3M02 606' }),
  demandeEnvoi: () => ({ declarationHonneur: true }),
};
/** Routes whose :id is a request: the draft of the household (or applicant) the role aims at. */
const DEMANDE_ROUTES = new Set<AuthenticatedRoute>([
  'demandeGet', 'demandeFoyer', 'demandeLogement', 'demandeLoyer', 'demandeRessources', 'demandeBanque', 'demandeEnvoi', 'accuseReception',
]);
/** Routes that verify the code the route before sent to newEmail(role). */
const VERIFIES_CODE = new Set<AuthenticatedRoute>(['contactCodeVerify', 'migrationCodeVerify']);
/** Routes that send a new code: past the 30-second resend cooldown first. */
const RESENDS_CODE = new Set<AuthenticatedRoute>(['contactCodeResend', 'migrationCodeResend']);

describe('every authenticated route answers every role exactly as its session and rights say', () => {
  let app: FastifyInstance;
  const clock = new FakeClock();
  const tokens = new Map<RoleName, string>();
  const demandeIds = new Map<DemandeOwner, string>();
  /**
   * The rows that end the session each get a session of their own per role (and the migration session ends at
   * migrationCodeVerify).
   */
  const endingTokens: Partial<Record<AuthenticatedRoute, Map<RoleName, string>>> = { logout: new Map(), franceConnectLogout: new Map() };

  const lastCode = async (to: string) => {
    const res = await app.inject({ method: 'GET', url: `/sandbox/outbox?to=${encodeURIComponent(to)}` });
    return (res.json() as { messages: Array<{ code: string | null }> }).messages[0]?.code ?? '';
  };
  const call = async (route: AuthenticatedRoute, role: RoleName, pathOverride?: string) => {
    const spec = routes[route];
    const cast = role === 'sansSession' ? null : CAST[role];
    const target = TARGETS[cast?.targets ?? 'fontaine'];
    const demande = demandeIds.get(cast?.demande ?? cast?.targets ?? 'fontaine') ?? '';
    const url = pathOverride ?? spec.url.replace(':id', DEMANDE_ROUTES.has(route) ? demande
      : route === 'attestation' ? target.attestation : route === 'courrier' ? target.courrier : target.conjoint);
    const body = VERIFIES_CODE.has(route) ? { code: await lastCode(newEmail(role)) } : BODIES[route]?.(role);
    const token = (endingTokens[route] ?? tokens).get(role);
    return app.inject({
      method: spec.method, url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body ? { payload: body } : {}),
    });
  };

  beforeAll(async () => {
    app = await buildApp({ databaseUrl: (await freshDatabase()).url, sandbox: true, clock, rateLimit: { max: 10_000, sensitiveMax: 10_000, timeWindowMs: 60_000 } });
    for (const role of ROLES) {
      if (role === 'sansSession') continue;
      for (const map of [tokens, ...Object.values(endingTokens)]) {
        const { nir, password } = CAST[role].person;
        const res = await app.inject({ method: 'POST', url: '/v1/sessions', payload: { identifier: nir, password } });
        expect(res.statusCode).toBe(201);
        expect((res.json() as { kind: string }).kind).toBe(role === 'premiereConnexion' ? 'migration' : 'full');
        map.set(role, (res.json() as { token: string }).token);
      }
    }
    for (const [owner, person] of Object.entries(DEMANDE_OWNERS) as Array<[DemandeOwner, Person]>) {
      const login = await app.inject({ method: 'POST', url: '/v1/sessions', payload: { identifier: person.nir, password: person.password } });
      const res = await app.inject({
        method: 'POST', url: '/v1/demandes', payload: { prestation: 'aide-logement' },
        headers: { authorization: `Bearer ${(login.json() as { token: string }).token}` },
      });
      expect(res.statusCode, res.body).toBe(201);
      demandeIds.set(owner, (res.json() as { id: string }).id);
    }
  });
  afterAll(() => app.close());

  it('has a row for every authenticated route of the shared route table, and for no other', () => {
    const authenticated = (Object.keys(routes) as RouteName[]).filter((r) => routes[r].auth !== 'none');
    expect(Object.keys(TABLE).sort()).toEqual(authenticated.sort());
  });

  for (const route of Object.keys(TABLE) as AuthenticatedRoute[]) {
    describe(`${routes[route].method} ${routes[route].url}`, () => {
      ROLES.forEach((role, column) => {
        const expected = TABLE[route][column]!;
        const [status, code] = typeof expected === 'number' ? [expected, null] : expected;
        it(`answers ${status}${code ? ` ${code}` : ''} to ${role}`, async () => {
          if (RESENDS_CODE.has(route)) clock.advance(31_000); // past the resend cooldown
          const res = await call(route, role);
          expect(res.statusCode, res.body).toBe(status);
          if (code) expect(res.json()).toEqual({ code, message: expect.any(String) });
          if (role === 'sansSession') return;
          const cast = CAST[role];
          const own = cast.person.household;
          // Nothing of another household, ever.
          for (const household of HOUSEHOLDS) {
            if (household !== own) for (const marker of MARKERS[household]) expect(res.body).not.toContain(marker);
          }
          if (cast.restricted) {
            // Nothing of the household's payments, courriers or other members.
            for (const person of Object.values(P)) {
              if (person !== cast.person) expect(res.body).not.toContain(person.prenom);
            }
            expect(res.body).not.toMatch(/amountCents|allocataireNumber|courriers|payments/);
          }
          if (status < 300 && route === 'contactCodeVerify') expect(res.json()).toMatchObject({ contact: { email: newEmail(role) } });
          if (status < 300 && route === 'migrationCodeVerify') expect(res.json()).toMatchObject({ kind: 'full' });
        });
      });
    });
  }

  it('answers a person of another household exactly as it answers a missing resource', async () => {
    for (const route of ['attestation', 'courrier', 'autorisation', 'demandeGet', 'accuseReception'] as const) {
      const foreign = await call(route, 'autreFoyer');
      const missing = await call(route, 'autreFoyer', routes[route].url.replace(':id', 'n-existe-pas'));
      expect(foreign.statusCode).toBe(missing.statusCode);
      expect(foreign.body).toBe(missing.body);
    }
  });
});

/**
 * The routes without a session whose `:id` is a capability: the flow's random id, handed only to the kiosk that
 * started it (account creation, password reset). Whoever does not hold it gets the answer of a flow that does not
 * exist, whatever else they know (the NIR, the identifier typed). A capability route added to the table without a
 * row here fails the first test.
 */
type CapabilityRoute = { [R in RouteName]: (typeof routes)[R]['auth'] extends 'none' ? ((typeof routes)[R] extends { params: unknown } ? R : never) : never }[RouteName];
const CAPABILITY_BODIES: Partial<Record<CapabilityRoute, unknown>> = {
  creationEtatCivil: julie,
  creationIdentityDocument: { kind: 'carte-identite', number: '880692310285' },
  creationContact: { channel: 'email', value: 'a@example.fr', confirmation: 'a@example.fr' },
  creationCodeVerify: { code: '123456' },
  creationPassword: { password: 'Soleil2026Nice', confirmation: 'Soleil2026Nice' },
  resetCodeVerify: { code: '123456' },
  resetPassword: { password: 'Soleil2026Nice', confirmation: 'Soleil2026Nice' },
};
/** What each answers to an id its caller does not hold: a made-up one, or the person's NIR in its place. */
const CAPABILITY_TABLE: Record<CapabilityRoute, Answer> = {
  creationGet: E(404, 'flow.notFound'),
  creationEtatCivil: E(404, 'flow.notFound'),
  creationIdentityDocument: E(404, 'flow.notFound'),
  creationContact: E(404, 'flow.notFound'),
  creationCodeResend: E(404, 'flow.notFound'),
  creationCodeVerify: E(404, 'flow.notFound'),
  creationPassword: E(404, 'flow.notFound'),
  creationComplete: E(404, 'flow.notFound'),
  // Where a reset stands (« Réessayer »): never found from the identifier, so no account-existence oracle.
  resetGet: E(404, 'flow.notFound'),
  resetCodeResend: E(404, 'flow.notFound'),
  resetCodeVerify: E(404, 'flow.notFound'),
  resetPassword: E(404, 'flow.notFound'),
};

describe('every capability route answers a caller without its id as a missing flow', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ databaseUrl: (await freshDatabase()).url, sandbox: true, clock: new FakeClock(), rateLimit: { max: 10_000, sensitiveMax: 10_000, timeWindowMs: 60_000 } });
    // Live flows of Véronique's NIR exist, so a route that looked the flow up by anything but its id would find one.
    expect((await app.inject({ method: 'POST', url: '/v1/password-resets', payload: { identifier: P.veronique.nir, channel: 'email' } })).statusCode).toBe(202);
  });
  afterAll(() => app.close());

  it('has a row for every route without a session that takes an :id, and for no other', () => {
    const capability = (Object.keys(routes) as RouteName[]).filter((r) => routes[r].auth === 'none' && 'params' in routes[r]);
    expect(Object.keys(CAPABILITY_TABLE).sort()).toEqual(capability.sort());
  });

  for (const route of Object.keys(CAPABILITY_TABLE) as CapabilityRoute[]) {
    const [status, code] = CAPABILITY_TABLE[route] as [number, string];
    it(`${routes[route].method} ${routes[route].url} answers ${status} ${code}`, async () => {
      for (const id of ['Zm9yZ2VkLWlkLW9mLTI1Ni1iaXRzLWZvci10aGUtdGVzdA', P.veronique.nir]) {
        const body = CAPABILITY_BODIES[route];
        const res = await app.inject({ method: routes[route].method, url: routes[route].url.replace(':id', id), ...(body ? { payload: body as object } : {}) });
        expect(res.statusCode, `${id}: ${res.body}`).toBe(status);
        expect(res.json()).toEqual({ code, message: expect.any(String) });
      }
    });
  }
});
