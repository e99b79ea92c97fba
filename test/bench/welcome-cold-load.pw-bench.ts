/// <reference lib="dom" />
// Cold load of the welcome screen (issue 12, "The first screen of every visit"). In Electron every visit opens a new
// window on a fresh partition without HTTP cache, so every visit loads the first screen cold. This measures that load
// on the production build served by the web kiosk server (main's app:// handler, scripts/web-kiosk-server.ts), each
// load in a new browser context (empty cache), against a static HTML page of the same screen served the same way (the
// rendered welcome screen saved with its stylesheets and fonts, no script): the ratio says what the app costs beyond
// the bytes a screen needs anyway. A third page says how much of that is Vue's own floor: the same screen mounted by
// Vue alone (the static page's markup, its two entries rendered by Vue with their click handlers, no router, i18n,
// Pinia or kiosk code: about 70 KB of script instead of the app's 250). Loads take turns between the three, each round
// in another order, so that none gains from the machine's state.
//
// "Loaded", for both pages, measured in the page from its navigation start, at the first animation frame where:
//  - the heading « Bienvenue à la Caf » and the « Mon Compte » entry are laid out (non-zero boxes) in their final font
//    (document.fonts.check: Atkinson Hyperlegible is there, not a fallback);
//  - for the app (and Vue alone), the entry is also interactive: Vue has mounted (or hydrated) the app and the button
//    carries its click handler. A page that shows the button before it can act on a touch is not loaded yet.
// Figures only (median and p95 of BENCH_RUNS loads each, default 21), never asserted: `npm run bench -- cold-load`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { quantile } from '../support/stats';

const runs = Number(process.env.BENCH_RUNS ?? 21);
const rendererRoot = 'out/renderer';
const staticPage = 'bench-static-welcome.html';
const vuePage = 'bench-vue-welcome.html';
const vueScript = 'assets/bench-vue-welcome.js';


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
  return html;
}

/**
 * Vue alone: the static page, its #app emptied and filled again by a minimal Vue app (Vue's runtime, bundled by Vite
 * as the renderer's build bundles it) that renders the same markup, the two entries as Vue buttons with click handlers.
 */
async function writeVueWelcome(staticHtml: string) {
  const app = /<div id="app"([^>]*)>([\s\S]*)<\/div>\s*<\/body>/.exec(staticHtml);
  const parts = app?.[2]?.split(/(<nav [^>]*class="entries"[^>]*>[\s\S]*?<\/nav>)/);
  if (!app || !parts || parts.length !== 3) throw new Error('The static welcome page has no #app with the entries in it');
  const attributes = (tag: string) => Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
  const nav = parts[1]!;
  const entries = [...nav.matchAll(/(<button [^>]*>)([\s\S]*?)<\/button>/g)].map((m) => ({ attrs: attributes(m[1]!), inner: m[2]! }));
  const source = `import { createApp, createStaticVNode, h, ref } from 'vue';
const [before, navAttrs, entries, after] = ${JSON.stringify([parts[0], attributes(/<nav [^>]*>/.exec(nav)![0]), entries, parts[2]])};
const touched = ref(0);
createApp({
  render: () => [
    createStaticVNode(before, 1),
    h('nav', navAttrs, entries.map((entry) => h('button', { ...entry.attrs, innerHTML: entry.inner, onClick: () => touched.value++ }))),
    createStaticVNode(after, 1),
  ],
}).mount('#app');
`;
  const dir = mkdtempSync(join(tmpdir(), 'bench-vue-welcome-'));
  try {
    writeFileSync(join(dir, 'main.js'), source);
    await build({
      configFile: false,
      logLevel: 'error',
      resolve: { alias: { vue: createRequire(import.meta.url).resolve('vue/dist/vue.runtime.esm-bundler.js') } },
      define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
      build: { outDir: dir, emptyOutDir: false, target: 'chrome140', rolldownOptions: { input: join(dir, 'main.js'), output: { entryFileNames: 'out.js' } } },
    });
    writeFileSync(join(rendererRoot, vueScript), readFileSync(join(dir, 'out.js')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const html = staticHtml
    .replace(app[0], `<div id="app"${app[1]}></div></body>`)
    .replace('</head>', `<script type="module" src="./${vueScript}"></script></head>`);
  writeFileSync(join(rendererRoot, vuePage), html);
}

test('cold load of the welcome screen against a static page of it', async ({ browser, page, baseURL }) => {
  await writeVueWelcome(await writeStaticWelcome(page));
  const pages = [
    { name: 'app (loaded and interactive)', url: `${baseURL}/?keyboard=off`, app: true, times: [] as number[] },
    { name: 'Vue alone, the same screen', url: `${baseURL}/${vuePage}`, app: true, times: [] as number[] },
    { name: 'static page of the same screen', url: `${baseURL}/${staticPage}`, app: false, times: [] as number[] },
  ];
  // One load of each first, not counted: the server's own first answers (file reads, the handler's warm-up).
  for (const p of pages) await coldLoad(browser, p.url, p.app);
  for (let i = 0; i < runs; i += 1) {
    // Each round starts with another page (0 1 2, 1 2 0, 2 0 1, …).
    for (let k = 0; k < pages.length; k += 1) {
      const p = pages[(i + k) % pages.length]!;
      p.times.push(await coldLoad(browser, p.url, p.app));
    }
  }
  const f = (n: number) => n.toFixed(0);
  const [app, vue, plain] = pages.map((p) => ({ ...p, median: quantile(p.times, 0.5), p95: quantile(p.times, 0.95) }));
  const ratio = (a: typeof app, b: typeof app) => `median ${(a!.median / b!.median).toFixed(2)}×, p95 ${(a!.p95 / b!.p95).toFixed(2)}×`;
  console.log(
    [
      '',
      `[welcome cold load] ${runs} cold loads each, new context (no cache), production build on the web kiosk server`,
      ...[app, vue, plain].map((p) => `${p!.name}: median ${f(p!.median)} ms, p95 ${f(p!.p95)} ms`),
      `ratio app / static: ${ratio(app, plain)}`,
      `ratio Vue alone / static: ${ratio(vue, plain)} (Vue's floor on this machine)`,
      `ratio app / Vue alone: ${ratio(app, vue)}`,
      '',
    ].join('\n'),
  );
});
