// Benchmarks written as Playwright tests (test/bench/*.pw-bench.ts): same servers and Chromium as the e2e tests. The
// other benchmarks are plain scripts (npm run bench runs both kinds).
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

type WebServer = Extract<NonNullable<typeof base.webServer>, readonly unknown[]>[number];
// The first worker's servers only: a benchmark runs alone, on one worker.
const servers = base.webServer as WebServer[];
const backend = servers[0];
const web = servers.find((server) => server.command.includes('vite build'));

export default defineConfig({
  ...base,
  testDir: 'test/bench',
  testMatch: '*.pw-bench.ts',
  timeout: 4 * 60 * 60_000,
  reporter: [['list']],
  workers: 1,
  // No trace or screenshot: recording every context would be part of what is measured.
  use: { ...base.use, trace: 'off', screenshot: 'off' },
  // The visit benchmark logs in about once a second from one client, far faster than visitors do: the back end's
  // per-client limit (60 logins a minute) would stop it, and would be what it measured.
  webServer: [{ ...backend!, env: { ...backend!.env, RATE_LIMIT: '1000000', RATE_LIMIT_SENSITIVE: '1000000' } }, web!],
});
