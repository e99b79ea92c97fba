// An authenticated read near the limit (issue 15): GET /v1/me/dashboard (bearer check, session touch, rights, four
// queries) at 100 concurrent connections, against a bare Fastify route answering the same JSON body, measured in the
// same run, in turn (BENCH_ROUNDS rounds of BENCH_SECONDS each): bare, the same route behind the plugins every request
// of the back end goes through (no-store, served hosts, CORS, the per-client limit: what any route costs before it
// does anything, so a bound on what the read can reach), the read on SQLite, the read on PostgreSQL.
// PostgreSQL runs on a throwaway cluster (test/support/postgres-cluster.ts, as the tests do) when its binaries are
// installed; BENCH_DIALECTS=sqlite skips it.
//
// Printed: req/s, p50 and p99, and the server's CPU time per request (its own thread's CPU over the requests it
// answered: less sensitive than req/s to what else the machine runs). Ratios are the read's over the bare route's.
// The issue asks, on SQLite: req/s ratio ≥ 0.5, p99 ≤ 10 ms.
import autocannon from 'autocannon';
import pg from 'pg';
import { postgresAvailable, startCluster, type Cluster } from '../support/postgres-cluster';
import { median } from '../support/stats';
import { serverInWorker, type WorkerServer } from './backend-support/spawn';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
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

/** The read on one dialect: its own server, logged in (warmed up with the others, below). */
async function readServer(dialect: string, cluster: Cluster | null): Promise<Target> {
  const databaseUrl = dialect === 'postgres' && cluster ? await postgresDatabase(cluster) : undefined;
  const server = await serverInWorker('sandbox', databaseUrl ? { databaseUrl } : {});
  const headers = { authorization: `Bearer ${await loggedIn(server)}` };
  return { name: `GET /v1/me/dashboard, ${dialect}`, server, url: `${server.url}/v1/me/dashboard`, headers };
}

interface Target { name: string; server: WorkerServer; url: string; headers: Record<string, string> }

const line = (f: Figures) =>
  `${f.rps.toFixed(0).padStart(6)} req/s, p50 ${f.p50} ms, p99 ${f.p99} ms, server CPU ${f.cpuPerRequest.toFixed(0)} µs/request`;
const medianFigures = (runs: Figures[]): Figures => ({
  rps: median(runs.map((f) => f.rps)), p50: median(runs.map((f) => f.p50)), p99: median(runs.map((f) => f.p99)),
  cpuPerRequest: median(runs.map((f) => f.cpuPerRequest)),
  non2xx: runs.reduce((n, f) => n + f.non2xx, 0), errors: runs.reduce((n, f) => n + f.errors, 0),
});

const cluster = dialects.includes('postgres') ? await startCluster() : null;
const targets: Target[] = [];
try {
  // The bare route answers the dashboard's own body (taken from a first SQLite server).
  const first = await serverInWorker('sandbox');
  const body: unknown = await (await fetch(`${first.url}/v1/me/dashboard`, { headers: { authorization: `Bearer ${await loggedIn(first)}` } })).json();
  await first.close();
  const bare = await serverInWorker('bare', { body });
  targets.push({ name: 'bare Fastify route', server: bare, url: `${bare.url}/bare`, headers: {} });
  const guarded = await serverInWorker('guarded', { body });
  targets.push({ name: 'bare route, back end\'s plugins', server: guarded, url: `${guarded.url}/bare`, headers: {} });
  for (const dialect of dialects) targets.push(await readServer(dialect, cluster));
  for (const target of targets) await measure(target.server, target.url, target.headers, 1); // warm-up
  // This machine's speed drifts within a minute (one 10 s run of each gave ratios from 0.35 to 0.63 three minutes
  // apart): the bare route and the reads are measured in turn, ROUNDS times, each round in another order, and
  // compared by their medians; each round's own ratio is printed too.
  const runs = new Map<Target, Figures[]>(targets.map((target) => [target, []]));
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = round % 2 === 0 ? targets : [...targets].reverse();
    for (const target of order) runs.get(target)!.push(await measure(target.server, target.url, target.headers));
  }
  const baselineRuns = runs.get(targets[0]!)!;
  const baseline = medianFigures(baselineRuns);
  console.log(`${CONNECTIONS} connections, ${SECONDS} s each, ${ROUNDS} rounds in turn: medians`);
  console.log(`${targets[0]!.name.padEnd(31)}: ${line(baseline)}`);
  for (const target of targets.slice(1)) {
    const f = medianFigures(runs.get(target)!);
    const perRound = runs.get(target)!.map((r, i) => (r.rps / baselineRuns[i]!.rps).toFixed(2)).join(', ');
    console.log(`${target.name.padEnd(31)}: ${line(f)} (non-2xx ${f.non2xx}, errors ${f.errors})`);
    console.log(`  ratio req/s = ${(f.rps / baseline.rps).toFixed(2)} (rounds: ${perRound}), CPU per request = ${(f.cpuPerRequest / baseline.cpuPerRequest).toFixed(2)}x, p99 = ${(f.p99 / Math.max(baseline.p99, 0.001)).toFixed(2)}x`);
  }
  // What the read's own work costs (the session check, its queries, the answer's schema), over what every route pays.
  const guardedFigures = medianFigures(runs.get(targets[1]!)!);
  for (const target of targets.slice(2)) {
    const f = medianFigures(runs.get(target)!);
    console.log(`  ${target.name}: ${(f.cpuPerRequest - guardedFigures.cpuPerRequest).toFixed(0)} µs/request of its own over the plugins' route ` +
      `(${(f.rps / guardedFigures.rps).toFixed(2)}× its req/s); the plugins cost ${(guardedFigures.cpuPerRequest - baseline.cpuPerRequest).toFixed(0)} µs/request over the bare route`);
  }
  // Little's law for a closed loop of CONNECTIONS clients: mean latency = CONNECTIONS / throughput. A p99 under some
  // bound needs at least the throughput whose mean latency is that bound: say what the run's bare route allows.
  const meanAt = (rps: number) => (1000 * CONNECTIONS) / rps;
  console.log(`  at ${CONNECTIONS} connections the mean latency is ${CONNECTIONS}/throughput: bare route ${meanAt(baseline.rps).toFixed(1)} ms, ` +
    `so a read at 0.5× of it waits ${meanAt(baseline.rps * 0.5).toFixed(1)} ms on average; p99 ≤ 10 ms needs more than ${(CONNECTIONS * 100).toLocaleString('en')} req/s`);
} finally {
  for (const target of targets) await target.server.close();
  cluster?.stop();
}
