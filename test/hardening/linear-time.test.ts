/**
 * Work grows linearly with input: each operation on 10 MB takes less than 12×
 * its time on 1 MB, measured in the same run. A ratio, never an absolute
 * time. Linear code measures about 10× here, quadratic code about 100×.
 * Times are CPU time of the test process, not wall time, so that a machine
 * shared with other work does not stretch the longer run more than the short
 * one; each timing starts after a garbage collection (vitest runs with
 * --expose-gc) and after writing 64 MB, so that 1 MB gains nothing from
 * fitting in the CPU caches; each size is timed best of five and the
 * comparison is tried up to three times. Add new parsers and estimators of user input to OPERATIONS.
 */
import { describe, expect, it } from 'vitest';
import {
  decodeGsm7,
  decodeUcs2,
  encodeGsm7,
  encodeText,
  encodeUcs2,
  estimateSegments,
  isGsm7,
  packSeptets,
  parseHex,
  toHex,
  unpackSeptets,
  safeParseHex,
  NATIONAL_LANGUAGES,
} from '../../src/index.js';

const ALL_LANGUAGES = Object.values(NATIONAL_LANGUAGES);

const MB = 1_000_000;
const SIZES = [MB, 10 * MB] as const;
/** The bar, for parsing and validating hex and for estimating (encoding) text. */
const MAX_RATIO = 12;
/** For the other codecs, which allocate more per byte: still far below the 100× of quadratic code. */
const LOOSE_RATIO = 25;

/** `size` characters made by repeating `piece`. */
const text = (piece: string, size: number): string => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
/** Spaced hex of about `size` characters (whole bytes). */
const spacedHex = (size: number): string => text('4a ', size - (size % 3) - 1);
const bytes = (size: number): Uint8Array => Uint8Array.from({ length: size }, (_, i) => (i * 31) & 0x7f);

interface Operation {
  readonly name: string;
  /** Builds the input of about `size` characters or bytes (not timed). */
  readonly input: (size: number) => unknown;
  readonly run: (input: never) => unknown;
  readonly maxRatio: number;
}

const op = <T>(name: string, input: (size: number) => T, run: (input: T) => unknown, maxRatio = MAX_RATIO): Operation => ({
  name,
  input,
  run: run as (input: never) => unknown,
  maxRatio,
});

const OPERATIONS: readonly Operation[] = [
  op('parseHex strict', spacedHex, (s) => parseHex(s, { strict: true })),
  op('parseHex lenient, spaced', spacedHex, (s) => parseHex(s)),
  op('parseHex lenient, unspaced 0x', (n) => `0x${text('4A', n - 2 - (n % 2))}`, (s) => parseHex(s)),
  op('safeParseHex strict', spacedHex, (s) => safeParseHex(s, { strict: true })),
  op('safeParseHex strict, error at the end', (n) => `${spacedHex(n - 3)} 4g`, (s) => safeParseHex(s, { strict: true })),
  op('safeParseHex strict, trailing whitespace', (n) => `${spacedHex(n - 3)}   `, (s) => safeParseHex(s, { strict: true })),
  op('safeParseHex lenient, mixed separators at the end', (n) => `${text('4a:', n - 4)}4a-4a`, (s) => safeParseHex(s)),
  // encodeText writes the hex too: 10 MB of text is a 26 MB string, past the caches as for UCS-2 below.
  op('encodeText GSM 7-bit (with its hex)', (n) => text('Test message. ', n), (s) => encodeText(s), LOOSE_RATIO),
  op('estimateSegments GSM 7-bit', (n) => text('Test message. ', n), (s) => estimateSegments(s)),
  op('estimateSegments UCS-2', (n) => text('测试短信。', n), (s) => estimateSegments(s)),
  op('estimateSegments with a national language', (n) => text('Çok güzel ş ', n), (s) => estimateSegments(s, { language: 'auto', languages: ALL_LANGUAGES })),
  // 10 MB of CJK text is 60 MB of hex, far past the CPU caches, where 1 MB's 6 MB is not: ~13× though linear.
  op('encodeText UCS-2 (with its hex)', (n) => text('测试短信。', n), (s) => encodeText(s), LOOSE_RATIO),
  op('encodeUcs2 (what estimating UCS-2 text encodes)', (n) => text('测试短信。', n), (s) => encodeUcs2(s)),
  op('encodeText GSM 7-bit, extension table', (n) => text('{5€} ', n), (s) => encodeText(s)),
  op('isGsm7', (n) => text('Test message. ', n), (s) => isGsm7(s)),
  op("encodeGsm7 onUnmappable: 'replace'", (n) => text('a π ', n), (s) => encodeGsm7(s, { onUnmappable: 'replace' }), LOOSE_RATIO),
  op('encodeUcs2 with surrogate pairs', (n) => text('😀a', n - (n % 3)), (s) => encodeUcs2(s), LOOSE_RATIO),
  op('decodeGsm7', bytes, (b) => decodeGsm7(b), LOOSE_RATIO),
  op('decodeUcs2', (n) => encodeUcs2(text('测试', n / 2)), (b) => decodeUcs2(b), LOOSE_RATIO),
  op('packSeptets', bytes, (b) => packSeptets(b, 3), LOOSE_RATIO),
  op('unpackSeptets', (n) => packSeptets(bytes(n)), (b) => unpackSeptets(b, Math.floor((b.length * 8) / 7)), LOOSE_RATIO),
  // toHex takes ~1 ms for 1 MB (a Buffer from the host, written in place); 10 MB writes a 30 MB string
  // into fresh pages, ~30×. Still linear: quadratic would be ~100× and seconds.
  op('toHex', bytes, (b) => toHex(b), 45),
];

const collectGarbage = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/** Larger than any CPU cache: writing it before each timing makes 1 MB start as cold as 10 MB. */
const evictor = new Uint8Array(64 * MB);
let evictions = 0;
function evictCaches(): void {
  evictions++;
  for (let i = 0; i < evictor.length; i += 64) evictor[i] = evictions;
}

function bestOf(times: number, run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < times; i++) {
    collectGarbage();
    evictCaches();
    const start = process.cpuUsage();
    run();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe('linear time', () => {
  it.each(OPERATIONS.map((o) => [o.name, o] as const))('%s: 10 MB takes < 12× (or the loose bar) the time of 1 MB', { timeout: 120_000 }, (_, operation) => {
    const [small, large] = SIZES.map((size) => operation.input(size)) as [never, never];
    operation.run(small); // warm up
    const attempts: string[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const tSmall = Math.max(bestOf(5, () => operation.run(small)), 0.5);
      const tLarge = bestOf(5, () => operation.run(large));
      attempts.push(`1 MB ${tSmall.toFixed(1)} ms, 10 MB ${tLarge.toFixed(1)} ms: ${(tLarge / tSmall).toFixed(1)}×`);
      if (tLarge / tSmall < operation.maxRatio) return;
    }
    expect.fail(`${operation.name} is not linear (bar ${operation.maxRatio}×): ${attempts.join('; ')}`);
  });
});
