// FranceConnect for Mon Compte (issue 5, journey J3): one self-contained Fastify plugin.
// - sandbox: the FranceConnect v2 simulator under /franceconnect (simulator/), Mon Compte registered as its client;
// - always: Mon Compte's side as an OpenID Connect client (routes.ts), against the simulator or a real FranceConnect.
// app.ts registers it with adapters to the back end's sessions and persons (ports.ts). README.md tells the flow.
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { randomToken } from '../services/secrets';
import { lazyClientConfiguration } from './client';
import { memoryOneTimeState } from './one-time-store';
import type { OneTimeState, PersonDirectory, SessionIssuer } from './ports';
import { KIOSK_APP_ORIGIN } from './return-to';
import { franceconnectRoutes } from './routes';
import { franceconnectSimulator, simulatorIssuer } from './simulator';
import type { SandboxIdentity } from './simulator/identities';

export const SIMULATOR_BASE_PATH = '/franceconnect';
export const CALLBACK_PATH = '/v1/franceconnect/callback';
export const LOGOUT_CALLBACK_PATH = '/v1/franceconnect/logout/callback';

export interface FranceConnectOptions {
  sandbox: boolean;
  /**
   * The origin browsers use to reach this back end (e.g. http://127.0.0.1:8787): FranceConnect redirects there and the
   * simulator's issuer is under it. Default: the address the server listens on (read at the first request, so port 0
   * works), which is right unless a proxy or another host name stands in front.
   */
  publicUrl?: string;
  sessions: SessionIssuer;
  persons: PersonDirectory;
  /** Where pending logins, codes and ID tokens are kept (the back end's database); default: this process's memory. */
  oneTimeState?: OneTimeState;
  /** The kiosk origins a login may be sent back to (return-to.ts); default app://kiosk only. */
  returnToOrigins?: readonly string[];
  /** A real FranceConnect (outside the sandbox): its issuer (…/api/v2) and Mon Compte's credentials there. */
  provider?: { issuer: string; clientId: string; clientSecret: string };
  now?: () => number;
  /** Sandbox simulator settings, for tests: other identities, another acr. */
  simulator?: { identities?: readonly SandboxIdentity[]; acr?: string };
}

export async function franceconnect(app: FastifyInstance, options: FranceConnectOptions): Promise<void> {
  const publicUrl = () => (options.publicUrl ?? listeningOrigin(app)).replace(/\/$/, '');
  const useSimulator = options.sandbox && !options.provider;
  const sandboxClient = { clientId: 'mon-compte-sandbox', clientSecret: randomToken() };

  if (useSimulator) {
    await app.register(franceconnectSimulator, {
      publicUrl,
      basePath: SIMULATOR_BASE_PATH,
      clients: () => [{
        client_id: sandboxClient.clientId,
        client_secret: sandboxClient.clientSecret,
        client_name: 'Mon Compte',
        redirect_uris: [publicUrl() + CALLBACK_PATH],
        post_logout_redirect_uris: [publicUrl() + LOGOUT_CALLBACK_PATH],
      }],
      errorReturn: () => ({ href: publicUrl() + CALLBACK_PATH, clientName: 'Mon Compte' }),
      ...(options.simulator?.identities ? { identities: options.simulator.identities } : {}),
      ...(options.simulator?.acr ? { acr: options.simulator.acr } : {}),
    });
  }

  const provider = options.provider;
  await app.register(franceconnectRoutes, {
    configuration: useSimulator
      ? lazyClientConfiguration(app, () => ({ issuer: simulatorIssuer(publicUrl(), SIMULATOR_BASE_PATH), ...sandboxClient, injectOrigin: publicUrl() }))
      : provider ? lazyClientConfiguration(app, () => provider) : null,
    redirectUri: () => publicUrl() + CALLBACK_PATH,
    postLogoutRedirectUri: () => publicUrl() + LOGOUT_CALLBACK_PATH,
    sessions: options.sessions,
    persons: options.persons,
    oneTimeState: options.oneTimeState ?? memoryOneTimeState(options.now ?? Date.now),
    returnToOrigins: options.returnToOrigins ?? [KIOSK_APP_ORIGIN],
    now: options.now ?? Date.now,
  });
}

function listeningOrigin(app: FastifyInstance): string {
  const address = app.server.address() as AddressInfo | string | null;
  if (!address || typeof address === 'string') return 'http://localhost';
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host === '[::1]' ? 'localhost' : host}:${address.port}`;
}
