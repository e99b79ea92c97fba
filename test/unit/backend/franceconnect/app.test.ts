// FranceConnect inside the whole back end: the simulator, the client routes, and the back end's own sessions and
// persons (seed data), as the kiosk will use them.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../../backend/src/app';
import { freshDatabase } from '../../../support/test-database';
import { kioskProof } from './fakes';
import { InjectBrowser, type Page } from './inject-browser';

const publicUrl = 'http://127.0.0.1:18805';
const kiosk = 'app://kiosk/index.html';
const proof = kioskProof();

describe('FranceConnect in the sandbox back end', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({ databaseUrl: (await freshDatabase()).url, sandbox: true, publicUrl });
  });
  afterAll(() => app.close());

  async function loginAs(identity: string): Promise<Page> {
    const browser = new InjectBrowser(app, publicUrl);
    const choice = await browser.get(`/v1/franceconnect/start?returnTo=${encodeURIComponent(kiosk)}&challenge=${proof.challenge}`);
    const login = await browser.get(InjectBrowser.link(choice, 'ameli.fr'));
    const { action, fields } = InjectBrowser.form(login, new RegExp(`en tant que ${identity}`));
    const consent = await browser.post(action, fields);
    return browser.post(InjectBrowser.form(consent, 'Continuer sur Mon Compte').action, {});
  }
  const exchange = async (back: Page) => {
    const code = new URLSearchParams(new URL(back.headers.location as string).hash.slice(1)).get('franceconnect_code');
    return app.inject({ method: 'POST', url: '/v1/franceconnect/exchange', payload: { code, verifier: proof.verifier } });
  };

  it('serves FranceConnect discovery under /franceconnect/api/v2', async () => {
    const res = await app.inject({ url: '/franceconnect/api/v2/.well-known/openid-configuration', headers: { host: '127.0.0.1:18805' } });
    expect(res.json()).toMatchObject({ issuer: `${publicUrl}/franceconnect/api/v2`, authorization_endpoint: `${publicUrl}/franceconnect/api/v2/authorize` });
  });

  it('opens the seed allocataire\'s Mon Compte: the session reads her account space', async () => {
    const res = await exchange(await loginAs('Véronique FONTAINE'));
    expect(res.statusCode).toBe(200);
    const { kind, session } = res.json();
    expect(kind).toBe('session');
    expect(session).toMatchObject({ kind: 'full', idleTimeoutSeconds: expect.any(Number) });
    const me = await app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${session.token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().nomNaissance).toBe('FONTAINE');

    const logout = await app.inject({ method: 'POST', url: '/v1/franceconnect/logout', headers: { authorization: `Bearer ${session.token}`, host: '127.0.0.1:18805' }, payload: { returnTo: kiosk } });
    expect(logout.json().endSessionUrl).toContain(`${publicUrl}/franceconnect/api/v2/session/end?`);
    const after = await app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${session.token}` } });
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'auth.required' });
  });

  it('gives a migrated allocataire the same restricted first-login session as a password login', async () => {
    const { session } = (await exchange(await loginAs('Pierre MARTIN'))).json();
    expect(session.kind).toBe('migration');
    const me = await app.inject({ url: '/v1/me', headers: { authorization: `Bearer ${session.token}` } });
    expect(me.json()).toMatchObject({ code: 'auth.migrationRequired' });
  });

  it('offers account creation with the état civil prefilled to a person without Mon Compte', async () => {
    const res = (await exchange(await loginAs('Lucas Antoine MOREAU'))).json();
    expect(res).toMatchObject({ kind: 'create-account', prefill: { nomNaissance: 'MOREAU', prenoms: 'Lucas Antoine', dateNaissance: '02/11/1990' } });
  });

  it('refuses a bad returnTo in the back end\'s error shape', async () => {
    const res = await app.inject({ url: '/v1/franceconnect/start?returnTo=https%3A%2F%2Fevil.example%2F' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'returnTo.invalid', message: expect.any(String), field: 'returnTo' });
  });

  it('documents its routes in /openapi.json', async () => {
    const paths = Object.keys((await app.inject({ url: '/openapi.json' })).json().paths);
    expect(paths).toEqual(expect.arrayContaining(['/v1/franceconnect/start', '/v1/franceconnect/callback', '/v1/franceconnect/exchange', '/v1/franceconnect/logout']));
  });
});

describe('FranceConnect and an account that copies someone\'s identity (pre-hijacking, issue 16)', () => {
  it('never opens an account created without NIR and without a French identity document for the person it names', async () => {
    const app = await buildApp({ databaseUrl: (await freshDatabase()).url, sandbox: true, publicUrl });
    try {
      // Before Lucas Antoine MOREAU ever uses Mon Compte, someone creates an account in his name: no NIR, and "Je ne
      // dispose pas d'une pièce d'identité française" (accepted and flagged), as services/account-creation.ts writes it.
      const now = new Date().toISOString();
      await app.db.insertInto('persons').values({
        id: 'person-squatter', nir: null, civilite: 'MONSIEUR', nomNaissance: 'MOREAU', prenoms: 'LUCAS ANTOINE', nomUsage: null,
        birthDate: '1990-11-02', birthPlace: JSON.stringify({ kind: 'france', departement: '13', commune: '13055' }),
        householdId: null, role: 'aucun', autorisationGestion: 0, createdAt: now,
      }).execute();
      await app.db.insertInto('accounts').values({
        id: 'account-squatter', personId: 'person-squatter', identifier: '8123456789012345', identifierKind: 'provisional',
        passwordHash: 'x', legacy: 0, legacyAllocataireNumber: null, cguVersion: null, passwordChangedAt: now, contactVerifiedAt: now,
        mobile: null, autreTelephone: null, email: 'attacker@example.org', documentFlagged: 1, createdFromFlow: null, createdAt: now,
      }).execute();

      const browser = new InjectBrowser(app, publicUrl);
      const choice = await browser.get(`/v1/franceconnect/start?returnTo=${encodeURIComponent(kiosk)}&challenge=${proof.challenge}`);
      const login = await browser.get(InjectBrowser.link(choice, 'ameli.fr'));
      const { action, fields } = InjectBrowser.form(login, /en tant que Lucas Antoine MOREAU/);
      const consent = await browser.post(action, fields);
      const back = await browser.post(InjectBrowser.form(consent, 'Continuer sur Mon Compte').action, {});
      const code = new URLSearchParams(new URL(back.headers.location as string).hash.slice(1)).get('franceconnect_code');
      const res = await app.inject({ method: 'POST', url: '/v1/franceconnect/exchange', payload: { code, verifier: proof.verifier } });
      // Not a session of the squatter's account: the real Lucas is offered account creation.
      expect(res.json()).toMatchObject({ kind: 'create-account', prefill: { nomNaissance: 'MOREAU' } });
    } finally {
      await app.close();
    }
  });
});

describe('FranceConnect outside sandbox mode', () => {
  it('has no simulator, and says FranceConnect is unavailable when none is configured', async () => {
    const app = await buildApp({ sandbox: false, publicUrl });
    try {
      const discovery = await app.inject({ url: '/franceconnect/api/v2/.well-known/openid-configuration' });
      expect(discovery.statusCode).toBe(404);
      const start = await app.inject({ url: `/v1/franceconnect/start?returnTo=${encodeURIComponent(kiosk)}` });
      expect(start.statusCode).toBe(503);
      expect(start.json()).toMatchObject({ code: 'franceconnect.unavailable' });
    } finally {
      await app.close();
    }
  });
});
