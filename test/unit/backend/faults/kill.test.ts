// The short fault-injection run (issue 17) of npm test: kill -9 of the back end's process group during its first start
// and while visitors create accounts and log in, restarts on the same file (test/support/fault-injection.ts). The long
// run with figures is test/bench/faults-kill.ts (npm run bench -- faults). The backend-postgres project runs it on a
// database of its throwaway PostgreSQL cluster (the kill takes the back end; PostgreSQL stays up).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runFaultInjection } from '../../../support/fault-injection';

const dir = mkdtempSync(join(tmpdir(), 'caf-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kill -9 at random moments', () => {
  it('loses no completed account, makes none twice, leaves no visitor stuck and a file the next start opens', async () => {
    // The backend-postgres project runs it on PostgreSQL, shorter (one kill at first start, one while visitors run:
    // npm test's time), the long run covering both dialects under npm run bench.
    const postgresUrl = inject('postgresUrl');
    const kills = postgresUrl ? 1 : 2;
    const figures = await runFaultInjection({
      ...(postgresUrl ? { postgresUrl } : {}), dir, flows: 5, concurrency: 3, firstStartKills: kills, upBetweenKillsMs: [0, 0],
      upBetweenKillsCalls: [2, 12], maxKills: kills,
    });
    expect(figures.stuckReasons).toEqual([]);
    expect(figures.failedStarts).toEqual([]);
    expect(figures).toMatchObject({ completed: 5, lost: 0, duplicated: 0, stuck: 0, integrity: 'ok', nextStartWorks: true });
    // The kills while visitors run (certain: counted in calls, 5 flows need 40) and the last one after them.
    expect(figures.kills).toBe(kills + 1);
  }, 120_000);
});
