import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { franceconnectSimulator, simulatorIssuer } from '../../../../backend/src/franceconnect/simulator';
import { InjectBrowser } from './inject-browser';

const publicUrl = 'http://127.0.0.1:18805';
const issuer = simulatorIssuer(publicUrl, '/franceconnect');
const client = {
  client_id: 'mon-compte',
  client_secret: 'sandbox-secret-sandbox-secret-sandbox-secret',
  client_name: 'Mon Compte',
  redirect_uris: [`${publicUrl}/v1/franceconnect/callback`],
  post_logout_redirect_uris: [`${publicUrl}/v1/franceconnect/logout/callback`],
};
const long = (c: string) => c.repeat(32);

describe('the FranceConnect v2 simulator', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify();
    await app.register(franceconnectSimulator, { publicUrl, basePath: '/franceconnect', clients: [client] });
    await app.ready();
  });
  afterAll(() => app.close());

  const authorize = (params: Record<string, string>) =>
    `/franceconnect/api/v2/authorize?${new URLSearchParams({
      client_id: client.client_id,
      redirect_uri: client.redirect_uris[0]!,
      response_type: 'code',
      scope: 'openid given_name family_name birthdate gender birthplace birthcountry email preferred_username',
      acr_values: 'eidas1',
      state: long('s'),
      nonce: long('n'),
      ...params,
    })}`;

  it('advertises its endpoints under the prefix, at FranceConnect v2 paths', async () => {
    const res = await app.inject({ url: '/franceconnect/api/v2/.well-known/openid-configuration', headers: { host: '127.0.0.1:18805' } });
    expect(res.statusCode).toBe(200);
    const meta = res.json();
    expect(meta.issuer).toBe(`${publicUrl}/franceconnect/api/v2`);
    expect(meta.authorization_endpoint).toBe(`${issuer}/authorize`);
    expect(meta.token_endpoint).toBe(`${issuer}/token`);
    expect(meta.userinfo_endpoint).toBe(`${issuer}/userinfo`);
    expect(meta.end_session_endpoint).toBe(`${issuer}/session/end`);
    expect(meta.jwks_uri).toBe(`${issuer}/jwks`);
    expect(meta.response_types_supported).toEqual(['code']);
    expect(meta.acr_values_supported).toEqual(['eidas1']);
    expect(meta.userinfo_signing_alg_values_supported).toContain('RS256');
    expect(meta.scopes_supported).toEqual(expect.arrayContaining(['openid', 'given_name', 'birthplace', 'birthcountry', 'preferred_username']));
  });

  it('serves its signing keys at the advertised jwks_uri', async () => {
    const res = await app.inject({ url: '/franceconnect/api/v2/jwks', headers: { host: '127.0.0.1:18805' } });
    expect(res.json().keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(res.json().keys[0].d).toBeUndefined();
  });

  it.each([
    ['without acr_values', { acr_values: '' }, 'acr_values'],
    ['with another acr', { acr_values: 'eidas2' }, 'acr_values'],
    ['with a short state', { state: 'x'.repeat(31) }, 'state'],
    ['with a short nonce', { nonce: 'x'.repeat(31) }, 'nonce'],
  ])('sends the browser back with invalid_request when asked %s', async (_what, params, field) => {
    const res = await app.inject({ url: authorize(params), headers: { host: '127.0.0.1:18805' } });
    expect(res.statusCode).toBe(303);
    const location = new URL(res.headers.location as string);
    expect(location.origin + location.pathname).toBe(client.redirect_uris[0]);
    expect(location.searchParams.get('error')).toBe('invalid_request');
    expect(location.searchParams.get('error_description')).toContain(field);
  });

  it('refuses the implicit flow', async () => {
    const res = await app.inject({ url: authorize({ response_type: 'id_token' }), headers: { host: '127.0.0.1:18805' } });
    expect(res.headers.location).toMatch(/[#?&]error=unsupported_response_type/);
  });

  it('leads from the provider choice through its login and consent back to the service with a code', async () => {
    const browser = new InjectBrowser(app, publicUrl, ['/v1/']);
    const choice = await browser.get(authorize({}));
    expect(choice.status).toBe(200);
    expect(choice.body).toContain('<html lang="fr">');
    for (const name of ['impots.gouv.fr', 'ameli.fr', "L'Identité Numérique La Poste", 'MSA', 'Yris', 'France Identité']) {
      expect(choice.body).toContain(`>${name.replace("'", '&#39;')}</a>`);
    }
    expect(choice.headers['content-security-policy']).toContain("script-src 'self'");
    expect(choice.body).not.toMatch(/<script(?![^>]*src=)/);

    const login = await browser.get(InjectBrowser.link(choice, 'ameli.fr'));
    expect(login.body).toContain('Je me connecte avec mon compte ameli.fr');

    const wrong = await browser.post(InjectBrowser.form(login, 'Me connecter').action, { identifier: '2780506088101', password: 'nope' });
    expect(wrong.status).toBe(401);
    expect(wrong.body).toContain('Identifiant ou mot de passe incorrect.');

    const consent = await browser.post(InjectBrowser.form(login, 'Me connecter').action, { identifier: '2 78 05 06 088 101', password: 'FranceConnect1' });
    expect(consent.body).toContain('Vous êtes connecté(e) en tant que Véronique FONTAINE');
    expect(consent.body).toContain('Lieu de naissance');

    const back = await browser.post(InjectBrowser.form(consent, 'Continuer sur Mon Compte').action, {});
    expect(back.status).toBe(303);
    const location = new URL(back.headers.location as string);
    expect(location.origin + location.pathname).toBe(client.redirect_uris[0]);
    expect(location.searchParams.get('code')).toBeTruthy();
    expect(location.searchParams.get('state')).toBe(long('s'));
    expect(location.searchParams.get('iss')).toBe(issuer);
  });

  it('sends access_denied back to the service when the visitor cancels', async () => {
    const browser = new InjectBrowser(app, publicUrl, ['/v1/']);
    const choice = await browser.get(authorize({}));
    const back = await browser.post(InjectBrowser.form(choice, /Annuler/).action, {});
    expect(new URL(back.headers.location as string).searchParams.get('error')).toBe('access_denied');
  });
});

describe('the simulator\'s tokens and userinfo', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = Fastify();
    await app.register(franceconnectSimulator, { publicUrl, basePath: '/franceconnect', clients: [client] });
    await app.ready();
  });
  afterAll(() => app.close());

  it('answers userinfo as a JWT signed RS256 carrying the pivot identity, and an ID Token with acr eidas1', async () => {
    const browser = new InjectBrowser(app, publicUrl, ['/v1/']);
    const choice = await browser.get(`/franceconnect/api/v2/authorize?${new URLSearchParams({
      client_id: client.client_id, redirect_uri: client.redirect_uris[0]!, response_type: 'code', acr_values: 'eidas1',
      scope: 'openid given_name family_name birthdate gender birthplace birthcountry', state: long('s'), nonce: long('n'),
    })}`);
    const login = await browser.get(InjectBrowser.link(choice, 'France Identité'));
    const { action, fields } = InjectBrowser.form(login, /en tant que Lucas/);
    const consent = await browser.post(action, fields);
    const back = await browser.post(InjectBrowser.form(consent, 'Continuer sur Mon Compte').action, {});
    const code = new URL(back.headers.location as string).searchParams.get('code')!;

    const token = await app.inject({
      method: 'POST', url: '/franceconnect/api/v2/token', headers: { host: '127.0.0.1:18805', 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: client.redirect_uris[0]!, client_id: client.client_id, client_secret: client.client_secret }).toString(),
    });
    expect(token.statusCode).toBe(200);
    const { access_token, id_token } = token.json();
    const part = (jwt: string, i: number) => JSON.parse(Buffer.from(jwt.split('.')[i]!, 'base64url').toString());
    expect(part(id_token, 0).alg).toBe('RS256');
    expect(part(id_token, 1)).toMatchObject({ acr: 'eidas1', nonce: long('n'), iss: issuer, aud: client.client_id });

    const userinfo = await app.inject({ url: '/franceconnect/api/v2/userinfo', headers: { host: '127.0.0.1:18805', authorization: `Bearer ${access_token}` } });
    expect(userinfo.headers['content-type']).toContain('application/jwt');
    expect(part(userinfo.body, 0).alg).toBe('RS256');
    expect(part(userinfo.body, 1)).toMatchObject({
      iss: issuer, aud: client.client_id, given_name: 'Lucas Antoine', family_name: 'MOREAU', birthdate: '1990-11-02', gender: 'male', birthplace: '13055', birthcountry: '99100',
    });
    // email was not asked: not given.
    expect(part(userinfo.body, 1).email).toBeUndefined();
  });
});
