// The database a back-end test runs on: SQLite in memory in the `backend` project, a fresh PostgreSQL database (a
// copy of the migrated template the globalSetup made) in `backend-postgres`. Tests that build an app call this
// instead of leaving buildApp's default, so the same test runs on both dialects.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway cluster's admin database (postgres://…/postgres); absent when the project runs on SQLite. */
    postgresUrl?: string;
  }
}

export const TEMPLATE_DATABASE = 'caf_migrated';

export const databaseUrlOf = (clusterUrl: string, name: string) => clusterUrl.replace(/\/[^/]*$/, `/${name}`);

/** Which dialect this test project runs on. */
export const testDialect = (): 'sqlite' | 'postgres' => (inject('postgresUrl') ? 'postgres' : 'sqlite');

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: inject('postgresUrl') });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export interface TestDatabase {
  url: string;
  /** Deletes a PostgreSQL database once the apps on it are closed (nothing to do for SQLite in memory). */
  drop(): Promise<void>;
}

/** A new empty (migrated) database. `sqlite::memory:` is per connection, so each app gets its own anyway. */
export async function freshDatabase(): Promise<TestDatabase> {
  const clusterUrl = inject('postgresUrl');
  if (!clusterUrl) return { url: 'sqlite::memory:', drop: async () => {} };
  const name = `t_${randomBytes(8).toString('hex')}`;
  await admin((c) => c.query(`create database ${name} template ${TEMPLATE_DATABASE} strategy file_copy`));
  return {
    url: databaseUrlOf(clusterUrl, name),
    drop: () => admin((c) => c.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}

/** A shared file-backed SQLite database or one PostgreSQL database for several back-end instances. */
export async function sharedDatabase(dir: string): Promise<TestDatabase> {
  if (testDialect() === 'postgres') return freshDatabase();
  return { url: `sqlite:${dir}/shared-${randomBytes(4).toString('hex')}.sqlite`, drop: async () => {} };
}
