/**
 * How the work grows with the input: each operation of the list timed on 1, 4 and 16 MB
 * in one process, the growth per ×4 step reported as a ratio (median of several runs).
 * Linear code grows about ×4 per step; quadratic code ×16. A ratio well above 4 is a
 * finding to explain in SCALING.md, never a test failure: nothing here runs in `npm test`.
 *
 *   npm run bench:scaling                                   (builds, runs, writes SCALING.md)
 *   node --expose-gc benchmarks/scaling.mjs [--quick] [--only=toHex,decodeUcs2] [--no-write]
 *
 * smshex is imported from the built ../dist/index.js (or the folder given by SMSHEX_DIST).
 */

import os from 'node:os';
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const write = !args.includes('--no-write') && !quick && !only;

const distDir = process.env.SMSHEX_DIST ? resolve(process.env.SMSHEX_DIST) : new URL('../dist/', import.meta.url).pathname;
const smshex = await import(pathToFileURL(resolve(distDir, 'index.js')).href);

const MB = 1_000_000;
const SIZES = quick ? [MB / 4, MB, 4 * MB] : [MB, 4 * MB, 16 * MB];
const RUNS = quick ? 3 : 7;
/** The growth per ×4 step above which a row is marked as a finding to explain. */
const FINDING = 5;

const has = (name) => typeof smshex[name] === 'function';
/** `size` characters made by repeating `piece`. */
const text = (piece, size) => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
/** Spaced hex of about `size` characters (whole bytes). */
const spacedHex = (size) => text('4a ', size - (size % 3) - 1);
const bytes = (size) => Uint8Array.from({ length: size }, (_, i) => (i * 31) & 0x7f);
/** Node's own bytes-to-string, the fastest way the host has to make a one-byte string. */
const latin1 = (b) => Buffer.from(b.buffer, b.byteOffset, b.length).latin1Slice(0, b.length);
const languages = smshex.NATIONAL_LANGUAGES ? Object.values(smshex.NATIONAL_LANGUAGES) : [];

/**
 * The operations of the old linear-time test, by name. `input(size)` builds an input of
 * about `size` characters or bytes outside the timing; `run(input)` is what is timed.
 * A row whose function this build lacks is skipped with a line saying so.
 */
const OPERATIONS = [
  ['parseHex strict', 'parseHex', spacedHex, (s) => smshex.parseHex(s, { strict: true })],
  ['parseHex lenient, spaced', 'parseHex', spacedHex, (s) => smshex.parseHex(s)],
  ['parseHex lenient, unspaced 0x', 'parseHex', (n) => `0x${text('4A', n - 2 - (n % 2))}`, (s) => smshex.parseHex(s)],
  ['safeParseHex strict', 'safeParseHex', spacedHex, (s) => smshex.safeParseHex(s, { strict: true })],
  ['safeParseHex strict, error at the end', 'safeParseHex', (n) => `${spacedHex(n - 3)} 4g`, (s) => smshex.safeParseHex(s, { strict: true })],
  ['safeParseHex lenient, mixed separators at the end', 'safeParseHex', (n) => `${text('4a:', n - 4)}4a-4a`, (s) => smshex.safeParseHex(s)],
  ['encodeText GSM 7-bit (with its hex)', 'encodeText', (n) => text('Test message. ', n), (s) => smshex.encodeText(s)],
  ['encodeText GSM 7-bit, extension table', 'encodeText', (n) => text('{5€} ', n), (s) => smshex.encodeText(s)],
  ['encodeText UCS-2 (with its hex)', 'encodeText', (n) => text('测试短信。', n), (s) => smshex.encodeText(s)],
  ['estimateSegments GSM 7-bit', 'estimateSegments', (n) => text('Test message. ', n), (s) => smshex.estimateSegments(s)],
  ['estimateSegments UCS-2', 'estimateSegments', (n) => text('测试短信。', n), (s) => smshex.estimateSegments(s)],
  [
    'estimateSegments, all national languages',
    'estimateSegments',
    (n) => text('Çok güzel ş ', n),
    (s) => smshex.estimateSegments(s, { language: 'auto', languages }),
  ],
  // keepGraphemes at 1/64 of the sizes: before issue 13 it was quadratic (128 k characters took 2.6 s).
  ['estimateSegments keepGraphemes', 'estimateSegments', (n) => text('abc def ', n), (s) => smshex.estimateSegments(s, { keepGraphemes: true }), 1 / 64],
  // The issue-13 case: Cyrillic past 65,535 UTF-16 units took 50 s; at 1/16 the largest input is 1 M units.
  ['estimateSegments keepGraphemes, Cyrillic', 'estimateSegments', (n) => text('ж', n), (s) => smshex.estimateSegments(s, { keepGraphemes: true }), 1 / 16],
  ['isGsm7', 'isGsm7', (n) => text('Test message. ', n), (s) => smshex.isGsm7(s)],
  ['encodeGsm7', 'encodeGsm7', (n) => text('Test message. ', n), (s) => smshex.encodeGsm7(s)],
  ["encodeGsm7 onUnmappable: 'replace'", 'encodeGsm7', (n) => text('a π ', n), (s) => smshex.encodeGsm7(s, { onUnmappable: 'replace' })],
  ['encodeUcs2', 'encodeUcs2', (n) => text('测试短信。', n), (s) => smshex.encodeUcs2(s)],
  ['encodeUcs2 with surrogate pairs', 'encodeUcs2', (n) => text('😀a', n - (n % 3)), (s) => smshex.encodeUcs2(s)],
  ['decodeGsm7', 'decodeGsm7', bytes, (b) => smshex.decodeGsm7(b)],
  ['decodeUcs2', 'decodeUcs2', (n) => smshex.encodeUcs2(text('测试', n / 2)), (b) => smshex.decodeUcs2(b)],
  ['packSeptets', 'packSeptets', bytes, (b) => smshex.packSeptets(b, 3)],
  ['unpackSeptets', 'unpackSeptets', (n) => smshex.packSeptets(bytes(n)), (b) => smshex.unpackSeptets(b, Math.floor((b.length * 8) / 7))],
  ['toHex', 'toHex', bytes, (b) => smshex.toHex(b)],
  // Floors: the same output written by the host alone, to tell memory from algorithm. A one-byte-per-character
  // string of 3 characters per input byte is what toHex returns; 3 and 6 per character, what encodeText returns
  // for GSM 7-bit and UCS-2 text.
  ['floor: a 3-byte-per-input latin1 string (toHex, encodeText GSM 7-bit)', 'toHex', (n) => new Uint8Array(3 * n - 1).fill(0x34), (b) => latin1(b)],
  ['floor: a 6-byte-per-input latin1 string (encodeText UCS-2)', 'toHex', (n) => new Uint8Array(6 * n - 1).fill(0x34), (b) => latin1(b)],
  // What the first write of fresh memory costs: the pages of a large new buffer come from the kernel.
  ['floor: first write of 3 fresh bytes per input byte', 'toHex', (n) => 3 * n, (length) => new Uint8Array(length).fill(0x34)],
].map(([name, fn, input, run, scale = 1]) => ({ name, fn, input, run, scale }));

const collectGarbage = globalThis.gc ?? (() => undefined);
if (!globalThis.gc) process.stderr.write('note: run with --expose-gc so that each timing starts after a garbage collection\n');

/** Larger than any CPU cache: written before each timing, so that the small size starts as cold as the large. */
const evictor = new Uint8Array(64 * MB);
let evictions = 0;
function evictCaches() {
  evictions++;
  for (let i = 0; i < evictor.length; i += 64) evictor[i] = evictions;
}

let sink = 0;
/** Wall time of one run in ms, after a collection and a cache eviction. */
function timeOnce(run, input) {
  collectGarbage();
  evictCaches();
  const start = process.hrtime.bigint();
  const out = run(input);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  sink ^= typeof out === 'string' ? out.length : (out?.length ?? 1);
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const rows = [];
const skipped = [];
for (const op of OPERATIONS) {
  if (only && !only.some((o) => op.name.startsWith(o))) continue;
  if (op.scale !== 1 && args.includes('--no-graphemes')) {
    skipped.push(`${op.name} (--no-graphemes)`);
    continue;
  }
  if (!has(op.fn)) {
    skipped.push(`${op.name} (${op.fn} is not exported by this build)`);
    continue;
  }
  const inputs = SIZES.map((size) => op.input(Math.round(size * op.scale)));
  op.run(inputs[0]); // warm up
  // Interleave the sizes run by run, so a change of load hits every size alike; medians per size
  // and per step ratio (pairing the sizes of one run).
  const times = SIZES.map(() => []);
  const stepRatios = SIZES.slice(1).map(() => []);
  for (let r = 0; r < RUNS; r++) {
    const t = inputs.map((input) => timeOnce(op.run, input));
    t.forEach((ms, i) => times[i].push(ms));
    for (let i = 1; i < t.length; i++) stepRatios[i - 1].push(t[i] / Math.max(t[i - 1], 0.05));
  }
  const medians = times.map(median);
  const steps = stepRatios.map(median);
  rows.push({ name: op.scale === 1 ? op.name : `${op.name} (sizes × ${op.scale})`, medians, steps });
  process.stderr.write(`${op.name}: ${medians.map((m) => m.toFixed(1)).join(' / ')} ms, steps ×${steps.map((s) => s.toFixed(1)).join(', ×')}\n`);
}

const sizeLabel = (n) => `${n / MB} MB`;
const header = `| operation | ${SIZES.map(sizeLabel).join(' | ')} | ${SIZES.slice(1)
  .map((n, i) => `×4 step ${sizeLabel(SIZES[i])} → ${sizeLabel(n)}`)
  .join(' | ')} | verdict |`;
const rule = `|---|${SIZES.map(() => '---:').join('|')}|${SIZES.slice(1)
  .map(() => '---:')
  .join('|')}|---|`;
const table = [
  header,
  rule,
  ...rows.map(({ name, medians, steps }) => {
    const worst = Math.max(...steps);
    const verdict = worst <= FINDING ? 'linear' : `**finding: ×${worst.toFixed(1)}** (see notes)`;
    return `| ${name} | ${medians.map((m) => `${m.toFixed(1)} ms`).join(' | ')} | ${steps.map((s) => `×${s.toFixed(2)}`).join(' | ')} | ${verdict} |`;
  }),
].join('\n');

console.log(table);
if (skipped.length) console.log(`\nSkipped: ${skipped.join('; ')}`);

if (write) {
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {
    /* not a checkout */
  }
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const out = `# Scaling: how the work grows with the input

Written by \`benchmarks/scaling.mjs\` (\`npm run bench:scaling\`); the notes below the table are kept in
\`benchmarks/SCALING-NOTES.md\` and copied in. Do not edit this file by hand.

- **Date:** ${new Date().toISOString()}
- **Commit:** ${commit}
- **Machine:** ${cpu}, ${os.cpus().length} cores, ${os.platform()} ${os.release()}, Node ${process.version}
- **Load average (1/5/15 min) at the end:** ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ')}
- **Method:** each operation runs on inputs of ${SIZES.map(sizeLabel).join(', ')} (characters of text or hex, or bytes), the sizes
  interleaved within each of ${RUNS} runs; every timing starts after a garbage collection and after writing 64 MB to evict
  the CPU caches. The table gives the median wall time per size and the median ratio between neighbouring sizes within a
  run. Linear work grows ×4 per step, quadratic ×16; a step above ×${FINDING} is marked as a finding.

${table}
${skipped.length ? `\nSkipped: ${skipped.join('; ')}\n` : ''}
${await notesText()}
`;
  writeFileSync(new URL('./SCALING.md', import.meta.url), out);
  process.stderr.write('wrote benchmarks/SCALING.md\n');
}
process.stderr.write(`(sink ${sink & 1})\n`);

async function notesText() {
  try {
    const { readFileSync } = await import('node:fs');
    return readFileSync(new URL('./SCALING-NOTES.md', import.meta.url), 'utf8');
  } catch {
    return '';
  }
}
