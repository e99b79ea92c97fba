// End-to-end journeys in Debian's Chromium (Playwright cannot download its own browsers here), against the renderer in
// web mode and the sandbox back end, both started and stopped by Playwright itself, in Electron's topology: the
// renderer on an origin of its own (http://localhost:PORT, served by scripts/web-kiosk-server.ts through main's app://
// handler), the back end on another (http://127.0.0.1:PORT; another host name, since cookies ignore ports), so that
// a journey that works only because everything shares one origin fails here as it would in Electron.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's headless shell (package chromium-headless-shell: the same Blink and V8 as Chromium, without the browser's
// UI and its GPU compositing) where it is installed, as Playwright itself runs headless tests; it needed 40% less CPU
// than the full Chromium for the same journey, and the browser tests are CPU-bound on CI's two cores. Otherwise
// Debian's Chromium; CHROMIUM_PATH chooses another.
const chromium =
  process.env.CHROMIUM_PATH ??
  ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path));
// Two workers, each with a back end and a web kiosk of its own (every journey resets its sandbox, so they cannot share
// one): the browser tests wait more than they compute, and one worker left one of CI's two cores idle. E2E_WORKERS=1
// runs them one after another. A worker finds its servers by its parallelIndex (test/e2e/support/test.ts).
const workers = Math.max(1, Number(process.env.E2E_WORKERS ?? 2));
const backendPort = Number(process.env.E2E_BACKEND_PORT ?? 18787);
const webPort = Number(process.env.E2E_WEB_PORT ?? 14173);
/** The back end of the worker with this parallelIndex. */
export const backendUrlOf = (index: number) => `http://127.0.0.1:${backendPort + index}`;
/** The web kiosk's origin of the worker with this parallelIndex. */
export const webOriginOf = (index: number) => `http://localhost:${webPort + index}`;
export const backendUrl = backendUrlOf(0);
export const webOrigin = webOriginOf(0);
const indexes = Array.from({ length: workers }, (_, index) => index);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Tests, not files, are shared out between the workers: create-account.spec.ts alone took 4 of the 6.7 minutes one
  // worker spent, the other worker ran out of files first. The journeys that change the sandbox reset their worker's
  // before each test; no spec keeps state from one test to the next (no beforeAll, no serial mode).
  fullyParallel: true,
  workers,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: webOrigin,
    viewport: { width: 1920, height: 1080 },
    locale: 'fr-FR',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1920, height: 1080 } } }],
  // Started one after another (Playwright sets its web servers up in order): the back ends, then the first web kiosk,
  // which builds the renderer once, then the others on that build.
  webServer: [
    ...indexes.map((index) => ({
      command: 'tsx backend/src/server.ts',
      url: `${backendUrlOf(index)}/v1/health`,
      env: {
        PORT: String(backendPort + index),
        SANDBOX: '1',
        DATABASE_URL: 'sqlite::memory:',
        LOG_LEVEL: 'warn',
        WEB_KIOSK_ORIGINS: webOriginOf(index),
      },
      reuseExistingServer: false,
      timeout: 60_000,
    })),
    ...indexes.map((index) => ({
      command: `${index === 0 ? 'vite build -c vite.web.config.ts --logLevel warn && ' : ''}tsx --tsconfig tsconfig.node.json scripts/web-kiosk-server.ts`,
      url: `${webOriginOf(index)}/`,
      env: { WEB_ORIGIN: webOriginOf(index), BACKEND_URL: backendUrlOf(index), SANDBOX: '1' },
      reuseExistingServer: false,
      timeout: 120_000,
    })),
  ],
});
