// Two back-end processes over one SQLite file (issue 17): is « database is locked » (SQLITE_BUSY) real? Two instances
// in one process cannot show it (better-sqlite3's busy wait blocks the one event loop, so they never overlap); two
// processes do. Visitors create accounts and log in with each call sent to the other process in turn (the worst
// case: every step of a flow on another process than the last), while other visitors log in and fail to log in on
// both (each try is an upsert of the lockout row). Not one answer may be a 5xx, and every account created must exist
// once and log in.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildProcess } from 'node:child_process';
import { killGroup, listening, spawnBackend } from '../../../support/fault-injection';
import { openDatabase } from '../../../../backend/src/db/database';
import { seedIfEmpty } from '../../../../backend/src/db/seed';
import { SEED } from '../helpers';

const dir = mkdtempSync(join(tmpdir(), 'caf-two-processes-'));
const file = join(dir, 'shared.sqlite');
const PASSWORD = 'DeuxProcessus2026';
const VISITORS = Number(process.env.TWO_PROCESS_VISITORS ?? 8);

interface Backend { child: ChildProcess; url: string; errors: string[] }
const backends: Backend[] = [];

async function startBackend(): Promise<Backend> {
  const child = spawnBackend(`sqlite:${file}`);
  const errors: string[] = [];
  child.stderr!.on('data', (chunk: Buffer) => errors.push(String(chunk)));
  return { child, url: await listening(child), errors };
}

beforeAll(async () => {
  // The file migrated and seeded here once (two processes starting together on a new file: first-start.test.ts),
  // then both processes open it as it is.
  const db = await openDatabase(`sqlite:${file}`);
  await seedIfEmpty(db, new Date().toISOString());
  await db.destroy();
  backends.push(...(await Promise.all([startBackend(), startBackend()])));
}, 60_000);
afterAll(async () => {
  for (const backend of backends) await killGroup(backend.child);
  rmSync(dir, { recursive: true, force: true });
});

describe('two back-end processes over one SQLite file', () => {
  it('answers every concurrent creation and login without a 5xx, and loses no write', async () => {
    const answers: Array<{ call: string; status: number; body: string }> = [];
    let turn = 0;
    async function call(method: string, path: string, body?: unknown) {
      const backend = backends[turn++ % backends.length]!;
      const res = await fetch(backend.url + path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await res.text();
      answers.push({ call: `${method} ${path}`, status: res.status, body: text });
      return { status: res.status, json: (text ? JSON.parse(text) : {}) as Record<string, unknown> };
    }

    async function createAndLogIn(n: number): Promise<string | null> {
      const email = `deux.${n}@example.fr`;
      const started = await call('POST', '/v1/account-creations', {
        hasNir: false, civilite: 'MADAME', nomNaissance: `Processus${String.fromCharCode(65 + n)}`, prenoms: 'Camille',
        dateNaissance: '04/04/1992', lieuNaissance: { kind: 'etranger', pays: '99341' },
      });
      const base = `/v1/account-creations/${String(started.json.id)}`;
      await call('PUT', `${base}/identity-document`, { kind: 'aucune' });
      await call('PUT', `${base}/contact`, { channel: 'email', value: email, confirmation: email });
      const outbox = await call('GET', `/sandbox/outbox?to=${encodeURIComponent(email)}`);
      const code = (outbox.json.messages as Array<{ code: string }> | undefined)?.[0]?.code ?? '';
      await call('POST', `${base}/code/verify`, { code });
      await call('PUT', `${base}/password`, { password: PASSWORD, confirmation: PASSWORD });
      const done = await call('POST', `${base}/complete`);
      if (done.status !== 200) return null;
      await call('POST', '/v1/sessions', { identifier: done.json.identifier, password: PASSWORD });
      return String(done.json.identifier);
    }
    async function logins() {
      for (let i = 0; i < 4; i += 1) {
        await call('POST', '/v1/sessions', { identifier: SEED.veronique.nir, password: SEED.veronique.password });
        await call('POST', '/v1/sessions', { identifier: SEED.samia.nir, password: 'Pas2026LeBon' });
      }
    }

    const [created] = await Promise.all([
      Promise.all(Array.from({ length: VISITORS }, (_, n) => createAndLogIn(n))),
      logins(),
      logins(),
    ]);

    const failed = answers.filter((a) => a.status >= 500);
    expect(failed, `${JSON.stringify(failed.slice(0, 3))}\n${backends.flatMap((b) => b.errors).join('').slice(0, 1500)}`).toEqual([]);
    expect(created.filter((identifier) => identifier === null)).toEqual([]);
    const db = new BetterSqlite3(file, { readonly: true });
    try {
      const rows = db.prepare('select identifier, count(*) as n from accounts where created_from_flow is not null group by identifier').all() as Array<{ identifier: string; n: number }>;
      expect(rows.map((r) => r.n)).toEqual(created.map(() => 1));
      expect(rows.map((r) => r.identifier).sort()).toEqual([...(created as string[])].sort());
      // Every login that answered 201 left its session: as many as were answered.
      const sessions = db.prepare('select count(*) as n from sessions').get() as { n: number };
      expect(sessions.n).toBe(answers.filter((a) => a.call === 'POST /v1/sessions' && a.status === 201).length);
    } finally {
      db.close();
    }
    // Each visitor's new account logs in on either process.
    for (const identifier of created as string[]) {
      expect((await call('POST', '/v1/sessions', { identifier, password: PASSWORD })).status).toBe(201);
    }
  }, 60_000);
});
