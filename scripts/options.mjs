/**
 * The `--name value` options of the repository's scripts (fuzz-nightly.mjs, mutate-batches.mjs), read
 * from `process.argv`, each error naming the script.
 */

/** An option reader for `script`: `option(name, fallback)` gives the value after `--name`, or `fallback`. */
export function optionsOf(script) {
  const option = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`);
    if (at === -1) return fallback;
    const value = process.argv[at + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${script}: --${name} needs a value`);
    return value;
  };
  /** A number passing `ok`, else an error that says it must be `what`. */
  const number = (name, raw, ok, what) => {
    const value = Number(raw);
    if (!ok(value)) throw new Error(`${script}: --${name} must be ${what}, got ${raw}`);
    return value;
  };
  return {
    option,
    positiveInteger: (name, raw) => number(name, raw, (v) => Number.isInteger(v) && v >= 1, 'a positive integer'),
    positive: (name, raw) => number(name, raw, (v) => v > 0, 'a positive number'),
  };
}
