import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Fixes and prints the fast-check seed (FC_SEED overrides it).
    globalSetup: ['test/setup/print-seed.ts'],
    setupFiles: ['test/setup/fast-check-seed.ts'],
  },
});
