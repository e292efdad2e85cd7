import fc from 'fast-check';
import { fixedSeed } from './seed.js';

/**
 * Every fast-check property in the suite runs with one fixed seed so that a
 * failure in CI replays exactly: rerun with `FC_SEED=<seed> npm test`
 * (`FUZZ_SEED` is the same knob for `npm run fuzz`).
 */
const env = typeof process === 'undefined' ? {} : process.env;
const numRuns = env.FC_RUNS === undefined ? undefined : Number(env.FC_RUNS);
fc.configureGlobal({ seed: fixedSeed(env), ...(numRuns === undefined ? {} : { numRuns }) });
