#!/usr/bin/env node
/**
 * The long fuzz run, property by property, resumable: `npm run fuzz:nightly`.
 *
 *   node scripts/fuzz-nightly.mjs [--runs 1000000] [--seed 20261129] [--only <substring>]
 *                                 [--budget-minutes 100] [--results docs/fuzz/nightly.json] [--retry-failed]
 *
 * Every property of test/fuzz/ (as `vitest list` names them) runs in a vitest process of its own with
 * FUZZ_RUNS and FUZZ_SEED set, and its result (passed or failed, runs, seed, duration, the commit, and the
 * tree of src/ and test/ it ran on) is written to the results file as soon as it ends. A later call skips
 * every property that already passed with the same runs and seed on the same src/ and test/ trees, so a
 * run of many hours is done in batches that each finish: `--budget-minutes` starts no new property past
 * that time. docs/fuzz/nightly.md is written from the results after every property.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at === -1) return fallback;
  const value = process.argv[at + 1];
  if (value === undefined || value.startsWith('--')) throw new Error(`fuzz-nightly: --${name} needs a value`);
  return value;
}
const positiveInteger = (name, raw) => {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`fuzz-nightly: --${name} must be a positive integer, got ${raw}`);
  return value;
};

const runs = positiveInteger('runs', option('runs', '1000000'));
const seed = positiveInteger('seed', option('seed', '20261129'));
const only = option('only', undefined);
const budgetMinutes = Number(option('budget-minutes', 'Infinity'));
const resultsPath = resolve(ROOT, option('results', 'docs/fuzz/nightly.json'));
const reportPath = resultsPath.replace(/\.json$/, '.md');
const retryFailed = process.argv.includes('--retry-failed');

const git = (...args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
const commit = git('rev-parse', '--short', 'HEAD');
const dirty = git('status', '--porcelain', '--', 'src', 'test') !== '';
/** What a result depends on: the src/ and test/ trees, so a change to docs keeps the results. */
const trees = `${git('rev-parse', '--short', 'HEAD:src')}/${git('rev-parse', '--short', 'HEAD:test')}${dirty ? '+dirty' : ''}`;

const work = mkdtempSync(join(tmpdir(), 'smshex-fuzz-'));
const vitest = (args, env = {}) =>
  spawnSync(process.execPath, [VITEST, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

/** Every property of test/fuzz/, as `{ file, name }` with the describe blocks joined by ' > '. */
function listProperties() {
  const out = join(work, 'list.json');
  const listed = vitest(['list', 'test/fuzz', `--json=${out}`]);
  if (listed.status !== 0 || !existsSync(out)) throw new Error(`fuzz-nightly: vitest list failed\n${listed.stderr}`);
  return JSON.parse(readFileSync(out, 'utf8')).map(({ file, name }) => ({ file: relative(ROOT, file), name }));
}

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs one property; returns `{ status, tests, durationMs, failure? }`. */
function runProperty({ file, name }) {
  const out = join(work, 'result.json');
  rmSync(out, { force: true });
  const pattern = `^${escapeRegExp(name.split(' > ').join(' '))}$`;
  const started = Date.now();
  const child = vitest(['run', file, '-t', pattern, '--reporter=json', `--outputFile=${out}`], {
    FUZZ_RUNS: String(runs),
    FUZZ_SEED: String(seed),
  });
  const durationMs = Date.now() - started;
  if (!existsSync(out)) return { status: 'error', tests: 0, durationMs, failure: (child.stderr || child.stdout).slice(-2000) };
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const ran = report.testResults.flatMap((f) => f.assertionResults).filter((t) => t.status !== 'pending' && t.status !== 'skipped');
  if (ran.length !== 1) return { status: 'error', tests: ran.length, durationMs, failure: `the pattern ${pattern} ran ${ran.length} tests, not 1` };
  const [test] = ran;
  return {
    status: test.status === 'passed' ? 'passed' : 'failed',
    tests: 1,
    durationMs,
    ...(test.status === 'passed' ? {} : { failure: (test.failureMessages ?? []).join('\n').slice(0, 4000) }),
  };
}

const load = () => (existsSync(resultsPath) ? JSON.parse(readFileSync(resultsPath, 'utf8')) : { results: [] });
const keyOf = (r) => `${r.file}\u0000${r.name}`;

function save(state) {
  mkdirSync(dirname(resultsPath), { recursive: true });
  writeFileSync(resultsPath, `${JSON.stringify(state, null, 2)}\n`);
  writeFileSync(reportPath, report(state));
}

function report(state) {
  const current = state.results.filter((r) => r.runs === runs && r.seed === seed && r.trees === trees);
  const passed = current.filter((r) => r.status === 'passed');
  const failed = current.filter((r) => r.status !== 'passed');
  const total = state.properties?.length ?? current.length;
  const minutes = (ms) => (ms / 60000).toFixed(1);
  const lines = [
    '# Long fuzz run: results',
    '',
    'Written by `scripts/fuzz-nightly.mjs` (`npm run fuzz:nightly`) after every property; do not edit by hand.',
    'A property passes when fast-check found no counterexample in the given runs with the given seed; replay one with',
    '`FUZZ_RUNS=<runs> FUZZ_SEED=<seed> npx vitest run <file> -t "<name>"`.',
    '',
    `- **Runs per property:** ${runs.toLocaleString('en')}; **seed:** ${seed}`,
    `- **Tree:** src/ and test/ \`${trees}\` (commit ${state.commit ?? commit})`,
    `- **Done:** ${passed.length} of ${total} properties passed, ${failed.length} failed or errored, ${total - current.length} not yet run`,
    `- **Time so far:** ${minutes(current.reduce((sum, r) => sum + r.durationMs, 0))} min of one core`,
    '',
    '| file | property | status | duration | finished |',
    '|---|---|---|---:|---|',
    ...current.map((r) => `| ${r.file} | ${r.name.replace(/\|/g, '\\|')} | ${r.status} | ${(r.durationMs / 1000).toFixed(1)} s | ${r.finished} |`),
    '',
  ];
  if (failed.length) lines.push('## Failures', '', ...failed.map((r) => `### ${r.name}\n\n\`\`\`\n${r.failure}\n\`\`\`\n`));
  return lines.join('\n');
}

const properties = listProperties().filter((p) => !only || `${p.file} ${p.name}`.includes(only));
const state = load();
state.commit = commit;
state.properties = properties.map((p) => `${p.file} > ${p.name}`);
const done = new Map(state.results.filter((r) => r.runs === runs && r.seed === seed && r.trees === trees).map((r) => [keyOf(r), r]));
const todo = properties.filter((p) => {
  const previous = done.get(keyOf(p));
  return previous === undefined || (retryFailed && previous.status !== 'passed');
});
console.log(
  `fuzz-nightly: ${properties.length} properties, ${properties.length - todo.length} already done at ${runs} runs, seed ${seed}, tree ${trees}; ${todo.length} to run`,
);

const deadline = Date.now() + budgetMinutes * 60000;
let failures = 0;
for (const property of todo) {
  if (Date.now() > deadline) {
    console.log(`fuzz-nightly: budget of ${budgetMinutes} min used; run again to resume`);
    break;
  }
  process.stdout.write(`${property.file} > ${property.name} ... `);
  const result = runProperty(property);
  console.log(`${result.status} in ${(result.durationMs / 1000).toFixed(1)} s`);
  if (result.status !== 'passed') failures++;
  state.results = state.results.filter((r) => !(keyOf(r) === keyOf(property) && r.runs === runs && r.seed === seed && r.trees === trees));
  state.results.push({ ...property, runs, seed, trees, commit, ...result, finished: new Date().toISOString() });
  save(state);
}
save(state);
rmSync(work, { recursive: true, force: true });
process.exitCode = failures === 0 ? 0 : 1;
