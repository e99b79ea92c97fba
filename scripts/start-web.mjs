// npm run start:web: the kiosk UI in a browser (web bridge) with the sandbox back end, both stopped by Ctrl+C.
// The sandbox keeps its database in .cache/sandbox.sqlite; POST /sandbox/reset restores the seed data.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const backendPort = process.env.PORT ?? '8787';
const webPort = process.env.WEB_PORT ?? '5173';
mkdirSync('.cache', { recursive: true });

const children = [];
function start(name, cmd, args, env) {
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code, signal) => {
    console.log(`${name} stopped (${signal ?? code}).`);
    stopAll(code ?? 1);
  });
  children.push(child);
}
let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 500);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

start('sandbox back end', 'npx', ['tsx', 'backend/src/server.ts'], {
  PORT: backendPort,
  SANDBOX: '1',
  DATABASE_URL: process.env.DATABASE_URL ?? 'sqlite:.cache/sandbox.sqlite',
  // FranceConnect sends a login back only to kiosk origins from configuration (backend/src/franceconnect/return-to.ts).
  WEB_KIOSK_ORIGINS: `http://127.0.0.1:${webPort}`,
});
start('kiosk UI', 'npx', ['vite', '-c', 'vite.web.config.ts', '--port', webPort], {
  BACKEND_URL: `http://127.0.0.1:${backendPort}`,
});
console.log(`Open http://127.0.0.1:${webPort}/ in Chromium (add ?mode=laptop for a physical keyboard).`);
