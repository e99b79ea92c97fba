// Lockout with back-off per identifier (ASVS 2.2.1: well under 100 failed attempts per hour per account).
// Five failures in a row lock the identifier for 1 minute, each further failure doubles it, capped at 15 minutes;
// at most ~10 tries an hour get through, and a stranger cannot lock a person out for longer than 15 minutes at a time.
// The count is kept for any identifier typed, known or not, so locking reveals nothing about accounts.
import type { Db } from '../db/database';
import { fail, retryAfter } from '../errors';
import { iso, MINUTE, type Clock } from '../clock';
import { hmac } from './secrets';

export const LOCK_AFTER_FAILURES = 5;
export const FIRST_LOCK_MS = MINUTE;
export const MAX_LOCK_MS = 15 * MINUTE;
/** Failures older than this are forgotten. */
export const FAILURE_MEMORY_MS = 60 * MINUTE;

export function createThrottle(deps: { db: Db; clock: Clock; key: string }) {
  const { db, clock } = deps;
  const keyOf = (identifier: string) => hmac(deps.key, `login:${identifier}`);
  const read = (key: string) => db.selectFrom('loginThrottle').selectAll().where('key', '=', key).executeTakeFirst();
  const lockedError = (until: number) =>
    fail('auth.locked', 'Too many failed attempts for this identifier', undefined, retryAfter(until, clock.now()));

  return {
    /** Throws auth.locked while the identifier is locked. */
    async check(identifier: string) {
      const row = await read(keyOf(identifier));
      if (row?.lockedUntil && Date.parse(row.lockedUntil) > clock.now()) throw lockedError(Date.parse(row.lockedUntil));
    },
    /** Records a failure; returns the lock end when this failure locks the identifier. */
    async failure(identifier: string): Promise<number | null> {
      const key = keyOf(identifier);
      const now = clock.now();
      const row = await read(key);
      const fresh = !row || now - Date.parse(row.lastFailureAt) > FAILURE_MEMORY_MS;
      const failures = fresh ? 1 : row.failures + 1;
      const lockedUntil = failures >= LOCK_AFTER_FAILURES
        ? now + Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (failures - LOCK_AFTER_FAILURES))
        : null;
      const values = { failures, lastFailureAt: iso(now), lockedUntil: lockedUntil === null ? null : iso(lockedUntil) };
      await db.insertInto('loginThrottle').values({ key, ...values })
        .onConflict((oc) => oc.column('key').doUpdateSet(values)).execute();
      return lockedUntil;
    },
    lockedError,
    async success(identifier: string) {
      await db.deleteFrom('loginThrottle').where('key', '=', keyOf(identifier)).execute();
    },
  };
}
export type Throttle = ReturnType<typeof createThrottle>;

/**
 * Counts events per name in fixed windows (e.g. password-reset codes sent per identifier per hour), kept in the
 * login_throttle table under a keyed hash of the name and the window, so the count is one atomic upsert: a burst of
 * concurrent requests cannot slip past the limit. Wiped with the lockouts by the sandbox reset.
 */
export function createWindowCounter(deps: { db: Db; clock: Clock; key: string }) {
  return {
    /** Counts one more; true while the count of this window is within `limit`. */
    async take(name: string, limit: number, windowMs: number): Promise<boolean> {
      const now = deps.clock.now();
      const key = hmac(deps.key, `window:${name}:${Math.floor(now / windowMs)}`);
      const row = await deps.db.insertInto('loginThrottle')
        .values({ key, failures: 1, lastFailureAt: iso(now), lockedUntil: null })
        .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ failures: eb('loginThrottle.failures', '+', 1), lastFailureAt: iso(now) })))
        .returning('failures').executeTakeFirstOrThrow();
      return Number(row.failures) <= limit;
    },
  };
}
export type WindowCounter = ReturnType<typeof createWindowCounter>;
