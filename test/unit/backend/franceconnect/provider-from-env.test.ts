// A real FranceConnect configured from the environment (FRANCECONNECT_ISSUER, _CLIENT_ID, _CLIENT_SECRET): the back
// end reads its discovery over the network and sends the visitor there, not to its own simulator. The "real"
// provider here is the simulator listening on its own loopback port, with Mon Compte registered under other credentials.
import Fastify, { type FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../../backend/src/app';
import { optionsFromEnv } from '../../../../backend/src/config';
import { franceconnectSimulator, simulatorIssuer } from '../../../../backend/src/franceconnect/simulator';

const backendUrl = 'http://127.0.0.1:18806';
const kiosk = 'app://kiosk/index.html';

describe('FranceConnect from the environment', () => {
  let provider: FastifyInstance;
  let app: FastifyInstance;
  let issuer = '';

  beforeAll(async () => {
    let origin = '';
    provider = Fastify();
    await provider.register(franceconnectSimulator, {
      publicUrl: () => origin,
      basePath: '/fc',
      clients: () => [{
        client_id: 'mon-compte-caf', client_secret: 'a-secret-given-by-franceconnect', client_name: 'Mon Compte',
        redirect_uris: [`${backendUrl}/v1/franceconnect/callback`], post_logout_redirect_uris: [`${backendUrl}/v1/franceconnect/logout/callback`],
      }],
    });
    await provider.listen({ host: '127.0.0.1', port: 0 });
    origin = `http://127.0.0.1:${(provider.server.address() as AddressInfo).port}`;
    issuer = simulatorIssuer(origin, '/fc');
    const { backend } = optionsFromEnv({
      SANDBOX: '1', FRANCECONNECT_ISSUER: issuer, FRANCECONNECT_CLIENT_ID: 'mon-compte-caf', FRANCECONNECT_CLIENT_SECRET: 'a-secret-given-by-franceconnect',
    });
    app = await buildApp({ ...backend, logger: false, publicUrl: backendUrl });
  });
  afterAll(async () => {
    await app?.close();
    await provider?.close();
  });

  it('sends the visitor to the configured FranceConnect with Mon Compte\'s client id there', async () => {
    const first = await app.inject({ url: `/v1/franceconnect/start?returnTo=${encodeURIComponent(kiosk)}&challenge=${'c'.repeat(43)}`, headers: { host: '127.0.0.1:18806' } });
    const hop = new URL(first.headers.location as string); // the hop to the callback's origin (routes.ts)
    const res = await app.inject({ url: hop.pathname + hop.search, headers: { host: '127.0.0.1:18806' } });
    expect(res.statusCode, res.body).toBe(302);
    const location = new URL(res.headers.location as string);
    expect(`${location.origin}${location.pathname}`).toBe(`${issuer}/authorize`);
    expect(location.searchParams.get('client_id')).toBe('mon-compte-caf');
    expect(location.searchParams.get('redirect_uri')).toBe(`${backendUrl}/v1/franceconnect/callback`);
  });

  it('does not mount its own simulator, even in sandbox mode', async () => {
    const res = await app.inject({ url: '/franceconnect/api/v2/.well-known/openid-configuration', headers: { host: '127.0.0.1:18806' } });
    expect(res.statusCode).toBe(404);
  });
});
