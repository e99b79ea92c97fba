// Fault injection (issue 17): the back end runs as a child in its own process group on a SQLite file (or a PostgreSQL
// database: `postgresUrl`) and is killed
// with SIGKILL at random moments (during its first start, and while visitors create accounts: état civil, code,
// verification, password, completion, login), then restarted on the same file. Visitors behave like the kiosk: a call
// whose answer is lost (connection refused or reset) is sent again, unchanged, once the back end is back ("Réessayer");
// any other refusal leaves the visitor stuck. Afterwards: every flow whose completion answered 2xx has exactly one
// account, which logs in; no person has two; the file passes `PRAGMA integrity_check` (PostgreSQL: amcheck on every
// index); the next start works.
// Used by test/unit/backend/faults/kill.test.ts (short, in npm test) and test/bench/faults-kill.ts (long, figures).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';

export interface FaultRunOptions {
  /** Folder for the database files. */
  dir: string;
  /** Account creations to run (each: creation steps, completion, login). */
  flows: number;
  /** How many visitors at once. */
  concurrency: number;
  /** Kills during the first start of a new file, at a random moment of it. */
  firstStartKills: number;
  /** While visitors run: the back end is killed after a random time in this range (ms) of being up. */
  upBetweenKillsMs: [number, number];
  /**
   * Instead of a time: the back end is killed once visitors have sent a random number of calls in this range since
   * it came up (then after 0–20 ms, so that the kill lands in or between requests). A kill is then certain to happen
   * while visitors run, however fast the machine: flows × 8 calls are needed to finish them all.
   */
  upBetweenKillsCalls?: [number, number];
  /** At most this many kills while visitors run (the last visitors finish on a back end left alone). */
  maxKills: number;
  /**
   * Visitors keep coming after `flows` until all `maxKills` kills have landed (`flows` is then the least number, the
   * figures give how many ran). Without it the kills stop when the visitors are done: on PostgreSQL, whose back end
   * starts more slowly, 200 flows ended after 55 of 75 kills.
   */
  untilKills?: boolean;
  /**
   * A PostgreSQL cluster's admin URL (postgres://…/postgres): the run's database is a new, empty database of it (the
   * first start migrates it) instead of a SQLite file in `dir`. The kill takes the back end only; PostgreSQL stays up
   * and drops its connections, as when an instance dies.
   */
  postgresUrl?: string;
  log?: (line: string) => void;
}

export interface FaultRunFigures {
  flows: number;
  kills: number;
  firstStartKills: number;
  /** Calls sent again after their answer was lost. */
  retries: number;
  /** Completions answered 2xx. */
  completed: number;
  /** Completions answered 2xx whose account is missing or does not log in. */
  lost: number;
  /** Flows or persons with more than one account. */
  duplicated: number;
  /** Visitors refused on a retry (an error about their own first success, or no code sent). */
  stuck: number;
  stuckReasons: string[];
  /** SQLite: `PRAGMA integrity_check`; PostgreSQL: amcheck's `bt_index_check` of every index ("ok" when all pass). */
  integrity: string;
  /** The start after the last kill answered /v1/health and every completed account logged in there. */
  nextStartWorks: boolean;
  failedStarts: string[];
}

interface Server { child: ChildProcess; url: string }

const PASSWORD = 'Fautes2026Kiosque';
const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + randomInt(26))).join('');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const BUNDLE = 'out/backend/server.js';
const newest = (dir: string): number => Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
  const path = join(dir, entry.name);
  return entry.isDirectory() ? newest(path) : statSync(path).mtimeMs;
}));

/**
 * The bundled back end (npm run build, which npm test runs first) when it is newer than its sources, as it starts
 * several times faster; the sources through tsx otherwise, so a stale bundle is never what is tested.
 */
export function backendEntry(): string[] {
  const fresh = existsSync(BUNDLE) && statSync(BUNDLE).mtimeMs >= Math.max(newest('backend/src'), newest('shared'));
  return fresh ? [BUNDLE] : ['--import', 'tsx', 'backend/src/server.ts'];
}

export function spawnBackend(databaseUrl: string, entry = backendEntry()): ChildProcess {
  return spawn(process.execPath, entry, {
    // Its own process group: the kill takes the whole back end, as a power cut would.
    detached: true,
    env: {
      ...process.env, PORT: '0', SANDBOX: '1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'error',
      RATE_LIMIT: '1000000', RATE_LIMIT_SENSITIVE: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Resolves with the URL once the back end says it listens; rejects with its output if it exits first. */
export function listening(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += String(chunk);
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      out += String(chunk);
    });
    child.once('exit', (code, signal) => reject(new Error(`back end exited (${code ?? signal}): ${out.slice(-400)}`)));
  });
}

export const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });

export async function killGroup(child: ChildProcess) {
  if (child.exitCode === null && child.signalCode === null && child.pid) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await exited(child);
}

class LostAnswer extends Error {}

/** The run's database: a SQLite file, or a new database of a PostgreSQL cluster; queried by the checks afterwards. */
interface FaultDatabase {
  url: string;
  /** The probe's database, to time one first start. */
  probeUrl: string;
  query<T>(text: string, values?: unknown[]): Promise<T[]>;
  integrity(): Promise<string>;
  /** Closes the checks' connection (the back end may open the database again). */
  release(): Promise<void>;
  /** Releases, and deletes a PostgreSQL database. */
  close(): Promise<void>;
}

async function faultDatabase(options: FaultRunOptions): Promise<FaultDatabase> {
  if (!options.postgresUrl) {
    const file = join(options.dir, `faults-${letters(6)}.sqlite`);
    let sqlite: BetterSqlite3.Database | null = null;
    const open = () => (sqlite ??= new BetterSqlite3(file));
    const release = async () => {
      sqlite?.close();
      sqlite = null;
    };
    return {
      url: `sqlite:${file}`,
      probeUrl: `sqlite:${join(options.dir, `timing-${letters(6)}.sqlite`)}`,
      query: async <T>(text: string, values: unknown[] = []) => open().prepare(text.replace(/\$\d+/g, '?')).all(...values) as T[],
      integrity: async () => open().pragma('integrity_check', { simple: true }) as string,
      release,
      close: release,
    };
  }
  const admin = new pg.Client({ connectionString: options.postgresUrl });
  await admin.connect();
  const name = `faults_${letters(8).toLowerCase()}`;
  await admin.query(`create database ${name}`);
  await admin.query(`create database ${name}_probe`);
  const url = options.postgresUrl.replace(/\/[^/]*$/, `/${name}`);
  let client: pg.Client | null = null;
  const open = async () => {
    if (!client) {
      client = new pg.Client({ connectionString: url });
      await client.connect();
    }
    return client;
  };
  const release = async () => {
    await client?.end();
    client = null;
  };
  return {
    url,
    probeUrl: `${url}_probe`,
    query: async <T>(text: string, values: unknown[] = []) => (await (await open()).query(text, values)).rows as T[],
    async integrity() {
      const db = await open();
      await db.query('create extension if not exists amcheck');
      const indexes = await db.query<{ oid: string; name: string }>(
        `select c.oid, c.relname as name from pg_index i join pg_class c on c.oid = i.indexrelid
         join pg_namespace n on n.oid = c.relnamespace join pg_am a on a.oid = c.relam where n.nspname = 'public' and a.amname = 'btree'`);
      const broken: string[] = [];
      for (const index of indexes.rows) {
        try {
          await db.query('select bt_index_check($1::regclass, true)', [index.oid]);
        } catch (error) {
          broken.push(`${index.name}: ${(error as Error).message}`);
        }
      }
      return broken.length === 0 ? 'ok' : broken.join('; ');
    },
    release,
    async close() {
      await release();
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`drop database if exists ${name}_probe with (force)`);
      await admin.end();
    },
  };
}

export async function runFaultInjection(options: FaultRunOptions): Promise<FaultRunFigures> {
  const database = await faultDatabase(options);
  try {
    return await runOn(database, options);
  } finally {
    await database.close();
  }
}

async function runOn(database: FaultDatabase, options: FaultRunOptions): Promise<FaultRunFigures> {
  const log = options.log ?? (() => {});
  const databaseUrl = database.url;
  const figures: FaultRunFigures = {
    flows: options.flows, kills: 0, firstStartKills: 0, retries: 0, completed: 0, lost: 0, duplicated: 0, stuck: 0,
    stuckReasons: [], integrity: '', nextStartWorks: false, failedStarts: [],
  };

  // First start on a new file, killed at a random moment of it (module loading, migrations, seeding, listening).
  const probe = Date.now();
  const timing = spawnBackend(database.probeUrl);
  await listening(timing);
  const startMs = Date.now() - probe;
  await killGroup(timing);
  for (let i = 0; i < options.firstStartKills; i += 1) {
    const child = spawnBackend(databaseUrl);
    const started = listening(child).then(() => true, () => false);
    await Promise.race([sleep(randomInt(Math.max(2, Math.round(startMs * 1.1)))), started]);
    await killGroup(child);
    figures.firstStartKills += 1;
  }

  let server: Server | null = null;
  let up: Promise<Server>;
  const start = async (): Promise<Server> => {
    for (;;) {
      const child = spawnBackend(databaseUrl);
      try {
        const url = await listening(child);
        server = { child, url };
        return server;
      } catch (error) {
        figures.failedStarts.push((error as Error).message.slice(0, 300));
        if (figures.failedStarts.length > 3) throw error;
      }
    }
  };
  up = start();
  await up;

  let visitorsDone = false;
  let callsSent = 0;
  let onCallSent: () => void = () => {};
  const afterCalls = (n: number) => {
    const target = callsSent + n;
    return new Promise<void>((resolve) => {
      onCallSent = () => {
        if (callsSent >= target || visitorsDone) resolve();
      };
      onCallSent();
    });
  };

  async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
    for (let attempt = 0; ; attempt += 1) {
      const current = await up;
      callsSent += 1;
      onCallSent();
      try {
        const res = await fetch(current.url + path, {
          method,
          headers: body === undefined ? {} : { 'content-type': 'application/json' },
          body: body === undefined ? null : JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        const text = await res.text();
        return { status: res.status, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
      } catch {
        // The answer is lost (the back end died): the kiosk's "Réessayer" sends the same call again.
        if (attempt >= 30) throw new LostAnswer(`${method} ${path}: no answer after ${attempt} tries`);
        figures.retries += 1;
        await sleep(50);
      }
    }
  }

  const completedFlows: Array<{ flowId: string; identifier: string }> = [];
  async function visitor(n: number) {
    const refuse = (step: string, res: { status: number; json: Record<string, unknown> }) => {
      figures.stuck += 1;
      figures.stuckReasons.push(`visitor ${n} at ${step}: ${res.status} ${String(res.json.code ?? '')}`);
    };
    const email = `faute.${n}.${letters(6).toLowerCase()}@example.fr`;
    const started = await call('POST', '/v1/account-creations', {
      hasNir: false, civilite: 'MADAME', nomNaissance: `Faute${letters(8)}`, prenoms: 'Camille', dateNaissance: '04/04/1992',
      lieuNaissance: { kind: 'etranger', pays: '99341' },
      // As the kiosk sends it: a start retried after a lost answer answers the first flow (no orphan).
      idempotencyKey: `faults${n}${letters(16)}`,
    });
    if (started.status !== 201) return refuse('start', started);
    const base = `/v1/account-creations/${String(started.json.id)}`;
    const document = await call('PUT', `${base}/identity-document`, { kind: 'aucune' });
    if (document.status !== 200) return refuse('identity-document', document);
    const contact = await call('PUT', `${base}/contact`, { channel: 'email', value: email, confirmation: email });
    if (contact.status !== 200 || contact.json.step !== 'code') return refuse('contact', contact);
    const outbox = await call('GET', `/sandbox/outbox?to=${encodeURIComponent(email)}`);
    const code = (outbox.json.messages as Array<{ code: string }> | undefined)?.[0]?.code;
    if (!code) return refuse('code sent', outbox);
    const verified = await call('POST', `${base}/code/verify`, { code });
    if (verified.status !== 200 || verified.json.step !== 'password') return refuse('code verification', verified);
    const password = await call('PUT', `${base}/password`, { password: PASSWORD, confirmation: PASSWORD });
    if (password.status !== 200 || password.json.step !== 'summary') return refuse('password', password);
    const done = await call('POST', `${base}/complete`);
    if (done.status !== 200) return refuse('completion', done);
    figures.completed += 1;
    completedFlows.push({ flowId: String(started.json.id), identifier: String(done.json.identifier) });
    const login = await call('POST', '/v1/sessions', { identifier: done.json.identifier, password: PASSWORD });
    if (login.status !== 201) return refuse('login', login);
  }

  // The killer: while visitors run, kill -9 the back end's group after a random time up, then restart it.
  let killerDone = false;
  const killer = (async () => {
    while (!visitorsDone && figures.kills < options.maxKills) {
      if (options.upBetweenKillsCalls) {
        const [min, max] = options.upBetweenKillsCalls;
        await afterCalls(min + randomInt(Math.max(1, max - min + 1)));
        await sleep(randomInt(21));
      } else {
        const [min, max] = options.upBetweenKillsMs;
        await sleep(min + randomInt(Math.max(1, max - min)));
      }
      if (visitorsDone) break;
      const current = await up;
      let restarted!: (s: Server) => void;
      up = new Promise<Server>((resolve) => {
        restarted = resolve;
      });
      await killGroup(current.child);
      figures.kills += 1;
      log(`kill ${figures.kills}`);
      restarted(await start());
    }
    killerDone = true;
  })();

  let next = 0;
  await Promise.all(Array.from({ length: options.concurrency }, async () => {
    while (next < options.flows || (options.untilKills && !killerDone)) {
      const n = next;
      next += 1;
      try {
        await visitor(n);
      } catch (error) {
        figures.stuck += 1;
        figures.stuckReasons.push(`visitor ${n}: ${(error as Error).message}`);
      }
    }
  }));
  visitorsDone = true;
  figures.flows = next;
  onCallSent();
  await killer;

  // A last kill, then the file as it was left: its integrity, then the next start and every completed account.
  await killGroup((await up).child);
  figures.kills += 1;
  figures.integrity = await database.integrity();
  const created = await database.query<{ flow: string; n: number | string }>(
    'select created_from_flow as flow, count(*) as n from accounts where created_from_flow is not null group by created_from_flow');
  const accountsOf = new Map(created.map((row) => [row.flow, Number(row.n)]));
  const accounts = (flowId: string) => accountsOf.get(flowId) ?? 0;
  const [perPerson] = await database.query<{ n: number | string }>(`
    select count(*) as n from (select p.nom_naissance, p.prenoms, p.birth_date from accounts a join persons p on p.id = a.person_id
    group by p.nom_naissance, p.prenoms, p.birth_date having count(*) > 1) as twice`);
  figures.duplicated = Number(perPerson?.n ?? 0) + completedFlows.filter((f) => accounts(f.flowId) > 1).length;
  const missing = completedFlows.filter((f) => accounts(f.flowId) !== 1);
  await database.release();

  try {
    const last = await start();
    const health = await fetch(`${last.url}/v1/health`);
    let loggedIn = 0;
    for (const flow of completedFlows) {
      const res = await fetch(`${last.url}/v1/sessions`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ identifier: flow.identifier, password: PASSWORD }),
      });
      if (res.status === 201) loggedIn += 1;
    }
    figures.lost = Math.max(missing.length, completedFlows.length - loggedIn);
    figures.nextStartWorks = health.status === 200 && loggedIn === completedFlows.length;
    await killGroup(last.child);
  } catch (error) {
    figures.failedStarts.push((error as Error).message.slice(0, 300));
    figures.lost = completedFlows.length;
  }
  const current = server as Server | null;
  if (current) await killGroup(current.child);
  return figures;
}
