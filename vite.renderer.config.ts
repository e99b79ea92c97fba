// The renderer's Vite configuration, shared by the Electron build (electron.vite.config.ts) and the web mode
// (vite.web.config.ts), so the browser tests exercise exactly what the kiosk ships.
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import type { Plugin, UserConfig } from 'vite';
import { developmentContentSecurityPolicy, metaContentSecurityPolicy } from './shared/content-security-policy.ts';
import { firstScreenBudget, preloadFirstScreenFonts } from './scripts/first-screen-build.ts';
import { precompiledMessages } from './scripts/precompiled-messages.ts';

/**
 * The JS and CSS the first screen loads before the app runs, gzipped (scripts/first-screen-build.ts): issue 12's 120 KiB
 * (the build is at about 95: no HTTP client, no dialog code in the first screen). It only goes down.
 */
export const firstScreenBudgetBytes = 120 * 1024;

export const sharedAlias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

/**
 * Writes the kiosk's Content-Security-Policy into index.html as a <meta>: the strict policy in every build (what
 * Electron and the web mode ship), the relaxed development one only under Vite's dev server.
 */
function contentSecurityPolicyMeta(): Plugin {
  let policy = metaContentSecurityPolicy;
  return {
    name: 'caf-kiosk:content-security-policy',
    configResolved(config) {
      if (config.command === 'serve' && !config.isProduction) policy = developmentContentSecurityPolicy;
    },
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' },
    ],
  };
}

export function rendererConfig(): UserConfig {
  return {
    root: fileURLToPath(new URL('./renderer', import.meta.url)),
    base: './',
    publicDir: false,
    plugins: [
      vue(),
      contentSecurityPolicyMeta(),
      // The messages compiled at build time; vue-i18n's message compiler is left out (scripts/precompiled-messages.ts).
      precompiledMessages(),
      // The welcome screen's regular and bold faces, Latin (its French words); the other ranges load as text needs them.
      preloadFirstScreenFonts(['atkinson-hyperlegible-latin-400-normal', 'atkinson-hyperlegible-latin-700-normal']),
      firstScreenBudget(firstScreenBudgetBytes),
    ],
    // vue-i18n's build flags: the Composition API only (no legacy API, no global <i18n-t> components, no devtools).
    define: { __VUE_I18N_LEGACY_API__: 'false', __VUE_I18N_FULL_INSTALL__: 'false', __INTLIFY_PROD_DEVTOOLS__: 'false' },
    resolve: {
      alias: { ...sharedAlias, '@renderer': fileURLToPath(new URL('./renderer/src', import.meta.url)) },
    },
    build: {
      outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
      emptyOutDir: true,
      target: 'chrome140',
      // electron-vite leaves the renderer unminified by default (about 1.6 times the gzipped bytes of Vite's web
      // build): every visit loads it cold, and what ships must be what the browser tests run.
      minify: true,
      rolldownOptions: {
        input: {
          index: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
          // « Borne hors service », shown by main when the configuration is invalid or names no back end.
          'out-of-service': fileURLToPath(new URL('./renderer/out-of-service.html', import.meta.url)),
        },
      },
    },
  };
}
