// Mutation testing of the shared domain rules (`npm run test:mutation`, not part of `npm test`): every rule's tests must
// kill at least 90 % of the mutants (issue 2). Only shared/domain is mutated, its generated data left out, and only the
// shared vitest project runs (test/unit/shared/domain/vitest.mutation.config.ts), so other areas' tests neither slow it
// down nor count. Reports land in reports/mutation/ (git-ignored); the sandbox in .stryker-tmp/ (ignored by git,
// ESLint and the tsconfigs' include lists).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/unit/shared/domain/vitest.mutation.config.ts', related: false },
  mutate: ['shared/domain/**/*.ts', '!shared/domain/data/**'],
  coverageAnalysis: 'perTest',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 95, low: 90, break: 90 },
  tempDirName: '.stryker-tmp',
  concurrency: 2,
};
