import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/**
 * The core's tests in a real browser: headless Chromium from Debian's
 * `chromium` package (browser downloads are impossible here), driven by
 * Playwright. `npm run test:browser`; .ci/run installs chromium when missing.
 * CHROMIUM_PATH overrides the executable.
 */
export default defineConfig({
  test: {
    include: [
      'test/{hex,gsm7,ucs2,text}/**/*.test.ts',
      // The properties and regressions that need no node:* module.
      'test/fuzz/invariants.test.ts',
      'test/hardening/{coverage-gaps,fuzz-regressions}.test.ts',
    ],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
