/** The suite's fast-check seed: `FUZZ_SEED`, else `FC_SEED`, else a fixed default. */
export function fixedSeed(env: Record<string, string | undefined>): number {
  const raw = env.FUZZ_SEED ?? env.FC_SEED ?? '20261129';
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new RangeError(`FUZZ_SEED / FC_SEED must be an integer, got ${raw}`);
  return seed;
}
