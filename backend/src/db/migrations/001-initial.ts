// Migration 001: every table of the sandbox. Only portable types (text, integer), so PostgreSQL runs it too.
// Every statement is `if not exists` (the one change made to it after it shipped, which changes no table): migrations
// now run in one transaction (db/database.ts), but a file whose first start was killed before that fix holds some of
// these tables and no migration record, and this completes it instead of failing on "already exists".
import type { Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';

export const initial: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createTable('households').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('allocataire_number', 'text', (c) => c.notNull().unique())
      .execute();
    await db.schema.createTable('persons').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('nir', 'text', (c) => c.unique())
      .addColumn('civilite', 'text', (c) => c.notNull())
      .addColumn('nom_naissance', 'text', (c) => c.notNull())
      .addColumn('prenoms', 'text', (c) => c.notNull())
      .addColumn('nom_usage', 'text')
      .addColumn('birth_date', 'text', (c) => c.notNull())
      .addColumn('birth_place', 'text', (c) => c.notNull())
      .addColumn('household_id', 'text', (c) => c.references('households.id'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('autorisation_gestion', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('identity_documents').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('number', 'text', (c) => c.notNull())
      .addUniqueConstraint('identity_documents_kind_number', ['kind', 'number'])
      .execute();
    await db.schema.createTable('accounts').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull().unique().references('persons.id'))
      .addColumn('identifier', 'text', (c) => c.notNull().unique())
      .addColumn('identifier_kind', 'text', (c) => c.notNull())
      .addColumn('password_hash', 'text', (c) => c.notNull())
      .addColumn('legacy', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('legacy_allocataire_number', 'text')
      .addColumn('cgu_version', 'text')
      .addColumn('password_changed_at', 'text')
      .addColumn('contact_verified_at', 'text')
      .addColumn('mobile', 'text')
      .addColumn('autre_telephone', 'text')
      .addColumn('email', 'text')
      .addColumn('document_flagged', 'integer', (c) => c.notNull().defaultTo(0))
      // Unique: completing the same flow twice can never make two accounts.
      .addColumn('created_from_flow', 'text', (c) => c.unique())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('account_creations').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('data', 'text', (c) => c.notNull())
      .addColumn('account_id', 'text')
      .execute();
    await db.schema.createTable('verification_codes').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('destination', 'text', (c) => c.notNull())
      .addColumn('code_hash', 'text', (c) => c.notNull())
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('resend_available_at', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('verified_at', 'text')
      .execute();
    await db.schema.createTable('pending_contacts').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('mobile', 'text')
      .addColumn('autre_telephone', 'text')
      .addColumn('email', 'text')
      .execute();
    await db.schema.createTable('sessions').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('token_hash', 'text', (c) => c.notNull().unique())
      .addColumn('account_id', 'text', (c) => c.notNull().references('accounts.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('last_seen_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.createIndex('sessions_account').ifNotExists().on('sessions').column('account_id').execute();
    await db.schema.createTable('login_throttle').ifNotExists()
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('last_failure_at', 'text', (c) => c.notNull())
      .addColumn('locked_until', 'text')
      .execute();
    await db.schema.createTable('password_resets').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('account_id', 'text')
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addColumn('verified_at', 'text')
      .addColumn('done_at', 'text')
      .execute();
    for (const [name, columns] of [
      ['payments', [['date', 'text'], ['amount_cents', 'integer'], ['label', 'text'], ['paid_to_third_party', 'integer']]],
      ['allocations', [['label', 'text'], ['monthly_amount_cents', 'integer'], ['since', 'text']]],
      ['attestations', [['label', 'text'], ['issued_on', 'text'], ['body', 'text']]],
      ['courriers', [['subject', 'text'], ['date', 'text'], ['kind', 'text'], ['body', 'text']]],
    ] as const) {
      let table = db.schema.createTable(name).ifNotExists()
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'));
      for (const [column, type] of columns) table = table.addColumn(column, type, (c) => c.notNull());
      await table.execute();
    }
    await db.schema.createTable('separations').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
      .addColumn('household_id', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('stays_in_home', 'integer', (c) => c.notNull())
      .addColumn('new_address', 'text')
      .addColumn('declared_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createTable('outbox').ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('to', 'text', (c) => c.notNull())
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('code', 'text')
      .addColumn('sent_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('outbox_to').ifNotExists().on('outbox').columns(['to', 'seq']).execute();
    await db.schema.createTable('settings').ifNotExists()
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('value', 'text', (c) => c.notNull())
      .execute();
  },
};
