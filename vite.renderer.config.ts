// The renderer's Vite configuration, shared by the Electron build (electron.vite.config.ts) and the web mode
// (vite.web.config.ts), so the browser tests exercise exactly what the kiosk ships.
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import type { UserConfig } from 'vite';

export const projectRoot = fileURLToPath(new URL('.', import.meta.url));
export const sharedAlias = { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) };

export function rendererConfig(): UserConfig {
  return {
    root: fileURLToPath(new URL('./renderer', import.meta.url)),
    base: './',
    publicDir: false,
    plugins: [vue()],
    resolve: {
      alias: { ...sharedAlias, '@renderer': fileURLToPath(new URL('./renderer/src', import.meta.url)) },
    },
    build: {
      outDir: fileURLToPath(new URL('./out/renderer', import.meta.url)),
      emptyOutDir: true,
      target: 'chrome140',
      rolldownOptions: {
        input: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
      },
    },
  };
}
