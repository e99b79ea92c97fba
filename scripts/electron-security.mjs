// npm run test:electron-security — Electronegativity on main and preload (kept in .ts) and on the built output (where
// the renderer's index.html carries the CSP <meta> the build writes from shared/content-security-policy.ts), offline. Electronegativity exits 0 even with findings, so
// this reads its SARIF and fails on any finding not justified in electron/electronegativity-exceptions.json, on any
// file it could not parse (a blind spot is a failure too), and on any exception that no longer matches anything
// (the list must stay reviewed, not grow stale).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const work = join(root, 'reports', 'electronegativity');
const require = createRequire(import.meta.url);
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
const exceptions = JSON.parse(readFileSync(join(root, 'electron', 'electronegativity-exceptions.json'), 'utf8'));
const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js');

rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

// Source view: electron/ only (the renderer's source HTML has no CSP of its own: the build writes it).
const sourceView = join(work, 'source');
cpSync(join(root, 'electron'), join(sourceView, 'electron'), { recursive: true, filter: (p) => !p.endsWith('.json') });

const builtView = join(root, 'out');
if (!existsSync(join(builtView, 'main', 'index.js'))) {
  console.error('out/main/index.js is missing: run `npm run build` first (npm test does).');
  process.exit(1);
}

const targets = [
  { name: 'source', input: sourceView },
  { name: 'built', input: builtView },
];

let failed = false;
const used = new Set();

function scan(target) {
  const sarif = join(work, `${target.name}.sarif`);
  // -x: the only check that needs the network (Electron's release list); -e: else it assumes Electron 0.1.0.
  const args = [cli, '-i', target.input, '-r', '-x', 'AvailableSecurityFixesGlobalCheck', '-e', electronVersion, '-o', sarif];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status) => resolve({ target, sarif, status, output }));
  });
}

// Both scans at once: each spends most of its time waiting for translations it cannot download offline.
for (const { target, sarif, status, output } of await Promise.all(targets.map(scan))) {
  const parseErrors = output.split('\n').filter((line) => /Error parsing/.test(line) && !/tolerable/i.test(line));
  if (status !== 0 || !existsSync(sarif)) {
    console.error(`electronegativity failed on ${target.name}:\n${output}`);
    failed = true;
    continue;
  }
  for (const line of parseErrors) {
    console.error(`[${target.name}] could not be scanned: ${line.trim()}`);
    failed = true;
  }
  const results = JSON.parse(readFileSync(sarif, 'utf8')).runs[0].results;
  let reviewed = 0;
  for (const result of results) {
    const location = result.locations?.[0]?.physicalLocation;
    const file = location?.artifactLocation?.uri ?? 'N/A';
    const line = location?.region?.startLine ?? 0;
    const sample = sampleAt(join(target.input, file), line);
    const match = exceptions.findIndex(
      (e) =>
        e.check === result.ruleId &&
        new RegExp(e.file).test(file) &&
        (e.sample === undefined || new RegExp(e.sample).test(sample)),
    );
    if (match >= 0) {
      used.add(match);
      reviewed += 1;
      continue;
    }
    failed = true;
    console.error(`[${target.name}] ${result.ruleId} ${file}:${line} — ${result.message.text}\n    ${sample.trim()}`);
  }
  console.log(`electronegativity ${target.name}: ${results.length} finding(s), ${reviewed} reviewed exception(s)`);
}

exceptions.forEach((e, i) => {
  if (!used.has(i)) {
    console.error(`stale exception (matches nothing any more, remove it): ${e.check} ${e.file}`);
    failed = true;
  }
});

if (failed) {
  console.error('Electronegativity: unreviewed findings (see above). Fix them or justify them in electron/electronegativity-exceptions.json.');
  process.exit(1);
}
console.log(`Electronegativity (Electron ${electronVersion}): every finding is a reviewed exception.`);

function sampleAt(path, line) {
  try {
    return readFileSync(path, 'utf8').split('\n')[line - 1] ?? '';
  } catch {
    return '';
  }
}
