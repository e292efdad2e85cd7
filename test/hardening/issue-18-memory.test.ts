/**
 * Issue #18 item 2: `toHex` with a multi-character separator and `encodeGsm7`
 * with `onUnmappable: 'replace'` build their output without a string or an
 * object per input unit (benchmarks/MEMORY.md has the bytes per unit, measured
 * there: no heap number is asserted here).
 *
 * What is checked: the results equal a slow reference for many separators and
 * sizes (across the 8,192-byte pieces toHex joins), and a structural guard that
 * counts the calls a per-unit path makes: `String.fromCharCode` once per byte in
 * the old toHex, `Array.prototype.push` and `Object.freeze` once per character
 * in the old replacing encoder. The counts are exact and deterministic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGsm7, type Gsm7EncodeResult, isGsm7, type Replacement, SPANISH, toHex, TURKISH } from '../../src/index.js';

/** Calls of `owner[key]` while `run` runs (the method replaced by a counting wrapper, then restored). */
function countCalls<T extends object>(owner: T, key: keyof T & string, run: () => void): number {
  const original = owner[key] as unknown as (...args: unknown[]) => unknown;
  let calls = 0;
  (owner as Record<string, unknown>)[key] = function counted(this: unknown, ...args: unknown[]) {
    calls++;
    return original.apply(this, args);
  };
  try {
    run();
  } finally {
    (owner as Record<string, unknown>)[key] = original;
  }
  return calls;
}

/** The slow reference of toHex: a string per byte, joined. */
const referenceHex = (bytes: Uint8Array, separator: string, uppercase: boolean): string =>
  Array.from(bytes, (b) => {
    const pair = b.toString(16).padStart(2, '0');
    return uppercase ? pair.toUpperCase() : pair;
  }).join(separator);

const PIECE = 0x2000;

describe('toHex with any separator equals the slow reference', () => {
  const separators = fc.oneof(
    fc.constantFrom(', ', ' · ', ' → ', '\u0000\u00ff', '😀', '\ud800', ' '.repeat(40), 'é', '\u0080'),
    fc.string({ maxLength: 6, unit: 'binary' }),
  );
  const sizes = fc.oneof(
    fc.integer({ min: 1, max: 40 }),
    fc.constantFrom(PIECE - 1, PIECE, PIECE + 1, 2 * PIECE, 2 * PIECE + 1, 3 * PIECE - 1),
  );

  it('for random bytes, sizes across the pieces and separators of every kind', () => {
    fc.assert(
      fc.property(sizes, separators, fc.boolean(), fc.integer({ min: 0, max: 2 ** 31 - 1 }), (size, separator, uppercase, seed) => {
        const bytes = new Uint8Array(size);
        for (let i = 0, x = seed; i < size; i++) bytes[i] = (x = (Math.imul(x, 1103515245) + 12345) >>> 0) >>> 24;
        expect(toHex(bytes, { separator, uppercase })).toBe(referenceHex(bytes, separator, uppercase));
      }),
      { numRuns: 150 },
    );
  });

  it('for every byte value', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (const separator of [', ', '::', '—']) {
      expect(toHex(all, { separator })).toBe(referenceHex(all, separator, false));
      expect(toHex(all, { separator, uppercase: true })).toBe(referenceHex(all, separator, true));
    }
  });

  it('makes no string per byte (the old path called String.fromCharCode once per byte)', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => i * 7);
    let hex = '';
    const calls = countCalls(String, 'fromCharCode', () => {
      hex = toHex(bytes, { separator: ', ' });
    });
    expect(calls).toBe(0);
    expect(hex).toBe(referenceHex(bytes, ', ', false));
  });

  it('joins a piece at a time: a few joins for many bytes, not one string per byte', () => {
    const bytes = new Uint8Array(5 * PIECE + 3);
    let length = 0;
    const calls = countCalls(Array.prototype, 'join', () => {
      length = toHex(bytes, { separator: ' - ' }).length;
    });
    expect(length).toBe(bytes.length * 5 - 3);
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThan(bytes.length / 1000);
  });
});

/** The slow reference of `encodeGsm7(text, { onUnmappable: 'replace', … })`: one code point at a time. */
function referenceReplace(text: string, options: { lockingShift?: typeof TURKISH; singleShift?: typeof TURKISH | typeof SPANISH }, replacement: string) {
  const bytes: number[] = [];
  const replacements: Replacement[] = [];
  const substitute = encodeGsm7(replacement, options);
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index) as number;
    const pair = code > 0xffff;
    const from = pair ? text.slice(index, index + 2) : text[index] as string;
    if (!pair && isGsm7(from, options)) bytes.push(...encodeGsm7(from, options));
    else {
      replacements.push({ index, from, to: replacement });
      bytes.push(...substitute);
    }
    index += from.length;
  }
  return { bytes: Uint8Array.from(bytes), replacements };
}

describe("encodeGsm7 with onUnmappable: 'replace' equals the slow reference", () => {
  const characters = fc.constantFrom('a', 'Z', ' ', '€', '{', 'ş', 'Ş', 'ç', 'á', 'π', 'ж', '测', '😀', '\ud800', '\udc00', '\ud83d', '\n', '\f');
  const texts = fc.oneof(
    fc.array(characters, { maxLength: 40 }).map((a) => a.join('')),
    fc.string({ maxLength: 30, unit: 'binary' }),
    fc.string({ maxLength: 30, unit: 'grapheme' }),
  );
  const optionsOf = fc.constantFrom({}, { lockingShift: TURKISH, singleShift: TURKISH }, { singleShift: SPANISH });
  const replacements = fc.constantFrom('?', '', '[]', '€', 'ab');

  it('bytes and replacements, for texts, tables and replacements of every kind', () => {
    fc.assert(
      fc.property(texts, optionsOf, replacements, (text, options, replacement) => {
        const result = encodeGsm7(text, { ...options, onUnmappable: 'replace', replacement });
        const expected = referenceReplace(text, options, replacement);
        expect(result).toEqual(expected);
        expect(Object.keys(result)).toEqual(['bytes', 'replacements']);
        expect(Object.isFrozen(result.replacements)).toBe(true);
        for (const r of result.replacements) expect(Object.isFrozen(r)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('a long run of replacements and runs broken by GSM characters', () => {
    const text = `${'ж'.repeat(3000)}a${'😀'.repeat(10)}ab${'\ud800'.repeat(3)}😀${'π'.repeat(40)}`;
    expect(encodeGsm7(text, { onUnmappable: 'replace' })).toEqual(referenceReplace(text, {}, '?'));
    const alternating = 'aж'.repeat(500);
    expect(encodeGsm7(alternating, { onUnmappable: 'replace', replacement: '€' })).toEqual(referenceReplace(alternating, {}, '€'));
  });

  it('replacements behaves as a plain property: the same array on every read, JSON, spread, assignment, a frozen result', () => {
    const result = encodeGsm7('aπb', { onUnmappable: 'replace' });
    const first = result.replacements;
    expect(result.replacements).toBe(first);
    expect(first).toEqual([{ index: 1, from: 'π', to: '?' }]);
    expect(JSON.parse(JSON.stringify(result))).toEqual({ bytes: { 0: 0x61, 1: 0x3f, 2: 0x62 }, replacements: [{ index: 1, from: 'π', to: '?' }] });
    expect({ ...result }).toEqual({ bytes: Uint8Array.of(0x61, 0x3f, 0x62), replacements: first });
    const mine: Replacement[] = [];
    (result as { replacements: readonly Replacement[] }).replacements = mine;
    expect(result.replacements).toBe(mine);
    const frozen = Object.freeze(encodeGsm7('π', { onUnmappable: 'replace' }));
    expect(frozen.replacements).toEqual([{ index: 0, from: 'π', to: '?' }]);
    expect(encodeGsm7('abc', { onUnmappable: 'replace' })).toEqual({ bytes: Uint8Array.of(0x61, 0x62, 0x63), replacements: [] });
  });

  it('keeps no object per character until the replacements are read (the old path pushed and froze one per character)', () => {
    const text = 'жπ😀'.repeat(20_000);
    let result: Gsm7EncodeResult | undefined;
    const pushes = countCalls(Array.prototype, 'push', () => {
      const freezes = countCalls(Object, 'freeze', () => {
        result = encodeGsm7(text, { onUnmappable: 'replace' });
      });
      expect(freezes).toBe(0);
    });
    expect(pushes).toBe(0);
    expect(result?.bytes).toEqual(new Uint8Array(60_000).fill(0x3f));
    expect(result?.replacements).toHaveLength(60_000);
    expect(result?.replacements[59_999]).toEqual({ index: 79_998, from: '😀', to: '?' });
  });
});
