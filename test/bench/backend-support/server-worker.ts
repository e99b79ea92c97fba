// Runs a server in a worker thread, so that the load generator (autocannon, in the main thread) does not share the
// server's event loop. mode "sandbox": the back end (on `databaseUrl` when given, else SQLite in memory); mode
// "bare": a bare Fastify route answering `body`. Asked 'cpu', it answers the CPU time its thread has used (µs), so a
// benchmark can give the server's CPU per request, which depends less on the machine's other load than req/s.
import { parentPort, workerData } from 'node:worker_threads';
import Fastify from 'fastify';
import { startServer } from '../../../backend/src/start-server';

const { mode, body, databaseUrl } = workerData as { mode: 'sandbox' | 'bare'; body?: unknown; databaseUrl?: string };
let close: () => Promise<void>;
let url: string;
if (mode === 'bare') {
  const app = Fastify();
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
