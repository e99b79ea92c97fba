/// <reference lib="dom" />
// Cold load of the welcome screen (issue 12, "The first screen of every visit"). In Electron every visit opens a new
// window on a fresh partition without HTTP cache, so every visit loads the first screen cold. This measures that load
// on the production build served by the web kiosk server (main's app:// handler, scripts/web-kiosk-server.ts), each
// load in a new browser context (empty cache), against a static HTML page of the same screen served the same way (the
// rendered welcome screen saved with its stylesheets and fonts, no script): the ratio says what the app costs beyond
// the bytes a screen needs anyway. Loads alternate between the two so that neither gains from the machine's state.
//
// "Loaded", for both pages, measured in the page from its navigation start, at the first animation frame where:
//  - the heading « Bienvenue à la Caf » and the « Mon Compte » entry are laid out (non-zero boxes) in their final font
//    (document.fonts.check: Atkinson Hyperlegible is there, not a fallback);
//  - for the app, the entry is also interactive: Vue has mounted (or hydrated) the app and the button carries its
//    click handler. A page that shows the button before it can act on a touch is not loaded yet.
// Figures only (median and p95 of BENCH_RUNS loads each, default 21), never asserted: `npm run bench -- cold-load`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, type Browser, type Page } from '@playwright/test';
import { quantile } from '../support/stats';

const runs = Number(process.env.BENCH_RUNS ?? 21);
const rendererRoot = 'out/renderer';
const staticPage = 'bench-static-welcome.html';


/** Runs in the page before any of its scripts: records performance.now() at the first frame the screen is loaded. */
function watchForLoaded(app: boolean) {
  const w = window as unknown as { __welcomeLoadedAt?: number };
  const boxed = (el: Element | null | undefined) => {
    const r = el?.getBoundingClientRect();
    return Boolean(r && r.width > 0 && r.height > 0);
  };
  const check = () => {
    const heading = document.getElementById('welcome-heading');
    const entry = [...document.querySelectorAll('button.entry')].find((b) => b.textContent?.includes('Mon Compte'));
    const fontReady = heading ? document.fonts.check(`${getComputedStyle(heading).fontWeight} 16px "Atkinson Hyperlegible"`) : false;
    // Vue keeps an element's event handlers under a symbol named `_vei` once it has patched (or hydrated) it.
    const handlers = entry && Object.getOwnPropertySymbols(entry).find((s) => s.description === '_vei');
    const handled = !app || Boolean(
      (document.getElementById('app') as { __vue_app__?: unknown } | null)?.__vue_app__ &&
        handlers && (entry as unknown as Record<symbol, { onClick?: unknown }>)[handlers]?.onClick,
    );
    if (heading?.textContent?.includes('Bienvenue') && boxed(heading) && boxed(entry) && fontReady && handled) {
      w.__welcomeLoadedAt = performance.now();
      return;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

async function coldLoad(browser: Browser, url: string, app: boolean): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchForLoaded, app);
    await page.goto(url, { waitUntil: 'commit' });
    const at = await page.waitForFunction(() => (window as unknown as { __welcomeLoadedAt?: number }).__welcomeLoadedAt, null, { timeout: 30_000 });
    return (await at.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/** The static twin: the welcome screen as the app renders it, its stylesheets and fonts, no script. */
async function writeStaticWelcome(page: Page) {
  await page.goto('/?keyboard=off');
  await page.getByRole('heading', { name: 'Bienvenue à la Caf' }).waitFor();
  await page.evaluate(() => document.fonts.ready);
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true) as HTMLElement;
    doc.querySelectorAll('script, link[rel="modulepreload"]').forEach((el) => el.remove());
    return `<!doctype html>${doc.outerHTML}`;
  });
  writeFileSync(join(rendererRoot, staticPage), html);
}

test('cold load of the welcome screen against a static page of it', async ({ browser, page, baseURL }) => {
  await writeStaticWelcome(page);
  const appUrl = `${baseURL}/?keyboard=off`;
  const staticUrl = `${baseURL}/${staticPage}`;
  // One load of each first, not counted: the server's own first answers (file reads, the handler's warm-up).
  await coldLoad(browser, staticUrl, false);
  await coldLoad(browser, appUrl, true);
  const appTimes: number[] = [];
  const staticTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    if (i % 2 === 0) {
      staticTimes.push(await coldLoad(browser, staticUrl, false));
      appTimes.push(await coldLoad(browser, appUrl, true));
    } else {
      appTimes.push(await coldLoad(browser, appUrl, true));
      staticTimes.push(await coldLoad(browser, staticUrl, false));
    }
  }
  const f = (n: number) => n.toFixed(0);
  const [am, sm, ap, sp] = [quantile(appTimes, 0.5), quantile(staticTimes, 0.5), quantile(appTimes, 0.95), quantile(staticTimes, 0.95)];
  console.log(
    [
      '',
      `[welcome cold load] ${runs} cold loads each, new context (no cache), production build on the web kiosk server`,
      `app (loaded and interactive): median ${f(am)} ms, p95 ${f(ap)} ms`,
      `static page of the same screen: median ${f(sm)} ms, p95 ${f(sp)} ms`,
      `ratio app / static: median ${(am / sm).toFixed(2)}×, p95 ${(ap / sp).toFixed(2)}×`,
      '',
    ].join('\n'),
  );
});
