// The web kiosk: the built renderer (out/renderer) on an origin of its own, the back end's paths forwarded by the very
// handler main puts behind app://kiosk (electron/main/app-protocol.ts). The browser tests, the benchmarks and
// `npm run start:web` serve the kiosk with it, so they meet Electron's topology: the renderer's origin is not the back
// end's, no cookie crosses between them, and FranceConnect's redirects go to the back end's own origin.
//
//   tsx --tsconfig tsconfig.node.json scripts/web-kiosk-server.ts
//   WEB_ORIGIN  the origin browsers use, default http://localhost:5173 (its host name differs from the back end's
//               127.0.0.1 on purpose: cookies ignore ports, so one host name would let a cookie cross the two origins)
//   BACKEND_URL the back end, default http://127.0.0.1:8787
//   SANDBOX     1 (default) forwards /sandbox/* too; 0 refuses them as a kiosk on a real back end does
import { fileURLToPath } from 'node:url';
import { serve, type Server } from 'srvx';
import { createAppProtocolHandler } from '../electron/main/app-protocol';

export interface WebKioskOptions {
  /** e.g. http://localhost:14173; the server listens on the loopback at its port. */
  origin: string;
  backendUrl: string;
  sandboxPaths: boolean;
  rendererRoot?: string;
}

const defaultRendererRoot = fileURLToPath(new URL('../out/renderer', import.meta.url));

export async function startWebKiosk(options: WebKioskOptions): Promise<Server> {
  const origin = new URL(options.origin);
  const backendUrl = options.backendUrl.replace(/\/+$/, '');
  const handler = createAppProtocolHandler({
    appOrigin: origin.origin,
    rendererRoot: options.rendererRoot ?? defaultRendererRoot,
    backendUrl: () => backendUrl,
    sandboxPaths: () => options.sandboxPaths,
    fetch: (url, init) => fetch(url, init),
  });
  const server = serve({ fetch: handler, hostname: '127.0.0.1', port: Number(origin.port), silent: true, gracefulShutdown: false });
  await server.ready();
  return server;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const origin = process.env.WEB_ORIGIN ?? 'http://localhost:5173';
  const server = await startWebKiosk({
    origin,
    backendUrl: process.env.BACKEND_URL ?? 'http://127.0.0.1:8787',
    sandboxPaths: (process.env.SANDBOX ?? '1') !== '0',
  });
  console.log(`Web kiosk on ${origin}/ (back end ${process.env.BACKEND_URL ?? 'http://127.0.0.1:8787'})`);
  const stop = () => void server.close(true).then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
