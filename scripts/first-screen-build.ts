// Two build plugins for the first screen of every visit (vite.renderer.config.ts). In Electron each visit opens a new
// window on a fresh partition without HTTP cache, so each visit loads its first screen cold (issue 12; the figure:
// test/bench/welcome-cold-load.pw-bench.ts):
//  - firstScreenBudget fails the build when the JS and CSS loaded before the app runs (the entry chunk, every chunk it
//    imports statically, their stylesheets) exceed a gzipped budget: what the journeys, the other languages, speech
//    and the agent panel need is loaded when asked for, and must stay so;
//  - preloadFirstScreenFonts asks for the fonts of the first screen with the page itself (<link rel="preload">), not
//    once the app has rendered text in them.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The part of Rollup's / Rolldown's output bundle read here. */
export type BundleEntry =
  | { type: 'chunk'; fileName: string; name: string; isEntry: boolean; imports: string[]; code: string; viteMetadata?: { importedCss: Set<string> } }
  | { type: 'asset'; fileName: string; source: string | Uint8Array };
export type Bundle = Record<string, BundleEntry>;

/** The files the page loads before the app runs: the entry, its static imports (transitively) and their CSS. */
export function initialFiles(bundle: Bundle, entryName = 'index'): string[] {
  const entry = Object.values(bundle).find((f) => f.type === 'chunk' && f.isEntry && f.name === entryName);
  if (!entry) throw new Error(`No entry chunk named "${entryName}" in the bundle`);
  const files = new Set<string>();
  const visit = (fileName: string) => {
    const file = bundle[fileName];
    if (!file || file.type !== 'chunk' || files.has(fileName)) return;
    files.add(fileName);
    for (const css of file.viteMetadata?.importedCss ?? []) files.add(css);
    file.imports.forEach(visit);
  };
  visit(entry.fileName);
  return [...files];
}

export function gzippedSizes(bundle: Bundle, files: string[]): { file: string; bytes: number }[] {
  return files.map((file) => {
    const f = bundle[file];
    if (!f) throw new Error(`${file} is not in the bundle`);
    return { file, bytes: gzipSync(f.type === 'chunk' ? f.code : f.source).length };
  });
}

export function firstScreenBudget(limitBytes: number, entryName = 'index'): Plugin {
  return {
    name: 'caf-kiosk:first-screen-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const sizes = gzippedSizes(bundle as unknown as Bundle, initialFiles(bundle as unknown as Bundle, entryName));
      const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
      if (total <= limitBytes) return;
      const list = sizes.sort((a, b) => b.bytes - a.bytes).map((s) => `  ${(s.bytes / 1024).toFixed(1)} KiB  ${s.file}`);
      this.error(
        `The first screen's JS and CSS are ${(total / 1024).toFixed(1)} KiB gzipped, over the budget of ${(limitBytes / 1024).toFixed(0)} KiB ` +
          `(scripts/first-screen-build.ts). Load what the first screen does not need with import():\n${list.join('\n')}`,
      );
    },
  };
}

/** Font files whose name starts with one of `prefixes` (e.g. "atkinson-hyperlegible-latin-400-normal"), woff2 only. */
export function preloadFirstScreenFonts(prefixes: string[]): Plugin {
  return {
    name: 'caf-kiosk:preload-first-screen-fonts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        if (!ctx.bundle || !ctx.path.endsWith('/index.html')) return [];
        const fonts = Object.keys(ctx.bundle).filter((f) => f.endsWith('.woff2') && prefixes.some((p) => f.split('/').pop()!.startsWith(`${p}-`)));
        if (fonts.length !== prefixes.length) throw new Error(`Expected one woff2 font for each of ${prefixes.join(', ')}, found ${fonts.join(', ') || 'none'}`);
        return fonts.map((href) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', href: `./${href}`, crossorigin: '' },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
