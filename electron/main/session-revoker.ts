// Main's own revocation of a visit's back-end sessions (issue 16, "Sessions and contacts"). The renderer holds the
// token and revokes it itself when it ends a visit ("Quitter", "Déconnexion", its idle warning), but main also ends
// visits without it: its idle hard cap (a hung renderer), a crashed or unresponsive renderer, an agent's reset. Every
// API call of a visit goes through main's app://kiosk handler, so main sees the visit's bearer tokens there (in
// requests, and in the replies of the routes that hand one out, found in the route table) and revokes the ones still
// live when the visit ends — the back end's own "Déconnexion" (DELETE /v1/sessions/current), not left to expire. A
// token the renderer already revoked through the handler is forgotten, so the usual visit end costs no extra request.
// Tokens live in main's memory only, per visit.
import type { TSchema } from 'typebox';
import { routes } from '@shared/api/routes';
import { Session } from '@shared/api/sessions';

export type ProtocolHandler = (request: Request) => Promise<Response>;

export interface SessionRevokerDeps {
  /** net.fetch from Electron. */
  fetch(url: string, init: RequestInit): Promise<Response>;
  backendUrl(): string;
  log: { info(m: string): void; warn(m: string): void };
  /** How long one revocation may take before the visit's clearing goes on without it (back end down). */
  timeoutMs?: number;
}

const logout = routes.logout;
/** A visit holds one session, two across a first login (migration session, then the full one): a few at most. */
const maxTokensPerVisit = 8;

function bearerOf(request: Request): string | null {
  const match = /^Bearer ([A-Za-z0-9._~+/=-]{16,512})$/.exec(request.headers.get('authorization') ?? '');
  return match ? match[1]! : null;
}

function isLogout(request: Request): boolean {
  return request.method === logout.method && new URL(request.url).pathname === logout.url;
}

/**
 * Where a reply schema carries a session's token: `token` of a Session (login, end of the first login), or the
 * `token` of a Session under one property of a union member (FranceConnect's exchange: `session.token`). Null for a
 * reply that hands out no session.
 */
function tokenPathIn(reply: TSchema): string[] | null {
  if (reply === Session) return ['token'];
  for (const member of (reply as { anyOf?: TSchema[] }).anyOf ?? []) {
    const found = tokenPathIn(member);
    if (found) return found;
    for (const [key, property] of Object.entries((member as { properties?: Record<string, TSchema> }).properties ?? {})) {
      if (property === Session) return [key, 'token'];
    }
  }
  return null;
}

/** The routes whose reply hands out a session, from the route table: only their replies are read. */
const sessionIssuing = Object.values(routes).flatMap((spec) => {
  const tokenPath = tokenPathIn(spec.reply);
  if (!tokenPath) return [];
  const pattern = new RegExp(`^${spec.url.replace(/:[a-zA-Z]+/g, '[^/]+')}$`);
  return [{ method: spec.method, pattern, tokenPath }];
});

function tokenPathFor(request: Request): string[] | null {
  const pathname = new URL(request.url).pathname;
  return sessionIssuing.find((route) => route.method === request.method && route.pattern.test(pathname))?.tokenPath ?? null;
}

/** The session token of a session-issuing route's JSON reply. */
async function tokenIn(response: Response, tokenPath: string[]): Promise<string | null> {
  if (!response.ok || !(response.headers.get('content-type') ?? '').includes('application/json')) return null;
  try {
    let value: unknown = await response.clone().json();
    for (const key of tokenPath) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' && value.length >= 16 && value.length <= 512 ? value : null;
  } catch {
    return null;
  }
}

export function createSessionRevoker(deps: SessionRevokerDeps) {
  const live = new Map<string, Set<string>>();

  function note(partition: string, token: string): void {
    const tokens = live.get(partition) ?? new Set<string>();
    if (tokens.size < maxTokensPerVisit) tokens.add(token);
    live.set(partition, tokens);
  }

  return {
    /** Wraps the app:// handler of a visit's session so that main knows that visit's live tokens. */
    observe(partition: string, handler: ProtocolHandler): ProtocolHandler {
      return async (request) => {
        const bearer = bearerOf(request);
        const loggingOut = bearer !== null && isLogout(request);
        const response = await handler(request);
        if (loggingOut) {
          if (response.ok) live.get(partition)?.delete(bearer);
          else if (response.status !== 401) note(partition, bearer);
          return response;
        }
        if (bearer !== null && response.status !== 401) note(partition, bearer);
        const tokenPath = tokenPathFor(request);
        if (tokenPath !== null) {
          const handedOut = await tokenIn(response, tokenPath);
          if (handedOut !== null) note(partition, handedOut);
        }
        return response;
      };
    },

    /** Revokes the visit's tokens still live (each with a time limit) and forgets them; never throws. */
    async revoke(partition: string): Promise<void> {
      const tokens = [...(live.get(partition) ?? [])];
      live.delete(partition);
      if (tokens.length === 0) return;
      const outcomes = await Promise.allSettled(
        tokens.map((token) =>
          deps.fetch(`${deps.backendUrl()}${logout.url}`, {
            method: logout.method,
            headers: { Authorization: `Bearer ${token}` },
            signal: AbortSignal.timeout(deps.timeoutMs ?? 3000),
          }),
        ),
      );
      const revoked = outcomes.filter((o) => o.status === 'fulfilled' && (o.value.ok || o.value.status === 401)).length;
      if (revoked === tokens.length) deps.log.info(`back-end sessions of the ended visit revoked by main (${revoked})`);
      else deps.log.warn(`back-end sessions of the ended visit: ${tokens.length - revoked} of ${tokens.length} could not be revoked`);
    },

    /** How many tokens main holds for a visit (tests, agent status). */
    liveCount(partition: string): number {
      return live.get(partition)?.size ?? 0;
    },
  };
}

export type SessionRevoker = ReturnType<typeof createSessionRevoker>;
