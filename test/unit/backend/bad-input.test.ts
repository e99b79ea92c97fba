// Every field of every route of the shared table: missing, wrong type, too long, unknown, injection strings → a 4xx
// in the one error shape with a code naming the field; never a 500. Generated from the route schemas themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes, type RouteName } from '../../../shared/api/routes';
import { julie, makeApp, SEED, type TestApp } from './helpers';

interface Schema { type?: string; properties?: Record<string, Schema>; required?: string[]; maxLength?: number; anyOf?: Schema[] }

const BASE: Partial<Record<RouteName, Record<string, unknown>>> = {
  creationStart: julie,
  creationEtatCivil: julie,
  creationIdentityDocument: { kind: 'carte-identite', number: '880692310285' },
  creationContact: { channel: 'email', value: 'a@example.fr', confirmation: 'a@example.fr' },
  creationCodeVerify: { code: '123456' },
  creationPassword: { password: 'Soleil2026Nice', confirmation: 'Soleil2026Nice' },
  login: { identifier: SEED.samia.nir, password: 'Wrong2021Pass' },
  migrationCgu: { version: '2021-10' },
  migrationPassword: { password: 'Soleil2026Nice', confirmation: 'Soleil2026Nice' },
  migrationContact: { channel: 'email', email: 'p@example.fr' },
  migrationCodeVerify: { code: '123456' },
  resetStart: { identifier: SEED.samia.nir, channel: 'email' },
  resetCodeVerify: { code: '123456' },
  resetPassword: { password: 'Soleil2026Nice', confirmation: 'Soleil2026Nice' },
  autorisation: { granted: true },
  separation: { date: '01/03/2021', staysInHome: false, newAddress: { line: '1 rue A', postalCode: '33000', city: 'Bordeaux' } },
  contactChange: { channel: 'email', value: 'a@example.fr', confirmation: 'a@example.fr' },
  contactCodeVerify: { code: '123456' },
  clockAdvance: { advanceSeconds: 60 },
  franceConnectExchange: { code: 'not-a-code', verifier: 'v'.repeat(43) },
  franceConnectLogout: { returnTo: 'app://kiosk/' },
  demandeStart: { prestation: 'aide-logement' },
  demandeFoyer: { members: [{ lien: 'enfant', nom: 'Fontaine', prenoms: 'Jules', dateNaissance: '03/04/2019' }] },
  demandeLogement: { address: { line: '4 place Garibaldi', postalCode: '06300', city: 'Nice' }, statut: 'locataire', kind: 'appartement', dateEntree: '01/09/2020' },
  demandeLoyer: { montant: '650', charges: '45', bailleur: { nom: 'Habitat 06', address: { line: '1 rue de France', postalCode: '06000', city: 'Nice' } } },
  demandeRessources: { ressources: [{ memberId: 'demandeur', montant: '15 600' }] },
  demandeBanque: { titulaire: 'Veronique Fontaine', iban: 'FR1420041010050500013M02606' },
  demandeEnvoi: { declarationHonneur: true },
};

const INJECTIONS = [
  "' OR '1'='1' --", '"; DROP TABLE accounts; --', '<script>alert(1)</script>', '../../../../etc/passwd', '${jndi:ldap://x/a}',
  '{{7*7}}', '\u0000\u0001', '%00', '\ud800', 'A'.repeat(10_000), '__proto__', '0x41414141', '🙂🙂🙂', '   ',
];

let t: TestApp;
let full: string;
let migration: string;
/** franceConnectLogout ends its session when a body passes: its own, so the other routes keep theirs. */
let franceConnectLogout: string;
let flowId: string;
let resetId: string;
let demandeId: string;
beforeAll(async () => {
  t = await makeApp();
  full = await t.login(SEED.veronique.nir, SEED.veronique.password);
  migration = await t.login(SEED.pierre.nir, SEED.pierre.password);
  franceConnectLogout = await t.login(SEED.veronique.nir, SEED.veronique.password);
  flowId = (await t.call('POST', '/v1/account-creations', julie)).json().id;
  resetId = (await t.call('POST', '/v1/password-resets', { identifier: SEED.lea.nir, channel: 'sms' })).json().id;
  // A draft whose steps are all answered, so that every step's checks are reached (and the request never sent).
  demandeId = (await t.call('POST', '/v1/demandes', { prestation: 'aide-logement' }, full)).json().id;
  for (const step of ['Foyer', 'Logement', 'Loyer', 'Ressources', 'Banque'] as const) {
    const name = `demande${step}` as RouteName;
    await t.call(routes[name].method, routes[name].url.replace(':id', demandeId), { ...BASE[name], ...(step === 'Foyer' ? { members: [] } : {}) }, full);
  }
});
afterAll(() => t.close());

function urlOf(name: RouteName, id?: string) {
  const spec = routes[name];
  const fallback = spec.url.includes('account-creations') ? flowId : spec.url.includes('password-resets') ? resetId
    : spec.url.includes('demandes/:id/envoi') ? 'not-sent-here' : spec.url.includes('demandes') ? demandeId : 'att-fontaine-paiement';
  return spec.url.replace(':id', encodeURIComponent(id ?? fallback));
}
const tokenOf = (name: RouteName) =>
  name === 'franceConnectLogout' ? franceConnectLogout : routes[name].auth === 'migration' ? migration : routes[name].auth === 'none' ? undefined : full;

function wrongTypeOf(schema: Schema): unknown {
  if (schema.type === 'string' || schema.anyOf) return 12345;
  if (schema.type === 'boolean') return 'yes';
  if (schema.type === 'object') return 'not an object';
  return { nested: true };
}

/** Every (path, schema, required) of a body schema, one level of nesting deep. */
function fields(schema: Schema, prefix: string[] = []): Array<{ path: string[]; schema: Schema; required: boolean }> {
  return Object.entries(schema.properties ?? {}).flatMap(([key, sub]) => [
    { path: [...prefix, key], schema: sub, required: (schema.required ?? []).includes(key) },
    ...(sub.type === 'object' ? fields(sub, [...prefix, key]) : []),
  ]);
}

function withValue(body: Record<string, unknown>, path: string[], value: unknown, remove = false) {
  const copy = structuredClone(body) as Record<string, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) {
    target[key] ??= {};
    target = target[key] as Record<string, unknown>;
  }
  const last = path.at(-1)!;
  if (remove) delete target[last];
  else target[last] = value;
  return copy;
}

function expectShape(res: { statusCode: number; body: string }, context: string) {
  expect(res.statusCode, context).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, `${context}: ${res.body}`).toBeLessThan(500);
  const body = JSON.parse(res.body) as Record<string, unknown>;
  expect(typeof body.code, context).toBe('string');
  expect(typeof body.message, context).toBe('string');
  expect(res.body, context).not.toMatch(/at .*\.ts:\d+|stack|node_modules/);
}

const withBody = (Object.keys(routes) as RouteName[]).filter((name) => 'body' in routes[name]);

describe('bad input on every field of every route', () => {
  for (const name of withBody) {
    const spec = routes[name];
    const schema = (spec as unknown as { body: Schema }).body;
    it(`${spec.method} ${spec.url}: missing, wrong type, too long, unknown and injected fields`, async () => {
      const base = BASE[name];
      expect(base, `a valid body for ${name}`).toBeDefined();
      const send = (body: unknown) => t.call(spec.method, urlOf(name), body, tokenOf(name));
      for (const field of fields(schema)) {
        const dotted = field.path.join('.');
        const leaf = field.path.at(-1)!;
        if (field.required) {
          const res = await send(withValue(base!, field.path, undefined, true));
          expectShape(res, `${name} missing ${dotted}`);
          expect(res.json(), `${name} missing ${dotted}`).toMatchObject({ code: `${leaf}.required`, field: dotted });
        }
        const wrong = await send(withValue(base!, field.path, wrongTypeOf(field.schema)));
        expectShape(wrong, `${name} wrong type ${dotted}`);
        expect(wrong.json(), `${name} wrong type ${dotted}`).toMatchObject({ code: `${leaf}.invalid`, field: dotted });
        if (field.schema.maxLength) {
          const long = await send(withValue(base!, field.path, 'x'.repeat(field.schema.maxLength + 1)));
          expectShape(long, `${name} too long ${dotted}`);
          expect(long.json(), `${name} too long ${dotted}`).toMatchObject({ code: `${leaf}.invalid`, field: dotted });
        }
        if (field.schema.type === 'string') {
          for (const injected of INJECTIONS) {
            const res = await send(withValue(base!, field.path, injected));
            if (res.statusCode < 400) continue; // a harmless string some field accepts (e.g. the CGU version check)
            expectShape(res, `${name} injection ${JSON.stringify(injected).slice(0, 20)} in ${dotted}`);
            if (res.statusCode === 400 && res.json().field) expect(res.json().field).toContain(field.path[0]);
          }
        }
      }
      const unknown = await send({ ...base, isAdmin: true });
      expect(unknown.json()).toMatchObject({ code: 'request.unknownField', field: 'isAdmin' });
      for (const whole of [[], 'text', 42, null]) expectShape(await send(whole), `${name} body ${JSON.stringify(whole)}`);
    });
  }

  it('refuses a body that is not JSON, or not declared as JSON', async () => {
    const broken = await t.app.inject({ method: 'POST', url: '/v1/sessions', payload: '{"identifier":', headers: { 'content-type': 'application/json' } });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('request.invalid');
    const poisoned = await t.app.inject({ method: 'POST', url: '/v1/sessions', payload: '{"__proto__":{"admin":true},"identifier":"1","password":"x"}', headers: { 'content-type': 'application/json' } });
    expect(poisoned.json().code).toBe('request.invalid');
    // An empty body declared as JSON is no body: fine where the route takes none, "required" where it takes one.
    const emptyReset = await t.app.inject({ method: 'POST', url: `/v1/password-resets/${resetId}/code/resend`, headers: { 'content-type': 'application/json' } });
    expect(emptyReset.json().code).toBe('code.cooldown');
    const emptyLogin = await t.app.inject({ method: 'POST', url: '/v1/sessions', headers: { 'content-type': 'application/json' } });
    expect(emptyLogin.json().code).toBe('request.invalid');
    const form = await t.app.inject({ method: 'POST', url: '/v1/sessions', payload: 'identifier=1&password=2', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBe(415);
    expect(form.json().code).toBe('request.mediaType');
    const huge = await t.app.inject({ method: 'POST', url: '/v1/sessions', payload: JSON.stringify({ identifier: 'x'.repeat(70_000), password: 'x' }), headers: { 'content-type': 'application/json' } });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().code).toBe('request.tooLarge');
  });

  it('refuses bad path parameters and queries with a 4xx', async () => {
    for (const id of ["' OR 1=1 --", '..%2F..%2Fetc', 'x'.repeat(65), '%00']) {
      for (const name of ['attestation', 'courrier', 'creationGet', 'resetCodeResend', 'autorisation'] as const) {
        const res = await t.call(routes[name].method, urlOf(name, id), name === 'autorisation' ? { granted: true } : undefined, tokenOf(name));
        expectShape(res, `${name} id ${id}`);
      }
    }
    const noTo = await t.call('GET', '/sandbox/outbox');
    expect(noTo.json()).toMatchObject({ code: 'to.required', field: 'to' });
    const extra = await t.call('GET', '/sandbox/outbox?to=a@b.fr&all=1');
    expect(extra.json()).toMatchObject({ code: 'request.unknownField', field: 'all' });
  });

  it('answers unknown routes with 404 and known paths with another method with 405, in the same shape', async () => {
    const missing = await t.call('GET', '/v1/nothing-here');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ code: 'route.notFound', message: 'No such route' });
    const wrongMethod = await t.call('PATCH', '/v1/sessions');
    expect(wrongMethod.statusCode).toBe(405);
    expect(wrongMethod.json().code).toBe('method.notAllowed');
    expect(wrongMethod.headers.allow).toBe('POST');
    const wrongOnParam = await t.call('DELETE', '/v1/attestations/abc', undefined, full);
    expect(wrongOnParam.statusCode).toBe(405);
    expect(wrongOnParam.headers.allow).toBe('GET');
  });
});
