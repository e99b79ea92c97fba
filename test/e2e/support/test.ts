// The `test` of every browser journey: Playwright's, plus an automatic check that the page broke no rule of the
// Content-Security-Policy it is served with (the web kiosk, scripts/web-kiosk-server.ts, serves through main's own
// app:// handler and so sends the header main sends in Electron; see shared/content-security-policy.ts) and threw no
// uncaught error. A violation is a bug of the build or of a component
// (an inline <style>, a connection to another origin), so it fails the journey that caused it.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ pageProblems: string[] }>({
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
