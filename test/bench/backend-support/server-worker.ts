// Runs a server in a worker thread, so that the load generator (autocannon, in the main thread) does not share the
// server's event loop. mode "sandbox": the back end; mode "bare": a bare Fastify route answering `body`.
import { parentPort, workerData } from 'node:worker_threads';
import Fastify from 'fastify';
import { startServer } from '../../../backend/src/start-server';

const { mode, body } = workerData as { mode: 'sandbox' | 'bare'; body?: unknown };
let close: () => Promise<void>;
let url: string;
if (mode === 'bare') {
  const app = Fastify();
  app.get('/bare', () => body);
  url = await app.listen({ host: '127.0.0.1', port: 0 });
  close = () => app.close();
} else {
  const server = await startServer({ sandbox: true, port: 0, rateLimit: { max: 1e9, sensitiveMax: 1e9, timeWindowMs: 60_000 } });
  url = server.url;
  close = server.close;
}
parentPort!.on('message', (message) => {
  if (message === 'close') void close().then(() => process.exit(0));
});
parentPort!.postMessage({ url });
