import { defineConfig } from 'vitest/config';

/** Timing tests run alone, after everything else, so the fuzz workers do not skew them. */
const TIMING = ['test/hardening/linear-time.test.ts'];

export default defineConfig({
  test: {
    // Fixes and prints the fast-check seed (FC_SEED or FUZZ_SEED overrides it).
    globalSetup: ['test/setup/print-seed.ts'],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    // The linear-time test collects garbage before each timing.
    execArgv: ['--expose-gc'],
    // The CLI tests spawn node; on a machine shared with other work a spawn alone can take seconds.
    testTimeout: 30_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: TIMING, sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'timing', include: TIMING, sequence: { groupOrder: 1 } } },
    ],
    coverage: {
      // Enforced by `npm test` (vitest run --coverage); see README "Quality".
      provider: 'v8',
      include: ['src/**/*.ts'],
      // The CLI's printing is exercised end to end, not measured.
      exclude: ['src/cli/**'],
      reporter: ['text', 'json-summary'],
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
