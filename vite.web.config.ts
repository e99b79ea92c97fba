// `vite build -c vite.web.config.ts` builds the renderer for web mode (the browser tests serve it with
// scripts/web-kiosk-server.ts, in Electron's topology). `vite -c vite.web.config.ts` is Vite's development server with hot
// reload, the back end reached through its proxy on one origin: handy to work on screens, never what is tested.
import { defineConfig, mergeConfig } from 'vite';
import { rendererConfig } from './vite.renderer.config.ts';

const backend = process.env.BACKEND_URL ?? 'http://127.0.0.1:8787';
const proxy = Object.fromEntries(
  ['/v1', '/sandbox', '/openapi.json', '/franceconnect'].map((path) => [path, { target: backend, changeOrigin: false }]),
);

export default defineConfig(mergeConfig(rendererConfig(), { server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy } }));
