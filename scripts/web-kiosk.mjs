// The browser kiosk: the production build of the renderer (web bridge) and the sandbox back end, served on the
// loopback, and — where a display and Chromium exist — Chromium in kiosk mode on a fresh temporary profile.
// Used by `npm run start:web` and by `npm start` where no Electron binary can be had.
// The sandbox runs with SANDBOX=1 and an in-memory database (DATABASE_URL overrides it): nothing typed survives it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browserPlan, chromiumKioskArgs } from './kiosk-launch.mjs';
import { createProcessGroup, packageFile, run, waitForUrl } from './processes.mjs';

const vite = packageFile('vite', 'bin/vite.js');

export async function startWebKiosk({ env = process.env } = {}) {
  const backendPort = env.PORT ?? '8787';
  const webPort = env.WEB_PORT ?? '5173';
  const backendUrl = `http://127.0.0.1:${backendPort}`;
  const kioskUrl = `http://127.0.0.1:${webPort}/`;

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
  });
  // The production build served with the kiosk's security headers and the back end's paths forwarded.
  group.start('kiosk web server', process.execPath, [vite, 'preview', '-c', 'vite.web.config.ts', '--port', webPort, '--strictPort'], {
    BACKEND_URL: backendUrl,
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
  group.start('Chromium', browser.path, chromiumKioskArgs(kioskUrl, profile));
  return group;
}
