// Migration 009: an account-creation start retried after its answer was lost answers the same flow (issue 17). The
// kiosk sends a random idempotency key with the start; the flow keeps a keyed hash of it (with the état civil),
// unique, so a retry, or two starts at once, find the one flow instead of leaving an orphan second one.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const creationRequestKey: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('account_creations').addColumn('request_key', 'text').execute();
    await db.schema.createIndex('account_creations_request_key').on('account_creations').column('request_key').unique().execute();
  },
};
