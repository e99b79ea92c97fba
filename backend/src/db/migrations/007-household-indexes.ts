// Migration 007: the account space's lists are read by household (the dashboard at every visit, issue 15). Without
// an index each read scanned the whole table and sorted what it found (SQLite: "SCAN payments; USE TEMP B-TREE FOR
// ORDER BY"); with (household_id, the list's order) it reads the household's rows already in order, on both dialects.
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

/** Each household list and the column it is shown in order of (services/account-space.ts). */
export const HOUSEHOLD_LISTS = [
  ['payments', 'date'],
  ['allocations', 'label'],
  ['attestations', 'issued_on'],
  ['courriers', 'date'],
] as const;

export const householdIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    for (const [table, order] of HOUSEHOLD_LISTS) {
      await db.schema.createIndex(`${table}_household`).ifNotExists().on(table).columns(['household_id', order]).execute();
    }
  },
};
