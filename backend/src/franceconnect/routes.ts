// Mon Compte's FranceConnect routes (shared/api/franceconnect.ts tells the contract). The browser navigates to /start
// and comes back through /callback to the kiosk's returnTo with a one-time code in the fragment; the kiosk exchanges
// that code (POST /exchange) for a session, or for the état civil that prefills account creation.
import { createHash } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type {} from '@fastify/swagger'; // its `tags`/`summary` schema keys (the back end serves /openapi.json)
import * as oidc from 'openid-client';
import {
  FranceConnectCallbackQuery, FranceConnectExchangeInput, FranceConnectLogoutInput, FranceConnectStartQuery,
  type FranceConnectPrefill, type FranceConnectResult,
} from '../../../shared/api/franceconnect';
import { OneTimeStore } from './one-time-store';
import type { PersonDirectory, SessionIssuer } from './ports';
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
  returnToOrigins: readonly string[];
  now: () => number;
}

interface PendingLogin { nonce: string; returnTo: string }
type Handoff =
  | { kind: 'account'; accountId: string; idToken: string }
  | { kind: 'create-account'; prefill: FranceConnectPrefill };

export async function franceconnectRoutes(app: FastifyInstance, options: RoutesOptions): Promise<void> {
  const logins = new OneTimeStore<PendingLogin>(STATE_TTL_MS, options.now);
  const handoffs = new OneTimeStore<Handoff>(HANDOFF_TTL_MS, options.now);
  const logouts = new OneTimeStore<{ returnTo: string }>(STATE_TTL_MS, options.now);
  /** The FranceConnect id_token of each session opened through it (by token hash), for end_session at logout. */
  const idTokens = new Map<string, { idToken: string; expiresAt: number }>();

  const fail = (reply: FastifyReply, status: number, code: string, message: string, field?: string) =>
    reply.code(status).header('Cache-Control', 'no-store').send(field ? { code, message, field } : { code, message });
  const originOf = (req: FastifyRequest) => `${req.protocol}://${req.host}`;
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
    const returnTo = checkReturnTo(req.query.returnTo, originOf(req), options.returnToOrigins);
    if (!returnTo) return fail(reply, 400, 'returnTo.invalid', 'returnTo must be a URL of the kiosk app or of this origin', 'returnTo');
    const config = await configuration(reply);
    if (!config) return fail(reply, 503, 'franceconnect.unavailable', 'FranceConnect is not available');
    const nonce = oidc.randomNonce(); // 43 characters (256 bits), above FranceConnect's 32 minimum
    const state = logins.put({ nonce, returnTo: returnTo.href });
    const url = oidc.buildAuthorizationUrl(config, {
      redirect_uri: options.redirectUri(),
      scope: ['openid', ...PIVOT_SCOPES].join(' '),
      acr_values: FRANCECONNECT_ACR,
      state,
      nonce,
    });
    return reply.header('Cache-Control', 'no-store').redirect(url.href, 302);
  });

  app.get<{ Querystring: FranceConnectCallbackQuery }>('/v1/franceconnect/callback', {
    schema: { querystring: FranceConnectCallbackQuery, tags: ['franceconnect'], summary: 'FranceConnect comes back here' },
  }, async (req, reply) => {
    const { state } = req.query;
    if (!state || state.length < MIN_STATE_NONCE_LENGTH) return fail(reply, 400, 'franceconnect.state', 'state is missing or too short', 'state');
    const pending = logins.take(state);
    if (!pending) return fail(reply, 400, 'franceconnect.state', 'unknown, expired or already used state', 'state');
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
      const currentUrl = new URL(options.redirectUri());
      currentUrl.search = new URLSearchParams(req.query as Record<string, string>).toString();
      const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
        expectedState: state,
        expectedNonce: pending.nonce,
        idTokenExpected: true,
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
    const code = handoffs.put(account
      ? { kind: 'account', accountId: account.accountId, idToken }
      : { kind: 'create-account', prefill: pivot.prefill });
    return back({ franceconnect_code: code });
  });

  app.post<{ Body: FranceConnectExchangeInput }>('/v1/franceconnect/exchange', {
    schema: { body: FranceConnectExchangeInput, tags: ['franceconnect'], summary: 'Turn the one-time code into a session or a prefill' },
  }, async (req, reply): Promise<FranceConnectResult | FastifyReply> => {
    const handoff = handoffs.take(req.body.code);
    if (!handoff) return fail(reply, 400, 'franceconnect.code', 'unknown, expired or already used code', 'code');
    reply.header('Cache-Control', 'no-store');
    if (handoff.kind === 'create-account') return { kind: 'create-account', prefill: handoff.prefill };
    const session = await options.sessions.open(handoff.accountId);
    sweep();
    idTokens.set(hash(session.token), { idToken: handoff.idToken, expiresAt: Date.parse(session.expiresAt) });
    return { kind: 'session', session };
  });

  app.post<{ Body: FranceConnectLogoutInput }>('/v1/franceconnect/logout', {
    schema: { body: FranceConnectLogoutInput, tags: ['franceconnect'], summary: 'Déconnexion, chained with FranceConnect logout' },
  }, async (req, reply) => {
    const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token || !(await options.sessions.accountOf(token))) return fail(reply, 401, 'auth.required', 'A live session is required');
    const returnTo = checkReturnTo(req.body.returnTo, originOf(req), options.returnToOrigins);
    if (!returnTo) return fail(reply, 400, 'returnTo.invalid', 'returnTo must be a URL of the kiosk app or of this origin', 'returnTo');
    const remembered = idTokens.get(hash(token));
    idTokens.delete(hash(token));
    await options.sessions.revoke(token);
    const config = remembered ? await configuration(reply) : null;
    if (!remembered || !config) return { endSessionUrl: null };
    const state = logouts.put({ returnTo: returnTo.href });
    const url = oidc.buildEndSessionUrl(config, {
      id_token_hint: remembered.idToken,
      post_logout_redirect_uri: options.postLogoutRedirectUri(),
      state,
    });
    return { endSessionUrl: url.href };
  });

  app.get<{ Querystring: { state?: string } }>('/v1/franceconnect/logout/callback', {
    schema: { querystring: { type: 'object', properties: { state: { type: 'string', maxLength: 512 } } }, tags: ['franceconnect'], summary: 'FranceConnect comes back here after its logout' },
  }, async (req, reply) => {
    const pending = req.query.state ? logouts.take(req.query.state) : null;
    if (!pending) return fail(reply, 400, 'franceconnect.state', 'unknown, expired or already used state', 'state');
    return reply.redirect(withFragment(new URL(pending.returnTo), { franceconnect_logout: 'done' }), 303);
  });

  function sweep() {
    const now = options.now();
    for (const [key, entry] of idTokens) if (entry.expiresAt <= now) idTokens.delete(key);
  }
}

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
