// Migration 003: the outbox becomes a transactional outbox (issue 17). A message is written in the same transaction
// as its code and delivered afterwards by the notifier's sender, which marks it delivered; `attempts` and
// `next_attempt_at` space out the retries of a failing gateway and let one back-end instance claim a message.
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const outboxDelivery: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('outbox').addColumn('delivered_at', 'text').execute();
    await db.schema.alterTable('outbox').addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('outbox').addColumn('next_attempt_at', 'text').execute();
    // Messages written before this migration were handed to their gateway when written.
    await sql`update outbox set delivered_at = sent_at`.execute(db);
    await db.schema.createIndex('outbox_pending').on('outbox').columns(['delivered_at', 'seq']).execute();
  },
};
