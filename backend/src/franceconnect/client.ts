// Mon Compte as a FranceConnect service provider: a real OpenID Connect client (openid-client v6). In the sandbox
// it talks to the embedded simulator through `app.inject` (no socket: the same process, and it works in tests that
// never listen); against a real FranceConnect it uses fetch.
import type { FastifyInstance, HTTPMethods } from 'fastify';
import * as oidc from 'openid-client';

export interface ClientSettings {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Requests to this origin go through app.inject (the embedded simulator); others through fetch. */
  injectOrigin?: string;
}

/** Builds the openid-client configuration lazily, once (discovery needs the simulator to be ready). */
export function lazyClientConfiguration(app: FastifyInstance, settings: () => ClientSettings): () => Promise<oidc.Configuration> {
  let pending: Promise<oidc.Configuration> | null = null;
  return () => {
    pending ??= discover(app, settings()).catch((error: unknown) => {
      pending = null; // try again at the next visitor
      throw error;
    });
    return pending;
  };
}

async function discover(app: FastifyInstance, settings: ClientSettings): Promise<oidc.Configuration> {
  const issuer = new URL(settings.issuer);
  const fetchVia = settings.injectOrigin ? injectFetch(app, settings.injectOrigin) : undefined;
  return oidc.discovery(
    issuer,
    settings.clientId,
    {
      client_secret: settings.clientSecret,
      id_token_signed_response_alg: 'RS256',
      // FranceConnect v2 signs the userinfo response (JWT); openid-client then refuses a plain JSON one.
      userinfo_signed_response_alg: 'RS256',
    },
    oidc.ClientSecretPost(settings.clientSecret),
    {
      ...(fetchVia ? { [oidc.customFetch]: fetchVia } : {}),
      execute: [
        // The signatures of the ID Token and of the userinfo JWT are checked against the provider's JWKS.
        oidc.enableNonRepudiationChecks,
        ...(issuer.protocol === 'http:' ? [oidc.allowInsecureRequests] : []),
      ],
    },
  );
}

/** A fetch that serves requests to `origin` with app.inject and sends the others to the network. */
export function injectFetch(app: FastifyInstance, origin: string): oidc.CustomFetch {
  return async (url, options) => {
    const target = new URL(url);
    if (target.origin !== origin) return fetch(url, options as RequestInit);
    const body = options.body;
    const res = await app.inject({
      method: options.method as HTTPMethods,
      url: target.pathname + target.search,
      headers: { ...options.headers, host: target.host },
      ...(body === undefined || body === null ? {} : { payload: typeof body === 'string' ? body : body instanceof URLSearchParams ? body.toString() : Buffer.from(body as ArrayBuffer) }),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(res.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [String(value)]) headers.append(name, v);
    }
    const noBody = res.statusCode === 204 || res.statusCode === 304;
    return new Response(noBody ? null : new Uint8Array(res.rawPayload), { status: res.statusCode, headers });
  };
}
