/**
 * Runs the benchmark of issue 6 and writes RESULTS.md beside this file.
 *
 *   npm run bench                      (from the repository root: builds, installs, runs)
 *   node --expose-gc benchmarks/run.mjs [--quick] [--only=count,gsm7] [--no-write]
 *
 * smshex is imported from the built ../dist/index.js.
 */

import os from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { generateCorpus, describeCorpus } from './corpus.mjs';
import { measure, pairedRatio, sinkValue } from './harness.mjs';
import { heapPerCall } from './heap.mjs';
import { buildTasks, heapCandidates } from './tasks.mjs';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const only = [...args].find((a) => a.startsWith('--only='))?.slice(7).split(',');
const write = !args.has('--no-write') && !quick && !only;
const SEED = 20261129;

const smshex = await import(new URL('../dist/index.js', import.meta.url).href);
const corpus = generateCorpus(SEED, 10_000);
const started = new Date();
const loadBefore = os.loadavg();

const fmtNs = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
const fmtRate = (ns) => {
  const perSecond = 1e9 / ns;
  return perSecond >= 1e6 ? `${(perSecond / 1e6).toFixed(2)} M/s` : perSecond >= 1e3 ? `${(perSecond / 1e3).toFixed(1)} k/s` : `${perSecond.toFixed(0)} /s`;
};
const fmtRatio = (r) => (r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(2) : r.toFixed(3));

const rows = []; // markdown rows
const consoleRows = [];
const verdicts = [];
const notes = [];

function addRow(cells) {
  rows.push(`| ${cells.join(' | ')} |`);
  consoleRows.push(cells);
}

const tasks = buildTasks(smshex, corpus).filter((t) => !only || only.includes(t.id));
for (const task of tasks) {
  const present = task.smshex.filter((c) => c.available);
  const candidates = [task.floor, ...present, ...task.peers];
  const settings = { ...task.settings, ...(quick ? { rounds: 3, minSampleMs: 3 } : {}) };
  process.stderr.write(`${task.title}: ${candidates.length} candidates, ${task.inputs.length} inputs ... `);
  const t0 = Date.now();
  const results = measure({ inputs: task.inputs, candidates }, settings);
  process.stderr.write(`${((Date.now() - t0) / 1000).toFixed(1)} s\n`);

  const floor = results.get(task.floor.name);
  const floorNs = floor.medianNs;
  const peerNs = task.peers.map((p) => [p.name, results.get(p.name).medianNs]);
  const best = peerNs.reduce((a, b) => (b[1] < a[1] ? b : a), peerNs[0]);
  const against = task.target.against === 'best peer' ? best?.[0] : task.target.against;
  const targetText = [
    task.target.floor === undefined ? null : `≥ ${task.target.floor} of floor`,
    task.target.peer ? `≥ ${task.target.peer}× ${task.target.against === 'best peer' ? 'best peer' : task.target.against.split(' ')[0]}` : null,
  ].filter(Boolean).join(', ');

  addRow([task.title, task.floor.name, fmtNs(floorNs), fmtRate(floorNs), '1', '', '', '']);
  for (const c of task.smshex) {
    if (!c.available) {
      addRow([task.title, c.name, 'not yet in smshex', '', '', '', targetText, 'not yet in smshex']);
      verdicts.push({ task: task.title, status: 'not yet in smshex' });
      continue;
    }
    const ours = results.get(c.name);
    const ns = ours.medianNs;
    const ofFloor = pairedRatio(floor, ours);
    const vsBest = best ? pairedRatio(results.get(best[0]), ours) : undefined;
    const vsTarget = against ? pairedRatio(results.get(against), ours) : undefined;
    const floorMet = task.target.floor === undefined || ofFloor >= task.target.floor;
    const peerMet = task.target.peer === undefined || vsTarget >= task.target.peer;
    const status = c.extra ? '(extra row)' : floorMet && peerMet ? 'met' : `missed (${[!floorMet && 'floor', !peerMet && 'peer'].filter(Boolean).join(', ')})`;
    addRow([task.title, `**${c.name}**`, fmtNs(ns), fmtRate(ns), fmtRatio(ofFloor), vsBest ? `${fmtRatio(vsBest)}×` : '–', c.extra ? '' : targetText, status]);
    if (!c.extra) verdicts.push({ task: task.title, status, ofFloor, vsTarget });
    if (task.parts !== undefined && !c.extra) {
      const peer = results.get(task.target.against).medianNs;
      notes.push(
        `${task.title}: ${task.parts.toFixed(3)} parts per message over the corpus: smshex ${fmtRate(ns)} msgs, ${fmtRate(ns / task.parts)} parts; ` +
          `${task.target.against} ${fmtRate(peer)} msgs, ${fmtRate(peer / task.parts)} parts`,
      );
    }
  }
  for (const [name, ns] of peerNs) {
    addRow([task.title, name, fmtNs(ns), fmtRate(ns), fmtRatio(pairedRatio(floor, results.get(name))), '', '', '']);
  }
  if (task.check && present.length > 0) notes.push(`${task.title}: ${task.check()}`);
}

// Heap per estimate.
if (!only || only.includes('heap')) {
  process.stderr.write('heap per estimate ... ');
  const texts = corpus.map((m) => m.text);
  for (const c of heapCandidates(smshex)) {
    if (c.available === false) {
      addRow(['heap per estimate', c.name, 'not yet in smshex', '', '', '', '≤ 100 B', 'not yet in smshex']);
      verdicts.push({ task: 'heap per estimate', status: 'not yet in smshex' });
      continue;
    }
    const calls = quick ? Math.min(c.calls, 2000) : c.calls;
    const bytes = heapPerCall(c.fn, texts, calls);
    const isOurs = c.name.startsWith('smshex');
    const counted = isOurs && !c.extra;
    const status = counted ? (bytes <= 100 ? 'met' : 'missed') : isOurs ? '(extra row)' : '';
    addRow(['heap per estimate', isOurs ? `**${c.name}**` : c.name, `${bytes.toFixed(0)} B/call`, '', '', '', counted ? '≤ 100 B' : '', status]);
    if (isOurs) {
      if (counted) verdicts.push({ task: 'heap per estimate', status });
      // Where it goes: the GSM 7-bit and the UCS-2 messages apart.
      for (const [label, kinds] of [['GSM 7-bit texts only', ['short', 'long', 'extension']], ['UCS-2 texts only', ['ucs2']]]) {
        const subset = corpus.filter((m) => kinds.includes(m.kind)).map((m) => m.text);
        addRow(['heap per estimate', `${c.name}, ${label}`, `${heapPerCall(c.fn, subset, calls).toFixed(0)} B/call`, '', '', '', '', '(extra row)']);
      }
    }
  }
  process.stderr.write('done\n');
}

// Bulk: estimateMany over one million messages, in constant memory; then the same through the CLI.
if (!only || only.includes('bulk')) {
  const target = '< 1 s for 1,000,000, RSS at 1M within 10 % of RSS at 100k';
  if (typeof smshex.estimateMany !== 'function') {
    addRow(['bulk estimateMany', 'smshex estimateMany', 'not yet in smshex', '', '', '', target, 'not yet in smshex']);
    verdicts.push({ task: 'bulk estimateMany', status: 'not yet in smshex' });
  } else {
    const total = quick ? 200_000 : 1_000_000;
    const checkpoint = total / 10;
    const texts = corpus.map((m) => m.text);
    function* source() {
      for (let i = 0; i < total; i++) yield texts[i % texts.length];
    }
    const rss = [];
    process.stderr.write(`bulk estimateMany over ${total} ... `);
    globalThis.gc?.();
    const t0 = process.hrtime.bigint();
    let count = 0;
    let parts = 0;
    for (const r of smshex.estimateMany(source())) {
      count++;
      parts += r.smsCount;
      if (count === checkpoint || count === total) rss.push(process.memoryUsage().rss);
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    process.stderr.write(`${seconds.toFixed(2)} s\n`);
    const scaled = (seconds * 1_000_000) / total;
    const growth = rss[1] / rss[0] - 1;
    const status = count === total && scaled < 1 && growth <= 0.1 ? 'met' : `missed (${[scaled >= 1 && 'time', growth > 0.1 && 'memory'].filter(Boolean).join(', ')})`;
    addRow(['bulk estimateMany', '**smshex estimateMany**', `${scaled.toFixed(2)} s / 1M`, fmtRate((seconds * 1e9) / total), '', '', target, status]);
    verdicts.push({ task: 'bulk estimateMany', status });
    const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
    notes.push(
      `bulk estimateMany: ${total.toLocaleString('en')} texts (the corpus cycled, ${parts.toLocaleString('en')} parts) in one process on one core: ` +
        `RSS ${mb(rss[0])} at ${checkpoint.toLocaleString('en')} texts, ${mb(rss[1])} at ${total.toLocaleString('en')} (${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} %)`,
    );

    // The CLI: `smshex count --lines`, the same texts (newlines inside a text become spaces) on standard input.
    const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
    const lines = texts.map((t) => t.replace(/[\r\n]/g, ' '));
    process.stderr.write(`bulk smshex count --lines over ${total} ... `);
    const t1 = process.hrtime.bigint();
    const outcome = await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'count', '--lines'], { stdio: ['pipe', 'pipe', 'inherit'] });
      let newlines = 0;
      child.stdout.on('data', (chunk) => {
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++;
      });
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, newlines }));
      let i = 0;
      const feed = () => {
        while (i < total) {
          let batch = '';
          for (let k = 0; k < 1000 && i < total; k++, i++) batch += `${lines[i % lines.length]}\n`;
          if (!child.stdin.write(batch)) return void child.stdin.once('drain', feed);
        }
        child.stdin.end();
      };
      feed();
    });
    const cliSeconds = Number(process.hrtime.bigint() - t1) / 1e9;
    process.stderr.write(`${cliSeconds.toFixed(2)} s\n`);
    const cliOk = outcome.code === 0 && outcome.newlines === total;
    addRow(['bulk CLI', '**smshex count --lines** (stdin → one JSON line each)', `${((cliSeconds * 1_000_000) / total).toFixed(2)} s / 1M`, fmtRate((cliSeconds * 1e9) / total), '', '', 'report texts/s', cliOk ? 'reported' : `failed (exit ${outcome.code}, ${outcome.newlines} lines)`]);
  }
}

// Output.
const header = ['task', 'candidate', 'median per message', 'throughput', '÷ floor', 'vs best peer', 'target', 'status'];
const widths = header.map((h, i) => Math.max(h.length, ...consoleRows.map((r) => String(r[i]).replace(/\*\*/g, '').length)));
const line = (cells) => cells.map((c, i) => String(c).replace(/\*\*/g, '').padEnd(widths[i])).join('  ');
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of consoleRows) console.log(line(r));
for (const n of notes) console.log(`check: ${n}`);

/** The other results of benchmarks/, each written by its own script: linked from RESULTS.md so they are found. */
const TWIN_LINK =
  "The offline twin's load test (requests per second, p99 latency, memory over 100,000 requests) is in [TWIN.md](TWIN.md), written by `benchmarks/twin.mjs`; the peak memory per input byte of every encoder and decoder is in [MEMORY.md](MEMORY.md), written by `benchmarks/memory.mjs`.";

const cpus = os.cpus();
const machine = `${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${os.platform()} ${os.release()}, Node ${process.version}`;
const load = (l) => l.map((x) => x.toFixed(2)).join(' / ');
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
const met = verdicts.filter((v) => v.status === 'met').length;
const missed = verdicts.filter((v) => v.status.startsWith('missed'));
const pending = verdicts.filter((v) => v.status === 'not yet in smshex');

const md = `# Benchmark results

Written by \`benchmarks/run.mjs\`; do not edit by hand.

${TWIN_LINK}

- **Command:** \`npm run bench\` (from the repository root: builds smshex, installs \`benchmarks/\` from its lockfile, runs \`node --expose-gc benchmarks/run.mjs\`)
- **Date:** ${started.toISOString()}
- **Commit:** ${commit} (the build measured: \`dist/\` of this commit, plus any uncommitted change in the working tree)
- **Machine:** ${machine}
- **Load average (1/5/15 min):** ${load(loadBefore)} at the start, ${load(os.loadavg())} at the end
- **Corpus:** seed ${SEED}, ${corpus.length} messages: ${describeCorpus(corpus)}
- **Method:** every candidate of a task runs once per round over the same slice of the inputs, in a shuffled order;
  a fast candidate repeats the slice until one sample takes at least 1 ms; the table gives the median over the rounds.
  "÷ floor" is the floor's time divided by the candidate's in the same round (1 = as fast as the floor), "vs best peer" the
  fastest peer's time divided by smshex's in the same round, each the median over the rounds (pairing the samples of a
  round cancels the load other processes put on the machine). Heap per call is the heap's growth plus what garbage collection reclaimed in between
  (v8.GCProfiler), over many calls, after warm-up.

${Math.max(loadBefore[0], os.loadavg()[0]) > cpus.length ? `> **Warning:** the load average exceeded the ${cpus.length} cores during this run: other processes took turns on the CPU in the middle of samples, so the ratios below are less reliable than usual.\n\n` : ''}**Targets:** ${met} met, ${missed.length} missed${missed.length ? ` (${missed.map((v) => v.task).join(', ')})` : ''}, ${pending.length} not yet measurable (the smshex export does not exist yet).

| ${header.join(' | ')} |
|${header.map(() => '---').join('|')}|
${rows.join('\n')}

${notes.map((n) => `- Output check, ${n}`).join('\n')}

${readFileSync(fileURLToPath(new URL('./NOTES.md', import.meta.url)), 'utf8').replace(/^# /, '## ')}`;

if (write) {
  writeFileSync(fileURLToPath(new URL('./RESULTS.md', import.meta.url)), md);
  console.log('\nwrote benchmarks/RESULTS.md');
}
if (sinkValue() === 0.5) console.log('unreachable');
