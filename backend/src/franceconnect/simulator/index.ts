// A FranceConnect v2 simulator for the sandbox (issue 5): a real OpenID Connect provider (oidc-provider) that behaves
// as FranceConnect v2 does for a service provider: authorization-code flow only, endpoints under /api/v2,
// acr_values=eidas1 required and the acr claim returned, state and nonce of at least 32 characters, the pivot
// identity scopes, userinfo signed (JWT, RS256), RP-initiated logout.
// Source: https://docs.partenaires.franceconnect.gouv.fr/fs/fs-technique/fs-technique-oidc-fc/ (FranceConnect v2).
//
// Mounting under a prefix: oidc-provider builds every URL it advertises from the request's URL and its mount path.
// The issuer is `<publicUrl><prefix>/api/v2`, and the raw request reaches the provider with `url` stripped of that path
// and `originalUrl` the full one, which is how oidc-provider computes its mount path (OIDCContext.urlFor), so discovery
// advertises `<issuer>/authorize`, `<issuer>/token`… and not `<origin>/authorize`.
import { generateKeyPairSync, createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import Provider, { errors, type ClientMetadata, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import { IDENTITY_PROVIDERS, SANDBOX_IDENTITIES, type PivotIdentity, type SandboxIdentity } from './identities';
import {
  LOGOUT_SCRIPT, PAGE_CSP, STYLESHEET, consentPage, errorPage, loggedOutPage, logoutPage, providerChoicePage,
  providerLoginPage, type PageContext,
} from './pages';
import { memoryAdapterFactory } from './memory-adapter';

/** FranceConnect's minimum length of state and nonce (its documentation: "32 caractères minimum"). */
export const MIN_STATE_NONCE_LENGTH = 32;
export const FRANCECONNECT_ACR = 'eidas1';
export const PIVOT_SCOPES = [
  'given_name', 'family_name', 'birthdate', 'gender', 'birthplace', 'birthcountry', 'email', 'preferred_username',
] as const satisfies ReadonlyArray<keyof PivotIdentity>;

export interface SimulatorClient {
  client_id: string;
  client_secret: string;
  client_name: string;
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
}

export interface SimulatorOptions {
  /** The origin browsers use to reach this server, e.g. http://127.0.0.1:8787 (no trailing slash); a function when
   * it is known only once the server listens (port 0). Read at the first request. */
  publicUrl: string | (() => string);
  /** Where the simulator lives on this server; FranceConnect's own paths (/api/v2/…) come after it. (Not `prefix`:
   * Fastify's register would take that as a route prefix.) */
  basePath: string;
  /** Read with publicUrl, at the first request (their redirect URIs are under it too). */
  clients: SimulatorClient[] | (() => SimulatorClient[]);
  identities?: readonly SandboxIdentity[];
  /** Where the error pages' "Revenir sur …" leads: the service's callback (no state: it sends its browser home). */
  errorReturn?: () => { href: string; clientName: string };
  /** The acr the simulated providers authenticate at; only tests change it (to check the client refuses another). */
  acr?: string;
}

export function simulatorIssuer(publicUrl: string, basePath: string): string {
  return `${publicUrl}${basePath}/api/v2`;
}

/** The `sub` FranceConnect gives for an identity: stable, opaque (FranceConnect's are 64 hex characters). */
export function subOf(identity: SandboxIdentity): string {
  return createHash('sha256').update(`franceconnect-sandbox:${identity.id}`).digest('hex');
}

export async function franceconnectSimulator(app: FastifyInstance, options: SimulatorOptions): Promise<void> {
  const identities = options.identities ?? SANDBOX_IDENTITIES;
  const bySub = new Map(identities.map((i) => [subOf(i), i]));
  const mountPath = `${options.basePath}/api/v2`;
  const interactionPath = `${options.basePath}/interaction`;
  const assetsPath = `${options.basePath}/assets`;
  const pageCtx: PageContext = { assetsPath };
  const clientsOf = () => (typeof options.clients === 'function' ? options.clients() : options.clients);
  let clientNames = new Map<string, string>();

  const longEnough = (name: 'state' | 'nonce') => (_ctx: KoaContextWithOIDC, value: string | undefined) => {
    if (typeof value !== 'string' || value.length < MIN_STATE_NONCE_LENGTH) {
      throw new errors.InvalidRequest(`${name} must be at least ${MIN_STATE_NONCE_LENGTH} characters`);
    }
  };

  // Built at the first request: the issuer is under publicUrl, which may be known only once the server listens.
  const build = (): Provider => {
    const publicUrl = typeof options.publicUrl === 'function' ? options.publicUrl() : options.publicUrl;
    const configuration: Configuration = {
      adapter: memoryAdapterFactory(),
      clients: clientsOf().map((c): ClientMetadata => ({
        ...c,
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: 'RS256',
        userinfo_signed_response_alg: 'RS256',
      })),
      jwks: { keys: [signingKey()] },
      cookies: { keys: [randomBytes(32).toString('base64url')] },
      responseTypes: ['code'],
      scopes: ['openid', ...PIVOT_SCOPES],
      claims: {
        openid: ['sub'],
        ...Object.fromEntries(PIVOT_SCOPES.map((s) => [s, [s]])),
      },
      acrValues: [FRANCECONNECT_ACR],
      extraParams: {
        acr_values(_ctx, value) {
          if (value !== FRANCECONNECT_ACR) throw new errors.InvalidRequest(`acr_values must be ${FRANCECONNECT_ACR}`);
        },
        state: longEnough('state'),
        nonce: longEnough('nonce'),
      },
      pkce: { required: () => false },
      routes: {
        authorization: '/authorize',
        token: '/token',
        userinfo: '/userinfo',
        end_session: '/session/end',
        jwks: '/jwks',
      },
      features: {
        devInteractions: { enabled: false },
        jwtUserinfo: { enabled: true },
        userinfo: { enabled: true },
        introspection: { enabled: false },
        revocation: { enabled: false },
        rpInitiatedLogout: {
          enabled: true,
          logoutSource: (ctx, form) => {
            ctx.set('Content-Security-Policy', PAGE_CSP);
            ctx.type = 'html';
            ctx.body = logoutPage(pageCtx, form);
          },
          postLogoutSuccessSource: (ctx) => {
            ctx.set('Content-Security-Policy', PAGE_CSP);
            ctx.type = 'html';
            ctx.body = loggedOutPage(pageCtx);
          },
        },
      },
      interactions: { url: (_ctx, interaction) => `${interactionPath}/${interaction.uid}` },
      async findAccount(_ctx, sub) {
        const identity = bySub.get(sub);
        if (!identity) return undefined;
        return { accountId: sub, claims: () => ({ sub, ...identity.claims }) };
      },
      renderError(ctx, out) {
        ctx.set('Content-Security-Policy', PAGE_CSP);
        ctx.type = 'html';
        ctx.body = errorPage(pageCtx, String(out.error ?? 'server_error'), options.errorReturn?.());
      },
      // FranceConnect's lifetimes are short; a kiosk visit is too.
      ttl: { AccessToken: 60, AuthorizationCode: 30, IdToken: 60, Interaction: 600, Session: 1800, Grant: 1800 },
      clientBasedCORS: () => false,
    };

    clientNames = new Map(clientsOf().map((c) => [c.client_id, c.client_name]));
    return new Provider(simulatorIssuer(publicUrl, options.basePath), configuration);
  };
  let built: { provider: Provider; callback: ReturnType<Provider['callback']> } | null = null;
  const simulator = () => {
    if (!built) {
      const provider = build();
      built = { provider, callback: provider.callback() };
    }
    return built;
  };

  // The provider's own endpoints: the raw request, unparsed (oidc-provider reads the body itself).
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_req, _payload, done) => done(null));
    const forward = (req: FastifyRequest, reply: FastifyReply) => {
      const raw = req.raw as IncomingMessage & { originalUrl?: string };
      raw.originalUrl = raw.url;
      // The provider's own path, always from "/": `${mountPath}?x` became "?x", which crashed its router (a 500
      // found by the route fuzz, attacks/openapi-fuzz.test.ts).
      const rest = (raw.url ?? '').slice(mountPath.length);
      raw.url = rest.startsWith('/') ? rest : `/${rest}`;
      reply.hijack();
      void simulator().callback(raw, reply.raw);
    };
    scope.all(mountPath, forward);
    scope.all(`${mountPath}/*`, forward);
  });

  // Interaction pages and their assets.
  await app.register(async (scope) => {
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 4096 }, (_req, body, done) => {
      done(null, parseQuery(body as string));
    });
    scope.addHook('onSend', async (_req, reply) => {
      reply.header('Content-Security-Policy', PAGE_CSP).header('Cache-Control', 'no-store').header('X-Frame-Options', 'DENY');
    });

    scope.get(`${assetsPath}/simulator.css`, (_req, reply) => reply.type('text/css; charset=utf-8').send(STYLESHEET));
    scope.get(`${assetsPath}/logout.js`, (_req, reply) => reply.type('text/javascript; charset=utf-8').send(LOGOUT_SCRIPT));

    const page = (reply: FastifyReply, body: string, status = 200) => reply.code(status).type('text/html; charset=utf-8').send(body);
    const details = async (req: FastifyRequest, reply: FastifyReply) => {
      try {
        return await simulator().provider.interactionDetails(req.raw, reply.raw);
      } catch {
        return null; // unknown, expired or already finished interaction (its cookie is gone)
      }
    };
    const expired = (reply: FastifyReply) => page(reply, errorPage(pageCtx, 'session_expired', options.errorReturn?.()), 400);
    const clientName = (clientId: unknown) => clientNames.get(String(clientId)) ?? 'le service';

    type Uid = { Params: { uid: string } };
    type Fi = { Params: { uid: string; fi: string } };

    // Step 1: the provider choice, or the consent when the person is already authenticated.
    scope.get<Uid>(`${interactionPath}/:uid`, async (req, reply) => {
      const interaction = await details(req, reply);
      if (!interaction || interaction.uid !== req.params.uid) return expired(reply);
      const base = `${interactionPath}/${interaction.uid}`;
      const name = clientName(interaction.params.client_id);
      if (interaction.prompt.name === 'consent') {
        const identity = bySub.get(String(interaction.session?.accountId));
        if (!identity) return expired(reply);
        const requested = String(interaction.params.scope ?? '').split(' ');
        const claims = PIVOT_SCOPES.filter((s) => requested.includes(s));
        return page(reply, consentPage(pageCtx, { clientName: name, identity, claims, action: `${base}/consent`, abortHref: `${base}/abort` }));
      }
      return page(reply, providerChoicePage(pageCtx, {
        clientName: name,
        providers: IDENTITY_PROVIDERS,
        providerHref: (id) => `${base}/fi/${id}`,
        abortHref: `${base}/abort`,
      }));
    });

    // Step 2: the chosen provider's login.
    const loginPage = (reply: FastifyReply, uid: string, fi: string, extra: { error?: boolean; identifier?: string } = {}) => {
      const provider = IDENTITY_PROVIDERS.find((p) => p.id === fi);
      if (!provider) return page(reply, errorPage(pageCtx, 'unknown_provider'), 404);
      return page(reply, providerLoginPage(pageCtx, {
        provider,
        action: `${interactionPath}/${uid}/fi/${fi}`,
        backHref: `${interactionPath}/${uid}`,
        identities,
        ...extra,
      }), extra.error ? 401 : 200);
    };
    scope.get<Fi>(`${interactionPath}/:uid/fi/:fi`, async (req, reply) => {
      const interaction = await details(req, reply);
      if (!interaction || interaction.uid !== req.params.uid) return expired(reply);
      return loginPage(reply, interaction.uid, req.params.fi);
    });
    scope.post<Fi & { Body: Record<string, unknown> }>(`${interactionPath}/:uid/fi/:fi`, async (req, reply) => {
      const interaction = await details(req, reply);
      if (!interaction || interaction.uid !== req.params.uid || interaction.prompt.name !== 'login') return expired(reply);
      if (!IDENTITY_PROVIDERS.some((p) => p.id === req.params.fi)) return loginPage(reply, interaction.uid, req.params.fi);
      const body = req.body ?? {};
      const identity = typeof body.identity === 'string'
        ? identities.find((i) => i.id === body.identity)
        : identities.find((i) => i.identifier === String(body.identifier ?? '').replace(/\s/g, '') && i.password === body.password);
      if (!identity) {
        return loginPage(reply, interaction.uid, req.params.fi, { error: true, identifier: String(body.identifier ?? '').slice(0, 64) });
      }
      const returnTo = await simulator().provider.interactionResult(req.raw, reply.raw, {
        login: { accountId: subOf(identity), acr: options.acr ?? FRANCECONNECT_ACR, amr: ['pwd'], remember: false },
      }, { mergeWithLastSubmission: false });
      return reply.redirect(returnTo, 303);
    });

    // Step 3: "Continuer sur Mon Compte".
    scope.post<Uid>(`${interactionPath}/:uid/consent`, async (req, reply) => {
      const interaction = await details(req, reply);
      if (!interaction || interaction.uid !== req.params.uid || interaction.prompt.name !== 'consent') return expired(reply);
      const accountId = String(interaction.session?.accountId);
      const { Grant } = simulator().provider;
      const clientId = String(interaction.params.client_id);
      const grant = (interaction.grantId ? await Grant.find(interaction.grantId) : undefined) ?? new Grant({ accountId, clientId });
      const missing = interaction.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
      if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
      if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
      const grantId = await grant.save();
      const returnTo = await simulator().provider.interactionResult(req.raw, reply.raw, { consent: { grantId } }, { mergeWithLastSubmission: true });
      return reply.redirect(returnTo, 303);
    });

    // "Annuler": back to the service with access_denied (RFC 6749 §4.1.2.1).
    scope.post<Uid>(`${interactionPath}/:uid/abort`, async (req, reply) => {
      const interaction = await details(req, reply);
      if (!interaction || interaction.uid !== req.params.uid) return expired(reply);
      const returnTo = await simulator().provider.interactionResult(req.raw, reply.raw, {
        error: 'access_denied',
        error_description: 'End-User aborted interaction',
      }, { mergeWithLastSubmission: false });
      return reply.redirect(returnTo, 303);
    });
  });
}

function signingKey() {
  // A fresh RS256 key per start: the sandbox's tokens never need to outlive the process.
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), use: 'sig', alg: 'RS256', kid: randomBytes(8).toString('hex') };
}
