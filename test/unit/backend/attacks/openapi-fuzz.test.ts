// Issue 16, "Prove it": every route of /openapi.json fuzzed with fast-check arbitraries derived from the document's
// own schemas (path parameters, query strings, JSON bodies: mostly well-formed values, often off by one field, now and
// then anything JSON), without a session and with a valid session of each kind (responsable, conjoint without
// autorisation, first-login migration session) and an unknown token. The back end must never answer 5xx, and every
// 4xx must be the house error shape with its code. Kept to a few seconds in `npm test` (FUZZ_RUNS raises the count,
// e.g. `FUZZ_RUNS=20000 npx vitest run --project backend test/unit/backend/attacks/openapi-fuzz.test.ts`).
//
// The FranceConnect simulator's own pages (/franceconnect/…, oidc-provider standing in for FranceConnect, sandbox only)
// are not Mon Compte's API: they are fuzzed for "never 5xx" only.
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeApp, SEED, type TestApp } from '../helpers';

interface Schema {
  type?: string; properties?: Record<string, Schema>; required?: string[]; items?: Schema; anyOf?: Schema[];
  enum?: unknown[]; const?: unknown; maxLength?: number; minimum?: number; maximum?: number; maxItems?: number;
}
interface Parameter { in: 'path' | 'query' | 'header'; name: string; required?: boolean; schema: Schema }
interface Operation { parameters?: Parameter[]; requestBody?: { content?: { 'application/json'?: { schema: Schema } } }; security?: unknown[] }

const RUNS = Number(process.env.FUZZ_RUNS) || 500;

/** Values the routes know, so that generated requests get past the first checks and reach deeper ones. */
const SAMPLES = [
  SEED.lea.nir, SEED.marc.nir, '2090233063110', '2800106088108', '1600667482107', '299999999999', '2780506088101 45',
  'MADAME', 'MONSIEUR', 'Dupont', 'BENALI', 'Julie', '01/01/1980', '1980-01-01', '31/02/2021', '06', '06088', '99341', '2A004',
  'julie@example.fr', '+33612345601', '06 12 34 56 01', '123456', '000000', 'Soleil2026Nice', '2021-10', 'aide-logement',
  'carte-identite', 'passeport', 'titre-sejour', '880692310285', 'FR1420041010050500013M02606', 'app://kiosk/', 'enfant',
  'locataire', '650', '15 600', 'demandeur', 'p-lea', 'p-veronique', 'att-1', 'c-1', 'd-1',
  "' OR '1'='1' --", '<script>alert(1)</script>', '../../etc/passwd', '__proto__', 'constructor', '\u0000', '\ud800', '🙂', ' ',
];

const text = (maxLength = 64): fc.Arbitrary<string> => fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SAMPLES) },
  { weight: 2, arbitrary: fc.string({ maxLength: Math.min(maxLength, 80) }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  // Any UTF-16 units: control characters, lone surrogates (fast-check's 'binary' unit is much slower to draw).
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 12 }).map((units) => String.fromCharCode(...units)) },
  { weight: 1, arbitrary: fc.nat({ max: 200 }).map((n) => 'x'.repeat(Math.min(maxLength, 10_000) + 1 + n)) },
);

/** A value for a schema: mostly of its shape, sometimes not (any JSON). */
function valueOf(schema: Schema, depth = 0): fc.Arbitrary<unknown> {
  const anything = fc.jsonValue({ maxDepth: 2 });
  return fc.oneof({ weight: 6, arbitrary: shaped(schema, depth) }, { weight: 1, arbitrary: anything });
}

function shaped(schema: Schema, depth: number): fc.Arbitrary<unknown> {
  if (depth > 5) return fc.constant(null);
  if (schema.anyOf?.length) return fc.oneof(...schema.anyOf.map((member) => shaped(member, depth + 1)));
  if (schema.enum?.length) return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: text(16) });
  if (schema.const !== undefined) return fc.constant(schema.const);
  switch (schema.type) {
    case 'string': return text(schema.maxLength);
    case 'integer': return fc.oneof(fc.integer({ min: schema.minimum ?? -10, max: schema.maximum ?? 100_000 }), fc.integer(), fc.double());
    case 'number': return fc.oneof(fc.double(), fc.integer());
    case 'boolean': return fc.oneof({ weight: 5, arbitrary: fc.boolean() }, { weight: 1, arbitrary: fc.constantFrom(0, 'true', null) });
    case 'null': return fc.constant(null);
    case 'array': return fc.array(valueOf(schema.items ?? {}, depth + 1), { maxLength: Math.min(schema.maxItems ?? 4, 4) });
    case 'object': {
      const properties = Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, value]) => [key, valueOf(value, depth + 1)]));
      const whole = fc.record(properties, { requiredKeys: schema.required ?? [] });
      const partial = fc.record(properties, { requiredKeys: [] });
      const extra = fc.tuple(whole, fc.constantFrom('__proto__', 'extra', 'constructor', 'id'), fc.jsonValue({ maxDepth: 1 }))
        .map(([value, key, more]) => ({ ...value, [key]: more }));
      return fc.oneof({ weight: 5, arbitrary: whole }, { weight: 2, arbitrary: partial }, { weight: 1, arbitrary: extra });
    }
    default: return fc.jsonValue({ maxDepth: 2 });
  }
}

type Role = 'none' | 'responsable' | 'conjoint' | 'migration' | 'unknown-token';
const ROLES: Role[] = ['none', 'responsable', 'conjoint', 'migration', 'unknown-token'];
const ACCOUNTS = { responsable: SEED.veronique, conjoint: SEED.karim, migration: SEED.pierre } as const;

interface Target { method: string; template: string; operation: Operation; api: boolean; endsSessions: boolean }

let t: TestApp;
let targets: Target[];
const tokens = new Map<Role, string>();

/** A new session of that kind for the role's seed account, issued directly (no argon2id: the fuzz stays fast). */
async function newSession(role: Exclude<Role, 'none' | 'unknown-token'>): Promise<string> {
  const account = `a-${ACCOUNTS[role].personId.slice(2)}`;
  return (await t.app.services.sessions.issue(account, role === 'migration' ? 'migration' : 'full')).token;
}

async function tokenOf(role: Role): Promise<string | undefined> {
  if (role === 'none') return undefined;
  if (role === 'unknown-token') return 'x'.repeat(43);
  if (!tokens.has(role)) tokens.set(role, await newSession(role));
  return tokens.get(role);
}

/** Lone surrogates replaced by U+FFFD, as a browser's URL encoding does (encodeURIComponent throws on them). */
const wellFormed = (value: string) => value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');

const requestOf = (target: Target) => {
  const parameters = target.operation.parameters ?? [];
  const path = parameters.filter((p) => p.in === 'path');
  const query = parameters.filter((p) => p.in === 'query');
  const body = target.operation.requestBody?.content?.['application/json']?.schema;
  return fc.record({
    role: fc.constantFrom(...ROLES),
    path: fc.tuple(...path.map((p) => fc.oneof({ weight: 4, arbitrary: text(p.schema.maxLength) }, { weight: 1, arbitrary: fc.constant('') }))),
    query: fc.tuple(...query.map((p) => fc.option(text(p.schema.maxLength), { nil: undefined, freq: 5 })), fc.option(fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }), { nil: undefined })),
    body: body ? fc.oneof({ weight: 8, arbitrary: valueOf(body) }, { weight: 1, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }) : fc.option(fc.jsonValue({ maxDepth: 1 }), { nil: undefined, freq: 4 }),
  }).map((generated) => {
    let url = target.template;
    path.forEach((p, i) => {
      url = url.replace(p.name === '*' ? '{*}' : `{${p.name}}`, encodeURIComponent(wellFormed(generated.path[i] as string)));
    });
    const search = new URLSearchParams();
    query.forEach((p, i) => {
      const value = generated.query[i] as string | undefined;
      if (value !== undefined) search.set(p.name, value);
    });
    for (const [key, value] of Object.entries((generated.query[query.length] as Record<string, string> | undefined) ?? {})) search.append(key, value);
    const qs = search.toString();
    return { role: generated.role, url: qs ? `${url}?${qs}` : url, body: generated.body };
  });
};

let tried = 0;
async function send(target: Target, request: { role: Role; url: string; body: unknown }): Promise<LightMyRequestResponse> {
  // A route that ends the session it is called with gets a session of its own, so the others keep theirs.
  const token = target.endsSessions && request.role !== 'none' && request.role !== 'unknown-token'
    ? await newSession(request.role)
    : await tokenOf(request.role);
  tried += 1;
  const raw = typeof request.body === 'string';
  return t.app.inject({
    method: target.method.toUpperCase() as 'GET',
    url: request.url,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(request.body !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(request.body === undefined ? {} : { payload: raw ? (request.body as string) : JSON.stringify(request.body) }),
  });
}

function check(target: Target, request: { role: Role; url: string; body: unknown }, res: LightMyRequestResponse) {
  const what = `${target.method.toUpperCase()} ${request.url} as ${request.role} with ${JSON.stringify(request.body)?.slice(0, 300)} → ${res.statusCode} ${res.body.slice(0, 300)}`;
  expect(res.statusCode, what).toBeLessThan(500);
  if (!target.api || res.statusCode < 400) return;
  expect(res.headers['content-type'], what).toMatch(/^application\/json/);
  const body = res.json<{ code?: unknown; message?: unknown }>();
  expect(typeof body.code === 'string' && body.code.length > 0 && typeof body.message === 'string', what).toBe(true);
}

beforeAll(async () => {
  t = await makeApp();
  const doc = (await t.call('GET', '/openapi.json')).json<{ paths: Record<string, Record<string, Operation>> }>();
  const methods = new Set(['get', 'post', 'put', 'delete', 'patch']);
  targets = Object.entries(doc.paths).flatMap(([template, operations]) =>
    Object.entries(operations).filter(([method]) => methods.has(method)).map(([method, operation]) => ({
      method, template, operation,
      api: !template.startsWith('/franceconnect/'),
      endsSessions: (method === 'delete' && template === '/v1/sessions/current') || template === '/v1/franceconnect/logout'
        || template === '/v1/migration/code/verify',
    })));
});
afterAll(() => t.close());

describe('attack: random requests on every route of /openapi.json', () => {
  it('never gets a 5xx, and every 4xx of the API carries its error code', async () => {
    // The sandbox controls last: a reset or a clock moved forward ends every session the other routes use.
    const sandbox = targets.filter((target) => target.template.startsWith('/sandbox/') && target.method !== 'get');
    const others = targets.filter((target) => !sandbox.includes(target));
    expect(others.length).toBeGreaterThan(50);
    // One arbitrary per operation, built once (building them per run was most of the time).
    const property = (list: Target[]) => fc.asyncProperty(
      fc.oneof(...list.map((target) => requestOf(target).map((request) => ({ target, request })))),
      async ({ target, request }) => check(target, request, await send(target, request)),
    );
    await fc.assert(property(others), { numRuns: RUNS });
    await fc.assert(property(sandbox), { numRuns: Math.max(20, Math.round(RUNS / 20)) });
    console.info(`openapi fuzz: ${tried} requests over ${targets.length} operations, no 5xx`);
  });

  it('found so far: the FranceConnect simulator crashed (500) on its root path with a query and no slash', async () => {
    for (const url of ['/franceconnect/api/v2?=', '/franceconnect/api/v2?x=1']) expect((await t.call('PUT', url)).statusCode, url).toBeLessThan(500);
  });
});
