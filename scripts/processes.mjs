// The child processes of a start script, stopped together: when one of them stops, or on Ctrl+C, every other one gets
// SIGTERM and the cleanups run (a temporary browser profile is deleted), then the script exits.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export function createProcessGroup() {
  const children = [];
  const cleanups = [];
  let stopping = false;

  function stopAll(code) {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    const done = () => {
      for (const cleanup of cleanups.splice(0)) {
        try {
          cleanup();
        } catch (error) {
          console.error(`cleanup failed: ${error.message}`);
        }
      }
      process.exit(code);
    };
    const pending = children.filter((child) => child.exitCode === null && child.signalCode === null);
    if (pending.length === 0) return done();
    let left = pending.length;
    for (const child of pending) child.once('exit', () => --left === 0 && done());
    setTimeout(done, 5000).unref();
  }
  process.on('SIGINT', () => stopAll(0));
  process.on('SIGTERM', () => stopAll(0));

  return {
    /** Starts a long-running process; its end ends the group (with its exit code when it failed). */
    start(name, command, args, env = {}) {
      const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
      child.on('exit', (code, signal) => {
        if (!stopping) console.log(`${name} stopped (${signal ?? code}).`);
        stopAll(code ?? 0);
      });
      children.push(child);
      return child;
    },
    onStop(cleanup) {
      cleanups.push(cleanup);
    },
    stopAll,
  };
}

/** Runs a command to its end (a build step); rejects when it fails. */
export function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${[command, ...args].join(' ')} exited with ${code}`))));
  });
}

/** Waits until `url` answers (any HTTP status), or throws after `timeoutMs`. */
export async function waitForUrl(url, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** A file inside an installed package (its package.json is always resolvable, its bin often not exported). */
export function packageFile(name, file) {
  return join(dirname(createRequire(import.meta.url).resolve(`${name}/package.json`)), file);
}
