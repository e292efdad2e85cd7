#!/usr/bin/env node
/**
 * The whole-src mutation run in batches that each finish, resumable: `npm run mutate:batches`.
 *
 *   node scripts/mutate-batches.mjs [--out reports/batches] [--budget-minutes 150] [--timeout-ms 5000]
 *                                   [--concurrency 2] [--batches docs/mutation/batches.txt] [--list]
 *
 * Runs the batches of docs/mutation/batches.txt (one line a batch: a comma-separated `--mutate` list) one
 * after another with StrykerJS's incremental mode, all on the commit checked out, which must be clean in
 * src/ and test/ (a result describes the code it ran on). Each batch appends every result to
 * `<out>/stream-<n>.jsonl` as it comes (scripts/stryker-stream-reporter.mjs), and when it ends its
 * StrykerJS log, the incremental file and the report are kept in `<out>` and the batch is marked done for
 * this commit, so that a later call goes on with the next batch. No batch starts past `--budget-minutes`.
 * When every batch is done, one run over the whole `mutate` list reuses their results and prints the score.
 * Start from an empty incremental file on every commit: one of an earlier commit makes StrykerJS reuse
 * survivors that tests added since would kill (docs/mutation.md, sixth round).
 *
 * Give the machine to it: under load a timeout is not evidence (docs/mutation.md).
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optionsOf } from './options.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const { option, positive } = optionsOf('mutate-batches');

const out = resolve(ROOT, option('out', 'reports/batches'));
const budgetMinutes = positive('budget-minutes', option('budget-minutes', 'Infinity'));
const timeoutMs = positive('timeout-ms', option('timeout-ms', '5000'));
const concurrency = positive('concurrency', option('concurrency', '2'));

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const commit = git('rev-parse', '--short', 'HEAD');
if (git('status', '--porcelain', '--', 'src', 'test') !== '') {
  throw new Error('mutate-batches: src/ or test/ has uncommitted changes; a score describes one commit, so commit or stash them first');
}

const batches = readFileSync(resolve(ROOT, option('batches', 'docs/mutation/batches.txt')), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'));
const donePath = join(out, 'done.json');
mkdirSync(out, { recursive: true });
const done = existsSync(donePath) ? JSON.parse(readFileSync(donePath, 'utf8')) : {};
const doneHere = new Set(done[commit] ?? []);

if (process.argv.includes('--list')) {
  batches.forEach((batch, i) => console.log(`${doneHere.has(i + 1) ? 'done' : 'todo'} ${i + 1}: ${batch}`));
  process.exit(0);
}

const started = Date.now();
const incremental = join(out, `incremental-${commit}.json`);

/**
 * One StrykerJS run with the incremental file of this commit; its log and report are kept in `out` as
 * `<name>`. Exits when the run did not end: StrykerJS exits 1 when the score is under thresholds.break
 * too, but it writes the incremental file only when a run ends, so a file written since the run began
 * means it ran to its end.
 */
function runStryker(args, name) {
  const begun = Date.now();
  const stryker = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/@stryker-mutator/core/bin/stryker.js'),
      'run',
      ...args,
      '--concurrency', String(concurrency),
      '--timeoutMS', String(timeoutMs),
      '--incremental', '--incrementalFile', incremental,
      '--plugins', '@stryker-mutator/vitest-runner,./scripts/stryker-stream-reporter.mjs',
      '--reporters', 'clear-text,progress,json,stream',
    ],
    { cwd: ROOT, env: { ...process.env, STREAM_OUT: join(out, `stream-${commit}-${name}.jsonl`) }, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const log = join(out, `batch-${commit}-${name}.log`);
  writeFileSync(log, `${stryker.stdout ?? ''}${stryker.stderr ?? ''}`);
  const report = join(ROOT, 'reports/mutation/mutation.json');
  if (existsSync(report)) copyFileSync(report, join(out, `mutation-${commit}-${name}.json`));
  const ranToEnd = existsSync(incremental) && statSync(incremental).mtimeMs >= begun;
  if (stryker.status !== 0 && !ranToEnd) {
    console.error(`mutate-batches: ${name} did not finish (exit ${stryker.status ?? stryker.signal}); see ${log}`);
    process.exit(1);
  }
}
for (const [i, batch] of batches.entries()) {
  const n = i + 1;
  if (doneHere.has(n)) continue;
  if ((Date.now() - started) / 60_000 > budgetMinutes) {
    console.log(`mutate-batches: budget of ${budgetMinutes} min spent; batch ${n} and later not started`);
    break;
  }
  console.log(`mutate-batches: batch ${n} of ${batches.length} on ${commit}: ${batch}`);
  runStryker(['--mutate', batch], String(n));
  doneHere.add(n);
  done[commit] = [...doneHere].sort((a, b) => a - b);
  writeFileSync(donePath, `${JSON.stringify(done, null, 2)}\n`);
}
console.log(`mutate-batches: ${doneHere.size} of ${batches.length} batches done on ${commit}`);
// Every batch done: one run over all the batches' files together (the `mutate` list of stryker.config.mjs,
// for docs/mutation/batches.txt) reuses every result and prints the whole-src score (its log is
// batch-<commit>-whole.log, its report mutation-<commit>-whole.json).
if (doneHere.size === batches.length && !existsSync(join(out, `mutation-${commit}-whole.json`))) {
  console.log('mutate-batches: every batch done; the whole score from their results');
  runStryker(['--mutate', batches.join(',')], 'whole');
}
