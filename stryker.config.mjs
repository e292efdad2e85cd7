// Mutation testing: `npm run mutate` (all of src/, hours on 2 cores) or
// `npm run mutate -- --mutate src/codecs/gsm7/packing.ts` for one module (about 20-27 mutants a minute).
// Why the settings are what they are: docs/mutation.md and vitest.stryker.config.ts.
// The score and date go into the README's quality section.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // The pure data tables are left out (their mutants are static, see docs/mutation.md): the GSM
  // tables are checked entry by entry against independent vectors (test/vectors/README.md); the
  // transliteration tables by property (every key outside GSM 7-bit, every value inside) and by
  // docs/transliteration.md, which is generated from them and compared.
  mutate: [
    'src/**/*.ts',
    '!src/cli/**',
    '!src/index.ts',
    '!src/codecs/gsm7/tables/*.ts',
    'src/codecs/gsm7/tables/index.ts', // compiles the tables: code, not data
    '!src/codecs/gsm7/default-alphabet.ts',
    '!src/text/transliterate/{cyrillic,european,greek,smart,turkish}.ts',
  ],
  coverageAnalysis: 'perTest',
  // A static mutant (code run when a module loads) would run the whole suite; see docs/mutation.md.
  ignoreStatic: true,
  concurrency: 2,
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: 85 },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
