// Fault 1 of issue 17: a first start interrupted at any statement of the migrations must leave a file that the next
// start completes. The interruption is a failure injected before the N-th SQL statement the start prepares, for every
// N up to the end of the migrations: what a kill -9 at that moment leaves on disk is the same (nothing after the last
// commit), and the kill itself is exercised by the fault-injection test (test/faults/).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../../../backend/src/db/database';
import { migrations } from '../../../../backend/src/db/migrations';
import { seedIfEmpty } from '../../../../backend/src/db/seed';
import { SEED_HOUSEHOLDS } from '../../../../backend/src/db/seed-data';
import { sql } from 'kysely';

const dir = mkdtempSync(join(tmpdir(), 'caf-first-start-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Fails the N-th statement prepared from now on (1-based), as a crash at that point would. */
function crashAtStatement(n: number) {
  const prepare = BetterSqlite3.prototype.prepare;
  let count = 0;
  vi.spyOn(BetterSqlite3.prototype, 'prepare').mockImplementation(function (this: BetterSqlite3.Database, sql: string) {
    count += 1;
    if (count === n) throw new Error(`injected crash before statement ${n}: ${sql.slice(0, 60)}`);
    return prepare.call(this, sql);
  });
  return () => count;
}

async function tables(path: string) {
  const sqlite = new BetterSqlite3(path, { readonly: true });
  try {
    const names = sqlite.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'").all() as Array<{ name: string }>;
    const applied = sqlite.prepare('select name from kysely_migration').all() as Array<{ name: string }>;
    return { names: names.map((r) => r.name).sort(), applied: applied.map((r) => r.name) };
  } finally {
    sqlite.close();
  }
}

describe('first start interrupted during the migrations', () => {
  it('is completed by the next start, whatever the statement it stopped at', async () => {
    // How many statements a whole first start prepares (migrations and their bookkeeping).
    const reference = join(dir, 'reference.sqlite');
    const counted = crashAtStatement(Number.POSITIVE_INFINITY);
    await (await openDatabase(`sqlite:${reference}`)).destroy();
    const total = counted();
    vi.restoreAllMocks();
    const expected = await tables(reference);
    expect(expected.applied).toEqual(Object.keys(migrations));
    expect(total).toBeGreaterThan(20);

    const broken: string[] = [];
    for (let n = 1; n <= total; n += 1) {
      const path = join(dir, `crash-${n}.sqlite`);
      crashAtStatement(n);
      await openDatabase(`sqlite:${path}`).then((db) => db.destroy(), () => undefined);
      vi.restoreAllMocks();
      try {
        const db = await openDatabase(`sqlite:${path}`);
        await db.destroy();
        expect(await tables(path)).toEqual(expected);
      } catch (error) {
        broken.push(`statement ${n}: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe('a file left half-migrated by a first start killed before the fix', () => {
  it('is completed by the next start instead of failing on "table already exists"', async () => {
    const path = join(dir, 'half.sqlite');
    const sqlite = new BetterSqlite3(path);
    // What a kill left: the first tables of migration 001, the migrator's own tables, no migration record.
    sqlite.exec('create table "households" ("id" text primary key, "allocataire_number" text not null unique)');
    sqlite.exec('create table "kysely_migration" ("name" varchar(255) not null primary key, "timestamp" varchar(255) not null)');
    sqlite.close();
    const db = await openDatabase(`sqlite:${path}`);
    await db.destroy();
    expect((await tables(path)).applied).toEqual(Object.keys(migrations));
  });
});

describe('two instances starting together on a new file', () => {
  it('seed it once: the later one does not wipe what the first one wrote', async () => {
    const path = join(dir, 'seeded-once.sqlite');
    const db = await openDatabase(`sqlite:${path}`);
    try {
      // Counts every household the seed writes (a real wipe-and-seed writes them all again).
      await sql`create table seed_writes (n integer)`.execute(db);
      await sql`create trigger count_seed after insert on households begin insert into seed_writes values (1); end`.execute(db);
      // Both find the database empty before either has seeded it (as two processes starting at once do).
      await Promise.all([seedIfEmpty(db, '2026-12-01T08:00:00.000Z'), seedIfEmpty(db, '2026-12-01T08:00:00.000Z')]);
      const { n } = (await sql<{ n: number }>`select count(*) as n from seed_writes`.execute(db)).rows[0]!;
      expect(n).toBe(SEED_HOUSEHOLDS.length);
    } finally {
      await db.destroy();
    }
  });
});
