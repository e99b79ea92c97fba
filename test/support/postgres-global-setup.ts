// vitest globalSetup of the `backend-postgres` project: one throwaway PostgreSQL cluster for the run, with a database
// already migrated that each test app copies (test/support/test-database.ts); stopped and deleted at the end.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../backend/src/db/database';
import { startCluster } from './postgres-cluster';
import { TEMPLATE_DATABASE, databaseUrlOf } from './test-database';

export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  try {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    await client.query(`create database ${TEMPLATE_DATABASE}`);
    await client.end();
    const template = await openDatabase(databaseUrlOf(cluster.url, TEMPLATE_DATABASE));
    await template.destroy();
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
