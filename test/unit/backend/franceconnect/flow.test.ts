import { createHash } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { franceconnect, type FranceConnectOptions } from '../../../../backend/src/franceconnect';
import { memoryOneTimeState } from '../../../../backend/src/franceconnect/one-time-store';
import { FakePersons, FakeSessions, kioskProof, VERONIQUE } from './fakes';
import { InjectBrowser, type Page } from './inject-browser';

const publicUrl = 'http://127.0.0.1:18805';
const kiosk = 'app://kiosk/index.html';
/** A web kiosk the back end is configured for (WEB_KIOSK_ORIGINS). */
const webKiosk = 'http://localhost:14105';
/** The kiosk's verifier and challenge (routes.ts PendingLogin): every login of these tests starts with it. */
const proof = kioskProof();
const start = (returnTo: string, challenge = proof.challenge) =>
  `/v1/franceconnect/start?returnTo=${encodeURIComponent(returnTo)}&challenge=${challenge}`;

async function build(extra: Partial<FranceConnectOptions> = {}) {
  const sessions = new FakeSessions();
  const app = Fastify();
  await app.register(franceconnect, {
    sandbox: true,
    publicUrl,
    sessions,
    persons: new FakePersons([VERONIQUE]),
    returnToOrigins: ['app://kiosk', webKiosk],
    ...extra,
  });
  await app.ready();
  return { app, sessions };
}

/** Drives the simulator's pages as a visitor does: provider, one-tap test identity, "Continuer sur Mon Compte". */
async function visit(browser: InjectBrowser, identity: string, returnTo = kiosk): Promise<Page> {
  const choice = await browser.get(start(returnTo));
  expect(choice.body).toContain('Je choisis un compte pour me connecter sur Mon Compte');
  const login = await browser.get(InjectBrowser.link(choice, 'impots.gouv.fr'));
  const { action, fields } = InjectBrowser.form(login, new RegExp(`Me connecter en tant que .*${identity}`));
  const consent = await browser.post(action, fields);
  return browser.post(InjectBrowser.form(consent, 'Continuer sur Mon Compte').action, {});
}

function fragment(page: Page): URLSearchParams {
  expect(page.status).toBe(303);
  return new URLSearchParams(new URL(page.headers.location as string).hash.slice(1));
}

describe('FranceConnect login for Mon Compte', () => {
  let app: FastifyInstance;
  let sessions: FakeSessions;
  beforeAll(async () => {
    ({ app, sessions } = await build());
  });
  afterAll(() => app.close());

  const exchange = (code: string, verifier = proof.verifier) => app.inject({ method: 'POST', url: '/v1/franceconnect/exchange', payload: { code, verifier } });

  it('sends the browser to FranceConnect with eidas1, the pivot scopes, and a state and nonce of at least 32 characters', async () => {
    const first = await app.inject({ url: start(kiosk), headers: { host: '127.0.0.1:18805' } });
    const hop = new URL(first.headers.location as string);
    const res = await app.inject({ url: hop.pathname + hop.search, headers: { host: '127.0.0.1:18805' } });
    expect(res.statusCode).toBe(302);
    const url = new URL(res.headers.location as string);
    expect(url.origin + url.pathname).toBe(`${publicUrl}/franceconnect/api/v2/authorize`);
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('acr_values')).toBe('eidas1');
    // A shared terminal: FranceConnect asks who is there every time, never reuses the previous visitor's session.
    expect(url.searchParams.get('prompt')).toBe('login');
    expect(url.searchParams.get('redirect_uri')).toBe(`${publicUrl}/v1/franceconnect/callback`);
    expect(url.searchParams.get('scope')?.split(' ')).toEqual(['openid', 'given_name', 'family_name', 'birthdate', 'gender', 'birthplace', 'birthcountry', 'email', 'preferred_username']);
    expect(url.searchParams.get('state')!.length).toBeGreaterThanOrEqual(32);
    expect(url.searchParams.get('nonce')!.length).toBeGreaterThanOrEqual(32);
    expect(url.searchParams.get('state')).not.toBe(url.searchParams.get('nonce'));
  });

  it.each([
    ['another site', 'https://evil.example/steal'],
    ['the right host on another scheme', 'https://127.0.0.1:18805/'],
    ['another app scheme host', 'app://other/index.html'],
    ['a URL with credentials', 'http://user:pw@127.0.0.1:18805/'],
    ['a URL with a fragment', `${kiosk}#x`],
    ['not a URL', 'javascript:alert(1)'],
    ['a relative path', '/kiosk'],
  ])('refuses a returnTo to %s', async (_what, returnTo) => {
    const res = await app.inject({ url: start(returnTo), headers: { host: '127.0.0.1:18805' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ code: 'returnTo.invalid', message: expect.any(String), field: 'returnTo' });
  });

  it('refuses a start without returnTo in the error shape', async () => {
    const res = await app.inject({ url: '/v1/franceconnect/start' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'returnTo.required', field: 'returnTo' });
  });

  it('always hops to the callback\'s origin first, since a call forwarded by the kiosk\'s origin looks like a direct one', async () => {
    // Main's net.fetch and the web kiosk send the back end its own Host: the hop cannot depend on it. A cookie set on
    // the first answer would belong to the kiosk's origin, never sent to the callback.
    const res = await app.inject({ url: start(`${webKiosk}/`), headers: { host: '127.0.0.1:18805' } });
    expect(res.statusCode).toBe(302);
    const hop = new URL(res.headers.location as string);
    expect(hop.origin + hop.pathname).toBe(`${publicUrl}/v1/franceconnect/start`);
    expect(res.headers['set-cookie']).toBeUndefined();

    const browser = new InjectBrowser(app, publicUrl, ['/kiosk-web']);
    const next = await app.inject({ url: hop.pathname + hop.search, headers: { host: '127.0.0.1:18805' } });
    expect(new URL(next.headers.location as string).pathname).toBe('/franceconnect/api/v2/authorize');
    expect(next.headers['set-cookie']).toMatch(/^franceconnect_binding=[\w-]{43}\.[\w-]+\.[\w-]{43}; Path=\/v1\/franceconnect\/callback; Max-Age=7200; HttpOnly; SameSite=Lax$/);
    const reused = await browser.get(hop.pathname + hop.search);
    expect(reused.status).toBe(400);
    expect(JSON.parse(reused.body)).toMatchObject({ code: 'franceconnect.state', field: 'ticket' });
  });

  it('never sends a login back to an origin named by the request\'s Host header (issue 16: Host: evil.example)', async () => {
    const res = await app.inject({ url: start('http://evil.example/'), headers: { host: 'evil.example' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'returnTo.invalid', field: 'returnTo' });
    const session = await sessions.open(VERONIQUE.accountId);
    const logout = await app.inject({
      method: 'POST', url: '/v1/franceconnect/logout', headers: { authorization: `Bearer ${session.token}`, host: 'evil.example' }, payload: { returnTo: 'http://evil.example/' },
    });
    expect(logout.statusCode).toBe(400);
    expect(logout.json()).toMatchObject({ code: 'returnTo.invalid' });
  });

  it('leads a visitor whose FranceConnect page expired back to the kiosk', async () => {
    const browser = new InjectBrowser(app, publicUrl);
    await browser.get(start(kiosk));
    const stale = await browser.get('/franceconnect/interaction/unknown-interaction');
    expect(stale.status).toBe(400);
    expect(stale.body).toContain('Une erreur est survenue');
    const back = await browser.get(InjectBrowser.link(stale, 'Revenir sur Mon Compte'));
    expect(back.headers.location).toBe(`${kiosk}#franceconnect_error=franceconnect.expired`);
  });

  it('follows no returnTo from a binding cookie whose signature does not hold', async () => {
    const forged = `${'a'.repeat(43)}.${Buffer.from('https://evil.example/').toString('base64url')}.${'b'.repeat(43)}`;
    const res = await app.inject({ url: `/v1/franceconnect/callback?code=x&state=${'z'.repeat(43)}`, headers: { cookie: `franceconnect_binding=${forged}` } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'franceconnect.state' });
  });

  it('refuses the callback in another browser than the one that started the login', async () => {
    const atCallback = await visit(new InjectBrowser(app, publicUrl, ['/v1/franceconnect/callback']), 'Lucas');
    const other = await new InjectBrowser(app, publicUrl).get(atCallback.headers.location as string);
    expect(other.status).toBe(400);
    expect(JSON.parse(other.body)).toMatchObject({ code: 'franceconnect.state', field: 'state' });
  });

  it('opens a session for the Mon Compte account matching the pivot identity, through a one-time code', async () => {
    const back = await visit(new InjectBrowser(app, publicUrl), 'Véronique');
    expect((back.headers.location as string).startsWith(`${kiosk}#`)).toBe(true);
    const code = fragment(back).get('franceconnect_code')!;
    expect(code.length).toBeGreaterThanOrEqual(32);

    const res = await exchange(code);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.kind).toBe('session');
    expect(body.session.kind).toBe('full');
    expect(await sessions.accountOf(body.session.token)).toBe(VERONIQUE.accountId);

    const again = await exchange(code);
    expect(again.statusCode).toBe(400);
    expect(again.json()).toMatchObject({ code: 'franceconnect.code', field: 'code' });
  });

  it('opens no session for a code shown without the kiosk\'s verifier, and spends it (issue 16: the exchange is bound to the kiosk)', async () => {
    // Someone else holds the code (a start link the attacker made and sent to the victim, a leaked fragment): without
    // the verifier the kiosk kept, it opens nothing, and the kiosk that started the login can no longer use it either.
    const back = await visit(new InjectBrowser(app, publicUrl), 'Véronique');
    const code = fragment(back).get('franceconnect_code')!;
    const bare = await app.inject({ method: 'POST', url: '/v1/franceconnect/exchange', payload: { code } });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().session).toBeUndefined();
    const wrong = await exchange(code, kioskProof().verifier);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'franceconnect.code', field: 'code' });

    const again = await visit(new InjectBrowser(app, publicUrl), 'Véronique');
    const second = fragment(again).get('franceconnect_code')!;
    expect((await exchange(second, kioskProof().verifier)).json()).toMatchObject({ code: 'franceconnect.code' });
    expect((await exchange(second)).json()).toMatchObject({ code: 'franceconnect.code' }); // spent by the wrong try
  });

  it('refuses a start without the kiosk\'s challenge, or with one that is not S256-shaped', async () => {
    const none = await app.inject({ url: `/v1/franceconnect/start?returnTo=${encodeURIComponent(kiosk)}` });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: 'challenge.required', field: 'challenge' });
    const short = await app.inject({ url: start(kiosk, 'abc') });
    expect(short.statusCode).toBe(400);
    expect(short.json()).toMatchObject({ code: 'challenge.invalid', field: 'challenge' });
  });

  it('uses PKCE (S256) towards a FranceConnect whose discovery supports it, as the simulator\'s does', async () => {
    const hop = new URL((await app.inject({ url: start(kiosk) })).headers.location as string);
    const authorize = new URL((await app.inject({ url: hop.pathname + hop.search })).headers.location as string);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(authorize.searchParams.get('code_challenge')).not.toBe(proof.challenge); // the kiosk's stays with the kiosk
  });

  it('offers account creation prefilled with the état civil when no Mon Compte matches', async () => {
    const back = await visit(new InjectBrowser(app, publicUrl), 'Ana Sofia');
    const res = await exchange(fragment(back).get('franceconnect_code')!);
    expect(res.json()).toEqual({
      kind: 'create-account',
      prefill: {
        civilite: 'MADAME',
        nomNaissance: 'PEREIRA',
        prenoms: 'Ana Sofia',
        nomUsage: 'MARTIN',
        dateNaissance: '28/03/1975',
        lieuNaissance: { kind: 'etranger', pays: '99139' },
        email: 'ana.pereira@example.fr',
      },
    });
  });

  it('prefills a birth in France with its département and commune', async () => {
    const back = await visit(new InjectBrowser(app, publicUrl), 'Lucas');
    const { prefill } = (await exchange(fragment(back).get('franceconnect_code')!)).json();
    expect(prefill).toMatchObject({ civilite: 'MONSIEUR', prenoms: 'Lucas Antoine', dateNaissance: '02/11/1990', nomUsage: null, lieuNaissance: { kind: 'france', departement: '13', commune: '13055' } });
  });

  it('returns to a configured web kiosk, and not to the back end\'s own origin, which is no kiosk', async () => {
    const back = await visit(new InjectBrowser(app, publicUrl), 'Lucas', `${webKiosk}/kiosk/`);
    expect(back.headers.location).toMatch(/^http:\/\/localhost:14105\/kiosk\/#franceconnect_code=/);
    const own = await app.inject({ url: start(`${publicUrl}/`), headers: { host: '127.0.0.1:18805' } });
    expect(own.json()).toMatchObject({ code: 'returnTo.invalid' });
  });

  it.each([
    ['without state', ''],
    ['with a state shorter than 32 characters', '&state=abc'],
    ['with a state it never issued', `&state=${'z'.repeat(43)}`],
  ])('refuses a callback %s', async (_what, state) => {
    const res = await app.inject({ url: `/v1/franceconnect/callback?code=abc${state}` });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'franceconnect.state', field: 'state' });
  });

  it('refuses a replayed callback: a state is used once', async () => {
    const browser = new InjectBrowser(app, publicUrl, ['/v1/franceconnect/callback']);
    const atCallback = await visit(browser, 'Lucas');
    const callback = atCallback.headers.location as string;
    const first = await browser.get(callback);
    expect(fragment(first).get('franceconnect_code')).toBeTruthy();
    const replay = await browser.get(callback);
    expect(replay.status).toBe(400);
    expect(JSON.parse(replay.body)).toMatchObject({ code: 'franceconnect.state' });
  });

  it('tells the kiosk the visitor cancelled at FranceConnect', async () => {
    const browser = new InjectBrowser(app, publicUrl);
    const choice = await browser.get(start(kiosk));
    const back = await browser.post(InjectBrowser.form(choice, /Annuler/).action, {});
    expect(fragment(back).get('franceconnect_error')).toBe('franceconnect.cancelled');
  });

  it('chains FranceConnect logout: the session is revoked and the browser ends back at returnTo', async () => {
    const browser = new InjectBrowser(app, publicUrl);
    const back = await visit(browser, 'Véronique');
    const { session } = (await exchange(fragment(back).get('franceconnect_code')!)).json();

    const res = await app.inject({
      method: 'POST', url: '/v1/franceconnect/logout', headers: { authorization: `Bearer ${session.token}`, host: '127.0.0.1:18805' }, payload: { returnTo: kiosk },
    });
    expect(res.statusCode).toBe(200);
    const endSession = new URL(res.json().endSessionUrl);
    expect(endSession.origin + endSession.pathname).toBe(`${publicUrl}/franceconnect/api/v2/session/end`);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(await sessions.accountOf(session.token)).toBeNull();

    const logoutPage = await browser.get(endSession.href);
    expect(logoutPage.body).toContain('Déconnexion de FranceConnect');
    expect(logoutPage.body).toContain('src="/franceconnect/assets/logout.js"');
    const { action, fields } = InjectBrowser.form(logoutPage, '');
    const done = await browser.post(action, { ...fields, logout: 'yes' });
    expect(done.headers.location).toBe(`${kiosk}#franceconnect_logout=done`);

    const twice = await app.inject({ method: 'POST', url: '/v1/franceconnect/logout', headers: { authorization: `Bearer ${session.token}` }, payload: { returnTo: kiosk } });
    expect(twice.statusCode).toBe(401);
    expect(twice.json()).toMatchObject({ code: 'auth.required' });
  });
});

describe('the FranceConnect ID token of a session', () => {
  it('is dropped when the session is revoked by any path, not only by FranceConnect\'s logout (issue 16)', async () => {
    const state = memoryOneTimeState();
    const { app, sessions } = await build({ oneTimeState: state });
    const login = async () => {
      const code = fragment(await visit(new InjectBrowser(app, publicUrl), 'Véronique')).get('franceconnect_code')!;
      const { session } = (await app.inject({ method: 'POST', url: '/v1/franceconnect/exchange', payload: { code, verifier: proof.verifier } })).json();
      return { token: session.token as string, tokenHash: createHash('sha256').update(session.token).digest('hex') };
    };
    const revokedOne = await login();
    const liveOne = await login();
    await sessions.revoke(revokedOne.token); // e.g. DELETE /v1/sessions/current, a password reset, the visit's end
    expect(await state.take('id-token', revokedOne.tokenHash)).toBeNull();
    // The other session's ID token is still kept, under the same kind of key: the look-up above would have found it.
    expect(await state.take('id-token', liveOne.tokenHash)).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    await app.close();
  });
});

describe('FranceConnect lifetimes', () => {
  it('refuses a login finished after 10 minutes (the kiosk gets its page back, with the reason), and a code exchanged after 60 seconds', async () => {
    let now = Date.now();
    const { app } = await build({ now: () => now });
    const slow = new InjectBrowser(app, publicUrl, ['/v1/franceconnect/callback']);
    const atCallback = await visit(slow, 'Lucas');
    now += 10 * 60_000 + 1;
    const late = await slow.get(atCallback.headers.location as string);
    expect(late.status).toBe(303);
    expect(late.headers.location).toBe(`${kiosk}#franceconnect_error=franceconnect.expired`);

    const back = await visit(new InjectBrowser(app, publicUrl), 'Lucas');
    now += 60_000 + 1;
    const code = fragment(back).get('franceconnect_code')!;
    const res = await app.inject({ method: 'POST', url: '/v1/franceconnect/exchange', payload: { code, verifier: proof.verifier } });
    expect(res.json()).toMatchObject({ code: 'franceconnect.code' });
    await app.close();
  });
});

describe('FranceConnect answers Mon Compte refuses', () => {
  it('refuses an identity authenticated below eidas1', async () => {
    const { app } = await build({ simulator: { acr: 'eidas0' } });
    const back = await visit(new InjectBrowser(app, publicUrl), 'Véronique');
    expect(fragment(back).get('franceconnect_error')).toBe('franceconnect.acr');
    await app.close();
  });
});
