import { fixedSeed } from './seed.js';

/** Prints the fast-check seed (and the fuzz runs) once per run so that a CI failure can be replayed. */
export default function printSeed(): void {
  const seed = fixedSeed(process.env);
  const runs = process.env.FUZZ_RUNS ?? (process.env.CI ? '10000 (CI)' : '200 (default)');
  console.log(`fast-check seed: ${seed}, fuzz runs per property: ${runs} (replay with FC_SEED=${seed} npm test, or FUZZ_SEED=${seed} npm run fuzz)`);
}
