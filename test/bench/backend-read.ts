// Latency of an authenticated read (GET /v1/me/dashboard: bearer check, session touch, rights, four queries) at 100
// concurrent connections, against a bare Fastify route answering a similar JSON body, measured in the same run.
import autocannon from 'autocannon';
import { serverInWorker } from './backend-support/spawn';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 100;

async function measure(url: string, headers: Record<string, string> = {}, seconds = SECONDS) {
  const r = await autocannon({ url, headers, connections: CONNECTIONS, duration: seconds });
  return { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.mean, non2xx: r.non2xx, errors: r.errors };
}

const server = await serverInWorker('sandbox');
const login = await fetch(`${server.url}/v1/sessions`, {
  method: 'POST', headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ identifier: '2780506088101', password: 'Veronique2021' }),
});
const { token } = (await login.json()) as { token: string };
const sample = await (await fetch(`${server.url}/v1/me/dashboard`, { headers: { authorization: `Bearer ${token}` } })).json();

const bare = await serverInWorker('bare', sample);

// Both servers run in worker threads; autocannon runs here. Warm-up, then baseline, read, baseline again.
await measure(`${bare.url}/bare`, {}, 1);
const baseline1 = await measure(`${bare.url}/bare`);
const read = await measure(`${server.url}/v1/me/dashboard`, { authorization: `Bearer ${token}` });
const baseline2 = await measure(`${bare.url}/bare`);
const baseline = { p50: (baseline1.p50 + baseline2.p50) / 2, p99: (baseline1.p99 + baseline2.p99) / 2, rps: (baseline1.rps + baseline2.rps) / 2 };
await bare.close();
await server.close();

console.log(`${CONNECTIONS} connections, ${SECONDS} s each`);
console.log(`bare Fastify route       : p50 ${baseline.p50} ms, p99 ${baseline.p99} ms, ${baseline.rps.toFixed(0)} req/s (mean of a run before and after)`);
console.log(`GET /v1/me/dashboard     : p50 ${read.p50} ms, p99 ${read.p99} ms, ${read.rps.toFixed(0)} req/s (non-2xx ${read.non2xx}, errors ${read.errors})`);
console.log(`ratio p50 = ${(read.p50 / Math.max(baseline.p50, 0.001)).toFixed(2)}, ratio p99 = ${(read.p99 / Math.max(baseline.p99, 0.001)).toFixed(2)}`);
