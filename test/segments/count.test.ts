/**
 * countSegments, the lean count: every field equals the estimate's field of
 * the same name, for any text and options; and the counting walk's fast path
 * (no per-character part arithmetic when the text has no extension character)
 * against a slow reference that places one character at a time.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countSegments,
  DEFAULT_ALPHABET,
  DEFAULT_EXTENSION,
  estimateSegments,
  PORTUGUESE,
  SmsHexError,
  SPANISH,
  TURKISH,
  type SegmentOptions,
} from '../../src/index.js';
import { slowCountSeptets } from '../reference/slow.js';

const gsmChars = DEFAULT_ALPHABET.chars.filter((c): c is string => c !== null);
const extensionChars = DEFAULT_EXTENSION.chars.filter((c): c is string => c !== null);
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...gsmChars), maxLength: 700 }),
  fc.string({ unit: fc.constantFrom(...gsmChars, ...extensionChars), maxLength: 700 }),
  fc.string({ unit: fc.constantFrom('a', ' ', '€', '[', 'ş', 'ç', 'ж', '😀', '\uD83D', 'Ā'), maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
);
const options: fc.Arbitrary<SegmentOptions | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ referenceBits: fc.constantFrom(8 as const, 16 as const), maxParts: fc.integer({ min: 1, max: 255 }) }),
  fc.constant({ language: TURKISH }),
  fc.constant({ language: 'auto' as const, languages: [TURKISH, SPANISH, PORTUGUESE] }),
  fc.constant({ dataCoding: 8 }),
  fc.constant({ dataCoding: 0 }),
  fc.constant({ keepGraphemes: true }),
  fc.constant({ transliterate: 'smart' as const }),
);

const FIELDS = ['encoding', 'dataCoding', 'smsCount', 'units', 'unitsPerSegment', 'unitsRemaining', 'exceedsMaxParts'] as const;

function outcome<T>(run: () => T): T | { code: string; index: number | undefined } {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof SmsHexError)) throw error;
    return { code: error.code, index: error.index };
  }
}

describe('countSegments', () => {
  it('gives the numbers of estimateSegments, field by field, or the same error', () => {
    fc.assert(
      fc.property(text, options, (input, opts) => {
        const count = outcome(() => countSegments(input, opts));
        const estimate = outcome(() => estimateSegments(input, opts));
        if ('code' in estimate) return void expect(count).toEqual(estimate);
        const fields = opts?.keepGraphemes === true ? [...FIELDS, 'splitGraphemes' as const] : FIELDS;
        expect(count).toEqual(Object.fromEntries(fields.map((field) => [field, estimate[field]])));
      }),
    );
  });

  it.each([
    ['', { encoding: 'gsm7', dataCoding: 0, smsCount: 1, units: 0, unitsPerSegment: 160, unitsRemaining: 160, exceedsMaxParts: false }],
    ['x'.repeat(161), { encoding: 'gsm7', dataCoding: 0, smsCount: 2, units: 161, unitsPerSegment: 153, unitsRemaining: 145, exceedsMaxParts: false }],
    [']'.repeat(153), { encoding: 'gsm7', dataCoding: 0, smsCount: 3, units: 306, unitsPerSegment: 153, unitsRemaining: 151, exceedsMaxParts: false }],
    ['Hi 😀', { encoding: 'ucs2', dataCoding: 8, smsCount: 1, units: 5, unitsPerSegment: 70, unitsRemaining: 65, exceedsMaxParts: false }],
  ])('%j', (input, expected) => {
    expect(countSegments(input)).toEqual(expected);
  });

  it('has exactly the seven numeric fields, and no detail; splitGraphemes with keepGraphemes', () => {
    expect(Object.keys(countSegments('Hi 😀', { language: TURKISH })).sort()).toEqual([...FIELDS].sort());
    const text = `e${'\u0301'.repeat(200)}`;
    expect(countSegments(text, { keepGraphemes: true })).toEqual({ ...countSegments(text), splitGraphemes: [67, 134] });
  });

  it('throws what estimateSegments throws', () => {
    expect(() => countSegments('π', { dataCoding: 0 })).toThrow(expect.objectContaining({ code: 'GSM7_UNMAPPABLE', index: 0 }));
    expect(() => countSegments('a\uD800')).toThrow(expect.objectContaining({ code: 'UCS2_LONE_SURROGATE', index: 1 }));
    expect(() => countSegments(5 as unknown as string)).toThrow(TypeError);
    expect(() => countSegments('x', { maxParts: 0 })).toThrow(RangeError);
  });
});

describe('the GSM 7-bit counting walk against a slow reference', () => {
  it.each([
    [8 as const, 153],
    [16 as const, 152],
  ])('referenceBits %d: the units, parts and room left of placing one character at a time', (referenceBits, capacity) => {
    fc.assert(
      fc.property(text, (input) => {
        const expected = slowCountSeptets(input, DEFAULT_ALPHABET.chars, DEFAULT_EXTENSION.chars, capacity);
        if (expected === null) return void expect(outcome(() => countSegments(input, { referenceBits }).encoding)).not.toBe('gsm7');
        const count = countSegments(input, { referenceBits });
        expect(count).toMatchObject({
          encoding: 'gsm7',
          units: expected.units,
          smsCount: expected.parts,
          unitsRemaining: (expected.parts > 1 ? capacity : 160) - expected.lastUnits,
        });
      }),
    );
  });

  it.each([
    ['an escape pair at the cut', `${'x'.repeat(152)}€${'y'.repeat(10)}`, 2, 153 - 12],
    ['an escape pair just before the cut', `${'x'.repeat(151)}€${'y'.repeat(10)}`, 2, 153 - 10],
    ['exactly 160 with escapes', `${'x'.repeat(158)}€`, 1, 0],
    ['161 without escapes', 'x'.repeat(161), 2, 145],
    ['306 without escapes', 'x'.repeat(306), 2, 0],
    ['307 without escapes', 'x'.repeat(307), 3, 152],
  ])('%s', (_, input, smsCount, unitsRemaining) => {
    expect(countSegments(input)).toMatchObject({ smsCount, unitsRemaining });
  });
});
