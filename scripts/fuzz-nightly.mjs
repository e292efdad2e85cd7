#!/usr/bin/env node
/**
 * The long fuzz run, property by property, resumable: `npm run fuzz:nightly`.
 *
 *   node scripts/fuzz-nightly.mjs [--runs 1000000] [--seed 20261129] [--only <substring>]
 *                                 [--budget-minutes 100] [--results docs/fuzz/nightly.json] [--retry-failed]
 *
 * Every property of test/fuzz/ (as `vitest list` names them) runs with FUZZ_RUNS and FUZZ_SEED set, one
 * property at a time, a vitest process per file (its start-up is paid once per file, not per property),
 * and its result (passed or failed, runs, seed, its own duration, the commit, and the tree of src/ and
 * test/ it ran on) is written to the results file as soon as it ends (scripts/fuzz-nightly-reporter.mjs
 * reports each one as it finishes). A later call skips every property that already passed with the same
 * runs and seed on the same src/ and test/ trees, so a run of many hours is done in batches that each
 * finish: `--budget-minutes` starts no new property past that time (the process is stopped as the next
 * property starts). docs/fuzz/nightly.md is written from the results after every property, with the list of what is
 * not yet run and the command that resumes.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { optionsOf } from './options.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VITEST = join(ROOT, 'node_modules', 'vitest', 'vitest.mjs');
const REPORTER = join(ROOT, 'scripts', 'fuzz-nightly-reporter.mjs');

const { option, positiveInteger } = optionsOf('fuzz-nightly');

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

/** The vitest process running now: stopped with this one (it has a process group of its own). */
let running;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (running !== undefined) process.kill(-running.pid, 'SIGKILL');
    process.exit(130);
  });
}

/**
 * Runs the given properties of one file in one vitest process (its start-up, a few seconds on a
 * loaded machine, is paid once per file, not once per property). `onResult` gets each property's
 * `{ name, status, durationMs, failure? }` as soon as it ends; a property that starts after
 * `deadline` is stopped at once, with the process (the one running at the deadline finishes), so
 * the file's `afterAll` checks do not run then; the properties left run, with them, when resumed.
 * Returns whether the run was stopped so and any error outside the properties.
 */
async function runFile(file, names, deadline, onResult) {
  const out = join(work, 'results.jsonl');
  writeFileSync(out, '');
  const pattern = `^(?:${names.map((name) => escapeRegExp(name.split(' > ').join(' '))).join('|')})$`;
  const child = spawn(
    process.execPath,
    [VITEST, 'run', file, '-t', pattern, `--reporter=${REPORTER}`, '--no-file-parallelism'],
    {
      cwd: ROOT,
      env: { ...process.env, FUZZ_RUNS: String(runs), FUZZ_SEED: String(seed), FUZZ_NIGHTLY_OUT: out },
      stdio: ['ignore', 'ignore', 'pipe'],
      // Its own process group, so that stopping it stops its workers too.
      detached: true,
    },
  );
  running = child;
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk).slice(-4000);
  });
  let read = 0;
  let cancelled = false;
  let results = 0;
  const stop = () => {
    if (cancelled) return;
    cancelled = true;
    process.kill(-child.pid, 'SIGKILL');
  };
  const moduleErrors = [];
  const drain = () => {
    const text = readFileSync(out, 'utf8');
    const end = text.lastIndexOf('\n') + 1;
    for (const line of text.slice(read, end).split('\n').filter(Boolean)) {
      const record = JSON.parse(line);
      if (record.started !== undefined) {
        if (record.at > deadline) stop();
      } else if (record.moduleError !== undefined) moduleErrors.push(record.moduleError);
      else {
        onResult(record);
        results++;
        // A worker busy in a synchronous property reports the next one's start only when that one ends,
        // but its results come as each ends: one ending past the deadline means the next has just begun.
        if (Date.now() > deadline && results < names.length) stop();
      }
    }
    read = end;
  };
  const poll = setInterval(drain, 500);
  const status = await new Promise((done) => child.on('close', (code) => done(code)));
  clearInterval(poll);
  running = undefined;
  drain();
  const error = moduleErrors.length > 0 ? moduleErrors.join('\n') : !cancelled && status !== 0 && status !== 1 ? stderr || `vitest exited with ${status}` : undefined;
  return { cancelled, status, error };
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
  const ran = new Set(current.map((r) => `${r.file} > ${r.name}`));
  const waiting = (state.properties ?? []).filter((p) => !ran.has(p));
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
    `- **Done:** ${passed.length} of ${total} properties passed, ${failed.length} failed or errored, ${waiting.length} not yet run`,
    `- **Time so far:** ${minutes(current.reduce((sum, r) => sum + r.durationMs, 0))} min, the sum of the properties' own durations (wall clock, one property at a time; the machine may have been shared)`,
    ...(waiting.length > 0
      ? [`- **To finish:** \`npm run fuzz:nightly -- --runs ${runs} --seed ${seed} --budget-minutes 30\`, again until nothing is left (it skips what passed on this tree)`]
      : ['- **Complete:** every property of test/fuzz/ ran on this tree']),
    '',
    '| file | property | status | duration | finished |',
    '|---|---|---|---:|---|',
    ...current.map((r) => `| ${r.file} | ${r.name.replace(/\|/g, '\\|')} | ${r.status} | ${(r.durationMs / 1000).toFixed(1)} s | ${r.finished} |`),
    '',
  ];
  if (waiting.length > 0) {
    lines.push(`## Not yet run at ${runs.toLocaleString('en')} on this tree (${waiting.length})`, '', ...waiting.map((p) => `- ${p.replace(/\|/g, '\\|')}`), '');
  }
  if (failed.length) lines.push('## Failures', '', ...failed.map((r) => `### ${r.name}\n\n\`\`\`\n${r.failure}\n\`\`\`\n`));
  return lines.join('\n');
}

const listed = listProperties();
const properties = listed.filter((p) => !only || `${p.file} ${p.name}`.includes(only));
const state = load();
state.commit = commit;
// Every property of the suite, --only or not: the report counts what is left against all of them.
state.properties = listed.map((p) => `${p.file} > ${p.name}`);
const isCurrent = (r) => r.runs === runs && r.seed === seed && r.trees === trees;
const done = new Map(state.results.filter(isCurrent).map((r) => [keyOf(r), r]));
const todo = properties.filter((p) => {
  const previous = done.get(keyOf(p));
  return previous === undefined || (retryFailed && previous.status !== 'passed');
});
console.log(
  `fuzz-nightly: ${properties.length} properties, ${properties.length - todo.length} already done at ${runs} runs, seed ${seed}, tree ${trees}; ${todo.length} to run`,
);

function record(property, result) {
  state.results = state.results.filter((r) => !(keyOf(r) === keyOf(property) && isCurrent(r)));
  state.results.push({ ...property, runs, seed, trees, commit, ...result, finished: new Date().toISOString() });
}

const files = [...new Set(todo.map((p) => p.file))];
const deadline = Date.now() + budgetMinutes * 60000;
let failures = 0;
for (const file of files) {
  if (Date.now() > deadline) {
    console.log(`fuzz-nightly: budget of ${budgetMinutes} min used; run again to resume`);
    break;
  }
  const mine = todo.filter((p) => p.file === file);
  console.log(`${file}: ${mine.length} properties`);
  const finished = [];
  const run = await runFile(
    file,
    mine.map((p) => p.name),
    deadline,
    (result) => {
      const property = mine.find((p) => p.name === result.name);
      if (property === undefined) return;
      const { name: _, ...rest } = result;
      record(property, { tests: 1, ...rest });
      finished.push(property);
      if (result.status !== 'passed') failures++;
      console.log(`  ${result.name} ... ${result.status} in ${(result.durationMs / 1000).toFixed(1)} s`);
      save(state);
    },
  );
  if (run.error !== undefined) {
    // Outside any property (a failing afterAll such as the prototype guard, or the process dying):
    // what finished in this process is not trusted, what did not finish is an error.
    const blamed = run.status === 0 || run.status === 1 ? mine : mine.filter((p) => !finished.includes(p));
    for (const property of blamed) record(property, { status: 'error', tests: 0, durationMs: 0, failure: run.error.slice(-4000) });
    failures += blamed.length;
    console.log(`  error outside the properties:\n${run.error}`);
  } else if (!run.cancelled) {
    for (const property of mine.filter((p) => !finished.includes(p))) {
      record(property, { status: 'error', tests: 0, durationMs: 0, failure: 'the property did not run (its name did not match?)' });
      failures++;
    }
  }
  save(state);
  if (run.cancelled) {
    console.log(`fuzz-nightly: budget of ${budgetMinutes} min used; run again to resume`);
    break;
  }
}
save(state);
rmSync(work, { recursive: true, force: true });
process.exitCode = failures === 0 ? 0 : 1;
