// Benchmarks written as Playwright tests (test/bench/*.pw-bench.ts): same servers and Chromium as the e2e tests. The
// other benchmarks are plain scripts (npm run bench runs both kinds).
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'test/bench',
  testMatch: '*.pw-bench.ts',
  timeout: 4 * 60 * 60_000,
  reporter: [['list']],
});
