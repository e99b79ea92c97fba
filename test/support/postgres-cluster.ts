// A throwaway PostgreSQL cluster for the tests and benchmarks: initdb in a temporary folder, postgres on a loopback
// port, stopped and deleted afterwards. Binaries come from POSTGRES_BIN, else Debian's /usr/lib/postgresql/<newest>/bin
// (the `postgresql` package), else PATH. PostgreSQL refuses to run as root: as root, the cluster runs as the
// `postgres` user the package creates.
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Cluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres: the admin database (create per-test databases from it). */
  url: string;
  port: number;
  stop(): void;
}

function binDir(): string | null {
  if (process.env.POSTGRES_BIN) return process.env.POSTGRES_BIN;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  return null; // PATH
}

export function postgresAvailable(): boolean {
  const dir = binDir();
  const initdb = dir ? join(dir, 'initdb') : 'initdb';
  return spawnSync(initdb, ['--version'], { stdio: 'ignore' }).status === 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Starts a cluster on `port` (default: TEST_POSTGRES_PORT, else a free one). Synchronous steps, ~1–2 s. */
export async function startCluster(port?: number): Promise<Cluster> {
  const dir = binDir();
  const bin = (name: string) => (dir ? join(dir, name) : name);
  const chosen = port ?? (Number(process.env.TEST_POSTGRES_PORT) || (await freePort()));
  const data = mkdtempSync(join(tmpdir(), 'caf-pg-'));
  const options: SpawnSyncOptions = { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' };
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(data, uid, gid);
    Object.assign(options, { uid, gid, cwd: data });
  }
  const run = (name: string, args: string[]) => {
    const result = spawnSync(bin(name), args, options);
    if (result.status !== 0) {
      const log = existsSync(join(data, 'log')) ? readFileSync(join(data, 'log'), "utf8").slice(-2000) : "";
      rmSync(data, { recursive: true, force: true });
      throw new Error(`${name} failed (${result.status ?? result.signal}): ${String(result.stderr)}${String(result.stdout)}${log}`);
    }
  };
  run('initdb', ['-D', join(data, 'db'), '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-sync']);
  // fsync off: a throwaway cluster need not survive a power cut, and tests are faster without it.
  run('pg_ctl', [
    '-D', join(data, 'db'), '-l', join(data, 'log'), '-w', '-t', '30',
    '-o', `-p ${chosen} -k ${data} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`,
    'start',
  ]);
  let stopped = false;
  return {
    url: `postgres://postgres@127.0.0.1:${chosen}/postgres`,
    port: chosen,
    stop() {
      if (stopped) return;
      stopped = true;
      spawnSync(bin('pg_ctl'), ['-D', join(data, 'db'), '-m', 'immediate', '-w', 'stop'], options);
      rmSync(data, { recursive: true, force: true });
    },
  };
}
