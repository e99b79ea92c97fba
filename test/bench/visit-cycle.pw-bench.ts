// Visit benchmark (issue 6, "Tests and figures"), web mode: how long ending a visit takes until a clean welcome
// screen shows, and the JS heap and DOM node counts after N visits against after the first. Figures are printed as
// ratios against baselines measured in the same run (the fresh load of the welcome screen; the first visit), never
// asserted on time. BENCH_VISITS sets N (default 500, the figure).
//   npm run bench:visits            (E2E_BACKEND_PORT / E2E_WEB_PORT as for the e2e tests)
import { test, type Page } from '@playwright/test';
import { backendUrl } from '../../playwright.config';
import { chooseDriver } from '../e2e/support/visit-driver';
import { seededVisitors } from '../e2e/support/visitors';

const visits = Number(process.env.BENCH_VISITS ?? 500);
const welcome = (page: Page) => page.getByRole('heading', { name: 'Bienvenue à la Caf' });
const cleared = (page: Page) => page.getByRole('heading', { name: 'Vos informations ont été effacées' });

interface Memory {
  heap: number;
  nodes: number;
  /** Documents alive in the page's process (a print frame or a detached document left behind would count). */
  documents: number;
  listeners: number;
}

async function memory(page: Page): Promise<Memory> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heap: get('JSHeapUsedSize'), nodes: get('Nodes'), documents: get('Documents'), listeners: get('JSEventListeners') };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

test('ending a visit and showing a clean welcome screen', async ({ page, request }) => {
  await request.post(`${backendUrl}/sandbox/reset`);
  // Baseline: a fresh load of the welcome screen, five times.
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = Date.now();
    await page.goto('/?keyboard=off');
    await welcome(page).waitFor();
    loads.push(Date.now() - t0);
  }
  const driver = await chooseDriver(page);
  const toCleared: number[] = [];
  const toWelcome: number[] = [];
  let first: Memory | null = null;
  for (let i = 0; i < visits; i++) {
    await driver.visit(page, seededVisitors[i % seededVisitors.length]!);
    // The visit ends on "Déconnexion" (account space, no confirmation) or "Quitter" then "Oui, quitter"; the clock
    // starts at the click that ends it.
    const leave = page.getByRole('button', { name: /^(Quitter|Déconnexion)$/ }).first();
    let t0: number;
    if ((await leave.textContent())?.trim() === 'Déconnexion') {
      t0 = Date.now();
      await leave.click();
    } else {
      await leave.click();
      const confirm = page.getByRole('button', { name: 'Oui, quitter' });
      await confirm.waitFor();
      t0 = Date.now();
      await confirm.click();
    }
    await cleared(page).waitFor();
    const t1 = Date.now();
    toCleared.push(t1 - t0);
    // The next visitor's "Commencer" (the cleared screen would otherwise pass by itself after 3 s).
    await page.getByRole('button', { name: 'Commencer' }).click();
    const t2 = Date.now();
    await welcome(page).waitFor({ timeout: 15_000 });
    toWelcome.push(t1 - t0 + (Date.now() - t2));
    if (i === 0) first = await memory(page);
  }
  const last = await memory(page);
  const base = median(loads);
  const lines = [
    `visits: ${visits} (${driver.name} driver)`,
    `baseline, fresh load of the welcome screen: median ${base} ms`,
    `end of visit → "Vos informations ont été effacées" shown: median ${median(toCleared)} ms = ${(median(toCleared) / base).toFixed(2)} × baseline`,
    `end of visit → clean welcome screen (the cleared screen's own pause left out): median ${median(toWelcome)} ms = ${(median(toWelcome) / base).toFixed(2)} × baseline`,
    `JS heap after ${visits} visits / after the first: ${(last.heap / first!.heap).toFixed(2)} (${(first!.heap / 1e6).toFixed(1)} MB → ${(last.heap / 1e6).toFixed(1)} MB)`,
    `DOM nodes after ${visits} visits / after the first: ${(last.nodes / first!.nodes).toFixed(2)} (${first!.nodes} → ${last.nodes})`,
    `documents / JS event listeners after ${visits} visits: ${last.documents} / ${last.listeners} (after the first: ${first!.documents} / ${first!.listeners})`,
  ];
  console.log(`\n[visit bench]\n${lines.join('\n')}\n`);
});
