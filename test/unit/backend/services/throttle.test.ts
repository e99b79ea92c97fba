import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeClock, MINUTE } from '../../../../backend/src/clock';
import { openDatabase, type Db } from '../../../../backend/src/db/database';
import { HttpError } from '../../../../backend/src/errors';
import { createThrottle, createWindowCounter } from '../../../../backend/src/services/throttle';
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
  it('locks at the fifth failure for 1 minute, then doubles up to 15 minutes', async () => {
    const throttle = createThrottle({ db, clock, key: 'k' });
    const locks: Array<number | null> = [];
    for (let i = 0; i < 4; i += 1) locks.push(await throttle.attempt('id'));
    expect(locks).toEqual([null, null, null, null]);
    const durations = [];
    for (let i = 0; i < 7; i += 1) {
      durations.push(((await throttle.attempt('id'))! - clock.now()) / MINUTE);
      clock.advance(16 * MINUTE);
    }
    expect(durations).toEqual([1, 2, 4, 8, 15, 15, 15]);
  });

  it('refuses while locked with a Retry-After, without counting the refused try, and forgets after an hour', async () => {
    const throttle = createThrottle({ db, clock, key: 'k' });
    for (let i = 0; i < 5; i += 1) await throttle.attempt('id');
    const error = await throttle.attempt('id').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).headers['retry-after']).toBe('60');
    clock.advance(MINUTE + 1);
    expect((await throttle.attempt('id'))! - clock.now()).toBe(2 * MINUTE); // the sixth try, not the seventh
    clock.advance(61 * MINUTE);
    expect(await throttle.attempt('id')).toBeNull();
  });

  it('admits exactly 5 of 30 concurrent tries for one identifier (one atomic statement per try)', async () => {
    const throttle = createThrottle({ db, clock, key: 'k' });
    const outcomes = await Promise.allSettled(Array.from({ length: 30 }, () => throttle.attempt('id')));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
    expect(outcomes.filter((o) => o.status === 'rejected').map((o) => (o as PromiseRejectedResult).reason.code)).toEqual(Array(25).fill('auth.locked'));
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
