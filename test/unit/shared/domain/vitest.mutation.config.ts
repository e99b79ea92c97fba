// The vitest configuration that Stryker runs (stryker.config.mjs): the shared domain's tests only.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

export default defineConfig({
  root,
  resolve: { alias: { '@shared': `${root}shared` } },
  test: { name: 'shared-domain', environment: 'node', include: ['test/unit/shared/domain/**/*.test.ts'] },
});
