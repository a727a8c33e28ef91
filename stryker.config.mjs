// Mutation testing of the pure libraries (npm run mutation; slow, on demand, not in CI):
// each mutant of libs/drafting and libs/workflow must be caught by their unit tests.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: ['libs/drafting/src/**/*.ts', 'libs/workflow/src/**/*.ts', '!libs/drafting/src/render-docx.ts'],
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules'],
  jest: { configFile: 'stryker.jest.config.mjs', enableFindRelatedTests: false },
  // Jest in ESM gives Stryker no per-test coverage: each mutant runs its library's tests (a second or two).
  coverageAnalysis: 'off',
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  concurrency: 2,
  timeoutMS: 20000,
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
