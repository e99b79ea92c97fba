// One vitest project per area. Aliases are repeated per project (vitest projects do not inherit them).
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

// Time limits catch hangs, not slowness: argon2id is deliberately slow and CI machines have two cores.
const limits = { testTimeout: 60_000, hookTimeout: 60_000 };
/**
 * Node-side suites share their worker's module cache (`isolate: false`): every back-end file imports the whole app
 * (Fastify, oidc-provider, kysely…), and importing it again per file was a third of the run. They keep no state in
 * modules between files (each builds its own app and database) and mock no module; the renderer's suites do mock
 * modules (vi.mock), so they stay isolated.
 */
const nodeSuites = { ...limits, isolate: false };

const alias = {
  '@shared': fileURLToPath(new URL('./shared', import.meta.url)),
  '@renderer': fileURLToPath(new URL('./renderer/src', import.meta.url)),
};

/** Back-end suites that run on PostgreSQL too (the others test no SQL: config, pivot identity, simulator pages…). */
const POSTGRES_SUITES = [
  'account-creation', 'account-space', 'migration', 'password-reset', 'sessions', 'health', 'instances',
  'routes/authorization', 'routes/autorisation-gestion', 'routes/household-member-account', 'routes/separation',
  'routes/sandbox', 'services/throttle', 'franceconnect/app', 'demandes', 'faults/retries', 'faults/kill', 'db-hot-path',
].map((name) => `test/unit/backend/${name}.test.ts`);

export default defineConfig({
  test: {
    projects: [
      { resolve: { alias }, test: { ...nodeSuites, name: 'shared', environment: 'node', include: ['test/unit/shared/**/*.test.ts'] } },
      { resolve: { alias }, test: { ...nodeSuites, name: 'backend', environment: 'node', include: ['test/unit/backend/**/*.test.ts'] } },
      // The start scripts' decisions (scripts/*.mjs): no network, display or Electron.
      { test: { ...nodeSuites, name: 'scripts', environment: 'node', include: ['test/unit/scripts/**/*.test.ts'] } },
      {
        // The suites where the dialect matters (repositories, services, flows, several instances over one database),
        // again on a throwaway PostgreSQL cluster that the globalSetup starts and stops (backend/README.md).
        resolve: { alias },
        test: {
          ...nodeSuites,
          name: 'backend-postgres',
          environment: 'node',
          globalSetup: ['test/support/postgres-global-setup.ts'],
          include: POSTGRES_SUITES,
        },
      },
      {
        // Main-process logic is tested without Electron: `electron` resolves to a hand-written fake.
        resolve: { alias: { ...alias, electron: fileURLToPath(new URL('./test/support/electron-fake.ts', import.meta.url)) } },
        // electron-store is inlined so its own `import electron` gets the fake too (tests run the real schema through it).
        test: {
          ...limits,
          name: 'electron',
          environment: 'node',
          include: ['test/unit/electron/**/*.test.ts'],
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        plugins: [vue()],
        resolve: { alias },
        test: { ...limits, name: 'renderer', environment: 'happy-dom', pool: 'vmThreads', include: ['test/unit/renderer/**/*.test.ts'] },
      },
    ],
  },
});
