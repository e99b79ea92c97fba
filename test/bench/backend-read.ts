// An authenticated read near the limit (issue 15): GET /v1/me/dashboard (bearer check, session touch, rights, four
// queries) at 100 concurrent connections, against a bare Fastify route answering the same JSON body, measured in the
// same run: bare, the read on SQLite, the read on PostgreSQL, bare again. PostgreSQL runs on a throwaway cluster
// (test/support/postgres-cluster.ts, as the tests do) when its binaries are installed; BENCH_DIALECTS=sqlite skips it.
//
// Printed: req/s, p50 and p99, and the server's CPU time per request (its own thread's CPU over the requests it
// answered: less sensitive than req/s to what else the machine runs). Ratios are the read's over the bare route's.
// The issue asks, on SQLite: req/s ratio ≥ 0.5, p99 ≤ 10 ms.
import autocannon from 'autocannon';
import pg from 'pg';
import { postgresAvailable, startCluster, type Cluster } from '../support/postgres-cluster';
import { serverInWorker, type WorkerServer } from './backend-support/spawn';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 100;
const dialects = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',')
  .filter((dialect) => dialect !== 'postgres' || postgresAvailable());

interface Figures { rps: number; p50: number; p99: number; cpuPerRequest: number; non2xx: number; errors: number }

async function measure(server: WorkerServer, url: string, headers: Record<string, string> = {}, seconds = SECONDS): Promise<Figures> {
  const before = await server.cpu();
  const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: seconds });
  const cpu = (await server.cpu()) - before;
  return {
    rps: r.requests.mean, p50: r.latency.p50, p99: r.latency.p99, cpuPerRequest: cpu / Math.max(r.requests.total, 1),
    non2xx: r.non2xx, errors: r.errors,
  };
}

async function loggedIn(server: WorkerServer): Promise<string> {
  const login = await fetch(`${server.url}/v1/sessions`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ identifier: '2780506088101', password: 'Veronique2021' }),
  });
  if (login.status !== 201) throw new Error(`login failed: ${login.status}`);
  return ((await login.json()) as { token: string }).token;
}

async function postgresDatabase(cluster: Cluster): Promise<string> {
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  await client.query('create database bench_read');
  await client.end();
  return cluster.url.replace(/\/[^/]*$/, '/bench_read');
}

/** The read on one dialect: its own server, warmed up, then measured. */
async function read(dialect: string, cluster: Cluster | null): Promise<Figures> {
  const databaseUrl = dialect === 'postgres' && cluster ? await postgresDatabase(cluster) : undefined;
  const server = await serverInWorker('sandbox', databaseUrl ? { databaseUrl } : {});
  try {
    const headers = { authorization: `Bearer ${await loggedIn(server)}` };
    const url = `${server.url}/v1/me/dashboard`;
    await measure(server, url, headers, 1); // warm-up
    return await measure(server, url, headers);
  } finally {
    await server.close();
  }
}

const line = (f: Figures) =>
  `${f.rps.toFixed(0).padStart(6)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, server CPU ${f.cpuPerRequest.toFixed(0)} µs/request`;

const cluster = dialects.includes('postgres') ? await startCluster() : null;
try {
  // The bare route answers the dashboard's own body (taken from a first SQLite server).
  const first = await serverInWorker('sandbox');
  const body: unknown = await (await fetch(`${first.url}/v1/me/dashboard`, { headers: { authorization: `Bearer ${await loggedIn(first)}` } })).json();
  await first.close();
  const bare = await serverInWorker('bare', { body });
  await measure(bare, `${bare.url}/bare`, {}, 1); // warm-up
  const before = await measure(bare, `${bare.url}/bare`);
  const reads: Array<[string, Figures]> = [];
  for (const dialect of dialects) reads.push([dialect, await read(dialect, cluster)]);
  const after = await measure(bare, `${bare.url}/bare`);
  await bare.close();
  const mean = (k: keyof Figures) => (before[k] + after[k]) / 2;
  const baseline: Figures = { rps: mean('rps'), p50: mean('p50'), p99: mean('p99'), cpuPerRequest: mean('cpuPerRequest'), non2xx: 0, errors: 0 };

  console.log(`${CONNECTIONS} connections, ${SECONDS} s each`);
  console.log(`bare Fastify route             : ${line(baseline)} (mean of a run before and after)`);
  for (const [dialect, f] of reads) {
    console.log(`GET /v1/me/dashboard, ${dialect.padEnd(10)}: ${line(f)} (non-2xx ${f.non2xx}, errors ${f.errors})`);
    console.log(`  ratio req/s = ${(f.rps / baseline.rps).toFixed(2)}, CPU per request = ${(f.cpuPerRequest / baseline.cpuPerRequest).toFixed(2)}x, p99 = ${(f.p99 / Math.max(baseline.p99, 0.001)).toFixed(2)}x`);
  }
  // Little's law for a closed loop of CONNECTIONS clients: mean latency = CONNECTIONS / throughput. A p99 under some
  // bound needs at least the throughput whose mean latency is that bound: say what the run's bare route allows.
  const meanAt = (rps: number) => (1000 * CONNECTIONS) / rps;
  console.log(`  at ${CONNECTIONS} connections the mean latency is ${CONNECTIONS}/throughput: bare route ${meanAt(baseline.rps).toFixed(1)} ms, ` +
    `so a read at 0.5× of it waits ${meanAt(baseline.rps * 0.5).toFixed(1)} ms on average; p99 ≤ 10 ms needs more than ${(CONNECTIONS * 100).toLocaleString('en')} req/s`);
} finally {
  cluster?.stop();
}
