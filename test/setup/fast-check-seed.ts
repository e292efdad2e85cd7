import fc from 'fast-check';

/**
 * Every fast-check property in the suite runs with one fixed seed so that a
 * failure in CI replays exactly: rerun with `FC_SEED=<seed> npm test`.
 */
const seed = Number(process.env.FC_SEED ?? 20261129);
const numRuns = process.env.FC_RUNS === undefined ? undefined : Number(process.env.FC_RUNS);
fc.configureGlobal({ seed, ...(numRuns === undefined ? {} : { numRuns }) });
