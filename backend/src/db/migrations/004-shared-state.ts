// Migration 004: the state that lived in one process's memory, so that several back-end instances share it
// (issue 15): FranceConnect's single-use entries (pending logins, tickets, handoff codes, logouts, ID tokens).
// The sandbox clock's offset goes to `settings`, which exists already.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const sharedState: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('one_time_entries')
      .addColumn('space', 'text', (c) => c.notNull())
      // SHA-256 of the key handed out (a state, a code): a copy of the table gives no usable key.
      .addColumn('key_hash', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('one_time_entries_pk', ['space', 'key_hash'])
      .execute();
    await db.schema.createIndex('one_time_entries_expiry').on('one_time_entries').column('expires_at').execute();
  },
};
