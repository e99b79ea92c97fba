// Process entry (npm run backend): reads HOST, PORT, DATABASE_URL, SANDBOX, SMTP_URL, LOG_LEVEL; prints its URL;
// closes cleanly on SIGTERM / SIGINT. Under Electron's utilityProcess it also tells its parent the URL.
import { optionsFromEnv } from './config';
import { startServer } from './start-server';

const { host, port, backend } = optionsFromEnv(process.env);
const server = await startServer({ ...backend, host, port });
console.log(`Mon Compte sandbox back end listening on ${server.url}`);
(process as unknown as { parentPort?: { postMessage(m: unknown): void } }).parentPort?.postMessage({ type: 'listening', url: server.url });

let closing = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    if (closing) return;
    closing = true;
    void server.close().then(() => process.exit(0), () => process.exit(1));
  });
}
