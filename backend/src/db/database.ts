// Opens the database named by DATABASE_URL and brings it to the latest migration. Two dialects, and only here:
// SQLite (better-sqlite3: `sqlite:PATH`, `sqlite::memory:`), the embedded default, and PostgreSQL (pg:
// `postgres://…` or `postgresql://…`), for several back-end instances over one database. The rest of the code speaks
// kysely only, with portable types (text, integer), so migrations, repositories and services are the same for both.
import BetterSqlite3 from 'better-sqlite3';
import {
  CamelCasePlugin, CompiledQuery, Kysely, PostgresDialect, SqliteAdapter, SqliteDialect, sql,
  type DatabaseConnection, type Dialect, type DialectAdapter, type Driver, type TransactionSettings,
} from 'kysely';
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

/**
 * SQLite runs DDL inside transactions (https://www.sqlite.org/lang_transaction.html), but kysely's SqliteAdapter says
 * it does not, so its Migrator would run each statement of a migration on its own: a kill during the first start left
 * some tables and no migration record, and every later start failed on "table already exists" (issue 17). Saying
 * so makes the Migrator run the pending migrations and their records in one transaction, as it does on PostgreSQL
 * (whose adapter says so already).
 *
 * It also says it supports several connections, so that kysely does not put its own lock around the one connection:
 * that lock (`ConnectionMutex`) wakes every waiting query each time it is released, and all but one go back to
 * waiting. At 100 concurrent reads a query cost twice its CPU and the wake-up order is random, so some requests
 * waited seconds (profiled: issue 15). SerialSqliteDriver below keeps the one connection to one user at a time, in
 * order, with one wake-up per hand-over.
 */
class SerialSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
  override get supportsMultipleConnections(): boolean {
    return true;
  }
}

/**
 * better-sqlite3's one connection, lent to one query or transaction at a time, first come first served. A query
 * runs synchronously, so the connection is held only across a transaction's awaits.
 */
class SerialSqliteDriver implements Driver {
  readonly #inner: Driver;
  #held = false;
  readonly #waiting: Array<() => void> = [];

  constructor(inner: Driver) {
    this.#inner = inner;
  }

  init = () => this.#inner.init();
  destroy = () => this.#inner.destroy();

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#held) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    else this.#held = true;
    return this.#inner.acquireConnection();
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    await this.#inner.releaseConnection(connection);
    this.#handOver();
  }

  #handOver() {
    const next = this.#waiting.shift();
    if (next) next(); // handed over: still held
    else this.#held = false;
  }

  /**
   * Runs `work` (synchronous: a better-sqlite3 call) on the connection at once when no one holds it, else in its turn
   * after what holds it, a transaction included: a direct read never sees another's uncommitted writes.
   */
  whenFree<T>(work: () => T): T | Promise<T> {
    if (!this.#held) return work();
    return new Promise<void>((resolve) => this.#waiting.push(resolve)).then(() => {
      try {
        return work();
      } finally {
        this.#handOver();
      }
    });
  }

  /**
   * BEGIN IMMEDIATE: the transaction takes the file's write lock at its start (waiting up to busy_timeout for another
   * process's writer). With kysely's deferred BEGIN, a transaction that reads before it writes (account completion,
   * the seed check) failed at its first write with « database is locked » (SQLITE_BUSY_SNAPSHOT, which no
   * busy_timeout retries) whenever another process sharing the file committed in between: a 500 (issue 17).
   * Within one process the connection is lent to one transaction at a time anyway, so nothing waits more than it did.
   */
  async beginTransaction(connection: DatabaseConnection, _settings: TransactionSettings): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
  commitTransaction = (connection: DatabaseConnection) => this.#inner.commitTransaction(connection);
  rollbackTransaction = (connection: DatabaseConnection) => this.#inner.rollbackTransaction(connection);
  savepoint: Driver['savepoint'] = (connection, name, compile) => this.#inner.savepoint!(connection, name, compile);
  rollbackToSavepoint: Driver['rollbackToSavepoint'] = (connection, name, compile) => this.#inner.rollbackToSavepoint!(connection, name, compile);
  releaseSavepoint: Driver['releaseSavepoint'] = (connection, name, compile) => this.#inner.releaseSavepoint!(connection, name, compile);
}

class SerialSqliteDialect extends SqliteDialect {
  driver: SerialSqliteDriver | null = null;
  constructor(readonly sqlite: BetterSqlite3.Database, config: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(config);
  }
  override createAdapter(): DialectAdapter {
    return new SerialSqliteAdapter();
  }
  override createDriver(): Driver {
    this.driver = new SerialSqliteDriver(super.createDriver());
    return this.driver;
  }
}

/**
 * A read of the hot path on SQLite, run on better-sqlite3 itself (db/prepared.ts): kysely's executor, connection
 * provider and result plugin around each query cost more than the query (profiled, issue 15). Its rows are what kysely
 * would answer: the same values, the columns named as the CamelCase plugin names them.
 */
export type DirectRead = (parameters: readonly unknown[]) => unknown[] | Promise<unknown[]>;
const directReaders = new WeakMap<object, (sql: string) => DirectRead | null>();

/** The direct form of a read statement on this database, or null (PostgreSQL, a statement that writes). */
export function directRead(db: object, sqlText: string): DirectRead | null {
  return directReaders.get(db)?.(sqlText) ?? null;
}

/**
 * `recordMaker([['id', 0], ['kind', 'sessionKind']])` makes `(source) => ({ id: source[0], kind: source.sessionKind })`:
 * one object literal, its fields known in advance, for a hot path that makes the same object many times. Adding the
 * fields one by one costs a shape change per field (a direct read of the session check's 36 columns: 3.9 µs, 2.2 as
 * a literal; measured on a quiet machine, issue 15). Field names and sources are the code's own (columns, aliases),
 * never a value; `__proto__`, which a literal reads as the prototype, is refused.
 */
export function recordMaker<T>(fields: ReadonlyArray<readonly [field: string, from: string | number]>): (source: unknown) => T {
  if (fields.some(([field]) => field === '__proto__')) throw new Error('recordMaker: a field named __proto__');
  const body = fields.map(([field, from]) => `${JSON.stringify(field)}: source[${JSON.stringify(from)}]`).join(', ');
  return new Function('source', `return { ${body} };`) as (source: unknown) => T;
}

/** kysely's CamelCase plugin, which also names a direct read's columns the way it names a query's. */
class CamelCase extends CamelCasePlugin {
  columnName(column: string): string {
    return this.camelCase(column);
  }
}

function directReadsOn(dialect: SerialSqliteDialect, camelCase: CamelCase) {
  return (sqlText: string): DirectRead | null => {
    const statement = dialect.sqlite.prepare(sqlText);
    // A statement that answers rows without writing (not an INSERT … RETURNING, which better-sqlite3 calls a reader).
    if (!statement.reader || !statement.readonly) return null;
    statement.raw(true);
    const names = statement.columns().map((column) => camelCase.columnName(column.name));
    const rowOf = recordMaker<Record<string, unknown>>(names.map((name, i) => [name, i] as const));
    const run = (parameters: readonly unknown[]) => (statement.all(parameters as unknown[]) as unknown[][]).map(rowOf);
    return (parameters) => {
      const driver = dialect.driver;
      if (!driver) throw new Error('directRead: the database is not open');
      return driver.whenFree(() => run(parameters));
    };
  };
}

function sqliteDialect(path: string): SerialSqliteDialect {
  const sqlite = new BetterSqlite3(path);
  // WAL + synchronous FULL: a committed transaction is on disk before the answer leaves (survives kill -9 and power
  // loss). https://www.sqlite.org/wal.html
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new SerialSqliteDialect(sqlite, { database: cachingStatements(sqlite) });
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
  // A connection the server drops (restart, failover, pg_terminate_backend) must not crash the process: the query
  // on it fails (a 5xx, /v1/health says 503) and the pool opens a new one. pg emits the drop as an 'error' event, on
  // the pool for an idle connection and on the client for one checked out between two queries.
  pool.on('error', () => {});
  pool.on('connect', (client) => {
    client.on('error', () => {});
    namingStatements(client);
  });
  return new PostgresDialect({ pool });
}

/** Distinct statements a connection keeps prepared at most; past it, new ones run unnamed (parsed and planned each time). */
const NAMED_STATEMENTS_PER_CONNECTION = 200;

/**
 * kysely sends every query unnamed, so PostgreSQL parses and plans it at every run: for the session check (three
 * joins, 40 columns) and the dashboard's union that was most of the database's CPU per read (issue 15), on the same
 * cores as the back end. A query with parameters goes as a named prepared statement instead, parsed once per
 * connection (PostgreSQL then keeps its plan, or a generic one after five runs). The values stay bound parameters.
 * Names are the connection's own (a prepared statement lives in its connection), and bounded, since a query whose
 * text depends on its values (an `in (…)` list) makes a new text each time.
 */
function namingStatements(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const names = new Map<string, string>();
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text !== 'string' || !Array.isArray(values) || values.length === 0 || args.length !== 2) return query(...args);
    let name = names.get(text);
    if (name === undefined) {
      if (names.size >= NAMED_STATEMENTS_PER_CONNECTION) return query(...args);
      name = `k${names.size + 1}`;
      names.set(text, name);
    }
    return query({ name, text, values });
  };
}

export async function openDatabase(url: string): Promise<Db> {
  const target = parseDatabaseUrl(url);
  const dialect = target.kind === 'sqlite' ? sqliteDialect(target.path) : postgresDialect(target.url);
  const camelCase = new CamelCase();
  const db = new Kysely<Database>({ dialect, plugins: [camelCase] });
  if (dialect instanceof SerialSqliteDialect) directReaders.set(db, directReadsOn(dialect, camelCase));
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
