// Fault injection, long run (issue 17): kill -9 of the back end's process group at random moments during its first
// start and while visitors create accounts, verify codes, complete and log in; restarts on the same file
// (test/support/fault-injection.ts). Prints the figures, and as its baseline the same visitors on a back end left
// alone in the same run (what a kill costs in time); asserts nothing about time. FAULT_FLOWS (the least number of
// flows: visitors keep coming until every kill has landed), FAULT_KILLS tune it.
// It runs on SQLite, then on PostgreSQL (a throwaway cluster, test/support/postgres-cluster.ts, when its binaries are
// here: the kill takes the back end, PostgreSQL stays up); FAULT_DIALECTS=sqlite (or postgres) runs one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFaultInjection, type FaultRunFigures } from '../support/fault-injection';
import { postgresAvailable, startCluster, type Cluster } from '../support/postgres-cluster';

const flows = Number(process.env.FAULT_FLOWS ?? 200);
const kills = Number(process.env.FAULT_KILLS ?? 75);
const dir = mkdtempSync(join(tmpdir(), 'caf-faults-bench-'));
const timed = async (run: () => Promise<FaultRunFigures>) => {
  const started = performance.now();
  const figures = await run();
  return { figures, seconds: (performance.now() - started) / 1000 };
};
const dialects = (process.env.FAULT_DIALECTS ?? 'sqlite,postgres').split(',').filter((d) => d === 'sqlite' || (d === 'postgres' && postgresAvailable()));
let broken = 0;
let cluster: Cluster | null = null;
try {
  for (const dialect of dialects) {
    if (dialect === 'postgres') cluster = await startCluster();
    const common = { dir, flows, concurrency: 4, ...(cluster ? { postgresUrl: cluster.url } : {}) };
    console.log(`\n${dialect === 'postgres' ? 'PostgreSQL' : 'SQLite'}: ${flows} flows, ${kills} kills`);
    const baseline = await timed(() => runFaultInjection({ ...common, firstStartKills: 0, upBetweenKillsMs: [0, 1], maxKills: 0 }));
    const faulty = await timed(() => runFaultInjection({
      ...common, firstStartKills: Math.max(1, Math.round(kills / 5)), upBetweenKillsMs: [300, 1500], maxKills: kills - Math.round(kills / 5),
      untilKills: true, // every kill lands, however fast the visitors go (PostgreSQL's run stopped at 55 of 75)
      log: (line) => process.stdout.write(`\r${line}   `),
    }));
    const f = faulty.figures;
    console.log('\n');
    console.table({
      flows: f.flows, 'kills (first start)': f.firstStartKills, 'kills (visitors running, and the last)': f.kills, 'calls retried': f.retries,
      'completed (2xx)': f.completed, lost: f.lost, duplicated: f.duplicated, 'stuck visitors': f.stuck,
      [dialect === 'postgres' ? 'amcheck (every index)' : 'integrity_check']: f.integrity, 'next start works': f.nextStartWorks,
    });
    if (f.stuckReasons.length) console.log('stuck:', f.stuckReasons);
    if (f.failedStarts.length) console.log('failed starts:', f.failedStarts);
    console.log(`time with kills / without (same visitors, same run): ${(faulty.seconds / baseline.seconds).toFixed(2)}× `
      + `(${faulty.seconds.toFixed(1)} s / ${baseline.seconds.toFixed(1)} s; baseline: ${baseline.figures.completed} completed, ${baseline.figures.stuck} stuck)`);
    broken += f.lost + f.duplicated + f.stuck + f.failedStarts.length + (f.integrity === 'ok' ? 0 : 1) + (f.nextStartWorks ? 0 : 1);
    cluster?.stop();
    cluster = null;
  }
  process.exitCode = broken === 0 ? 0 : 1;
} finally {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}
