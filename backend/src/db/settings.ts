// The `settings` table: values every instance over the database shares (the keyed-hash key, FranceConnect's cookie
// key, the sandbox clock's offset, the outbox's message counter).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Db } from './database';
import { OUTBOX_SEQ_SETTING } from './migrations/005-outbox-seq';
import { prepared } from './prepared';
import type { Database } from './schema';

/**
 * A random secret made once per database and kept there (not wiped by a sandbox reset). Instances starting together
 * agree on it: the first insert wins and everyone reads the winner.
 */
export async function sharedSecret(db: Db, name: string, make: () => string): Promise<string> {
  const read = () => db.selectFrom('settings').select('value').where('key', '=', name).executeTakeFirst();
  const found = await read();
  if (found) return found.value;
  await db.insertInto('settings').values({ key: name, value: make() }).onConflict((oc) => oc.column('key').doNothing()).execute();
  return (await read())!.value;
}

const CLOCK_OFFSET = 'sandbox-clock-offset-ms';
const offsetReaders = new WeakMap<Db, () => Promise<Array<{ value: string }>>>();

/** The sandbox clock's offset (POST /sandbox/clock), shared by the instances over this database. */
export const clockOffset = {
  /**
   * The offset as a column of another query (its text, null when the clock was never moved): the session check reads
   * it with the session, in the same round trip (services/sessions.ts).
   */
  column: (db: Kysely<Database>) => db.selectFrom('settings').select('value').where('key', '=', CLOCK_OFFSET),
  /** The stored text as milliseconds (0 when the clock was never moved). */
  parse: (value: string | null | undefined): number => (value == null ? 0 : Number(value)),
  /** One indexed read, compiled once per database (db/prepared.ts): it runs before every sandbox request. */
  async read(db: Db): Promise<number> {
    let read = offsetReaders.get(db);
    if (!read) {
      read = prepared(db, () => db.selectFrom('settings').select('value').where('key', '=', CLOCK_OFFSET));
      offsetReaders.set(db, read);
    }
    const [row] = await read();
    return clockOffset.parse(row?.value);
  },
  /** Adds to the offset in one statement, so that two instances advancing at once both count. */
  async advance(db: Db, ms: number): Promise<number> {
    await db.insertInto('settings').values({ key: CLOCK_OFFSET, value: '0' }).onConflict((oc) => oc.column('key').doNothing()).execute();
    await db.updateTable('settings')
      .set({ value: sql<string>`cast(cast(value as bigint) + ${Math.round(ms)} as text)` })
      .where('key', '=', CLOCK_OFFSET).execute();
    return clockOffset.read(db);
  },
  async reset(db: Db): Promise<void> {
    await db.deleteFrom('settings').where('key', '=', CLOCK_OFFSET).execute();
  },
};

/**
 * The next outbox message number, taken in the message's own transaction by one atomic upsert: concurrent writers
 * (two instances, PostgreSQL's READ COMMITTED) get distinct numbers, and on PostgreSQL the counter row stays locked
 * until the writer commits, so numbers are also in commit order (the sender never sees 8 before 7 is written).
 */
export async function nextOutboxSeq(trx: Transaction<Database> | Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ value: string }>`
    insert into settings (key, value) values (${OUTBOX_SEQ_SETTING}, '1')
    on conflict (key) do update set value = cast(cast(settings.value as bigint) + 1 as text)
    returning value`.execute(trx);
  return Number(rows[0]!.value);
}
