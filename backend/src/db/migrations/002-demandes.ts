// Migration 002: requests for a prestation (issue 14). One row per request, its answers as JSON (the steps of
// shared/api/demandes.ts). `owner` is what a draft is tied to: the household's id, or "person:<id>" for a new applicant
// without an allocataire household yet; at most one live draft per owner and prestation (a partial unique index, which
// SQLite and PostgreSQL both have), so two kiosks, or a retried start, find the same draft.
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const demandes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('demandes')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('prestation', 'text', (c) => c.notNull())
      .addColumn('owner', 'text', (c) => c.notNull())
      .addColumn('household_id', 'text', (c) => c.references('households.id'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('answers', 'text', (c) => c.notNull())
      .addColumn('number', 'text', (c) => c.unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text')
      .addColumn('sent_at', 'text')
      .execute();
    await db.schema.createIndex('demandes_one_draft').on('demandes').columns(['owner', 'prestation']).unique()
      .where(sql.ref('status'), '=', 'brouillon').execute();
    await db.schema.createIndex('demandes_household').on('demandes').column('household_id').execute();
  },
};
