// The short fault-injection run (issue 17) of npm test: kill -9 of the back end's process group during its first start
// and while visitors create accounts and log in, restarts on the same file (test/support/fault-injection.ts). The long
// run with figures is test/bench/faults-kill.ts (npm run bench -- faults).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runFaultInjection } from '../../../support/fault-injection';

const dir = mkdtempSync(join(tmpdir(), 'caf-faults-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kill -9 at random moments', () => {
  it('loses no completed account, makes none twice, leaves no visitor stuck and a file the next start opens', async () => {
    const figures = await runFaultInjection({
      dir, flows: 5, concurrency: 3, firstStartKills: 2, upBetweenKillsMs: [0, 0], upBetweenKillsCalls: [2, 12], maxKills: 2,
    });
    expect(figures.stuckReasons).toEqual([]);
    expect(figures.failedStarts).toEqual([]);
    expect(figures).toMatchObject({ completed: 5, lost: 0, duplicated: 0, stuck: 0, integrity: 'ok', nextStartWorks: true });
    // Two kills while visitors run (certain: counted in calls, 5 flows need 40) and the last one after them.
    expect(figures.kills).toBe(3);
  }, 120_000);
});
