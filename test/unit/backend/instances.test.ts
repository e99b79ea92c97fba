// Two back-end instances over one database (issue 15), as behind a load balancer: whatever one instance wrote, the
// other serves. Sessions, account-creation flows and codes, lockouts, FranceConnect's pending logins, handoff codes
// and ID tokens, the sandbox clock: nothing lives in one process's memory. Runs on a shared SQLite file and on
// PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../backend/src/app';
import { FakeClock } from '../../../backend/src/clock';
import type { BackendOptions } from '../../../backend/src/config';
import { franceconnectSimulator, simulatorIssuer } from '../../../backend/src/franceconnect/simulator';
import { kioskProof } from './franceconnect/fakes';
import { sharedDatabase, testDialect, type TestDatabase } from '../../support/test-database';
import { InjectBrowser } from './franceconnect/inject-browser';
import { julie, SEED } from './helpers';

const publicUrl = 'http://127.0.0.1:18806'; // the load balancer's origin, the same for both instances
const kiosk = 'app://kiosk/index.html';
const client = { clientId: 'mon-compte-caf', clientSecret: 'a-secret-given-by-franceconnect' };

let dir: string;
let database: TestDatabase;
let provider: FastifyInstance;
let providerOrigin = '';
let a: FastifyInstance;
let b: FastifyInstance;

const call = (app: FastifyInstance, method: string, url: string, body?: unknown, token?: string) =>
  app.inject({
    method: method as 'GET',
    url,
    ...(body === undefined ? {} : { payload: body as object }),
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
const lastCode = async (app: FastifyInstance, to: string) =>
  (await call(app, 'GET', `/sandbox/outbox?to=${encodeURIComponent(to)}`)).json<{ messages: Array<{ code: string }> }>().messages[0]!.code;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'caf-instances-'));
  database = await sharedDatabase(dir);
  // A FranceConnect outside both instances (the simulator on its own port), Mon Compte registered there once.
  provider = Fastify();
  await provider.register(franceconnectSimulator, {
    publicUrl: () => providerOrigin,
    basePath: '/fc',
    clients: () => [{
      client_id: client.clientId, client_secret: client.clientSecret, client_name: 'Mon Compte',
      redirect_uris: [`${publicUrl}/v1/franceconnect/callback`], post_logout_redirect_uris: [`${publicUrl}/v1/franceconnect/logout/callback`],
    }],
  });
  await provider.listen({ host: '127.0.0.1', port: 0 });
  providerOrigin = `http://127.0.0.1:${(provider.server.address() as AddressInfo).port}`;
  // Each instance has its own process-local clock object, as two processes would.
  const options = (): BackendOptions => ({
    sandbox: true, databaseUrl: database.url, publicUrl, clock: new FakeClock(Date.now()),
    rateLimit: { max: 100_000, sensitiveMax: 100_000, timeWindowMs: 60_000 },
    franceconnect: { issuer: simulatorIssuer(providerOrigin, '/fc'), ...client },
  });
  a = await buildApp(options());
  b = await buildApp(options());
});

afterAll(async () => {
  await a?.close();
  await b?.close();
  await provider?.close();
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('two back-end instances over one database', () => {
  it('logs in on one and reads the account space on the other; a logout on the other ends the session everywhere', async () => {
    const login = await call(a, 'POST', '/v1/sessions', { identifier: SEED.veronique.nir, password: SEED.veronique.password });
    expect(login.statusCode).toBe(201);
    const { token } = login.json<{ token: string }>();
    const dashboard = await call(b, 'GET', '/v1/me/dashboard', undefined, token);
    expect(dashboard.statusCode).toBe(200);
    expect(dashboard.json()).toMatchObject({ lastPayment: { amountCents: 5800 } });
    expect((await call(b, 'DELETE', '/v1/sessions/current', undefined, token)).statusCode).toBe(204);
    expect((await call(a, 'GET', '/v1/me', undefined, token)).json()).toMatchObject({ code: 'auth.required' });
  });

  it('creates an account with its steps spread over both, then logs in on the other', async () => {
    const flow = (await call(a, 'POST', '/v1/account-creations', julie)).json<{ id: string }>();
    const base = `/v1/account-creations/${flow.id}`;
    expect((await call(b, 'PUT', `${base}/identity-document`, { kind: 'carte-identite', number: '880692310285' })).statusCode).toBe(200);
    const email = 'julie.instances@example.fr';
    expect((await call(a, 'PUT', `${base}/contact`, { channel: 'email', value: email, confirmation: email })).statusCode).toBe(200);
    expect((await call(b, 'POST', `${base}/code/verify`, { code: await lastCode(a, email) })).json()).toMatchObject({ step: 'password' });
    expect((await call(a, 'PUT', `${base}/password`, { password: 'JulieDupont1980', confirmation: 'JulieDupont1980' })).statusCode).toBe(200);
    expect((await call(b, 'POST', `${base}/complete`)).statusCode).toBe(200);
    expect((await call(a, 'POST', '/v1/sessions', { identifier: julie.nir, password: 'JulieDupont1980' })).statusCode).toBe(201);
  });

  it('counts wrong passwords on both instances towards one lockout', async () => {
    const wrong = { identifier: SEED.samia.nir, password: 'NotHerPassword1' };
    for (const app of [a, b, a, b]) expect((await call(app, 'POST', '/v1/sessions', wrong)).statusCode).toBe(401);
    expect((await call(a, 'POST', '/v1/sessions', wrong)).json()).toMatchObject({ code: 'auth.locked' });
    expect((await call(b, 'POST', '/v1/sessions', { identifier: SEED.samia.nir, password: SEED.samia.password })).json()).toMatchObject({ code: 'auth.locked' });
  });

  it('moves the sandbox clock of both when either is asked', async () => {
    const advanced = (await call(a, 'POST', '/sandbox/clock', { advanceSeconds: 3600 })).json<{ offsetSeconds: number }>();
    const seen = (await call(b, 'POST', '/sandbox/clock', { advanceSeconds: 1 })).json<{ offsetSeconds: number }>();
    expect(seen.offsetSeconds).toBe(advanced.offsetSeconds + 1);
    // The lockout of the test above has ended on both.
    expect((await call(b, 'POST', '/v1/sessions', { identifier: SEED.samia.nir, password: SEED.samia.password })).statusCode).toBe(201);
    expect((await call(b, 'POST', '/sandbox/reset')).statusCode).toBe(204);
    expect((await call(a, 'POST', '/sandbox/clock', { advanceSeconds: 1 })).json()).toMatchObject({ offsetSeconds: 1 });
  });

  it('ends a session on one instance when the clock moved on the other takes it past its idle time', async () => {
    // The session check reads the clock's offset with the session (services/sessions.ts): b must not answer from
    // the offset it saw last.
    const { token } = (await call(a, 'POST', '/v1/sessions', { identifier: SEED.veronique.nir, password: SEED.veronique.password })).json<{ token: string }>();
    expect((await call(b, 'GET', '/v1/me/dashboard', undefined, token)).statusCode).toBe(200);
    expect((await call(a, 'POST', '/sandbox/clock', { advanceSeconds: 15 * 60 + 1 })).statusCode).toBe(200);
    expect((await call(b, 'GET', '/v1/me/dashboard', undefined, token)).json()).toMatchObject({ code: 'auth.required' });
    expect((await call(b, 'POST', '/sandbox/reset')).statusCode).toBe(204);
  });

  // PostgreSQL only: two SQLite instances in one process cannot hold transactions at once (better-sqlite3 waits for
  // the file's lock synchronously, blocking the other instance's commit), and one process serialises its own.
  it.runIf(testDialect() === 'postgres')('gives every message written at once on both instances its own place in the outbox (no duplicate seq)', async () => {
    // seq was max(seq) + 1 read in each writer's transaction: concurrent writers (PostgreSQL, READ COMMITTED) read
    // the same max and wrote the same seq, so the sender's and /sandbox/outbox's order was a toss-up.
    const message = (i: number) => ({ channel: 'email' as const, to: `seq-${i}@example.fr`, subject: 'seq', body: `message ${i}`, code: null });
    await Promise.all(Array.from({ length: 24 }, (_, i) => {
      const app = i % 2 === 0 ? a : b;
      return app.db.transaction().execute((trx) => app.services.notifier.enqueue(trx, message(i)));
    }));
    const rows = await a.db.selectFrom('outbox').select(['seq', 'to']).where('subject', '=', 'seq').execute();
    expect(rows).toHaveLength(24);
    expect(new Set(rows.map((r) => Number(r.seq))).size).toBe(24);
  });

  it('starts FranceConnect on one, comes back on the other, exchanges the code and logs out with FranceConnect there', async () => {
    const browser = new InjectBrowser(a, publicUrl);
    // The kiosk's proof (issue 16): the challenge goes with the start, the verifier with the exchange.
    const proof = kioskProof();
    const start = await browser.get(`/v1/franceconnect/start?returnTo=${encodeURIComponent(kiosk)}&challenge=${proof.challenge}`);
    expect(start.status).toBe(302);
    // At FranceConnect: choose a provider, a test identity, and consent.
    const fc = new InjectBrowser(provider, providerOrigin);
    const choice = await fc.get(start.headers.location as string);
    const login = await fc.get(InjectBrowser.link(choice, 'impots.gouv.fr'));
    const { action, fields } = InjectBrowser.form(login, /en tant que Véronique FONTAINE/);
    const consent = await fc.post(action, fields);
    const toCallback = await fc.post(InjectBrowser.form(consent, 'Continuer sur Mon Compte').action, {});
    const callback = new URL(toCallback.headers.location as string);
    expect(callback.origin + callback.pathname).toBe(`${publicUrl}/v1/franceconnect/callback`);
    // The load balancer sends the callback to the other instance: same browser, same cookies.
    const back = await browser.routeTo(b).get(callback.href);
    expect(back.status).toBe(303);
    const code = new URLSearchParams(new URL(back.headers.location as string).hash.slice(1)).get('franceconnect_code');
    expect(code).toBeTruthy();
    const exchanged = await call(a, 'POST', '/v1/franceconnect/exchange', { code, verifier: proof.verifier });
    expect(exchanged.statusCode).toBe(200);
    const { session } = exchanged.json<{ session: { token: string } }>();
    expect((await call(b, 'POST', '/v1/franceconnect/exchange', { code, verifier: proof.verifier })).json()).toMatchObject({ code: 'franceconnect.code' });
    // The ID token kept at the exchange on one instance serves FranceConnect's logout on the other.
    const logout = await b.inject({
      method: 'POST', url: '/v1/franceconnect/logout', payload: { returnTo: kiosk },
      headers: { authorization: `Bearer ${session.token}`, host: new URL(publicUrl).host },
    });
    expect(logout.json<{ endSessionUrl: string }>().endSessionUrl).toContain(`${providerOrigin}/fc/api/v2/session/end?`);
  });
});
