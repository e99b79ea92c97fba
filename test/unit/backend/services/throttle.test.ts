import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock, MINUTE } from '../../../../backend/src/clock';
import { openDatabase, type Db } from '../../../../backend/src/db/database';
import { HttpError } from '../../../../backend/src/errors';
import { createThrottle, createWindowCounter, PENDING_MS } from '../../../../backend/src/services/throttle';
import { freshDatabase, type TestDatabase } from '../../../support/test-database';

let db: Db;
let database: TestDatabase;
let clock: FakeClock;
beforeEach(async () => {
  database = await freshDatabase();
  db = await openDatabase(database.url);
  clock = new FakeClock();
});
afterEach(async () => {
  await db.destroy();
  await database.drop();
});

describe('login throttle', () => {
  /** One login try whose password was wrong: admitted, then its verdict written. */
  const wrong = async (throttle: ReturnType<typeof createThrottle>, identifier = 'id') => {
    await throttle.attempt(identifier);
    return throttle.failed(identifier);
  };

  it('locks at the fifth failure for 1 minute, then doubles up to 15 minutes', async () => {
    const throttle = createThrottle({ db, clock, key: 'k' });
    const locks: Array<number | null> = [];
    for (let i = 0; i < 4; i += 1) locks.push(await wrong(throttle));
    expect(locks).toEqual([null, null, null, null]);
    const durations = [];
    for (let i = 0; i < 7; i += 1) {
      durations.push(((await wrong(throttle))! - clock.now()) / MINUTE);
      clock.advance(16 * MINUTE);
    }
    expect(durations).toEqual([1, 2, 4, 8, 15, 15, 15]);
  });

  it('refuses while locked with a Retry-After, without counting the refused try, and forgets after an hour', async () => {
    const throttle = createThrottle({ db, clock, key: 'k' });
    for (let i = 0; i < 5; i += 1) await wrong(throttle);
    const error = await throttle.attempt('id').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).headers['retry-after']).toBe('60');
    clock.advance(MINUTE + 1);
    expect((await wrong(throttle))! - clock.now()).toBe(2 * MINUTE); // the sixth try, not the seventh
    clock.advance(61 * MINUTE);
    expect(await wrong(throttle)).toBeNull();
  });

  it('admits exactly 5 of 30 concurrent tries for one identifier (pending tries count towards the lockout)', async () => {
    const throttle = createThrottle({ db, clock, key: 'k' });
    const outcomes = await Promise.allSettled(Array.from({ length: 30 }, () => throttle.attempt('id')));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.code)).toEqual(Array(25).fill('auth.locked'));
  });

  it('admits one try at a time once the identifier has been locked, and locks again when it fails', async () => {
    const throttle = createThrottle({ db, clock, key: 'k' });
    for (let i = 0; i < 5; i += 1) await wrong(throttle);
    clock.advance(MINUTE + 1);
    const outcomes = await Promise.allSettled(Array.from({ length: 30 }, () => throttle.attempt('id')));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    expect((await throttle.failed('id'))! - clock.now()).toBe(2 * MINUTE);
    await expect(throttle.attempt('id')).rejects.toMatchObject({ code: 'auth.locked' });
  });

  it('counts against nobody a try cut off before its verdict (the back end killed mid-check), however often', async () => {
    // Fails before the pending tries (issue 17: 2 visitors stuck after the long SQLite fault run): each try was counted
    // as a failure when admitted, so ten kills during one person's logins locked them out for 15 minutes.
    const throttle = createThrottle({ db, clock, key: 'k' });
    for (let i = 0; i < 10; i += 1) {
      await throttle.attempt('id'); // admitted; then the kill: neither failed() nor success() is ever called
      clock.advance(PENDING_MS + 1);
    }
    await throttle.attempt('id');
    expect(await throttle.failed('id')).toBeNull(); // the first failure in a row, not the eleventh
    await throttle.attempt('id');
    await throttle.success('id');
    expect(await db.selectFrom('loginThrottle').selectAll().execute()).toEqual([]);
  });

  it('keeps a cut-off try counting towards the concurrency bound until PENDING_MS has passed', async () => {
    const throttle = createThrottle({ db, clock, key: 'k' });
    for (let i = 0; i < 4; i += 1) await wrong(throttle);
    await throttle.attempt('id'); // cut off: in flight, it would lock the identifier if it failed
    await expect(throttle.attempt('id')).rejects.toMatchObject({ code: 'auth.locked', headers: { 'retry-after': '60' } });
    clock.advance(PENDING_MS + 1);
    await throttle.attempt('id');
    expect(await throttle.failed('id')).not.toBeNull(); // the fifth failure: the cut-off try did not count
  });

  it('stores the identifier only as a keyed hash', async () => {
    const throttle = createThrottle({ db, clock, key: 'k' });
    await throttle.attempt('2780506088101');
    const rows = await db.selectFrom('loginThrottle').select('key').execute();
    expect(rows[0]!.key).not.toContain('2780506088101');
  });
});

describe('sliding-window counter (password-reset codes per identifier)', () => {
  it('admits exactly 3 of 30 concurrent events, then one more for each that is a window old', async () => {
    const counter = createWindowCounter({ db, clock, key: 'k' });
    const first = await Promise.all(Array.from({ length: 30 }, () => counter.take('reset-send:id', 3, 60 * MINUTE)));
    expect(first.filter(Boolean)).toHaveLength(3);
    clock.advance(30 * MINUTE);
    expect(await counter.take('reset-send:id', 3, 60 * MINUTE)).toBe(false);
    clock.advance(30 * MINUTE);
    const later = await Promise.all(Array.from({ length: 10 }, () => counter.take('reset-send:id', 3, 60 * MINUTE)));
    expect(later.filter(Boolean)).toHaveLength(3);
    // Another name has its own slots; names are stored only as keyed hashes.
    expect(await counter.take('reset-send:other', 3, 60 * MINUTE)).toBe(true);
    const keys = (await db.selectFrom('loginThrottle').select('key').execute()).map((r) => r.key);
    expect(keys.join()).not.toContain('reset-send');
  });
});
