// Issue 7: every account-space route × every role, each cell with its exact answer. The rights are decided once in
// backend/src/services/rights.ts; this table is the contract the kiosk relies on (it only offers what /v1/me's
// `rights` lists, and the back end refuses the rest anyway). A person of another household gets exactly the answer
// of a missing resource (seed 002: the 10/10/2021 incident, people reaching other people's files).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../../backend/src/app';
import { FakeClock } from '../../../../backend/src/clock';
import { routes, type RouteName } from '../../../../shared/api/routes';

type Household = 'fontaine' | 'benali';
interface Person { nir: string; password: string; household: Household; prenom: string }
const P = {
  veronique: { nir: '2780506088101', password: 'Veronique2021', household: 'fontaine', prenom: 'VERONIQUE' },
  marc: { nir: '1760931555102', password: 'Marc2021Conjoint', household: 'fontaine', prenom: 'MARC' },
  lea: { nir: '2080206088103', password: 'LeaFontaine16', household: 'fontaine', prenom: 'LEA' },
  robert: { nir: '1450731555104', password: 'Robert1945Papi', household: 'fontaine', prenom: 'ROBERT' },
  samia: { nir: '2851133063105', password: 'Samia2021Benali', household: 'benali', prenom: 'SAMIA' },
  karim: { nir: '1830433063106', password: 'Karim2021Benali', household: 'benali', prenom: 'KARIM' },
} satisfies Record<string, Person>;

/** Each household's own resources, and what must never appear in the answers of another household's person. */
const HOUSEHOLD = {
  fontaine: { attestation: 'att-fontaine-paiement', courrier: 'cou-fontaine-1', conjoint: 'p-marc', markers: ['FONTAINE', '1234567', 'fontaine'] },
  benali: { attestation: 'att-benali-paiement', courrier: 'cou-benali-1', conjoint: 'p-karim', markers: ['BENALI', '7654321', 'benali'] },
} as const;
const other = (h: Household): Household => (h === 'fontaine' ? 'benali' : 'fontaine');

const ROLES = ['responsable', 'conjointAvecAutorisation', 'conjointSansAutorisation', 'enfant', 'personneACharge', 'autreFoyer', 'sansSession'] as const;
type RoleName = (typeof ROLES)[number];
/** Who plays each role, and the household whose resources their id routes target. */
const CAST: Record<Exclude<RoleName, 'sansSession'>, { person: Person; targets: Household; restricted: boolean }> = {
  responsable: { person: P.veronique, targets: 'fontaine', restricted: false },
  conjointAvecAutorisation: { person: P.marc, targets: 'fontaine', restricted: false },
  conjointSansAutorisation: { person: P.karim, targets: 'benali', restricted: true },
  enfant: { person: P.lea, targets: 'fontaine', restricted: true },
  personneACharge: { person: P.robert, targets: 'fontaine', restricted: true },
  // The responsable of BENALI aiming at FONTAINE's documents and members.
  autreFoyer: { person: P.samia, targets: 'fontaine', restricted: false },
};

type Answer = number | [number, string];
const OK = (status: number): Answer => status;
const E = (status: number, code: string): Answer => [status, code];
const FORBIDDEN = E(403, 'rights.forbidden');
const NOT_FOUND = E(404, 'resource.notFound');
const NO_SESSION = E(401, 'auth.required');

// Columns: responsable, conjoint avec, conjoint sans, enfant, personne à charge, autre foyer, sans session.
const TABLE: Record<AccountSpaceRoute, [Answer, Answer, Answer, Answer, Answer, Answer, Answer]> = {
  me: [OK(200), OK(200), OK(200), OK(200), OK(200), OK(200), NO_SESSION],
  dashboard: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, OK(200), NO_SESSION],
  payments: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, OK(200), NO_SESSION],
  attestation: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NO_SESSION],
  courrier: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NO_SESSION],
  household: [OK(200), OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, OK(200), NO_SESSION],
  // Only the responsable grants; the conjoint with autorisation has the features, not the granting (seed 001).
  autorisation: [OK(200), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND, NO_SESSION],
  // The conjoint declares a separation (seed 002), and so may the responsable; children and dependents may not.
  separation: [OK(201), OK(201), OK(201), FORBIDDEN, FORBIDDEN, OK(201), NO_SESSION],
  contactChange: [OK(202), OK(202), OK(202), OK(202), OK(202), OK(202), NO_SESSION],
  contactCodeResend: [OK(202), OK(202), OK(202), OK(202), OK(202), OK(202), NO_SESSION],
  contactCodeVerify: [OK(200), OK(200), OK(200), OK(200), OK(200), OK(200), NO_SESSION],
};
type AccountSpaceRoute = 'me' | 'dashboard' | 'payments' | 'attestation' | 'courrier' | 'household' | 'autorisation'
  | 'separation' | 'contactChange' | 'contactCodeResend' | 'contactCodeVerify';

const newEmail = (role: RoleName) => `nouveau.${role.toLowerCase()}@example.org`;

describe('the account space answers every role exactly as its rights say', () => {
  let app: FastifyInstance;
  const clock = new FakeClock();
  const tokens = new Map<RoleName, string>();

  const call = (route: AccountSpaceRoute, role: RoleName, pathOverride?: string) => {
    const spec = routes[route];
    const cast = role === 'sansSession' ? null : CAST[role];
    const target = HOUSEHOLD[cast?.targets ?? 'fontaine'];
    const url = pathOverride ?? spec.url
      .replace(':id', route === 'attestation' ? target.attestation : route === 'courrier' ? target.courrier : target.conjoint);
    const body = {
      autorisation: { granted: true },
      separation: { date: '01/11/2026', staysInHome: false, newAddress: { line: '3 rue des Lilas', postalCode: '31000', city: 'Toulouse' } },
      contactChange: { channel: 'email', value: newEmail(role), confirmation: newEmail(role) },
    }[route as string];
    const token = tokens.get(role);
    return app.inject({
      method: spec.method, url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(body ? { payload: body } : {}),
    });
  };
  const lastCode = async (to: string) => {
    const res = await app.inject({ method: 'GET', url: `/sandbox/outbox?to=${encodeURIComponent(to)}` });
    return (res.json() as { messages: Array<{ code: string | null }> }).messages[0]?.code ?? '';
  };

  beforeAll(async () => {
    app = await buildApp({ sandbox: true, clock, rateLimit: { max: 10_000, sensitiveMax: 10_000, timeWindowMs: 60_000 } });
    for (const role of ROLES) {
      if (role === 'sansSession') continue;
      const { nir, password } = CAST[role].person;
      const res = await app.inject({ method: 'POST', url: '/v1/sessions', payload: { identifier: nir, password } });
      expect(res.statusCode).toBe(201);
      tokens.set(role, (res.json() as { token: string }).token);
    }
  });
  afterAll(() => app.close());

  // Routes in the order a visit would call them (the code routes need a contact change first).
  const ORDER = Object.keys(TABLE) as AccountSpaceRoute[];
  it('covers every account-space route of the shared route table', () => {
    const spaceRoutes = (Object.keys(routes) as RouteName[]).filter((r) => routes[r].tags[0] === 'account-space');
    expect(ORDER.sort()).toEqual(spaceRoutes.sort());
  });

  for (const route of Object.keys(TABLE) as AccountSpaceRoute[]) {
    describe(`${routes[route].method} ${routes[route].url}`, () => {
      ROLES.forEach((role, column) => {
        const expected = TABLE[route][column]!;
        const [status, code] = typeof expected === 'number' ? [expected, null] : expected;
        it(`answers ${status}${code ? ` ${code}` : ''} to ${role}`, async () => {
          if (route === 'contactCodeResend') clock.advance(31_000); // past the resend cooldown
          const res = route === 'contactCodeVerify' && role !== 'sansSession'
            ? await app.inject({
              method: 'POST', url: routes.contactCodeVerify.url, headers: { authorization: `Bearer ${tokens.get(role)}` },
              payload: { code: await lastCode(newEmail(role)) },
            })
            : await call(route, role);
          expect(res.statusCode).toBe(status);
          if (code) expect(res.json()).toEqual({ code, message: expect.any(String) });
          if (role === 'sansSession') return;
          const cast = CAST[role];
          const own = cast.person.household;
          // Nothing of another household, ever.
          for (const marker of HOUSEHOLD[other(own)].markers) expect(res.body).not.toContain(marker);
          if (cast.restricted) {
            // Nothing of the household's payments, courriers or other members.
            for (const person of Object.values(P)) {
              if (person !== cast.person) expect(res.body).not.toContain(person.prenom);
            }
            expect(res.body).not.toMatch(/amountCents|allocataireNumber|courriers|payments/);
          }
          if (route === 'contactCodeVerify') expect(res.json()).toMatchObject({ contact: { email: newEmail(role) } });
        });
      });
    });
  }

  it('answers a person of another household exactly as it answers a missing resource', async () => {
    for (const route of ['attestation', 'courrier', 'autorisation'] as const) {
      const foreign = await call(route, 'autreFoyer');
      const missing = await call(route, 'autreFoyer', routes[route].url.replace(':id', 'n-existe-pas'));
      expect(foreign.statusCode).toBe(missing.statusCode);
      expect(foreign.body).toBe(missing.body);
    }
  });
});
