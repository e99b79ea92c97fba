// GET /v1/health as a load balancer reads it: 200 while the database answers and has every migration, 503 as soon as
// it does not (the instance is taken out), 200 again once it is back. Runs on SQLite and on PostgreSQL.
import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { makeApp, type TestApp } from './helpers';
import { testDialect } from '../../support/test-database';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('the health check', () => {
  it('answers 200 with the database reachable and its schema up to date', async () => {
    t = await makeApp();
    const res = await t.call('GET', '/v1/health');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({ status: 'ok', sandbox: true, database: { reachable: true, schemaUpToDate: true } });
  });

  it('answers 503 when a migration this code knows has not run on the database', async () => {
    t = await makeApp();
    await sql`delete from kysely_migration where name = '004-shared-state'`.execute(t.app.db);
    const res = await t.call('GET', '/v1/health');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual({ status: 'unavailable', sandbox: true, database: { reachable: true, schemaUpToDate: false } });
  });

  it.runIf(testDialect() === 'postgres')('answers 503 while PostgreSQL refuses connections, and 200 once it accepts them again', async () => {
    t = await makeApp();
    const name = new URL(t.app.config.databaseUrl).pathname.slice(1);
    const admin = new pg.Client({ connectionString: inject('postgresUrl') });
    await admin.connect();
    try {
      await admin.query(`alter database ${name} with allow_connections false`);
      await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = $1', [name]);
      const down = await t.call('GET', '/v1/health');
      expect(down.statusCode).toBe(503);
      expect(down.json()).toMatchObject({ status: 'unavailable', database: { reachable: false, schemaUpToDate: false } });
      await admin.query(`alter database ${name} with allow_connections true`);
      expect((await t.call('GET', '/v1/health')).statusCode).toBe(200);
    } finally {
      await admin.query(`alter database ${name} with allow_connections true`);
      await admin.end();
    }
  });
});
