/** Prints the fast-check seed once per run so that a CI failure can be replayed. */
export default function printSeed(): void {
  const seed = process.env.FC_SEED ?? '20261129';
  console.log(`fast-check seed: ${seed} (replay with FC_SEED=${seed} npm test)`);
}
