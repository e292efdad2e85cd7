/**
 * Two builds of smshex side by side in one run, on the seeded corpus of
 * run.mjs: every task is measured for both builds in the same rounds (in a
 * random order per round), and the ratio old ÷ new time is the median of the
 * per-round ratios, so a busy machine slows both alike.
 *
 *   node --expose-gc benchmarks/compare.mjs <old-dist-dir> [new-dist-dir] [--quick] [--only=<task prefix>]
 *
 * Loading order favours the build loaded first by a few per cent on a busy machine: run both
 * orders (old new, then new old) and take the geometric mean of the two ratios.
 *
 * The new build defaults to ../dist. Needs no peers (benchmarks/node_modules).
 */

import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateCorpus } from './corpus.mjs';
import { measure, pairedRatio } from './harness.mjs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const [oldDir, newDir = new URL('../dist', import.meta.url).pathname] = args.filter((a) => !a.startsWith('--'));
if (oldDir === undefined) throw new Error('usage: node benchmarks/compare.mjs <old-dist-dir> [new-dist-dir] [--quick]');
const load = (dir) => import(pathToFileURL(resolve(dir, 'index.js')).href);
const builds = { old: await load(oldDir), new: await load(newDir) };

const corpus = generateCorpus(20261129, 10_000);
const texts = corpus.map((m) => m.text);
const gsmTexts = corpus.filter((m) => m.kind !== 'ucs2').map((m) => m.text);
const ucs2Texts = corpus.filter((m) => m.kind === 'ucs2').map((m) => m.text);
const payloads = texts.map((text) => builds.new.encodeText(text).bytes);
const hexes = payloads.map((bytes) => builds.new.toHex(bytes));
const batches = [];
for (let i = 0; i < texts.length; i += 100) batches.push(texts.slice(i, i + 100));
const TO = '41793026727';
const STRICT = Object.freeze({ strict: true });

/** Each task: its inputs and what one call does with a build. */
const TASKS = [
  { id: 'count', inputs: texts, run: (s) => (t) => s.estimateSegments(t).smsCount },
  // The lean count of issue 17, against the estimate of a build that has no countSegments.
  { id: 'count, lean (countSegments, else estimateSegments)', inputs: texts, run: (s) => (s.countSegments === undefined ? (t) => s.estimateSegments(t).smsCount : (t) => s.countSegments(t).smsCount) },
  { id: 'count, options { maxParts: 10 }', inputs: texts, run: (s) => (t) => s.estimateSegments(t, { maxParts: 10 }).smsCount },
  {
    id: "count, language 'auto' (tr, es, pt)",
    inputs: texts,
    run: (s) => {
      const options = { language: 'auto', languages: [s.TURKISH, s.SPANISH, s.PORTUGUESE] };
      return (t) => s.estimateSegments(t, options).smsCount;
    },
  },
  {
    id: 'bulk: estimateMany, 100 texts',
    inputs: batches,
    run: (s) => (batch) => {
      let n = 0;
      for (const e of s.estimateMany(batch)) n += e.smsCount;
      return n;
    },
  },
  {
    id: 'bulk: estimateMany, 100 texts, { maxParts: 10 }',
    inputs: batches,
    run: (s) => (batch) => {
      let n = 0;
      for (const e of s.estimateMany(batch, { maxParts: 10 })) n += e.smsCount;
      return n;
    },
  },
  { id: 'encodeGsm7', inputs: gsmTexts, run: (s) => (t) => s.encodeGsm7(t).length },
  { id: 'encodeUcs2', inputs: ucs2Texts, run: (s) => (t) => s.encodeUcs2(t).length },
  { id: 'encodeText', inputs: texts, run: (s) => (t) => s.encodeText(t).hex.length },
  { id: 'toHex', inputs: payloads, run: (s) => (b) => s.toHex(b).length },
  { id: 'parseHex strict', inputs: hexes, run: (s) => (h) => s.parseHex(h, STRICT).length },
  { id: 'buildBinaryMessages', inputs: texts, run: (s) => (t) => s.buildBinaryMessages({ to: TO, text: t }).length },
  {
    id: 'buildBinaryMessages, referenceBits 16',
    inputs: texts,
    run: (s) => (t) => s.buildBinaryMessages({ to: TO, text: t, referenceBits: 16 }).length,
  },
  {
    id: 'decodeBinaryMessage',
    inputs: texts.map((t) => builds.new.buildBinaryMessages({ to: TO, text: t })[0].binary),
    run: (s) => (b) => s.decodeBinaryMessage(b).text?.length ?? 0,
  },
];

const settings = quick ? { rounds: 5, minSampleMs: 3, sliceSize: 500 } : { rounds: 41, minSampleMs: 20, sliceSize: 500 };
const rows = [];
for (const task of TASKS.filter((t) => only === undefined || t.id.startsWith(only))) {
  const candidates = ['old', 'new'].map((name) => ({ name, fn: task.run(builds[name]) }));
  const results = measure({ inputs: task.inputs, candidates }, settings);
  const oldNs = results.get('old').medianNs;
  const newNs = results.get('new').medianNs;
  const speedup = pairedRatio(results.get('old'), results.get('new'));
  rows.push({ task: task.id, oldNs, newNs, speedup });
  process.stderr.write(`${task.id}: old ${oldNs.toFixed(0)} ns, new ${newNs.toFixed(0)} ns, new is ${speedup.toFixed(3)}× the speed of old\n`);
}
console.log('| task | old (ns/call) | new (ns/call) | new speed ÷ old (median of paired rounds) |');
console.log('|---|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.task} | ${r.oldNs.toFixed(0)} | ${r.newNs.toFixed(0)} | ${r.speedup.toFixed(3)} |`);
