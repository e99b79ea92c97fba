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
