// npm run bench: runs every benchmark of test/bench/ one after the other (they measure, so never in parallel), each
// in its own Node process with tsx, except `*.pw-bench.ts`, which are Playwright tests (they need the servers
// playwright.bench.config.ts starts) and run under Playwright's runner. Benchmarks print their figures as ratios against
// a baseline measured in the same run; they assert nothing about time. `npm run bench -- login` runs only the files
// whose name contains "login".
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'test/bench';
const filter = process.argv[2] ?? '';
const files = readdirSync(dir).filter((f) => /\.(ts|mjs|js)$/.test(f) && f.includes(filter)).sort();
if (files.length === 0) {
  console.log(`No benchmark in ${dir}${filter ? ` matching "${filter}"` : ''}.`);
  process.exit(0);
}
let failed = 0;
for (const file of files) {
  console.log(`\n▶ ${file}`);
  const run = file.endsWith('.pw-bench.ts')
    ? spawnSync('npx', ['playwright', 'test', '-c', 'playwright.bench.config.ts', join(dir, file)], { stdio: 'inherit', env: process.env })
    : spawnSync(process.execPath, ['--import', 'tsx', join(dir, file)], { stdio: 'inherit', env: process.env });
  if (run.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
