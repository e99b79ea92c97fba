// Benchmarks that need the browser (test/bench/*.bench.ts): same servers and Chromium as the e2e tests.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'test/bench',
  testMatch: '*.bench.ts',
  timeout: 4 * 60 * 60_000,
  reporter: [['list']],
});
