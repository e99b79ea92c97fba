// The browser kiosk: the production build of the renderer (web bridge) and the sandbox back end, served on the
// loopback, and — where a display and Chromium exist — Chromium in kiosk mode on a fresh temporary profile.
// Used by `npm run start:web` and by `npm start` where no Electron binary can be had.
// The sandbox runs with SANDBOX=1 and an in-memory database (DATABASE_URL overrides it): nothing typed survives it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPlan, chromiumKioskArgs, prepareKioskProfile } from './kiosk-launch.mjs';
import { createProcessGroup, packageFile, run, waitForUrl } from './processes.mjs';

const vite = packageFile('vite', 'bin/vite.js');
const tsx = packageFile('tsx', 'dist/cli.mjs');

export async function startWebKiosk({ env = process.env } = {}) {
  const backendPort = env.PORT ?? '8787';
  const webPort = env.WEB_PORT ?? '5173';
  const backendUrl = `http://127.0.0.1:${backendPort}`;
  // Electron's topology (scripts/web-kiosk-server.ts): the renderer's host name is not the back end's.
  const kioskOrigin = `http://localhost:${webPort}`;
  const kioskUrl = `${kioskOrigin}/`;

  console.log('Building the kiosk (renderer and sandbox back end)…');
  await run(process.execPath, [vite, 'build', '-c', 'vite.web.config.ts', '--logLevel', 'warn']);
  await run(process.execPath, [vite, 'build', '-c', 'backend/vite.config.ts', '--logLevel', 'warn']);

  const group = createProcessGroup();
  group.start('sandbox back end', process.execPath, ['out/backend/server.js'], {
    HOST: '127.0.0.1',
    PORT: backendPort,
    SANDBOX: '1',
    DATABASE_URL: env.DATABASE_URL ?? 'sqlite::memory:',
    LOG_LEVEL: env.LOG_LEVEL ?? 'warn',
    // FranceConnect sends a login back only to kiosk origins from configuration (backend/src/franceconnect/return-to.ts).
    WEB_KIOSK_ORIGINS: kioskOrigin,
  });
  // The production build served by main's own app:// handler: the kiosk's security headers, the back end's paths
  // forwarded, no cookie between the two origins.
  group.start('kiosk web server', process.execPath, [tsx, '--tsconfig', 'tsconfig.node.json', 'scripts/web-kiosk-server.ts'], {
    WEB_ORIGIN: kioskOrigin,
    BACKEND_URL: backendUrl,
    SANDBOX: '1',
  });
  await waitForUrl(`${backendUrl}/v1/health`);
  await waitForUrl(kioskUrl);
  console.log(`The browser kiosk is at ${kioskUrl} (add ?mode=laptop for a physical keyboard). Ctrl+C stops it.`);

  const browser = browserPlan({ env });
  if (!browser.open) {
    console.log(`No kiosk window opened (${browser.why}): open the address above in Chromium.`);
    return group;
  }
  const profile = mkdtempSync(join(tmpdir(), 'caf-kiosk-profile-'));
  group.onStop(() => rmSync(profile, { recursive: true, force: true }));
  prepareKioskProfile(profile);
  group.start('Chromium', browser.path, chromiumKioskArgs(kioskUrl, profile));
  return group;
}
