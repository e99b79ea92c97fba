// Session tokens: 256 random bits handed to the kiosk, only their SHA-256 stored. Idle and absolute expiry, a new
// token at every login (and when a migration session becomes a full one), revocation on logout and on a password
// reset. OWASP Session Management Cheat Sheet; ASVS 3.
import { sql, type Compilable } from 'kysely';
import type { SessionKind, Session as SessionReply } from '../../../shared/api';
import { recordMaker, type Db } from '../db/database';
import { prepared, textValue } from '../db/prepared';
import type { SessionTable } from '../db/schema';
import { clockOffset } from '../db/settings';
import { fail } from '../errors';
import { iso, MINUTE, type Clock, type SandboxClock } from '../clock';
import type { SessionAccount, SessionPerson } from '../repositories/accounts';
import { randomId, randomToken, sha256 } from './secrets';

/** A kiosk visit is short: 15 minutes without a request end the session, and no session outlives 2 hours. */
export const IDLE_TIMEOUT_MS = 15 * MINUTE;
export const ABSOLUTE_TIMEOUT_MS = 120 * MINUTE;
/** A migration session only serves the first-login steps (« Comment je fais pour me connecter … sur mon mobile ? »). */
export const MIGRATION_TIMEOUT_MS = 30 * MINUTE;
/** lastSeenAt is written at most this often (a write per read would dominate reads); the idle end can only come early. */
export const TOUCH_EVERY_MS = 15_000;

export type SessionRow = SessionTable;

/** A live session and who holds it, read together (the account and person fresh: rights are never cached). */
export interface LiveSession {
  session: SessionRow;
  account: SessionAccount;
  person: SessionPerson;
}

/** Every column of a table, checked by the compiler: a column added to the schema and not here does not compile. */
const allColumns = <T>() => <const C extends ReadonlyArray<keyof T & string>>(
  columns: C & (Exclude<keyof T, C[number]> extends never ? unknown : { missing: Exclude<keyof T, C[number]> }),
): C => columns;
const SESSION_COLUMNS = allColumns<SessionTable>()(['id', 'tokenHash', 'accountId', 'kind', 'createdAt', 'lastSeenAt', 'expiresAt', 'revokedAt']);
// Of the account and the person, what rights and ownership need (repositories/accounts.ts, SessionAccount and
// SessionPerson): 6 columns, not the 27 of both tables. For least privilege; for speed, GET /v1/me/dashboard at 100
// connections used 7 % less CPU in one quiet A/B of 6 rounds (of a first version that also read the two contacts) and
// no measurable difference in a noisier one.
const ACCOUNT_COLUMNS = allColumns<SessionAccount>()(['id', 'personId']);
const PERSON_COLUMNS = allColumns<SessionPerson>()(['id', 'householdId', 'role', 'autorisationGestion']);

/** A row of the session check: the three tables' columns under their prefixes, nulls for an unknown token. */
type CheckRow = Record<string, unknown> & { sessionId: string | null; accountId: string | null; personId: string | null; clockOffset?: string | null };

/** One row of the session check holds three tables' columns: each under its table's prefix (`accountPersonId`…). */
const alias = (prefix: string, column: string) => `${prefix}${column[0]!.toUpperCase()}${column.slice(1)}`;
const aliased = (table: string, prefix: string, columns: readonly string[]) =>
  columns.map((column) => `${table}.${column} as ${alias(prefix, column)}`);
/**
 * Reads one table's columns back from a row of the session check. The aliases are made once (building 40 alias
 * strings at every request was 6 % of an authenticated read's CPU, profiled, issue 15), and each table's object is
 * one literal (`recordMaker`).
 */
const unaliasing = <T>(prefix: string, columns: readonly string[]): (row: Record<string, unknown>) => T =>
  recordMaker<T>(columns.map((column) => [column, alias(prefix, column)] as const));
const sessionOf = unaliasing<SessionRow>('session', SESSION_COLUMNS);
const accountOf = unaliasing<SessionAccount>('account', ACCOUNT_COLUMNS);
const personOf = unaliasing<SessionPerson>('person', PERSON_COLUMNS);

export function createSessionService(deps: { db: Db; clock: Clock; sandboxClock?: SandboxClock | null }) {
  const { db, clock } = deps;
  const sandboxClock = deps.sandboxClock ?? null;
  // Every authenticated request runs this, in one round trip: the session, its account and person (left joins from a
  // one-row anchor, so that an unknown token still answers a row) and, in sandbox mode, the clock's offset, which
  // every instance over the database shares (POST /sandbox/clock) and must be known before the session's age is.
  // Compiled once (db/prepared.ts).
  const byTokenHash = prepared(db, (tokenHash: string) => {
    const query = db.selectFrom(sql<{ one: number }>`(select 1 as one)`.as('anchor'))
      .leftJoin('sessions', (join) => join.on('sessions.tokenHash', '=', textValue(tokenHash)))
      .leftJoin('accounts', 'accounts.id', 'sessions.accountId')
      .leftJoin('persons', 'persons.id', 'accounts.personId')
      .select([
        ...aliased('sessions', 'session', SESSION_COLUMNS), ...aliased('accounts', 'account', ACCOUNT_COLUMNS),
        ...aliased('persons', 'person', PERSON_COLUMNS),
      ] as never[]);
    return (sandboxClock ? query.select(clockOffset.column(db).as('clockOffset')) : query) as unknown as Compilable<CheckRow>;
  });
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

    /**
     * The live session of a bearer token and who holds it, touched; throws auth.required otherwise (the same for every
     * reason, a session whose account or person is gone included). In sandbox mode the clock first follows the offset
     * read with it.
     */
    async authenticate(token: string): Promise<LiveSession> {
      const [found] = await byTokenHash(sha256(token));
      if (sandboxClock && found) sandboxClock.follow(clockOffset.parse(found.clockOffset));
      const now = clock.now();
      const row = found?.sessionId == null ? null : sessionOf(found);
      if (!row || found?.accountId == null || found.personId == null) throw fail('auth.required', 'No valid session');
      if (row.revokedAt || Date.parse(row.expiresAt) <= now || Date.parse(row.lastSeenAt) + IDLE_TIMEOUT_MS <= now) {
        throw fail('auth.required', 'No valid session');
      }
      const holder = { account: accountOf(found), person: personOf(found) };
      if (now - Date.parse(row.lastSeenAt) < TOUCH_EVERY_MS) return { session: row, ...holder };
      await db.updateTable('sessions').set({ lastSeenAt: iso(now) }).where('id', '=', row.id).execute();
      return { session: { ...row, lastSeenAt: iso(now) }, ...holder };
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
