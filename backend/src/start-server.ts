// Starts the back end on a port: used by server.ts (npm run backend) and by the Electron shell, which runs the
// bundled out/backend/server.js in a utilityProcess (or imports startServer from out/backend/start-server.js).
import type { FastifyInstance } from 'fastify';
import { buildApp, type BackendOptions } from './app';
import { servedHosts } from './plugins/app/served-hosts';

export interface StartOptions extends BackendOptions {
  host?: string;
  port?: number; // 0 = any free port
}

export interface RunningServer {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { host = '127.0.0.1', port = 8787, ...backend } = options;
  // On the loopback, only its own names are answered (DNS rebinding: plugins/app/served-hosts.ts).
  const app = await buildApp({ ...backend, servedHosts: backend.servedHosts ?? servedHosts(host, backend.publicUrl) });
  const address = await app.listen({ host, port });
  const url = address.replace('[::1]', 'localhost');
  return { url, app, close: () => app.close() };
}
