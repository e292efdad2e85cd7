import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Fixes and prints the fast-check seed (FC_SEED or FUZZ_SEED overrides it).
    globalSetup: ['test/setup/print-seed.ts'],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    // No test measures time: speed and scaling are measured in benchmarks/ (npm run bench, npm run bench:scaling).
    include: ['test/**/*.test.ts'],
    // Time limits are only a net for a hung test, never a measure: generous enough for a loaded 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
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
