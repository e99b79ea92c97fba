// Bundle of the sandbox back end for the Electron shell (out/backend/): server.js (the process entry, for a
// utilityProcess: reads HOST/PORT/DATABASE_URL/SANDBOX/SMTP_URL, posts {type:'listening', url} to its parent) and
// start-server.js (exports startServer(options)). Node modules stay external (SSR default): the native ones
// (better-sqlite3, @node-rs/argon2) cannot be bundled, and electron-builder ships `dependencies` anyway.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  build: {
    ssr: true,
    outDir: fileURLToPath(new URL('../out/backend', import.meta.url)),
    emptyOutDir: true,
    target: 'node22',
    sourcemap: true,
    minify: false,
    rolldownOptions: {
      input: { server: entry('./src/server.ts'), 'start-server': entry('./src/start-server.ts') },
      output: { format: 'esm', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});
