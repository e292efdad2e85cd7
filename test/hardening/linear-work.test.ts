/**
 * Work grows linearly with the input, counted rather than timed, so the check
 * cannot flake on a busy machine: while an operation runs, every call of the
 * string methods that read characters (`charCodeAt`, `codePointAt`, `charAt`,
 * `at`) counts one, every string that `slice`, `substring`, `trim*` and the
 * like return counts its length (they copy it), and `indexOf`, `includes` and
 * `split` count the whole string they scan. Linear
 * code reads each character a bounded number of times, so four times the input
 * costs at most about four times the reads; code that re-scans its input
 * (quadratic) costs sixteen. Speed itself is measured in benchmarks/scaling.mjs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  encodeGsm7,
  encodeText,
  encodeUcs2,
  estimateSegments,
  isGsm7,
  NATIONAL_LANGUAGES,
  parseHex,
  splitText,
  safeParseHex,
} from '../../src/index.js';

const proto = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
/** Methods that read one character per call. */
const READS_ONE = ['charCodeAt', 'codePointAt', 'charAt', 'at'] as const;
/** Methods whose work is the string they return (they copy it). */
const COPIES = ['slice', 'substring', 'substr', 'trim', 'trimStart', 'trimEnd', 'normalize', 'padStart', 'padEnd', 'repeat', 'replace'] as const;
/** Methods whose work is the length of their first argument (they compare it). */
const COMPARES = ['startsWith', 'endsWith'] as const;
/** Methods that may scan the whole string they are called on. */
const SCANS = ['indexOf', 'lastIndexOf', 'includes', 'split'] as const;

const originals = new Map<string, (...args: unknown[]) => unknown>();
let work = 0;

/** Runs `run` with the string methods counting, and returns the count. */
function countWork(run: () => unknown): number {
  work = 0;
  for (const name of READS_ONE) {
    const original = proto[name]!;
    originals.set(name, original);
    proto[name] = function (this: string, ...args: unknown[]) {
      work++;
      return original.apply(this, args);
    };
  }
  const wrap = (names: readonly string[], cost: (self: string, args: unknown[], result: unknown) => number): void => {
    for (const name of names) {
      const original = proto[name]!;
      originals.set(name, original);
      proto[name] = function (this: string, ...args: unknown[]) {
        const result = original.apply(this, args);
        work += cost(String(this), args, result);
        return result;
      };
    }
  };
  wrap(COPIES, (_, __, result) => String(result).length);
  wrap(COMPARES, (_, args) => String(args[0]).length);
  wrap(SCANS, (self) => self.length);
  try {
    run();
  } finally {
    restore();
  }
  return work;
}

function restore(): void {
  for (const [name, original] of originals) proto[name] = original;
  originals.clear();
}

afterEach(restore);

/** `size` characters made by repeating `piece`. */
const text = (piece: string, size: number): string => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);
const spacedHex = (size: number): string => text('4a ', size - (size % 3) - 1);
const ALL_LANGUAGES = Object.values(NATIONAL_LANGUAGES);

const SMALL = 3_000;
const LARGE = 4 * SMALL;
/** Linear work grows ×4 from SMALL to LARGE; a little slack for constant per-call and per-part work. */
const MAX_GROWTH = 4.5;

const OPERATIONS: ReadonlyArray<readonly [string, (size: number) => string, (input: string) => unknown]> = [
  ['parseHex strict', spacedHex, (s) => parseHex(s, { strict: true })],
  ['parseHex lenient, unspaced 0x', (n) => `0x${text('4A', n - 2 - (n % 2))}`, (s) => parseHex(s)],
  ['safeParseHex strict, error at the end', (n) => `${spacedHex(n - 3)} 4g`, (s) => safeParseHex(s, { strict: true })],
  ['safeParseHex lenient, mixed separators at the end', (n) => `${text('4a:', n - 4)}4a-4a`, (s) => safeParseHex(s)],
  ['isGsm7', (n) => text('Test message. ', n), (s) => isGsm7(s)],
  ['encodeGsm7, extension table', (n) => text('{5€} ', n), (s) => encodeGsm7(s)],
  ["encodeGsm7 onUnmappable: 'replace'", (n) => text('a π ', n), (s) => encodeGsm7(s, { onUnmappable: 'replace' })],
  ['encodeUcs2 with surrogate pairs', (n) => text('😀a', n - (n % 3)), (s) => encodeUcs2(s)],
  ['encodeText GSM 7-bit', (n) => text('Test message. ', n), (s) => encodeText(s)],
  ['encodeText UCS-2', (n) => text('测试短信。', n), (s) => encodeText(s)],
  ['estimateSegments GSM 7-bit', (n) => text('Test message. ', n), (s) => estimateSegments(s)],
  ['estimateSegments UCS-2', (n) => text('测试短信。', n), (s) => estimateSegments(s)],
  ['estimateSegments, all national languages', (n) => text('Çok güzel ş ', n), (s) => estimateSegments(s, { language: 'auto', languages: ALL_LANGUAGES })],
  ["estimateSegments transliterate: 'smart'", (n) => text('“Smart” — ', n), (s) => estimateSegments(s, { transliterate: 'smart' })],
  ['splitText GSM 7-bit', (n) => text('Test message. ', n), (s) => splitText(s)],
  ['splitText UCS-2 with surrogate pairs', (n) => text('😀a', n - (n % 3)), (s) => splitText(s)],
];

describe('work grows linearly with the input (counted character reads, no clock)', () => {
  it.each(OPERATIONS)('%s', (_, input, run) => {
    const small = input(SMALL);
    const large = input(LARGE);
    const smallWork = countWork(() => run(small));
    const largeWork = countWork(() => run(large));
    // The operation reads its input through the counted methods, so the bound below says something.
    expect(smallWork).toBeGreaterThan(0);
    // The count is exact and repeatable: the same input costs the same work every time.
    expect(countWork(() => run(small))).toBe(smallWork);
    expect(largeWork).toBeLessThanOrEqual(MAX_GROWTH * Math.max(smallWork, SMALL) + 1_000);
  });

  it('detects quadratic work (the guard itself is not vacuous)', () => {
    const quadratic = (s: string): number => {
      let sum = 0;
      for (let i = 0; i < s.length; i += 64) sum += s.slice(i).length;
      return sum;
    };
    const smallWork = countWork(() => quadratic(text('a', SMALL)));
    const largeWork = countWork(() => quadratic(text('a', LARGE)));
    expect(largeWork).toBeGreaterThan(MAX_GROWTH * Math.max(smallWork, SMALL) + 1_000);
  });
});
