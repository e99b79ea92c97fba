// The database layer under the authenticated read path (issue 15): queries compiled once (db/prepared.ts) answer
// what the query built each time answers, with the values still bound parameters; SQLite's one connection is lent
// to one query or transaction at a time, in order (db/database.ts). Runs on SQLite and on PostgreSQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, recordMaker, type Db } from '../../../backend/src/db/database';
import { prepared, textValue } from '../../../backend/src/db/prepared';
import { freshDatabase, testDialect, type TestDatabase } from '../../support/test-database';

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await freshDatabase();
  db = await openDatabase(database.url);
  await db.insertInto('settings').values([
    { key: 'a', value: 'first' }, { key: 'b', value: 'second' }, { key: "o'brien", value: 'quoted' }, { key: 'c', value: 'third' },
  ]).execute();
});
afterAll(async () => {
  await db.destroy();
  await database.drop();
});

describe('a prepared query', () => {
  const built = (low: string, high: string) => db.selectFrom('settings').selectAll().where('key', '>=', low).where('key', '<=', high)
    .where('key', 'not like', 'sandbox%').orderBy('key');

  it('answers what the same query built each time answers, for every value', async () => {
    const run = prepared(db, (low: string, high: string) => built(low, high));
    for (const [low, high] of [['a', 'b'], ['b', 'c'], ['a', 'z'], ['x', 'z'], ['c', 'a']] as const) {
      expect(await run(low, high)).toEqual(await built(low, high).execute());
    }
    expect((await run('a', 'b')).map((row) => row.value)).toEqual(['first', 'second']);
  });

  it('keeps the values bound: a quote or SQL in a value is only a value', async () => {
    const byKey = prepared(db, (key: string) => db.selectFrom('settings').select('value').where('key', '=', textValue(key)).orderBy('value'));
    expect(await byKey("o'brien")).toEqual([{ value: 'quoted' }]);
    expect(await byKey("a' or '1'='1")).toEqual([]);
    expect(await db.selectFrom('settings').select('key').where('key', '=', 'a').execute()).toHaveLength(1);
  });

  it('prepares a raw sql query too, its arguments bound wherever they are used', async () => {
    const twice = prepared(db, (key: string) => sql<{ value: string }>`
      select value from settings where key = ${textValue(key)} union all select value from settings where key = ${textValue(key)}`);
    expect(await twice("o'brien")).toEqual([{ value: 'quoted' }, { value: 'quoted' }]);
    expect(await twice("a' or '1'='1")).toEqual([]);
    expect(() => prepared(db, (key: string) => sql`select value from settings where key = ${sql.raw(`'${key}'`)}`)).toThrow(/SQL text/);
  });

  it('names its columns as the CamelCase plugin does, and answers its values as they are stored', async () => {
    const raw = (key: string) => sql<Record<string, unknown>>`
      select key as setting_key, value as the_value_2, length(value) as value_length, null as nothing_here, x'00ff' as some_bytes
      from settings where key = ${textValue(key)}`;
    const run = prepared(db, raw);
    const [row] = await run('b');
    expect(row).toEqual((await raw('b').execute(db)).rows[0]);
    expect(Object.keys(row!)).toEqual(['settingKey', 'theValue2', 'valueLength', 'nothingHere', 'someBytes']);
    expect(row).toMatchObject({ settingKey: 'b', theValue2: 'second', valueLength: 6, nothingHere: null });
  });

  it('refuses, when it is prepared, an argument that is not a parameter of the query', () => {
    expect(() => prepared(db, (_unused: string) => db.selectFrom('settings').selectAll().where('key', '=', 'a'))).toThrow(/argument 0/);
    expect(() => prepared(db, (key: string) => db.selectFrom('settings').selectAll().where(sql.ref('key'), '=', sql.raw(`'${key}'`))))
      .toThrow(/SQL text/);
  });
});

describe('recordMaker', () => {
  it('makes the object its fields name, from indexes or names, whatever the values hold', () => {
    const make = recordMaker<Record<string, unknown>>([['id', 0], ['kind', 'sessionKind'], ['quote"d', 1], ['id', 2]]);
    const values = ['a', '"}; throw new Error("x"); ({"', 'c'];
    expect(make(values)).toEqual({ id: 'c', 'quote"d': '"}; throw new Error("x"); ({"', kind: undefined });
    expect(make({ 0: 1, sessionKind: 'full', 1: null, 2: 3 })).toEqual({ id: 3, kind: 'full', 'quote"d': null });
    expect(Object.getPrototypeOf(make(values))).toBe(Object.prototype);
  });

  it('refuses a field named __proto__, which an object literal would take for the prototype', () => {
    expect(() => recordMaker([['__proto__', 0]])).toThrow(/__proto__/);
  });
});

describe.runIf(testDialect() === 'sqlite')("SQLite's one connection", () => {
  it('serves queries in the order they came, and none inside another one\'s transaction', async () => {
    const seen: string[] = [];
    let inTransaction = false;
    const transaction = db.transaction().execute(async (trx) => {
      inTransaction = true;
      await trx.insertInto('settings').values({ key: 'uncommitted', value: 'x' }).execute();
      await new Promise((resolve) => setTimeout(resolve, 20)); // the others are queued meanwhile
      await trx.deleteFrom('settings').where('key', '=', 'uncommitted').execute();
      inTransaction = false;
    });
    const reads = Array.from({ length: 50 }, async (_, n) => {
      const rows = await db.selectFrom('settings').select('key').where('key', '=', 'uncommitted').execute();
      seen.push(`${n}:${inTransaction ? 'during' : 'outside'}:${rows.length}`);
    });
    await Promise.all([transaction, ...reads]);
    expect(seen).toEqual(Array.from({ length: 50 }, (_, n) => `${n}:outside:0`));
  });

  it('runs a prepared read (better-sqlite3 directly) after the transaction that holds the connection, never inside it', async () => {
    const uncommitted = prepared(db, (key: string) => db.selectFrom('settings').select('key').where('key', '=', key));
    const seen: string[] = [];
    let inTransaction = false;
    let release!: () => void;
    const transaction = db.transaction().execute(async (trx) => {
      inTransaction = true;
      await trx.insertInto('settings').values({ key: 'uncommitted', value: 'x' }).execute();
      await new Promise<void>((resolve) => { release = resolve; setTimeout(resolve, 20); });
      await trx.deleteFrom('settings').where('key', '=', 'uncommitted').execute();
      inTransaction = false;
    });
    await new Promise((resolve) => setTimeout(resolve, 5)); // the transaction holds the connection now
    const reads = Array.from({ length: 20 }, async (_, n) => {
      const rows = await uncommitted('uncommitted');
      seen.push(`${n}:${inTransaction ? 'during' : 'outside'}:${rows.length}`);
    });
    release();
    await Promise.all([transaction, ...reads]);
    expect(seen).toEqual(Array.from({ length: 20 }, (_, n) => `${n}:outside:0`));
    // Free again: the next read runs at once, and the queue behind it still works.
    expect(await uncommitted('a')).toEqual([{ key: 'a' }]);
    await db.transaction().execute(async (trx) => trx.selectFrom('settings').select('key').execute());
  });
});

describe.runIf(testDialect() === 'sqlite')('a transaction over a SQLite file another process writes to (issue 17)', () => {
  it('takes the write lock at its start, so a read then a write never fails on a write committed in between', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caf-immediate-'));
    const file = await openDatabase(`sqlite:${join(dir, 'shared.sqlite')}`);
    // Another process's connection to the same file, which does not wait for a lock (so the test never blocks).
    const other = new BetterSqlite3(join(dir, 'shared.sqlite'));
    other.pragma('busy_timeout = 0');
    const otherWrite = (key: string) => other.prepare('insert into settings (key, value) values (?, ?)').run(key, 'other');
    try {
      let otherDuring: string | null = null;
      await file.transaction().execute(async (trx) => {
        await trx.selectFrom('settings').select('key').execute(); // read first, as account completion does
        try {
          otherWrite('during'); // the other process commits between this transaction's read and its write
          otherDuring = 'committed';
        } catch (error) {
          otherDuring = (error as { code?: string }).code ?? String(error);
        }
        // With a deferred BEGIN this write fails at once with SQLITE_BUSY_SNAPSHOT (its read is stale), which no
        // busy_timeout retries: the request answered 500. BEGIN IMMEDIATE holds the write lock from the start.
        await trx.insertInto('settings').values({ key: 'mine', value: 'x' }).execute();
      });
      // The other process was kept waiting (it would have waited its busy_timeout), and writes once this one is done.
      expect(otherDuring).toBe('SQLITE_BUSY');
      otherWrite('after');
      const keys = (await file.selectFrom('settings').select('key').execute()).map((r) => r.key);
      expect(keys).toEqual(expect.arrayContaining(['mine', 'after']));
    } finally {
      other.close();
      await file.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.runIf(testDialect() === 'postgres')("PostgreSQL's named statements", () => {
  it('runs a query with parameters as a statement prepared once per connection, its values still bound', async () => {
    // One connection, so that the statements it holds are the ones this test made.
    const one = await openDatabase(`${database.url}${database.url.includes('?') ? '&' : '?'}pool=1`);
    try {
      const read = (key: string) => one.selectFrom('settings').select('value').where('key', '=', key).execute();
      const statements = async () => (await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(one)).rows
        .map((row) => row.statement);
      const before = (await statements()).length;
      expect(await read('a')).toEqual([{ value: 'first' }]);
      expect(await read("o'brien")).toEqual([{ value: 'quoted' }]);
      expect(await read("x' or '1'='1")).toEqual([]);
      const after = await statements();
      // The three reads are one statement, prepared once (the parameterless listing is not a named one).
      expect(after.length - before).toBe(1);
      expect(after.filter((text) => text.includes('"key" = $1'))).toHaveLength(1);
    } finally {
      await one.destroy();
    }
  });
});
