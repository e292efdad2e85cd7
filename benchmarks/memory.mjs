/**
 * Peak memory per input unit of every encoder and decoder (issue 18): how many bytes of
 * heap and off-heap memory one call holds at its highest, divided by the size of its input
 * (bytes for a byte input, UTF-16 units for a text). A finding to explain in MEMORY.md,
 * never a test failure: nothing here runs in `npm test`.
 *
 *   npm run bench:memory                                   (builds, runs, writes MEMORY.md)
 *   node --expose-gc benchmarks/memory.mjs [--size=10000000] [--only=toHex,encodeGsm7] [--no-write]
 *   node --expose-gc benchmarks/memory.mjs --before=/tmp/old-dist [--before-label='the build of main at abc1234']
 *                                                          (adds a column measured on another build)
 *
 * Method: every case runs in a child process of its own (so one case's garbage or
 * fragmentation is not another's), after a warm-up call on a small input. The input is
 * built and kept alive before the baseline is read; the baseline is read after two full
 * garbage collections. Memory is `process.memoryUsage()` heapUsed + external (external
 * already includes arrayBuffers, so adding arrayBuffers again would count them twice),
 * sampled before every garbage collection during the call (v8.GCProfiler's before-GC
 * statistics: used heap + external memory) and once when the call returns. Between two
 * collections memory only grows, so the highest of these samples is the peak. "Result" is
 * what is still held after two more collections with the result alive: the output itself.
 *
 * smshex is imported from the built ../dist/index.js (or the folder given by SMSHEX_DIST).
 */

import os from 'node:os';
import v8 from 'node:v8';
import { execFileSync, execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const SIZE = Number(option('size') ?? 10_000_000);
const only = option('only')?.split(',');
const before = option('before');
/** How MEMORY.md names the build of --before (default: its folder). */
const beforeLabel = option('before-label') ?? before;
const caseName = option('case');
const write = !args.includes('--no-write') && !only && SIZE === 10_000_000;
const distDir = option('dist') ?? (process.env.SMSHEX_DIST ? resolve(process.env.SMSHEX_DIST) : fileURLToPath(new URL('../dist/', import.meta.url)));

/**
 * `size` UTF-16 units made by repeating `piece`, as one flat string: `repeat` and `slice`
 * give a rope or a slice, which the first call to read it would flatten inside the
 * measurement (charging the call for a copy of its input).
 */
const text = (piece, size) => {
  const units = new Uint16Array(size);
  for (let i = 0; i < size; i++) units[i] = piece.charCodeAt(i % piece.length);
  return units.every((u) => u < 0x100) ? Buffer.from(units).toString('latin1') : Buffer.from(units.buffer).toString('utf16le');
};
/** `size` pseudo-random bytes (a fixed LCG, so every run measures the same input). */
const bytes = (size) => {
  const out = new Uint8Array(size);
  for (let i = 0, x = 20261202; i < size; i++) out[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
  return out;
};
const septets = (size) => bytes(size).map((b) => b & 0x7f).map((b) => (b === 0x1b ? 0x20 : b));
const utf16be = (size) => bytes(size - (size % 2)).map((b, i) => (i % 2 === 0 ? 0x04 : b)); // Cyrillic, no surrogates
const spacedHex = (smshex, size) => smshex.toHex(bytes(Math.floor((size + 1) / 3)));

/**
 * The cases: [name, what the input is, build(size, smshex), run(input, smshex)].
 * `run` returns the result, which is kept alive until the end is sampled.
 */
const CASES = [
  ['toHex', 'bytes', (n) => bytes(n), (b, s) => s.toHex(b)],
  ["toHex separator ''", 'bytes', (n) => bytes(n), (b, s) => s.toHex(b, { separator: '' })],
  ["toHex separator ':' uppercase", 'bytes', (n) => bytes(n), (b, s) => s.toHex(b, { separator: ':', uppercase: true })],
  ["toHex separator ', '", 'bytes', (n) => bytes(n), (b, s) => s.toHex(b, { separator: ', ' })],
  ["toHex separator ' · ' (not ASCII)", 'bytes', (n) => bytes(n), (b, s) => s.toHex(b, { separator: ' · ' })],
  ["toHex separator ' → ' (two-byte string)", 'bytes', (n) => bytes(n), (b, s) => s.toHex(b, { separator: ' → ' })],
  ['parseHex strict', 'hex chars', (n, s) => spacedHex(s, n), (h, s) => s.parseHex(h, { strict: true })],
  ['parseHex lenient', 'hex chars', (n, s) => spacedHex(s, n), (h, s) => s.parseHex(h)],
  ['safeParseHex strict', 'hex chars', (n, s) => spacedHex(s, n), (h, s) => s.safeParseHex(h, { strict: true })],
  ['safeParseHex lenient', 'hex chars', (n, s) => spacedHex(s, n), (h, s) => s.safeParseHex(h)],
  ['encodeGsm7', 'UTF-16 units', (n) => text('Test message. ', n), (t, s) => s.encodeGsm7(t)],
  ['encodeGsm7 extension table', 'UTF-16 units', (n) => text('{5€} ', n), (t, s) => s.encodeGsm7(t)],
  ["encodeGsm7 replace, GSM text", 'UTF-16 units', (n) => text('Test message. ', n), (t, s) => s.encodeGsm7(t, { onUnmappable: 'replace' })],
  ["encodeGsm7 replace, non-GSM text", 'UTF-16 units', (n) => text('привет', n), (t, s) => s.encodeGsm7(t, { onUnmappable: 'replace' })],
  [
    'encodeGsm7 replace, non-GSM text, replacements read',
    'UTF-16 units',
    (n) => text('привет', n),
    (t, s) => {
      const result = s.encodeGsm7(t, { onUnmappable: 'replace' });
      return [result, result.replacements.length];
    },
  ],
  ['encodeUcs2', 'UTF-16 units', (n) => text('测试短信。', n), (t, s) => s.encodeUcs2(t)],
  ['encodeText GSM 7-bit (with its hex)', 'UTF-16 units', (n) => text('Test message. ', n), (t, s) => s.encodeText(t)],
  ['encodeText UCS-2 (with its hex)', 'UTF-16 units', (n) => text('测试短信。', n), (t, s) => s.encodeText(t)],
  ['decodeGsm7', 'septets', (n) => septets(n), (b, s) => s.decodeGsm7(b)],
  ['decodeUcs2', 'bytes', (n) => utf16be(n), (b, s) => s.decodeUcs2(b)],
  ['decodeText 0', 'septets', (n) => septets(n), (b, s) => s.decodeText(b, 0)],
  ['decodeText 8', 'bytes', (n) => utf16be(n), (b, s) => s.decodeText(b, 8)],
];

const used = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.external;
};
/** Two full collections, then a pause so that the concurrent sweeping of array buffers settles the external count. */
const gc2 = async () => {
  globalThis.gc();
  globalThis.gc();
  await new Promise((done) => setTimeout(done, 100));
  globalThis.gc();
};

/** One case in this process: prints `{ peak, result, collections }` in bytes as JSON. */
async function measure(name) {
  const smshex = await import(pathToFileURL(resolve(distDir, 'index.js')).href);
  const found = CASES.find((c) => c[0] === name);
  if (found === undefined) throw new Error(`no case ${name}`);
  const [, , build, run] = found;
  for (let i = 0; i < 3; i++) run(build(3000, smshex), smshex); // warm-up: compiled code, lazy tables
  const input = build(SIZE, smshex);
  await gc2();
  const base = used();
  const profiler = new v8.GCProfiler();
  profiler.start();
  let result = run(input, smshex);
  const end = used();
  const { statistics } = profiler.stop();
  let peak = end;
  for (const gc of statistics) {
    const h = gc.beforeGC.heapStatistics;
    peak = Math.max(peak, h.usedHeapSize + h.externalMemory);
  }
  await gc2();
  const held = used();
  if (result === undefined) console.log('no result'); // keeps the result alive until here
  result = undefined;
  const units = typeof input === 'string' ? input.length : input.byteLength;
  process.stdout.write(JSON.stringify({ units, peak: peak - base, result: held - base, collections: statistics.length }));
}

/** Runs one case in a child process against `dist`; `null` when it failed (out of memory included). */
function child(name, dist) {
  try {
    const out = execFileSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), `--case=${name}`, `--size=${SIZE}`, `--dist=${dist}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 20,
    });
    return JSON.parse(out);
  } catch (error) {
    return { failed: String(error.stderr ?? error.message).split('\n').find((l) => /error|memory/i.test(l)) ?? 'failed' };
  }
}

const perUnit = (r) => (r === null || r.failed ? `failed (${r?.failed ?? ''})` : (r.peak / r.units).toFixed(1));
const resultPerUnit = (r) => (r === null || r.failed ? '' : (r.result / r.units).toFixed(1));

async function main() {
  if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
  if (caseName !== undefined) return measure(caseName);
  const cases = CASES.filter((c) => only === undefined || only.some((o) => c[0].startsWith(o)));
  const rows = [];
  for (const [name, unit] of cases) {
    const after = child(name, distDir);
    const old = before === undefined ? undefined : child(name, resolve(before));
    rows.push({ name, unit, after, old });
    const was = old === undefined ? '' : `  (before: ${perUnit(old)})`;
    process.stderr.write(`${name.padEnd(52)} ${perUnit(after).padStart(8)} B per ${unit.replace(/s$/, '')}${was}\n`);
  }
  const head =
    before === undefined
      ? '| call | input (10 MB) | peak, B per input unit | result, B per input unit |\n|---|---|---:|---:|'
      : '| call | input (10 MB) | peak before, B per input unit | peak, B per input unit | result, B per input unit |\n|---|---|---:|---:|---:|';
  const lines = rows.map(({ name, unit, after, old }) =>
    before === undefined
      ? `| ${name} | ${unit} | ${perUnit(after)} | ${resultPerUnit(after)} |`
      : `| ${name} | ${unit} | ${perUnit(old)} | ${perUnit(after)} | ${resultPerUnit(after)} |`,
  );
  const table = `${head}\n${lines.join('\n')}`;
  console.log(table);
  if (!write) return;
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
  } catch {}
  const md = `# Memory: peak bytes per input unit of every encoder and decoder

Written by \`benchmarks/memory.mjs\` (\`npm run bench:memory\`); the notes below the table are kept in
\`benchmarks/MEMORY-NOTES.md\` and copied in. Do not edit this file by hand.

- **Date:** ${new Date().toISOString()}
- **Commit:** ${commit} (the build measured: \`dist/\` of this commit, plus any uncommitted change in the working tree)${before === undefined ? '' : `\n- **Before:** the column "peak before" is ${beforeLabel}`}
- **Machine:** ${os.cpus()[0]?.model.split(' ').slice(0, 2).join(' ')}, ${os.cpus().length} cores, ${os.platform()} ${os.release()}, Node ${process.version}
- **Input:** ${SIZE.toLocaleString('en-US')} units per call (bytes, septets, hex characters or UTF-16 units, as the column says)
- **Method:** each call in a child process of its own, after a warm-up on a small input; memory is
  \`process.memoryUsage()\` heapUsed + external (external includes arrayBuffers), sampled before every garbage
  collection during the call (\`v8.GCProfiler\`) and when it returns, minus the same after two full collections
  with the input built. "Peak" is the highest sample; "result" is what the returned value holds after two more
  collections. A one-byte string holds 1 B per character, a two-byte string 2 B, a \`Uint8Array\` 1 B per byte.

${table}

${readNotes()}`;
  writeFileSync(new URL('./MEMORY.md', import.meta.url), md);
  process.stderr.write('wrote benchmarks/MEMORY.md\n');
}

function readNotes() {
  return readFileSync(new URL('./MEMORY-NOTES.md', import.meta.url), 'utf8').replace(/^# /, '## ');
}

await main();
