// Lockout with back-off per identifier (ASVS 2.2.1: well under 100 failed attempts per hour per account).
// Five failures in a row lock the identifier for 1 minute, each further failure doubles it, capped at 15 minutes;
// at most ~10 tries an hour get through, and a stranger cannot lock a person out for longer than 15 minutes at a time.
// The count is kept for any identifier typed, known or not, so locking reveals nothing about accounts.
import { sql } from 'kysely';
import type { Db } from '../db/database';
import { fail, retryAfter } from '../errors';
import { iso, MINUTE, type Clock } from '../clock';
import { hmac } from './secrets';

export const LOCK_AFTER_FAILURES = 5;
export const FIRST_LOCK_MS = MINUTE;
export const MAX_LOCK_MS = 15 * MINUTE;
/** Failures older than this are forgotten. */
export const FAILURE_MEMORY_MS = 60 * MINUTE;
/**
 * No verdict takes this long (an argon2id verify takes well under a second, seconds on a loaded kiosk): tries still
 * pending when the last of them started this long ago were cut off before their verdict and no longer count.
 */
export const PENDING_MS = MINUTE;

/** How long the n-th try in a row (counted from 1) locks the identifier when it fails: 0 before the fifth. */
export function lockMsAfter(failures: number): number {
  return failures < LOCK_AFTER_FAILURES ? 0 : Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - LOCK_AFTER_FAILURES));
}

/** The tries in a row after which the lock is at its cap: every later try locks for MAX_LOCK_MS. */
const CAPPED_AT = (() => {
  let n = LOCK_AFTER_FAILURES;
  while (lockMsAfter(n) < MAX_LOCK_MS) n += 1;
  return n;
})();

export function createThrottle(deps: { db: Db; clock: Clock; key: string }) {
  const { db, clock } = deps;
  const keyOf = (identifier: string) => hmac(deps.key, `login:${identifier}`);
  const read = (key: string) => db.selectFrom('loginThrottle').selectAll().where('key', '=', key).executeTakeFirst();
  const lockedError = (until: number) =>
    fail('auth.locked', 'Too many failed attempts for this identifier', undefined, retryAfter(until, clock.now()));
  /** The failures in a row as they stand at `now`: none after an hour without failure. */
  const failuresAt = (now: number) =>
    sql<number>`case when login_throttle.last_failure_at < ${iso(now - FAILURE_MEMORY_MS)} then 0 else login_throttle.failures end`;
  /** The tries in flight at `now`: none once the last of them started PENDING_MS ago (they were cut off). */
  const pendingAt = (now: number) =>
    sql<number>`case when login_throttle.pending_since > ${iso(now - PENDING_MS)} then login_throttle.pending else 0 end`;

  return {
    /**
     * Admits one try for the identifier before its password is checked, in one atomic upsert, or throws auth.locked
     * (the refused try is not counted). The try is pending, not failed: `failed` counts it when its verdict is
     * written, `success` wipes the row, and a try cut off before either (the back end killed) stops counting
     * PENDING_MS after the last try started, so kills never lock a visitor out. Pending tries count towards the
     * lockout: a try is admitted only if the tries in flight, all failing, would not lock the identifier
     * (failures + pending < LOCK_AFTER_FAILURES), or none is in flight. So a burst of concurrent guesses gets at most
     * LOCK_AFTER_FAILURES tries evaluated from a clean slate, and one at a time once the identifier has been locked.
     */
    async attempt(identifier: string): Promise<void> {
      const key = keyOf(identifier);
      const now = clock.now();
      const nowIso = iso(now);
      const failures = failuresAt(now);
      const pending = pendingAt(now);
      const taken = await sql<{ key: string }>`
        insert into login_throttle (key, failures, last_failure_at, locked_until, pending, pending_since)
        values (${key}, 0, ${nowIso}, null, 1, ${nowIso})
        on conflict (key) do update set failures = ${failures}, pending = ${pending} + 1, pending_since = ${nowIso}
        where (login_throttle.locked_until is null or login_throttle.locked_until <= ${nowIso})
          and (${pending} = 0 or ${failures} + ${pending} < ${LOCK_AFTER_FAILURES})
        returning key`.execute(db);
      if (taken.rows[0]) return;
      const current = await read(key);
      const lockedUntil = current?.lockedUntil ? Date.parse(current.lockedUntil) : 0;
      // Locked, or tries in flight that would lock it if they fail: wait for the lock, or for them.
      const inFlightUntil = current?.pendingSince ? Date.parse(current.pendingSince) + PENDING_MS : now + FIRST_LOCK_MS;
      throw lockedError(lockedUntil > now ? lockedUntil : inFlightUntil);
    },
    /**
     * Writes a wrong password's verdict for a try `attempt` admitted: one more failure in a row (the first after an
     * hour without any), with the lock that count sets (lockMsAfter as a CASE, both dialects: no power() in every
     * SQLite), and one try fewer in flight. Returns that lock's end, or null.
     */
    async failed(identifier: string): Promise<number | null> {
      const key = keyOf(identifier);
      const now = clock.now();
      const nowIso = iso(now);
      const count = sql<number>`${failuresAt(now)} + 1`;
      const steps = Array.from({ length: CAPPED_AT - LOCK_AFTER_FAILURES }, (_, i) => LOCK_AFTER_FAILURES + i);
      const lock = sql<string | null>`case when ${count} >= ${CAPPED_AT} then ${iso(now + MAX_LOCK_MS)} ${sql.join(
        steps.map((n) => sql`when ${count} = ${n} then ${iso(now + lockMsAfter(n))}`), sql` `,
      )} else null end`;
      // The row is there unless a sandbox reset wiped it meanwhile: then this failure is the first.
      const written = await sql<{ lockedUntil: string | null }>`
        insert into login_throttle (key, failures, last_failure_at, locked_until, pending, pending_since)
        values (${key}, 1, ${nowIso}, ${lockMsAfter(1) > 0 ? iso(now + lockMsAfter(1)) : null}, 0, null)
        on conflict (key) do update set failures = ${count}, last_failure_at = ${nowIso}, locked_until = ${lock},
          pending = case when login_throttle.pending > 0 then login_throttle.pending - 1 else 0 end
        returning locked_until`.execute(db);
      const lockedUntil = written.rows[0]?.lockedUntil ?? null;
      return lockedUntil === null ? null : Date.parse(lockedUntil);
    },
    lockedError,
    async success(identifier: string) {
      await db.deleteFrom('loginThrottle').where('key', '=', keyOf(identifier)).execute();
    },
  };
}
export type Throttle = ReturnType<typeof createThrottle>;

/**
 * Limits events per name over a sliding window (e.g. password-reset codes sent per identifier: at most 3 in any hour,
 * issue 16). Each name has `limit` slots, rows of the login_throttle table under a keyed hash of the name and the
 * slot's number, each holding the time of the event that took it; an event takes the first slot whose time is a
 * window old, in one atomic upsert per slot (both dialects), so a burst of concurrent requests cannot slip past the
 * limit and at most `limit` events fall in any window, whatever the boundaries of the clock (fixed windows from the
 * epoch let 2 × limit through around a boundary). Wiped with the lockouts by the sandbox reset.
 */
export function createWindowCounter(deps: { db: Db; clock: Clock; key: string }) {
  return {
    /** Counts one more event; true if it took a slot (fewer than `limit` events in the last `windowMs`). */
    async take(name: string, limit: number, windowMs: number): Promise<boolean> {
      const now = deps.clock.now();
      const free = iso(now - windowMs);
      for (let slot = 0; slot < limit; slot += 1) {
        const taken = await deps.db.insertInto('loginThrottle')
          .values({ key: hmac(deps.key, `window:${name}:${slot}`), failures: 1, lastFailureAt: iso(now), lockedUntil: null })
          .onConflict((oc) => oc.column('key')
            .doUpdateSet((eb) => ({ failures: eb('loginThrottle.failures', '+', 1), lastFailureAt: iso(now) }))
            .where('loginThrottle.lastFailureAt', '<=', free))
          .returning('key').executeTakeFirst();
        if (taken) return true;
      }
      return false;
    },
  };
}
export type WindowCounter = ReturnType<typeof createWindowCounter>;
