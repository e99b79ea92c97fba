/// <reference lib="dom" />
// Benchmarks of the kiosk renderer (issue 4), printed as ratios against baselines measured in the same run:
//  1. the initial JS+CSS bytes, gzipped (what the first screen must load), against the whole renderer's;
//  2. p95 from "Continuer" (état civil) to the next step painted, against p95 of a plain "Retour" navigation.
//     The back end is answered by a fixed reply here (page.route), so the figure is the renderer's own cost.
// The cold load of the welcome screen against a static page of it is welcome-cold-load.pw-bench.ts's (issue 12).
// Run: npx tsx test/bench/wizard-renderer.bench.ts   (builds the web renderer, serves it as the browser tests do, with
// scripts/web-kiosk-server.ts (main's app:// handler) on http://localhost:BENCH_WEB_PORT (else E2E_WEB_PORT, else
// 14199), drives /usr/bin/chromium or CHROMIUM_PATH). No timed assertion: figures only.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { quantile } from '../support/stats';

const port = Number(process.env.BENCH_WEB_PORT ?? process.env.E2E_WEB_PORT ?? 14199);
const base = `http://localhost:${port}`;
const outDir = 'out/renderer';
const runs = Number(process.env.BENCH_RUNS ?? 15);

const fmt = (n: number) => n.toFixed(1);

function build() {
  const r = spawnSync('npx', ['vite', 'build', '-c', 'vite.web.config.ts', '--logLevel', 'error'], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

function initialBytes() {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  const gz = (file: string) => gzipSync(readFileSync(join(outDir, file))).length;
  const initial = refs.reduce((sum, f) => sum + gz(f), 0);
  const all = readdirSync(join(outDir, 'assets'))
    .filter((f) => /\.(js|css)$/.test(f))
    .reduce((sum, f) => sum + gz(join('assets', f)), 0);
  return { initial, all, files: refs };
}

async function serve(): Promise<() => void> {
  // The web kiosk server under tsx itself (not through npx) so that stopping this child stops the server. No back end:
  // the one call measured is answered by page.route, any other would get the proxy's 502.
  const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', '--tsconfig', 'tsconfig.node.json', 'scripts/web-kiosk-server.ts'], {
    stdio: 'ignore',
    env: { ...process.env, WEB_ORIGIN: base, BACKEND_URL: 'http://127.0.0.1:9', SANDBOX: '0' },
  });
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  for (let i = 0; i < 100; i += 1) {
    // A server already on that port (someone else's) makes ours exit; never measure theirs.
    if (child.exitCode !== null) throw new Error(`port ${port} is taken: choose another with BENCH_WEB_PORT`);
    try {
      if ((await fetch(base)).ok) return stop;
    } catch {
      // not yet listening
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('the web kiosk server did not start');
}

const flowReply = {
  id: 'bench-flow', expiresAt: '2099-01-01T00:00:00.000Z', step: 'contact',
  etatCivil: { nir: '2090233063110', civilite: 'MADAME', nomNaissance: 'BENALI', prenoms: 'INES', nomUsage: null, dateNaissance: '08/02/2009', lieuNaissance: { kind: 'france', departement: '33', commune: '33063' } },
  identityDocumentRequired: false, identityDocument: null, contact: null, code: null, contactVerified: false, passwordSet: false, identifier: null, identifierKind: null,
};

async function clickToPainted(page: Page, button: string, heading: string): Promise<number> {
  const start = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: button, exact: true }).click();
  const done = await page.waitForFunction<number | false, string>(
    (h) => {
      const el = [...document.querySelectorAll('h1')].find((x) => x.textContent?.trim() === h);
      // Painted: the heading exists, then one frame has passed.
      return el ? new Promise<number | false>((resolve) => requestAnimationFrame(() => resolve(performance.now()))) : false;
    },
    heading,
    { polling: 'raf' },
  );
  return ((await done.jsonValue()) as number) - start;
}

async function stepTimes(page: Page) {
  await page.route('**/v1/account-creations**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(flowReply) }),
  );
  await page.goto(`${base}/?keyboard=off`);
  await page.getByRole('button', { name: /Mon Compte/ }).click();
  await page.getByRole('button', { name: 'Créer', exact: true }).click();
  await page.getByRole('button', { name: 'Commencer' }).click();
  await page.getByRole('radio', { name: 'Oui' }).click();
  await page.locator('#nir').fill('2090233063110');
  await page.getByRole('radio', { name: 'Madame', exact: true }).click();
  await page.locator('#nomNaissance').fill('BENALI');
  await page.locator('#prenoms').fill('INES');
  await page.locator('#dateNaissance').fill('08/02/2009');
  await page.getByRole('radio', { name: /France métropolitaine/ }).click();
  for (const [id, typed, option] of [['departement', '33', '33 - Gironde'], ['commune', 'Bordeaux', 'Bordeaux']] as const) {
    await page.locator(`#${id}`).click();
    await page.locator(`#${id}`).fill(typed);
    await page.getByRole('option', { name: option, exact: true }).click();
  }
  const forward: number[] = [];
  const back: number[] = [];
  for (let i = 0; i < runs * 2; i += 1) {
    forward.push(await clickToPainted(page, 'Continuer', 'Vos coordonnées de contact'));
    back.push(await clickToPainted(page, 'Retour', 'État civil'));
  }
  return { forward, back };
}

async function main() {
  if (!process.env.BENCH_SKIP_BUILD || !existsSync(join(outDir, 'index.html'))) build();
  const bytes = initialBytes();
  const stop = await serve();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const steps = await stepTimes(page);
    const m = (xs: number[]) => quantile(xs, 0.5);
    console.log('\nRenderer benchmarks (issue 4)');
    console.log(`  initial JS+CSS gzipped: ${(bytes.initial / 1024).toFixed(1)} KiB (${bytes.files.length} files) of ${(bytes.all / 1024).toFixed(1)} KiB for the whole renderer → ${((100 * bytes.initial) / bytes.all).toFixed(1)} %`);
    console.log(`  "Continuer" → next step painted, p95 of ${steps.forward.length}: ${fmt(quantile(steps.forward, 0.95))} ms (median ${fmt(m(steps.forward))}); baseline "Retour" p95 ${fmt(quantile(steps.back, 0.95))} ms → ratio ${(quantile(steps.forward, 0.95) / quantile(steps.back, 0.95)).toFixed(2)}×`);
  } finally {
    await browser.close();
    stop();
  }
}

await main();
