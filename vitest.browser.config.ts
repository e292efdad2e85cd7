import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
// @ts-expect-error: a plain ES module script without type declarations
import { CHROMIUM, CHROMIUM_ARGS } from './scripts/chromium.mjs';

/**
 * The core's tests in a real browser: headless Chromium from Debian's
 * `chromium` package (browser downloads are impossible here), driven by
 * Playwright through vitest's browser mode, with the same executable and flags
 * as the playground's tests (scripts/chromium.mjs; CHROMIUM_PATH overrides the
 * executable). `npm run test:browser`; .ci/run installs chromium when missing.
 * Every test file that needs no node:* module is here.
 */
export default defineConfig({
  test: {
    include: [
      'test/{codecs,pdu,text,segments,binary,preview,bulk,api,reference,legacy,internal}/**/*.test.ts',
      'test/errors.test.ts',
      // The properties and regressions that need no node:* module.
      'test/fuzz/invariants{,-binary}.test.ts',
      'test/hardening/{fuzz-regressions,packing-bounds,shared-state}.test.ts',
    ],
    exclude: [
      // These read files or load CommonJS peers through node:fs / node:module.
      'test/segments/cross-check.test.ts',
      'test/text/transliterate/transliterate.test.ts',
      'test/legacy/bundle.test.ts',
      // Node's Buffer fast paths of toHex and encodeUcs2.
      'test/codecs/hex/to-hex.fast-path.test.ts',
      'test/codecs/ucs2/codec.native-path.test.ts',
      // smshex/legacy takes its tables from iconv-lite, which needs Node's Buffer: it does not load in a browser.
      'test/legacy/codings.test.ts',
      'test/segments/language.test.ts',
      'test/text/codings.test.ts',
      // Mocks src/internal/limits.js with vi.doMock, which browser mode does not apply to src/ modules.
      'test/text/encode-text.limits.test.ts',
      // Mocks src/requests/envelopes.js with vi.doMock, likewise.
      'test/requests/build.safety-net.test.ts',
      // Starts the twin (node:http) beside the core's options.
      'test/hardening/unknown-options.test.ts',
    ],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    // A net for a hung test on a loaded machine, never a measure of speed.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({ launchOptions: { executablePath: CHROMIUM, args: [...(CHROMIUM_ARGS as string[])] } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
