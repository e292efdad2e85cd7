import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// Stryker runs vitest in worker threads, which refuse --expose-gc; the timing test that needs it is left out.
const { execArgv: _execArgv, coverage: _coverage, projects: _projects, ...test } = base.test ?? {};

/**
 * The suite StrykerJS runs for every mutant: everything but the timing test
 * (a mutant may be slow without being wrong) and the tests of the built
 * package (they load dist/, never the mutated src/), with the fuzz sweeps cut to 50
 * runs per property since they cover, and so run for, nearly every mutant.
 */
export default defineConfig({
  test: {
    ...test,
    include: ['test/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      'test/hardening/linear-time.test.ts',
      // These run the built dist/ (or a browser on it), which a mutant of src/ never reaches.
      'test/e2e/**',
      'test/cli/**',
      'test/package/**',
      'test/legacy/bundle.test.ts',
    ],
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '50' },
  },
});
