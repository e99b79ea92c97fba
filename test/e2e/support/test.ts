// The `test` of every browser journey: Playwright's, plus an automatic check that the page broke no rule of the
// Content-Security-Policy it is served with (the web kiosk, scripts/web-kiosk-server.ts, serves through main's own
// app:// handler and so sends the header main sends in Electron; see shared/content-security-policy.ts) and threw no
// uncaught error. A violation is a bug of the build or of a component
// (an inline <style>, a connection to another origin), so it fails the journey that caused it.
//
// Each worker has its own back end and web kiosk (playwright.config.ts): `baseURL`, and with it `page.goto('/')` and
// `request`, point at this worker's web kiosk; `backendUrl` is this worker's back end, for a call that must not go
// through the kiosk's proxy.
import { test as base, expect } from '@playwright/test';
import { backendUrlOf, webOriginOf } from '../../../playwright.config';

export const test = base.extend<{ pageProblems: string[]; backendUrl: string }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern: an empty one means none.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use, testInfo) => use(webOriginOf(testInfo.parallelIndex)),
  // eslint-disable-next-line no-empty-pattern
  backendUrl: async ({}, use, testInfo) => use(backendUrlOf(testInfo.parallelIndex)),
  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
          problems.push(`CSP: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      expect(problems, 'the page broke its Content-Security-Policy or threw').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
