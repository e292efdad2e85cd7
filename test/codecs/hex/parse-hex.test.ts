import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHex, SmsHexError, toHex, safeParseHex, type SmsHexErrorCode } from '../../../src/index.js';
import { bytesOf, loadVectors, thrown } from '../../helpers/vectors.js';
import { slowParseLenient, slowParseStrict } from '../../reference/slow.js';
import { octetIndices } from '../../../src/codecs/hex/scan.js';

interface HexVectors {
  accept: { input: string; hex: string }[];
  reject: { input: string; code: SmsHexErrorCode; index: number; maxBytes?: number }[];
}

const modes = [
  ['strict', true, loadVectors<HexVectors>('hex-strict')],
  ['lenient', false, loadVectors<HexVectors>('hex-lenient')],
] as const;

describe.each(modes)('parseHex, %s vectors', (_name, strict, vectors) => {
  it.each(vectors.accept)('accepts $input', ({ input, hex }) => {
    expect(parseHex(input, { strict })).toEqual(bytesOf(hex));
    expect(safeParseHex(input, { strict })).toEqual({ ok: true, bytes: bytesOf(hex), hex });
  });

  it.each(vectors.reject)('rejects $input with $code at $index', ({ input, code, index, maxBytes }) => {
    const options = maxBytes === undefined ? { strict } : { strict, maxBytes };
    const error = thrown(() => parseHex(input, options));
    expect(error).toBeInstanceOf(SmsHexError);
    expect(error).toMatchObject({ code, index, name: 'SmsHexError' });
    expect((error as SmsHexError).message).toMatch(/^parseHex: /);
    const result = safeParseHex(input, options);
    expect(result).toEqual({ ok: false, error: { code, index, message: expect.stringMatching(/^safeParseHex: /) } });
  });
});

describe('parseHex', () => {
  it('is lenient by default and every strict acceptance is a lenient one', () => {
    for (const { input, hex } of modes[0][2].accept) expect(parseHex(input)).toEqual(bytesOf(hex));
  });

  it.each([
    ['0f c2 4g', {}, 'parseHex: invalid character "g" at index 7'],
    ['0f\u00a0c2', {}, 'parseHex: invalid character "\\u00a0" at index 2'],
    ['\ufeff0f', {}, 'parseHex: invalid character "\\ufeff" at index 0'],
    ['0f\u200bc2', {}, 'parseHex: invalid character "\\u200b" at index 2'],
    ['0f\ud83d\ude00', {}, 'parseHex: invalid character "\ud83d\ude00" at index 2'],
    ['0fc', {}, 'parseHex: odd number of hex digits in the group at index 0: "0fc" has 3 digits; a byte is two'],
    ['', { strict: true }, 'parseHex: no hex digits: at least one byte is required'],
    ['0f c2', { maxBytes: 1 }, 'parseHex: too many bytes: more than maxBytes 1 at index 3'],
  ])('phrases the error for %j %j', (input, options, message) => {
    expect(thrown(() => parseHex(input, options))).toHaveProperty('message', message);
  });

  it('serializes its errors as the plain issue', () => {
    const error = thrown(() => parseHex('0f c2 4g')) as SmsHexError;
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'HEX_INVALID_CHAR',
      index: 7,
      message: 'parseHex: invalid character "g" at index 7',
    });
    expect(error.toIssue()).toEqual(error.toJSON());
    expect(error.path).toBeUndefined();
  });

  it('round-trips any bytes through toHex, both modes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(parseHex(toHex(bytes), { allowEmpty: true })).toEqual(bytes);
        expect(parseHex(toHex(bytes), { strict: true, allowEmpty: true })).toEqual(bytes);
        expect(parseHex(toHex(bytes, { separator: '', uppercase: true }), { allowEmpty: true })).toEqual(bytes);
      }),
    );
  });

  it('parses every lenient re-spacing of valid hex to the same bytes', () => {
    fc.assert(
      fc.property(respacedHex, ({ text, bytes }) => {
        expect(parseHex(text)).toEqual(bytes);
        expect(safeParseHex(text)).toEqual({ ok: true, bytes, hex: toHex(bytes) });
      }),
    );
  });

  it('agrees with the slow strict reference on hex-like strings', () => {
    fc.assert(
      fc.property(fc.oneof(hexLike, mutatedHex), (text) => {
        const expected = slowParseStrict(text);
        const result = safeParseHex(text, { strict: true });
        if (expected === null) {
          expect(result.ok).toBe(false);
          expect(thrown(() => parseHex(text, { strict: true }))).toBeInstanceOf(SmsHexError);
        } else {
          expect(parseHex(text, { strict: true })).toEqual(expected);
          expect(result).toEqual({ ok: true, bytes: expected, hex: toHex(expected) });
        }
      }),
    );
  });

  it('agrees with the slow lenient reference: accepts exactly what it should, never guessing', () => {
    fc.assert(
      fc.property(fc.oneof(hexLike, mutatedHex, respacedHex.map((r) => r.text), mutatedRespacing), (text) => {
        const expected = slowParseLenient(text);
        const result = safeParseHex(text);
        // The reference reads blank input as zero bytes; parseHex calls that HEX_EMPTY unless allowEmpty.
        if (expected !== null && expected.length === 0) expect(result).toMatchObject({ ok: false, error: { code: 'HEX_EMPTY' } });
        else if (expected === null) expect(result).toMatchObject({ ok: false });
        else expect(result).toEqual({ ok: true, bytes: expected, hex: toHex(expected) });
      }),
    );
  });

  it('reports a rejection with an index inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(hexLike, mutatedHex), fc.boolean(), (text, strict) => {
        const result = safeParseHex(text, { strict });
        if (!result.ok) {
          expect(result.error.index).toBeGreaterThanOrEqual(0);
          expect(result.error.index).toBeLessThanOrEqual(text.length);
        }
      }),
    );
  });
});

describe('safeParseHex', () => {
  it.each([
    ['binary strings', fc.string({ unit: 'binary' })],
    ['lone surrogates and hex', fc.string({ unit: fc.oneof(surrogate, hexChar) })],
    ['hex-like strings', hexLike],
  ])('never throws on %s', (_name, strings) => {
    fc.assert(
      fc.property(strings, fc.boolean(), (text, strict) => {
        const result = safeParseHex(text, { strict });
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('names a lone surrogate visibly', () => {
    expect(safeParseHex('0f\udc00')).toMatchObject({ ok: false, error: { code: 'HEX_INVALID_CHAR', index: 2, message: 'safeParseHex: invalid character "\\udc00" at index 2' } });
  });

  it('reports a non-string as INPUT_TYPE instead of throwing', () => {
    expect(safeParseHex(42 as unknown as string)).toEqual({
      ok: false,
      error: { code: 'INPUT_TYPE', message: 'safeParseHex: expected a string, got a number' },
    });
  });
});

/* ---------------------------------------------------------------- generators */

const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((unit) => String.fromCharCode(unit));
const hexChar = fc.constantFrom(...'0123456789abcdefABCDEF xX:-\t\r\ng');
const hexLike = fc.string({ unit: hexChar, maxLength: 16 });
const whitespaceRun = fc.string({ unit: fc.constantFrom(' ', '\t', '\r', '\n'), minLength: 1, maxLength: 3 });
const optionalWhitespace = fc.string({ unit: fc.constantFrom(' ', '\t', '\r', '\n'), maxLength: 3 });

/** Strict hex with one character changed, inserted or removed. */
const mutatedHex = fc
  .tuple(fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.nat(), fc.constantFrom('replace', 'insert', 'delete'), hexChar)
  .map(([bytes, at, how, ch]) => mutate(toHex(bytes), at, how, ch));

/**
 * Valid hex re-spaced every way lenient parsing allows: even-digit groups,
 * one separator kind (whitespace runs, ':' or '-'), 0x prefixes on any group,
 * any digit case, surrounding whitespace.
 */
const respacedHex = fc.uint8Array({ minLength: 1, maxLength: 16 }).chain((bytes) => {
  const n = bytes.length;
  return fc
    .record({
      breaks: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      kind: fc.constantFrom('whitespace', ':', '-'),
      gaps: fc.array(whitespaceRun, { minLength: n, maxLength: n }),
      prefixes: fc.array(fc.constantFrom('', '', '0x', '0X'), { minLength: n, maxLength: n }),
      upper: fc.array(fc.boolean(), { minLength: 2 * n, maxLength: 2 * n }),
      lead: optionalWhitespace,
      trail: optionalWhitespace,
    })
    .map(({ breaks, kind, gaps, prefixes, upper, lead, trail }) => {
      let text = lead;
      let group = 0;
      for (let i = 0; i < n; i++) {
        if (i === 0 || breaks[i]) {
          if (i > 0) text += kind === 'whitespace' ? gaps[group] : kind;
          text += prefixes[group];
          group++;
        }
        for (const [k, digit] of [...(bytes[i] as number).toString(16).padStart(2, '0')].entries()) {
          text += upper[2 * i + k] ? digit.toUpperCase() : digit;
        }
      }
      return { text: text + trail, bytes };
    });
});

/** A re-spacing with one character changed, inserted or removed: mostly invalid, in interesting ways. */
const mutatedRespacing = fc
  .tuple(respacedHex, fc.nat(), fc.constantFrom('replace', 'insert', 'delete'), hexChar)
  .map(([{ text }, at, how, ch]) => mutate(text, at, how, ch));

function mutate(text: string, at: number, how: 'replace' | 'insert' | 'delete', ch: string): string {
  const i = at % (text.length + 1);
  if (how === 'insert') return text.slice(0, i) + ch + text.slice(i);
  if (how === 'delete') return text.slice(0, i) + text.slice(i + 1);
  return text.slice(0, i) + ch + text.slice(i + 1);
}

describe('octetIndices (where each octet of parsed hex begins, by the scanner that parsed it)', () => {
  it.each([
    ['0f c2 4a', [0, 3, 6]],
    ['0fc24a', [0, 2, 4]],
    ['0x0f 0xc2', [2, 7]],
    ['  0f:c2 ', [2, 5]],
    ['0x0fc2-0x4a', [2, 4, 9]],
    ['0f c2 4g', []],
  ])('%j → %j', (hex, indices) => {
    expect(octetIndices(hex)).toEqual(indices);
  });

  it('gives the index of every octet parseHex returns, for any lenient hex', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 40 }), fc.constantFrom(' ', ':', '-', '', '  '), fc.boolean(), (bytes, separator, prefixed) => {
        const hex = Array.from(bytes, (b) => `${prefixed && separator !== '' ? '0x' : ''}${b.toString(16).padStart(2, '0')}`).join(separator);
        const indices = octetIndices(hex);
        expect(indices).toHaveLength(bytes.length);
        indices.forEach((index, octet) => expect(parseInt(hex.slice(index, index + 2), 16)).toBe(bytes[octet]));
      }),
    );
  });
});
