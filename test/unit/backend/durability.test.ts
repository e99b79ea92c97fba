// A committed account survives kill -9: a child server process on a temporary SQLite file completes an account, is
// killed with SIGKILL, restarts on the same file, and the person logs in. Also: SIGTERM closes cleanly.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { julie } from './helpers';

const dir = mkdtempSync(join(tmpdir(), 'caf-backend-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

/** Starts `backend/src/server.ts` on a free port; resolves with its URL once it prints it. */
function startServer(databaseUrl: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'backend/src/server.ts'], {
    env: { ...process.env, PORT: '0', SANDBOX: '1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.stderr!.on('data', (chunk: Buffer) => { out += String(chunk); });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

async function json(url: string, method: string, body?: unknown) {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: res.status, body: res.status === 204 ? null : ((await res.json()) as Record<string, unknown>) };
}

const exited = (child: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });

describe('durability of the SQLite file', () => {
  it('keeps a completed account through kill -9 and a restart on the same file', async () => {
    const db = `sqlite:${join(dir, 'kill.sqlite')}`;
    const first = await startServer(db);
    const flow = (await json(`${first.url}/v1/account-creations`, 'POST', julie)).body!;
    const base = `${first.url}/v1/account-creations/${String(flow.id)}`;
    await json(`${base}/identity-document`, 'PUT', { kind: 'carte-identite', number: '880692310285' });
    await json(`${base}/contact`, 'PUT', { channel: 'email', value: 'julie@example.fr', confirmation: 'julie@example.fr' });
    const outbox = (await json(`${first.url}/sandbox/outbox?to=julie@example.fr`, 'GET')).body!;
    const code = (outbox.messages as Array<{ code: string }>)[0]!.code;
    await json(`${base}/code/verify`, 'POST', { code });
    await json(`${base}/password`, 'PUT', { password: 'Soleil2026Nice', confirmation: 'Soleil2026Nice' });
    const done = await json(`${base}/complete`, 'POST');
    expect(done.status).toBe(200);

    first.child.kill('SIGKILL');
    expect((await exited(first.child)).signal).toBe('SIGKILL');

    const second = await startServer(db);
    const login = await json(`${second.url}/v1/sessions`, 'POST', { identifier: julie.nir, password: 'Soleil2026Nice' });
    expect(login.status).toBe(201);
    second.child.kill('SIGTERM');
    expect(await exited(second.child)).toEqual({ code: 0, signal: null });
  }, 60_000);
});
