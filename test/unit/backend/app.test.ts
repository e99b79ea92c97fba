import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { routes } from '../../../shared/api/routes';
import { buildApp } from '../../../backend/src/app';
import { loggerOptions, redactUrl } from '../../../backend/src/logger';
import { makeApp, SEED, type TestApp } from './helpers';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('the back end app factory', () => {
  it('answers its health check without listening on a port', async () => {
    const app = await buildApp({ sandbox: true });
    const res = await app.inject({ method: 'GET', url: '/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', sandbox: true, database: { reachable: true, schemaUpToDate: true } });
    await app.close();
  });

  it('publishes every route of the shared table in /openapi.json', async () => {
    t = await makeApp();
    const doc = (await t.call('GET', '/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const spec of Object.values(routes)) {
      const path = spec.url.replace(/:([a-zA-Z]+)/g, '{$1}');
      expect(doc.paths[path]?.[spec.method.toLowerCase()], `${spec.method} ${spec.url}`).toBeDefined();
    }
    expect(doc.paths['/v1/sessions'].post.requestBody.content['application/json'].schema.required).toEqual(['identifier', 'password']);
  });

  it('has no sandbox routes and no seed data outside sandbox mode', async () => {
    t = await makeApp({ sandbox: false });
    expect((await t.call('GET', '/v1/health')).json().sandbox).toBe(false);
    expect((await t.call('GET', '/sandbox/outbox?to=a@b.fr')).json().code).toBe('route.notFound');
    expect((await t.call('POST', '/sandbox/reset')).statusCode).toBe(404);
    expect((await t.call('POST', '/v1/sessions', { identifier: SEED.veronique.nir, password: SEED.veronique.password })).statusCode).toBe(401);
  });

  it('restores the seed data on POST /sandbox/reset', async () => {
    t = await makeApp();
    const token = await t.login(SEED.veronique.nir, SEED.veronique.password);
    await t.call('PUT', '/v1/household/members/p-marc/autorisation-gestion', { granted: false }, token);
    expect((await t.call('POST', '/sandbox/reset')).statusCode).toBe(204);
    expect((await t.call('GET', '/v1/me', undefined, token)).statusCode).toBe(401); // sessions are wiped too
    const marc = await t.login(SEED.marc.nir, SEED.marc.password);
    expect((await t.call('GET', '/v1/me', undefined, marc)).json().autorisationGestion).toBe(true);
  });

  it('finds outbox messages by the address as typed, even with an unencoded "+"', async () => {
    t = await makeApp();
    await t.call('POST', '/v1/password-resets', { identifier: SEED.lea.nir, channel: 'sms' });
    for (const to of ['+33612345603', '%2B33612345603', '06 12 34 56 03', '0612345603']) {
      expect((await t.call('GET', `/sandbox/outbox?to=${to}`)).json().messages, to).toHaveLength(1);
    }
    expect((await t.call('GET', '/sandbox/outbox?to=nobody@example.fr')).json().messages).toEqual([]);
  });

  it('allows the Electron app\'s origin and no other', async () => {
    t = await makeApp();
    const preflight = (origin: string) => t!.call('OPTIONS', '/v1/sessions', undefined, undefined, {
      origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type',
    });
    expect((await preflight('app://kiosk')).headers['access-control-allow-origin']).toBe('app://kiosk');
    expect((await preflight('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    const simple = await t.call('GET', '/v1/health', undefined, undefined, { origin: 'https://evil.example' });
    expect(simple.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answers an internal failure with a bare 500, never its message or stack', async () => {
    t = await makeApp();
    await t.app.db.schema.dropTable('sessions').execute();
    const res = await t.call('POST', '/v1/sessions', { identifier: SEED.veronique.nir, password: SEED.veronique.password });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({ code: 'internal', message: 'Internal error' });
  });
});

describe('logs', () => {
  it('redact passwords, codes, tokens, NIRs, the Authorization header and capability ids', () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const options = loggerOptions({ level: 'info' }) as pino.LoggerOptions;
    const log = pino(options, sink);
    log.info({ body: { password: 'Secret2021Pw', code: '123456', nir: SEED.veronique.nir, identifier: SEED.veronique.nir }, token: 'tok-abc' }, 'x');
    log.info({ req: { method: 'GET', url: '/v1/account-creations/CAPABILITY123/contact?to=a@b.fr', headers: { authorization: 'Bearer tok-xyz' } } }, 'y');
    const out = lines.join('');
    for (const secret of ['Secret2021Pw', '123456', SEED.veronique.nir, 'tok-abc', 'tok-xyz', 'CAPABILITY123', 'a@b.fr']) {
      expect(out).not.toContain(secret);
    }
    expect(redactUrl('/v1/password-resets/abc/code/verify')).toBe('/v1/password-resets/[redacted]/code/verify');
  });

  it('redact the FranceConnect client secret, as configured and as sent in a token request', () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const log = pino(loggerOptions({ level: 'info' }) as pino.LoggerOptions, sink);
    const secret = 'fc-secret-0123456789abcdef';
    log.info({ franceconnect: { issuer: 'https://fc.example.fr/api/v2', clientId: 'mon-compte', clientSecret: secret } }, 'config');
    log.info({ config: { franceconnect: { clientSecret: secret } } }, 'nested');
    log.info({ body: { grant_type: 'authorization_code', client_id: 'mon-compte', client_secret: secret } }, 'token request');
    log.info({ clientSecret: secret, client_secret: secret }, 'top level');
    const out = lines.join('');
    expect(out).not.toContain(secret);
    expect(out).toContain('mon-compte'); // the client id is not a secret
    expect(out.match(/\[redacted\]/g)).toHaveLength(5);
  });
});
