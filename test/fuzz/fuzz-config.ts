/**
 * Runs per fuzz property: `FUZZ_RUNS` when set, else 10⁴ in CI (`CI` set) and
 * a modest default for a local `npm test`. The seed is the suite's global one
 * (test/setup), which `FUZZ_SEED` or `FC_SEED` override; it is printed at the
 * start of every run. The release bar is `FUZZ_RUNS=1000000 npm run fuzz`.
 */
const env: Record<string, string | undefined> = typeof process === 'undefined' ? {} : process.env;

function readRuns(): number {
  const raw = env.FUZZ_RUNS;
  if (raw === undefined || raw === '') return env.CI ? 10_000 : 200;
  const runs = Number(raw);
  if (!Number.isInteger(runs) || runs < 1) throw new RangeError(`FUZZ_RUNS must be a positive integer, got ${raw}`);
  return runs;
}

/** Runs per property. */
export const FUZZ_RUNS = readRuns();

/**
 * A vitest timeout that grows with the runs, so a big `FUZZ_RUNS` never times out: a net for a hung
 * property, not a measure of speed (generous enough for a loaded 2-core machine).
 */
export const FUZZ_TIMEOUT = Math.max(300_000, FUZZ_RUNS * 100);
