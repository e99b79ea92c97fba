// Migration 010: a separation declared again after its answer was lost (« Réessayer ») answers the one recorded, not
// a second separation (issue 17). The kiosk sends a random idempotency key with the declaration; the separation keeps
// a keyed hash of it with the person, unique, so a retry, or two declarations at once, find the one row.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const separationRequestKey: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('separations').addColumn('request_key', 'text').execute();
    await db.schema.createIndex('separations_request_key').on('separations').column('request_key').unique().execute();
  },
};
