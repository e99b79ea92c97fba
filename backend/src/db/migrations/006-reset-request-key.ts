// Migration 006: a password-reset start retried after its answer was lost answers the same reset (issue 17). The
// kiosk sends a random idempotency key with the start; the reset keeps a keyed hash of it (with the identifier and
// channel), unique, so a retry, or two starts at once, find the one reset instead of making a second one and a second
// code.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const resetRequestKey: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('password_resets').addColumn('request_key', 'text').execute();
    await db.schema.createIndex('password_resets_request_key').on('password_resets').column('request_key').unique().execute();
  },
};
