// Mon Compte's FranceConnect routes (shared/api/franceconnect.ts tells the contract). The browser navigates to /start
// and comes back through /callback to the kiosk's returnTo with a one-time code in the fragment; the kiosk exchanges
// that code (POST /exchange) for a session, or for the état civil that prefills account creation.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/swagger'; // its `tags`/`summary` schema keys (the back end serves /openapi.json)
import * as oidc from 'openid-client';
import {
  FranceConnectCallbackQuery, FranceConnectStartQuery, type FranceConnectExchangeInput, type FranceConnectLogout,
  type FranceConnectLogoutInput, type FranceConnectPrefill, type FranceConnectResult,
} from '../../../shared/api/franceconnect';
import { routes } from '../../../shared/api/routes';
import { routeSchema } from '../routes/define';
import { hmac, randomToken, sameSecret, sha256 } from '../services/secrets';
import { OneTimeStore } from './one-time-store';
import type { OneTimeState, PersonDirectory, SessionIssuer } from './ports';
import { pivotFromClaims } from './pivot';
import { checkReturnTo, withFragment } from './return-to';
import { FRANCECONNECT_ACR, MIN_STATE_NONCE_LENGTH, PIVOT_SCOPES } from './simulator';

/** Long enough to pick a provider and type a password on a kiosk; FranceConnect's own interaction lasts 10 min. */
const STATE_TTL_MS = 10 * 60_000;
/** The kiosk exchanges the code at once on its return page. */
const HANDOFF_TTL_MS = 60_000;
/** FranceConnect's levels are eidas1 < eidas2 < eidas3; Mon Compte asks eidas1 and accepts a higher one. */
const ACCEPTED_ACR = new Set([FRANCECONNECT_ACR, 'eidas2', 'eidas3']);

export interface RoutesOptions {
  configuration: (() => Promise<oidc.Configuration>) | null;
  redirectUri: () => string;
  postLogoutRedirectUri: () => string;
  sessions: SessionIssuer;
  persons: PersonDirectory;
  oneTimeState: OneTimeState;
  returnToOrigins: readonly string[];
  now: () => number;
}

/**
 * `challenge`: the kiosk's proof key (RFC 7636's S256 idea applied to the hop between the back end and the kiosk): the
 * kiosk keeps a random verifier and sends its SHA-256 at /start; only the verifier turns the one-time code into a
 * session at /exchange. A code that reaches anyone else (a returnTo page that is not the kiosk's, a leaked fragment,
 * a start link sent to a victim) is worth nothing without it. `codeVerifier`: PKCE towards FranceConnect itself, when
 * its discovery says it supports S256.
 */
interface PendingLogin { nonce: string; returnTo: string; binding: string; challenge: string; codeVerifier: string | null }

/**
 * The state is bound to the browser that started the login (OAuth 2.0 Security BCP, RFC 9700 §4.7.1: without it, a
 * callback URL carrying someone else's code could log this kiosk into their account). The cookie goes only to the
 * callback and is HttpOnly. It also carries the checked returnTo, signed, so that a login that comes back too late
 * (state expired, back end restarted) still returns the kiosk to its own page with an error instead of leaving the
 * visitor on a bare error answer.
 */
const BINDING_COOKIE = 'franceconnect_binding';
/** Longer than the state: the cookie must outlive it to bring a late visitor back. */
const BINDING_COOKIE_MAX_AGE_S = 2 * 60 * 60;
type Handoff = { challenge: string } & (
  | { kind: 'account'; accountId: string; idToken: string }
  | { kind: 'create-account'; prefill: FranceConnectPrefill });

export async function franceconnectRoutes(app: FastifyInstance, options: RoutesOptions): Promise<void> {
  const state = options.oneTimeState;
  const logins = new OneTimeStore<PendingLogin>(state, 'login', STATE_TTL_MS);
  const handoffs = new OneTimeStore<Handoff>(state, 'handoff', HANDOFF_TTL_MS);
  const logouts = new OneTimeStore<{ returnTo: string }>(state, 'logout', STATE_TTL_MS);
  /** Shared by every instance: the callback may reach another instance than the one that set the cookie. */
  const cookieKey = await state.secret('binding-cookie-key');
  const sign = (binding: string, returnTo: string) =>
    hmac(cookieKey, `${binding}\n${returnTo}`, 'base64url');
  /** The binding cookie's content when its signature holds. */
  const readBinding = (req: FastifyRequest): { binding: string; returnTo: string } | null => {
    const [binding, encoded, mac] = (cookieOf(req, BINDING_COOKIE) ?? '').split('.');
    if (!binding || !encoded || !mac) return null;
    const returnTo = Buffer.from(encoded, 'base64url').toString();
    return sameSecret(mac, sign(binding, returnTo)) ? { binding, returnTo } : null;
  };
  /** A returnTo already checked on the caller's origin, carried to the callback's origin (web mode's first hop). */
  const tickets = new OneTimeStore<{ returnTo: string; challenge: string }>(state, 'ticket', HANDOFF_TTL_MS);
  /** The FranceConnect id_token of each session opened through it (by token hash), for end_session at logout. */
  const idTokens = new OneTimeStore<string>(state, 'id-token', 0);
  // A session revoked by any path takes its FranceConnect ID token with it (issue 16): nothing of a visitor's
  // FranceConnect login outlives her session.
  options.sessions.onRevoked(async (tokenHashes) => {
    for (const tokenHash of tokenHashes) await idTokens.take(tokenHash);
  });

  const fail = (reply: FastifyReply, status: number, code: string, message: string, field?: string) =>
    reply.code(status).header('Cache-Control', 'no-store').send(field ? { code, message, field } : { code, message });
  const configuration = async (reply: FastifyReply) => {
    if (!options.configuration) return null;
    try {
      return await options.configuration();
    } catch (error) {
      reply.log.error({ err: error }, 'FranceConnect discovery failed');
      return null;
    }
  };

  // Validation errors in the back end's one error shape (shared/api/errors.ts): `<field>.required|invalid`.
  app.setErrorHandler((error: FastifyError, _req, reply) => {
    if (error.validation) {
      const first = error.validation[0];
      const missing = first?.keyword === 'required' ? String((first.params as { missingProperty?: string }).missingProperty) : null;
      if (first?.keyword === 'additionalProperties') {
        return fail(reply, 400, 'request.unknownField', error.message, String((first.params as { additionalProperty?: string }).additionalProperty));
      }
      const field = missing ?? String(first?.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
      return fail(reply, 400, `${field.split('.').pop() || 'request'}.${missing ? 'required' : 'invalid'}`, error.message, field || undefined);
    }
    if ((error.statusCode ?? 500) < 500) return fail(reply, error.statusCode ?? 400, 'request.invalid', error.message);
    reply.log.error({ err: error }, 'FranceConnect route failed');
    return fail(reply, 500, 'internal', 'Internal error');
  });

  app.get<{ Querystring: FranceConnectStartQuery }>('/v1/franceconnect/start', {
    schema: { querystring: FranceConnectStartQuery, tags: ['franceconnect'], summary: 'Go to FranceConnect (browser navigation)' },
  }, async (req, reply) => {
    const config = await configuration(reply);
    if (!config) return fail(reply, 503, 'franceconnect.unavailable', 'FranceConnect is not available');
    const callbackUrl = new URL(options.redirectUri());
    let returnTo: string;
    let challenge: string;
    if (req.query.ticket) {
      const ticket = await tickets.take(req.query.ticket);
      if (!ticket) return fail(reply, 400, 'franceconnect.state', 'unknown, expired or already used ticket', 'ticket');
      ({ returnTo, challenge } = ticket);
    } else {
      if (req.query.returnTo === undefined) return fail(reply, 400, 'returnTo.required', 'returnTo is required', 'returnTo');
      const checked = checkReturnTo(req.query.returnTo, options.returnToOrigins);
      if (!checked) return fail(reply, 400, 'returnTo.invalid', 'returnTo must be a URL of a kiosk this back end serves', 'returnTo');
      if (req.query.challenge === undefined) return fail(reply, 400, 'challenge.required', 'the kiosk\'s challenge is required', 'challenge');
      // The kiosk calls /start on its own origin (app://kiosk, or a web kiosk), which forwards it here: a cookie set on
      // this answer would belong to the kiosk's origin, never sent to the callback. So the browser always hops to the
      // callback's origin first, with a one-time ticket, and the binding cookie is set there. Whether the request
      // came through a proxy cannot be told from it (main's net.fetch sends the back end's own Host), so the hop is
      // made every time.
      const hop = new URL('/v1/franceconnect/start', callbackUrl.origin);
      hop.searchParams.set('ticket', await tickets.put({ returnTo: checked.href, challenge: req.query.challenge }));
      return reply.header('Cache-Control', 'no-store').redirect(hop.href, 302);
    }
    const nonce = oidc.randomNonce(); // 43 characters (256 bits), above FranceConnect's 32 minimum
    const binding = randomToken();
    // PKCE towards FranceConnect only where its discovery advertises S256 (the simulator does; FranceConnect v2's
    // partner documentation lists no code_challenge at /authorize, and an unknown parameter may be refused there).
    const codeVerifier = config.serverMetadata().supportsPKCE() ? oidc.randomPKCECodeVerifier() : null;
    const pkce: Record<string, string> = codeVerifier
      ? { code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier), code_challenge_method: 'S256' }
      : {};
    const loginState = await logins.put({ nonce, returnTo, binding, challenge, codeVerifier });
    const url = oidc.buildAuthorizationUrl(config, {
      ...pkce,
      redirect_uri: callbackUrl.href,
      scope: ['openid', ...PIVOT_SCOPES].join(' '),
      acr_values: FRANCECONNECT_ACR,
      // A shared terminal: FranceConnect must ask who is there every time (OpenID Connect Core §3.1.2.1, prompt=login),
      // never reuse a session the browser still holds from the previous visitor (a web-mode browser keeps
      // FranceConnect's cookies between visits; Electron's per-visit partition does not).
      prompt: 'login',
      state: loginState,
      nonce,
    });
    return reply
      .header('Cache-Control', 'no-store')
      .header('Set-Cookie', bindingCookie(
        `${binding}.${Buffer.from(returnTo).toString('base64url')}.${sign(binding, returnTo)}`,
        BINDING_COOKIE_MAX_AGE_S,
        callbackUrl,
      ))
      .redirect(url.href, 302);
  });

  app.get<{ Querystring: FranceConnectCallbackQuery }>('/v1/franceconnect/callback', {
    schema: { querystring: FranceConnectCallbackQuery, tags: ['franceconnect'], summary: 'FranceConnect comes back here' },
  }, async (req, reply) => {
    const { state } = req.query;
    const callbackUrl = new URL(options.redirectUri());
    const cookie = readBinding(req);
    reply.header('Set-Cookie', bindingCookie('', 0, callbackUrl));
    const refuse = (message: string) => cookie
      // This browser started a login here: back to its kiosk page, with the reason.
      ? reply.header('Cache-Control', 'no-store').redirect(withFragment(new URL(cookie.returnTo), { franceconnect_error: 'franceconnect.expired' }), 303)
      : fail(reply, 400, 'franceconnect.state', message, 'state');
    if (!state || state.length < MIN_STATE_NONCE_LENGTH) return refuse('state is missing or too short');
    const pending = await logins.take(state);
    if (!pending) return refuse('unknown, expired or already used state');
    if (!cookie || !sameSecret(cookie.binding, pending.binding)) return refuse('this browser did not start this login');
    const back = (params: Record<string, string>) =>
      reply.header('Cache-Control', 'no-store').redirect(withFragment(new URL(pending.returnTo), params), 303);

    if (req.query.error) {
      return back({ franceconnect_error: req.query.error === 'access_denied' ? 'franceconnect.cancelled' : 'franceconnect.failed' });
    }
    const config = await configuration(reply);
    if (!config) return back({ franceconnect_error: 'franceconnect.failed' });

    let idToken: string;
    let claims: Record<string, unknown>;
    try {
      const currentUrl = new URL(callbackUrl.href);
      currentUrl.search = new URLSearchParams(req.query as Record<string, string>).toString();
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
        ...(pending.codeVerifier ? { pkceCodeVerifier: pending.codeVerifier } : {}),
      });
      const idClaims = tokens.claims();
      if (!idClaims || !tokens.id_token) throw new Error('no ID Token');
      if (typeof idClaims.acr !== 'string' || !ACCEPTED_ACR.has(idClaims.acr)) {
        req.log.warn({ acr: idClaims.acr }, 'FranceConnect acr refused');
        return back({ franceconnect_error: 'franceconnect.acr' });
      }
      idToken = tokens.id_token;
      claims = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
    } catch (error) {
      req.log.warn({ err: error }, 'FranceConnect answer refused');
      return back({ franceconnect_error: 'franceconnect.failed' });
    }

    const pivot = pivotFromClaims(claims);
    if (!pivot.ok) {
      req.log.warn({ reason: pivot.reason }, 'FranceConnect pivot identity incomplete');
      return back({ franceconnect_error: 'franceconnect.failed' });
    }
    const account = await options.persons.findAccount(pivot.person);
    const code = await handoffs.put(account
      ? { kind: 'account', accountId: account.accountId, idToken, challenge: pending.challenge }
      : { kind: 'create-account', prefill: pivot.prefill, challenge: pending.challenge });
    return back({ franceconnect_code: code });
  });

  // The JSON routes come from the shared route table (shared/api/routes.ts), like every other route's.
  const exchange = routes.franceConnectExchange;
  app.route<{ Body: FranceConnectExchangeInput }>({ method: exchange.method, url: exchange.url, schema: routeSchema('franceConnectExchange'), handler: async (req, reply): Promise<FranceConnectResult | FastifyReply> => {
    // Taken before the verifier is checked: a wrong verifier spends the code, so it cannot be guessed at. One answer
    // for an unknown, expired, used or unproven code.
    const handoff = await handoffs.take(req.body.code);
    if (!handoff || !sameSecret(challengeOf(req.body.verifier), handoff.challenge)) {
      return fail(reply, 400, 'franceconnect.code', 'unknown, expired or already used code, or not this kiosk\'s', 'code');
    }
    reply.header('Cache-Control', 'no-store');
    if (handoff.kind === 'create-account') return { kind: 'create-account', prefill: handoff.prefill };
    const session = await options.sessions.open(handoff.accountId);
    await idTokens.keep(sha256(session.token), handoff.idToken, Date.parse(session.expiresAt));
    return { kind: 'session', session };
  } });

  const logout = routes.franceConnectLogout;
  app.route<{ Body: FranceConnectLogoutInput }>({ method: logout.method, url: logout.url, schema: routeSchema('franceConnectLogout'), handler: async (req, reply): Promise<FranceConnectLogout | FastifyReply> => {
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token || !(await options.sessions.accountOf(token))) return fail(reply, 401, 'auth.required', 'A live session is required');
    const returnTo = checkReturnTo(req.body.returnTo, options.returnToOrigins);
    if (!returnTo) return fail(reply, 400, 'returnTo.invalid', 'returnTo must be a URL of a kiosk this back end serves', 'returnTo');
    const remembered = await idTokens.take(sha256(token));
    await options.sessions.revoke(token);
    const config = remembered ? await configuration(reply) : null;
    if (!remembered || !config) return { endSessionUrl: null };
    const logoutState = await logouts.put({ returnTo: returnTo.href });
    const url = oidc.buildEndSessionUrl(config, {
      id_token_hint: remembered,
      post_logout_redirect_uri: options.postLogoutRedirectUri(),
      state: logoutState,
    });
    return { endSessionUrl: url.href };
  } });

  app.get<{ Querystring: { state?: string } }>('/v1/franceconnect/logout/callback', {
    schema: { querystring: { type: 'object', properties: { state: { type: 'string', maxLength: 512 } } }, tags: ['franceconnect'], summary: 'FranceConnect comes back here after its logout' },
  }, async (req, reply) => {
    const pending = req.query.state ? await logouts.take(req.query.state) : null;
    if (!pending) return fail(reply, 400, 'franceconnect.state', 'unknown, expired or already used state', 'state');
    return reply.redirect(withFragment(new URL(pending.returnTo), { franceconnect_logout: 'done' }), 303);
  });
}

function bindingCookie(value: string, maxAgeSeconds: number, callbackUrl: URL): string {
  const secure = callbackUrl.protocol === 'https:' ? '; Secure' : '';
  return `${BINDING_COOKIE}=${value}; Path=${callbackUrl.pathname}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
}

function cookieOf(req: FastifyRequest, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(/;\s*/)) {
    if (part.startsWith(`${name}=`)) return part.slice(name.length + 1);
  }
  return undefined;
}

/** RFC 7636 §4.2 S256: BASE64URL(SHA256(verifier)), the kiosk's challenge for its verifier. */
export function challengeOf(verifier: string): string {
  return sha256(verifier, 'base64url');
}
