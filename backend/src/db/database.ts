// Opens the database named by DATABASE_URL and brings it to the latest migration. Only SQLite is wired today
// (`sqlite:PATH`, `sqlite::memory:`); the rest of the code speaks kysely only, so a PostgreSQL dialect (pg) can be
// added here for `postgres://` URLs without touching repositories or services.
import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import { Migrator } from 'kysely/migration';
import { migrations } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export function parseDatabaseUrl(url: string): { kind: 'sqlite'; path: string } {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path.length === 0) throw new Error('DATABASE_URL sqlite: needs a path or :memory:');
    return { kind: 'sqlite', path };
  }
  throw new Error(`DATABASE_URL not supported (yet): ${url.split(':')[0]}:`);
}

/**
 * kysely's SQLite driver prepares every query anew, which was most of the CPU of an authenticated read (profiled):
 * reuse prepared statements by SQL text (the queries are few and parameterised; the cache is bounded anyway).
 */
function cachingStatements(sqlite: BetterSqlite3.Database) {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        if (cache.size >= 500) cache.clear();
        statement = sqlite.prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/**
 * SQLite runs DDL inside transactions (https://www.sqlite.org/lang_transaction.html), but kysely's SqliteAdapter says
 * it does not, so its Migrator would run each statement of a migration on its own: a kill during the first start left
 * some tables and no migration record, and every later start failed on "table already exists" (issue 17). Saying
 * so makes the Migrator run the pending migrations and their records in one transaction, as it does on PostgreSQL.
 */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
class TransactionalDdlSqliteDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

export async function openDatabase(url: string): Promise<Db> {
  const target = parseDatabaseUrl(url);
  const sqlite = new BetterSqlite3(target.path);
  // WAL + synchronous FULL: a committed transaction is on disk before the answer leaves (survives kill -9 and power
  // loss). https://www.sqlite.org/wal.html
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<Database>({ dialect: new TransactionalDdlSqliteDialect({ database: cachingStatements(sqlite) }), plugins: [new CamelCasePlugin()] });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error(String(error));
  }
  return db;
}
