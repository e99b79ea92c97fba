// End-to-end journeys in Debian's Chromium (Playwright cannot download its own browsers here), against the renderer in
// web mode and the sandbox back end, both started and stopped by Playwright itself, in Electron's topology: the
// renderer on an origin of its own (http://localhost:PORT, served by scripts/web-kiosk-server.ts through main's app://
// handler), the back end on another (http://127.0.0.1:PORT; another host name, since cookies ignore ports), so that
// a journey that works only because everything shares one origin fails here as it would in Electron.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const chromium = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const backendPort = Number(process.env.E2E_BACKEND_PORT ?? 18787);
const webPort = Number(process.env.E2E_WEB_PORT ?? 14173);
export const backendUrl = `http://127.0.0.1:${backendPort}`;
export const webOrigin = `http://localhost:${webPort}`;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
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
  webServer: [
    {
      command: 'tsx backend/src/server.ts',
      url: `${backendUrl}/v1/health`,
      env: { PORT: String(backendPort), SANDBOX: '1', DATABASE_URL: 'sqlite::memory:', LOG_LEVEL: 'warn', WEB_KIOSK_ORIGINS: webOrigin },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'vite build -c vite.web.config.ts --logLevel warn && tsx --tsconfig tsconfig.node.json scripts/web-kiosk-server.ts',
      url: `${webOrigin}/`,
      env: { WEB_ORIGIN: webOrigin, BACKEND_URL: backendUrl, SANDBOX: '1' },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
