// Runs a server in a worker thread, so that the load generator (autocannon, in the main thread) does not share the
// server's event loop. mode "sandbox": the back end (on `databaseUrl` when given, else SQLite in memory); mode
// "bare": a bare Fastify route answering `body`; mode "guarded": that route behind the plugins every request of the
// back end goes through before its route (no-store, served hosts, CORS, the per-client limit), registered as app.ts
// registers them: what any route of the back end costs before it does anything. Asked 'cpu', it answers the CPU time
// its thread has used (µs), so a benchmark can give the server's CPU per request, which depends less on the machine's
// other load than req/s.
import { parentPort, workerData } from 'node:worker_threads';
import Fastify from 'fastify';
import cors from '../../../backend/src/plugins/external/cors';
import rateLimit from '../../../backend/src/plugins/external/rate-limit';
import noStore from '../../../backend/src/plugins/app/no-store';
import servedHosts, { servedHosts as loopbackHosts } from '../../../backend/src/plugins/app/served-hosts';
import { startServer } from '../../../backend/src/start-server';

const { mode, body, databaseUrl } = workerData as { mode: 'sandbox' | 'bare' | 'guarded'; body?: unknown; databaseUrl?: string };
let close: () => Promise<void>;
let url: string;
if (mode === 'bare' || mode === 'guarded') {
  const app = Fastify();
  if (mode === 'guarded') {
    await app.register(noStore);
    await app.register(servedHosts, { hosts: loopbackHosts('127.0.0.1', undefined) });
    await app.register(cors, { origins: ['app://kiosk'] });
    await app.register(rateLimit, { max: 1e9, timeWindowMs: 60_000 });
  }
  app.get('/bare', () => body);
  url = await app.listen({ host: '127.0.0.1', port: 0 });
  close = () => app.close();
} else {
  const server = await startServer({
    sandbox: true, port: 0, rateLimit: { max: 1e9, sensitiveMax: 1e9, timeWindowMs: 60_000 }, ...(databaseUrl ? { databaseUrl } : {}),
  });
  url = server.url;
  close = server.close;
}
parentPort!.on('message', (message) => {
  if (message === 'close') void close().then(() => process.exit(0));
  if (message === 'cpu') {
    const { user, system } = process.threadCpuUsage();
    parentPort!.postMessage({ cpu: user + system });
  }
});
parentPort!.postMessage({ url });
