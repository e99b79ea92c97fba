// Session tokens: 256 random bits handed to the kiosk, only their SHA-256 stored. Idle and absolute expiry, a new
// token at every login (and when a migration session becomes a full one), revocation on logout and on a password
// reset. OWASP Session Management Cheat Sheet; ASVS 3.
import type { SessionKind, Session as SessionReply } from '../../../shared/api';
import type { Db } from '../db/database';
import { prepared } from '../db/prepared';
import type { SessionTable } from '../db/schema';
import { fail } from '../errors';
import { iso, MINUTE, type Clock } from '../clock';
import { randomId, randomToken, sha256 } from './secrets';

/** A kiosk visit is short: 15 minutes without a request end the session, and no session outlives 2 hours. */
export const IDLE_TIMEOUT_MS = 15 * MINUTE;
export const ABSOLUTE_TIMEOUT_MS = 120 * MINUTE;
/** A migration session only serves the first-login steps (« Comment je fais pour me connecter … sur mon mobile ? »). */
export const MIGRATION_TIMEOUT_MS = 30 * MINUTE;
/** lastSeenAt is written at most this often (a write per read would dominate reads); the idle end can only come early. */
export const TOUCH_EVERY_MS = 15_000;

export type SessionRow = SessionTable;

export function createSessionService(deps: { db: Db; clock: Clock }) {
  const { db, clock } = deps;
  // Every authenticated request runs this: compiled once (db/prepared.ts).
  const byTokenHash = prepared(db, (tokenHash: string) => db.selectFrom('sessions').selectAll().where('tokenHash', '=', tokenHash));
  /** Told the token hashes of the sessions just revoked, whatever revoked them (logout, reset, another login). */
  const revokedListeners: Array<(tokenHashes: string[]) => void | Promise<void>> = [];
  /** Awaited: when revoke() returns, what the listeners keep of those sessions is gone too. */
  const revoked = async (rows: Array<{ tokenHash: string }>) => {
    if (rows.length === 0) return;
    await Promise.all(revokedListeners.map((listener) => listener(rows.map((row) => row.tokenHash))));
  };
  return {
    /** What else holds something of a session (the FranceConnect ID token) lets it go when the session is revoked. */
    onRevoked(listener: (tokenHashes: string[]) => void | Promise<void>) {
      revokedListeners.push(listener);
    },

    async issue(accountId: string, kind: SessionKind): Promise<SessionReply> {
      const token = randomToken();
      const now = clock.now();
      const expiresAt = iso(now + (kind === 'full' ? ABSOLUTE_TIMEOUT_MS : MIGRATION_TIMEOUT_MS));
      await db.insertInto('sessions').values({
        id: randomId(), tokenHash: sha256(token), accountId, kind,
        createdAt: iso(now), lastSeenAt: iso(now), expiresAt, revokedAt: null,
      }).execute();
      return { token, kind, expiresAt, idleTimeoutSeconds: IDLE_TIMEOUT_MS / 1000 };
    },

    /** The live session of a bearer token, touched; throws auth.required otherwise (the same for every reason). */
    async authenticate(token: string): Promise<SessionRow> {
      const [row] = await byTokenHash(sha256(token));
      const now = clock.now();
      if (!row || row.revokedAt || Date.parse(row.expiresAt) <= now || Date.parse(row.lastSeenAt) + IDLE_TIMEOUT_MS <= now) {
        throw fail('auth.required', 'No valid session');
      }
      if (now - Date.parse(row.lastSeenAt) < TOUCH_EVERY_MS) return row;
      await db.updateTable('sessions').set({ lastSeenAt: iso(now) }).where('id', '=', row.id).execute();
      return { ...row, lastSeenAt: iso(now) };
    },

    /**
     * Whether this token is a migration session that ended because its first login finished, less than its lifetime
     * ago: a migration step retried after the last one's answer was lost is told so (migration.done), not "log in".
     */
    async endedByMigration(token: string): Promise<boolean> {
      const row = await db.selectFrom('sessions').innerJoin('accounts', 'accounts.id', 'sessions.accountId')
        .select(['sessions.kind', 'sessions.revokedAt', 'sessions.expiresAt', 'accounts.legacy'])
        .where('sessions.tokenHash', '=', sha256(token)).executeTakeFirst();
      return Boolean(row && row.kind === 'migration' && row.revokedAt && row.legacy === 0 && Date.parse(row.expiresAt) > clock.now());
    },

    idleExpiresAt: (row: SessionRow) => iso(Math.min(Date.parse(row.lastSeenAt) + IDLE_TIMEOUT_MS, Date.parse(row.expiresAt))),

    async revoke(sessionId: string) {
      await revoked(await db.updateTable('sessions').set({ revokedAt: iso(clock.now()) })
        .where('id', '=', sessionId).where('revokedAt', 'is', null).returning('tokenHash').execute());
    },

    async revokeAll(accountId: string, exceptSessionId?: string) {
      let query = db.updateTable('sessions').set({ revokedAt: iso(clock.now()) })
        .where('accountId', '=', accountId).where('revokedAt', 'is', null);
      if (exceptSessionId) query = query.where('id', '!=', exceptSessionId);
      await revoked(await query.returning('tokenHash').execute());
    },
  };
}
export type SessionService = ReturnType<typeof createSessionService>;
