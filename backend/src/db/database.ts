// Opens the database named by DATABASE_URL and brings it to the latest migration. Two dialects, and only here:
// SQLite (better-sqlite3: `sqlite:PATH`, `sqlite::memory:`), the embedded default, and PostgreSQL (pg:
// `postgres://…` or `postgresql://…`), for several back-end instances over one database. The rest of the code speaks
// kysely only, with portable types (text, integer), so migrations, repositories and services are the same for both.
import BetterSqlite3 from 'better-sqlite3';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, sql, type Dialect } from 'kysely';
import { Migrator } from 'kysely/migration';
import pg from 'pg';
import { migrations } from './migrations';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export type DatabaseTarget =
  | { kind: 'sqlite'; path: string }
  | { kind: 'postgres'; url: string };

/** Connections each back-end instance keeps to PostgreSQL at most (`?pool=N` in DATABASE_URL overrides it). */
export const DEFAULT_POSTGRES_POOL = 10;

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length);
    if (path.length === 0) throw new Error('DATABASE_URL sqlite: needs a path or :memory:');
    return { kind: 'sqlite', path };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    try {
      new URL(url);
    } catch {
      // Never echo the URL: it may carry a password.
      throw new Error('DATABASE_URL is not a valid postgres:// URL');
    }
    return { kind: 'postgres', url };
  }
  throw new Error(`DATABASE_URL not supported: ${url.split(':')[0]}: (sqlite:PATH, sqlite::memory: or postgres://…)`);
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

function sqliteDialect(path: string): Dialect {
  const sqlite = new BetterSqlite3(path);
  // WAL + synchronous FULL: a committed transaction is on disk before the answer leaves (survives kill -9 and power
  // loss). https://www.sqlite.org/wal.html
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new SqliteDialect({ database: cachingStatements(sqlite) });
}

function postgresDialect(url: string): Dialect {
  const parsed = new URL(url);
  const size = Number(parsed.searchParams.get('pool') ?? DEFAULT_POSTGRES_POOL);
  parsed.searchParams.delete('pool');
  if (!Number.isInteger(size) || size < 1 || size > 100) throw new Error('DATABASE_URL ?pool= must be an integer from 1 to 100');
  const pool = new pg.Pool({
    connectionString: parsed.href,
    max: size,
    // A database that does not answer fails the request (and /v1/health) instead of holding it forever.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // A connection the server drops while idle (restart, failover) must not crash the process: the pool replaces it.
  pool.on('error', () => {});
  return new PostgresDialect({ pool });
}

export async function openDatabase(url: string): Promise<Db> {
  const target = parseDatabaseUrl(url);
  const dialect = target.kind === 'sqlite' ? sqliteDialect(target.path) : postgresDialect(target.url);
  const db = new Kysely<Database>({ dialect, plugins: [new CamelCasePlugin()] });
  // On PostgreSQL, kysely's migrator holds an advisory lock: instances starting together migrate once.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error(String(error));
  }
  return db;
}

/** What /v1/health reports: the database answers, and every migration this code knows has run on it. */
export async function databaseHealth(db: Db): Promise<{ reachable: boolean; schemaUpToDate: boolean }> {
  try {
    await sql`select 1`.execute(db);
  } catch {
    return { reachable: false, schemaUpToDate: false };
  }
  try {
    const applied = await new Migrator({ db, provider: { getMigrations: async () => migrations } }).getMigrations();
    return { reachable: true, schemaUpToDate: applied.every((m) => m.executedAt !== undefined) };
  } catch {
    return { reachable: true, schemaUpToDate: false };
  }
}
