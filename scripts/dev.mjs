// npm run dev: Vite's development server with hot reload (the web bridge, relaxed development CSP) and the sandbox
// back end from its sources, both stopped by Ctrl+C. For working on the renderer; `npm run start:web` serves what ships.
import { createProcessGroup, packageFile } from './processes.mjs';

const backendPort = process.env.PORT ?? '8787';
const webPort = process.env.WEB_PORT ?? '5173';

const group = createProcessGroup();
group.start('sandbox back end', process.execPath, [packageFile('tsx', 'dist/cli.mjs'), 'backend/src/server.ts'], {
  PORT: backendPort,
  SANDBOX: '1',
  DATABASE_URL: process.env.DATABASE_URL ?? 'sqlite::memory:',
  // The dev server's origin, where FranceConnect may send a login back (backend/src/franceconnect/return-to.ts).
  WEB_KIOSK_ORIGINS: `http://127.0.0.1:${webPort}`,
});
group.start('kiosk dev server', process.execPath, [packageFile('vite', 'bin/vite.js'), '-c', 'vite.web.config.ts', '--port', webPort], {
  BACKEND_URL: `http://127.0.0.1:${backendPort}`,
});
console.log(`Open http://127.0.0.1:${webPort}/ in Chromium (add ?mode=laptop for a physical keyboard).`);
