// Migration 008: a login try is counted as failed only when its verdict is written (issue 17). Until then it is
// pending: `pending` tries in flight, the last of them started at `pending_since`. Pending tries bound how many guesses
// run at once (services/throttle.ts); a try cut off before its verdict (the back end killed) stops counting after
// PENDING_MS instead of staying a failure against the visitor.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const loginPending: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('login_throttle').addColumn('pending', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('login_throttle').addColumn('pending_since', 'text').execute();
  },
};
