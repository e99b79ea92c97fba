// Migration 005: every outbox message gets its own `seq` (issue 16 review). It was max(seq) + 1 read inside each
// writer's transaction, so two writers at once (PostgreSQL, READ COMMITTED; two instances) wrote the same number and
// the sender's order and /sandbox/outbox's "newest first" were a toss-up. From now on the number comes from one
// counter row in `settings`, taken by an atomic upsert in the message's own transaction (db/settings.ts
// nextOutboxSeq), and a unique index makes a duplicate impossible.
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const OUTBOX_SEQ_SETTING = 'outbox-seq';

export const outboxSeq: Migration = {
  async up(db: Kysely<unknown>) {
    // Messages that got one number twice before: numbered again in the order they had (the same, where unique).
    const duplicated = await sql`select seq from outbox group by seq having count(*) > 1 limit 1`.execute(db);
    if (duplicated.rows.length > 0) {
      const rows = await sql<{ id: string }>`select id from outbox order by seq, sent_at, id`.execute(db);
      for (const [i, row] of rows.rows.entries()) await sql`update outbox set seq = ${i + 1} where id = ${row.id}`.execute(db);
    }
    await sql`insert into settings (key, value) select ${OUTBOX_SEQ_SETTING}, cast(coalesce(max(seq), 0) as text) from outbox`.execute(db);
    await db.schema.createIndex('outbox_seq_unique').on('outbox').column('seq').unique().execute();
  },
};
