// Process entry: reads the environment, listens, closes cleanly on SIGTERM.
import { buildApp } from './app';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8787);
const sandbox = (process.env.SANDBOX ?? '1') !== '0';

const app = await buildApp({ sandbox, logger: true });
const url = await app.listen({ host, port });
console.log(`Mon Compte sandbox back end listening on ${url}`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
