import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { DATA_CODING_GSM7, DATA_CODING_UCS2, decodeGsm7, decodeUcs2, encodeText, isGsm7, toHex } from '../../src/index.js';
import { loadVectors, thrown } from '../helpers/vectors.js';

interface ProviderExamples { messages: { text: string; hex: string; dataCoding: 0 | 8; esmClass: number }[] }

const provider = loadVectors<ProviderExamples>('provider-examples').messages;

describe('encodeText', () => {
  it.each(provider)('builds the provider example $text', ({ text, hex, dataCoding }) => {
    const result = encodeText(text);
    expect(result).toEqual({ dataCoding, bytes: expect.any(Uint8Array), hex: hex.toLowerCase() });
    expect(toHex(result.bytes)).toBe(result.hex);
  });

  it.each([
    ['', 0, ''],
    ['5€ [x]', 0, '35 1b 65 20 1b 3c 78 1b 3e'],
    ['Ç', 0, '09'],
    ['ç', 8, '00 e7'],
    ['hi \u{1f600}', 8, '00 68 00 69 00 20 d8 3d de 00'],
  ] as const)('chooses the coding for %j: %i, %s', (text, dataCoding, hex) => {
    expect(encodeText(text)).toMatchObject({ dataCoding, hex });
  });

  it('forces a coding when asked', () => {
    expect(encodeText('Test', { dataCoding: 8 })).toMatchObject({ dataCoding: 8, hex: '00 54 00 65 00 73 00 74' });
    expect(encodeText('Test', { dataCoding: 0 })).toMatchObject({ dataCoding: 0, hex: '54 65 73 74' });
    expect(encodeText('Test', { dataCoding: 'auto' })).toMatchObject({ dataCoding: 0 });
  });

  it('refuses a character outside the tables when dataCoding 0 is forced', () => {
    expect(thrown(() => encodeText('abc π', { dataCoding: 0 }))).toMatchObject({
      code: 'GSM7_UNMAPPABLE',
      index: 4,
      message: 'encodeText: character "π" at index 4 is not in the GSM 7-bit tables',
    });
  });

  it('reports a lone surrogate in UCS-2 at its index', () => {
    expect(thrown(() => encodeText('ab\udc00'))).toMatchObject({ code: 'UCS2_LONE_SURROGATE', index: 2 });
  });

  it.each([7, 'ucs2', -1])('refuses dataCoding %j with a RangeError', (dataCoding) => {
    expect(() => encodeText('a', { dataCoding } as never)).toThrow(RangeError);
  });

  it.each([
    ['a string other than auto', 'ucs2', "encodeText: dataCoding must be 'auto' or a data coding byte 0-255, got 'ucs2'"],
    ['a negative byte', -1, 'encodeText: dataCoding must be an integer from 0 to 255, got -1'],
    ['a fraction', 1.5, 'encodeText: dataCoding must be an integer from 0 to 255, got 1.5'],
    ['a coding the core does not know', 7, /^encodeText: dataCoding 7 needs a text coding: /],
  ] as const)('names the function and the value for %s', (_name, dataCoding, message) => {
    expect(() => encodeText('a', { dataCoding } as never)).toThrow(message);
  });

  it('names the function and the argument for a text that is not a string', () => {
    expect(() => encodeText(5 as never)).toThrow(new TypeError('encodeText: text must be a string, got a number'));
  });

  it('exports the two coding bytes', () => {
    expect([DATA_CODING_GSM7, DATA_CODING_UCS2]).toEqual([0, 8]);
  });

  it('picks 0 exactly when the text is GSM 7-bit, and the payload decodes back', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...'aZ09 @€{}[]^\fΔÇ'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }), (text) => {
        const { dataCoding, bytes, hex } = encodeText(text);
        expect(dataCoding).toBe(isGsm7(text) ? 0 : 8);
        expect(dataCoding === 0 ? decodeGsm7(bytes) : decodeUcs2(bytes)).toBe(text);
        expect(hex).toBe(toHex(bytes));
      }),
    );
  });
});
