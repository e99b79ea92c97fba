// Web mode: the same renderer served by Vite in a plain browser, with the web implementation of the kiosk bridge.
// The back end is reached through this server's proxy (same origin), so the browser needs no CORS exception.
import { defineConfig, mergeConfig } from 'vite';
import { securityHeaders } from './shared/content-security-policy';
import { rendererConfig } from './vite.renderer.config';

const backend = process.env.BACKEND_URL ?? 'http://127.0.0.1:8787';
const proxy = Object.fromEntries(
  ['/v1', '/sandbox', '/openapi.json', '/franceconnect'].map((path) => [path, { target: backend, changeOrigin: false }]),
);

export default defineConfig(
  mergeConfig(rendererConfig(), {
    server: { host: '127.0.0.1', port: 5173, strictPort: true, proxy },
    // vite preview (the browser tests) sends the headers main sends on app://kiosk, so the tests run under the same policy.
    preview: { host: '127.0.0.1', port: 4173, strictPort: true, proxy, headers: securityHeaders },
  }),
);
