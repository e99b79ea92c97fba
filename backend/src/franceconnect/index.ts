// FranceConnect for Mon Compte (issue 5, journey J3): one self-contained Fastify plugin.
// - sandbox: the FranceConnect v2 simulator under /franceconnect (simulator/), Mon Compte registered as its client;
// - always: Mon Compte's side as an OpenID Connect client (routes.ts), against the simulator or a real FranceConnect.
// app.ts registers it with adapters to the back end's sessions and persons (ports.ts). README.md tells the flow.
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { lazyClientConfiguration } from './client';
import type { PersonDirectory, SessionIssuer } from './ports';
import { franceconnectRoutes } from './routes';
import { franceconnectSimulator, simulatorIssuer } from './simulator';
import type { SandboxIdentity } from './simulator/identities';

export const SIMULATOR_BASE_PATH = '/franceconnect';
export const CALLBACK_PATH = '/v1/franceconnect/callback';
export const LOGOUT_CALLBACK_PATH = '/v1/franceconnect/logout/callback';

export interface FranceConnectOptions {
  sandbox: boolean;
  /** The origin browsers use to reach this back end (e.g. http://127.0.0.1:8787): FranceConnect redirects there. */
  publicUrl: string;
  sessions: SessionIssuer;
  persons: PersonDirectory;
  /** Origins allowed for returnTo besides app://kiosk and the caller's own origin. */
  returnToOrigins?: readonly string[];
  /** A real FranceConnect (outside the sandbox): its issuer (…/api/v2) and Mon Compte's credentials there. */
  provider?: { issuer: string; clientId: string; clientSecret: string };
  now?: () => number;
  /** Sandbox simulator settings, for tests: other identities, another acr. */
  simulator?: { identities?: readonly SandboxIdentity[]; acr?: string };
}

export async function franceconnect(app: FastifyInstance, options: FranceConnectOptions): Promise<void> {
  const publicUrl = options.publicUrl.replace(/\/$/, '');
  const redirectUri = `${publicUrl}${CALLBACK_PATH}`;
  const postLogoutRedirectUri = `${publicUrl}${LOGOUT_CALLBACK_PATH}`;

  let provider = options.provider;
  if (!provider && options.sandbox) {
    provider = {
      issuer: simulatorIssuer(publicUrl, SIMULATOR_BASE_PATH),
      clientId: 'mon-compte-sandbox',
      clientSecret: randomBytes(32).toString('base64url'),
    };
    await app.register(franceconnectSimulator, {
      publicUrl,
      basePath: SIMULATOR_BASE_PATH,
      clients: [{
        client_id: provider.clientId,
        client_secret: provider.clientSecret,
        client_name: 'Mon Compte',
        redirect_uris: [redirectUri],
        post_logout_redirect_uris: [postLogoutRedirectUri],
      }],
      ...(options.simulator?.identities ? { identities: options.simulator.identities } : {}),
      ...(options.simulator?.acr ? { acr: options.simulator.acr } : {}),
    });
  }

  await app.register(franceconnectRoutes, {
    configuration: provider
      ? lazyClientConfiguration(app, { ...provider, ...(options.sandbox && !options.provider ? { injectOrigin: new URL(publicUrl).origin } : {}) })
      : null,
    redirectUri,
    postLogoutRedirectUri,
    sessions: options.sessions,
    persons: options.persons,
    returnToOrigins: options.returnToOrigins ?? [],
    now: options.now ?? Date.now,
  });
}
