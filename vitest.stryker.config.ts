import { relative } from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import base from './vitest.config.js';

// Stryker runs vitest in worker threads, which refuse --expose-gc; the timing test that needs it is left out.
const { execArgv: _execArgv, coverage: _coverage, projects: _projects, ...test } = base.test ?? {};

/**
 * Test files that are slow for what they add to one mutant: the fuzz sweeps,
 * the guides' and README's examples and the peer cross-check run thousands of
 * inputs through nearly every function. They run last, so that a mutant a
 * focused unit test kills stops there (vitest bails at the first failure).
 */
const LAST = ['test/fuzz/', 'test/docs/', 'test/readme/', 'test/segments/cross-check.test.ts', 'test/api/garbage.test.ts'];

function rank(file: string, area: string | undefined): number {
  if (area !== undefined && file.startsWith(`test/${area}/`)) return 0;
  const index = LAST.findIndex((prefix) => file.startsWith(prefix));
  return index === -1 ? 1 : index + 2;
}

/**
 * The tests of the mutated module's own area first (StrykerJS names the
 * mutated file in `related`: src/codecs/hex/parse-hex.ts puts test/codecs/hex/ first), then
 * the other unit tests (by path), the slow sweeps last, in the order of `LAST`.
 */
class FocusedFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const path = (file: string): string => relative(root, file).replaceAll('\\', '/');
    const mutated = this.ctx.config.related?.[0];
    const area = mutated === undefined ? undefined : /^src\/([^/]+)\//.exec(path(mutated))?.[1];
    const key = (spec: TestSpecification): [number, string] => [rank(path(spec.moduleId), area), path(spec.moduleId)];
    return [...files].sort((a, b) => {
      const [rankA, pathA] = key(a);
      const [rankB, pathB] = key(b);
      return rankA - rankB || (pathA < pathB ? -1 : pathA > pathB ? 1 : 0);
    });
  }
}

/**
 * The suite StrykerJS runs for every mutant: everything but the timing test
 * (a mutant may be slow without being wrong) and the tests of the built
 * package (they load dist/, never the mutated src/).
 *
 * Made fast for mutation testing (about 8 mutants a minute before, see docs/mutation.md):
 * - `isolate: false`: every test file shares one module graph instead of
 *   re-importing the instrumented src/ (and its test helpers) per file; a
 *   mutant run costs about the tests it runs, not 45 imports. Safe because
 *   src/ keeps no mutable module state and stryker.config.mjs sets
 *   `ignoreStatic: true`, so no mutant is ever active while a module loads
 *   (a module evaluated once would otherwise keep a static mutant's tables).
 *   `STRYKER_ISOLATE=1` restores isolation (use it with `--ignoreStatic false`).
 * - `FocusedFirst`: the mutated module's own tests, then the other unit tests,
 *   then the sweeps, so that a killed mutant bails early.
 * - `SMSHEX_SRC_ONLY=1`: the docs/cli.md sessions and the README's `npm run
 *   example`, which spawn the built CLI (80 ms or more each), are skipped.
 * - fuzz properties at `FUZZ_RUNS` runs (default 50 here): they cover, and
 *   so run for, nearly every mutant.
 */
export default defineConfig({
  test: {
    ...test,
    include: ['test/**/*.test.ts'],
    exclude: [
      ...configDefaults.exclude,
      // These run the built dist/ (or a browser on it), which a mutant of src/ never reaches.
      'test/e2e/**',
      'test/cli/**',
      'test/package/**',
      'test/legacy/bundle.test.ts',
    ],
    isolate: process.env.STRYKER_ISOLATE === '1',
    sequence: { sequencer: FocusedFirst },
    // SMSHEX_SRC_ONLY skips the tests that spawn the built CLI inside otherwise useful files.
    env: { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '50', SMSHEX_SRC_ONLY: '1' },
  },
});
