/**
 * Custom text codings, describe() of arguments, and the argument checks of the bulk functions.
 */
import { describe, expect, it } from 'vitest';
import { buildMany, decodeText, encodeText, estimateMany, toHex, type BinaryMessageInput, type TextCoding } from '../../src/index.js';

describe('text codings, describe() and the bulk functions', () => {
  const mine: TextCoding = { dataCoding: 4, name: 'mine', encode: (text) => Uint8Array.of(text.length), decode: (bytes) => 'x'.repeat(bytes[0] ?? 0) };
  const shape = 'must be a text coding { dataCoding, name, encode, decode }, got';
  it.each([
    ['a fractional dataCoding', [{ ...mine, dataCoding: 1.5 }], RangeError, 'codings[0].dataCoding must be an integer from 0 to 255, got 1.5'],
    ['a built-in dataCoding', [{ ...mine, dataCoding: 8 }], RangeError, 'codings[0] has dataCoding 8, which is built in and cannot be replaced'],
    ['a dataCoding twice', [mine, mine], RangeError, 'codings has dataCoding 4 twice'],
    ['no name', [{ ...mine, name: 5 }], TypeError, `codings[0] ${shape} an object`],
    ['no encode', [{ ...mine, encode: 1 }], TypeError, `codings[0] ${shape} an object`],
    ['no decode', [{ ...mine, decode: 1 }], TypeError, `codings[0] ${shape} an object`],
    ['a string dataCoding', [{ ...mine, dataCoding: '4' }], TypeError, `codings[0] ${shape} an object`],
    ['null', [null], TypeError, `codings[0] ${shape} null`],
    ['a decoder that returns a number', [{ ...mine, decode: () => 5 }], TypeError, 'the coding "mine" returned a number, not a string'],
  ])('decodeText refuses %s', (_, codings, kind, message) => {
    const decode = (): string => decodeText(Uint8Array.of(1), 4, { codings: codings as unknown as TextCoding[] });
    expect(decode).toThrow(kind);
    expect(decode).toThrow(expect.objectContaining({ message: `decodeText: ${message}` }));
  });

  it('names the bytes and the data coding, and checks what an encoder returns', () => {
    expect(decodeText(Uint8Array.of(2), 4, { codings: [mine] })).toBe('xx');
    expect(() => decodeText('41' as unknown as Uint8Array, 0)).toThrow(new TypeError('decodeText: bytes must be a Uint8Array, got a string'));
    expect(() => decodeText(Uint8Array.of(1), 256)).toThrow(new RangeError('decodeText: dataCoding must be an integer from 0 to 255, got 256'));
    const array = { ...mine, encode: () => [1] as unknown as Uint8Array };
    expect(() => encodeText('a', { dataCoding: 4, codings: [array] })).toThrow(new TypeError('encodeText: the coding "mine" returned an array, not a Uint8Array'));
  });

  it.each([
    [Number.NaN, 'NaN'],
    [5, 'a number'],
    [{}, 'an object'],
  ])('describes %s as %s', (value, shown) => {
    expect(() => toHex(value as unknown as Uint8Array)).toThrow(new TypeError(`toHex: bytes must be a Uint8Array, got ${shown}`));
  });

  it('refuses a string or a plain object at the call, not while iterating', () => {
    expect(() => estimateMany('ab' as unknown as string[])).toThrow(new TypeError('estimateMany: texts must be an iterable or async iterable of strings, got a string'));
    expect(() => estimateMany({} as unknown as string[])).toThrow(new TypeError('estimateMany: texts must be an iterable or async iterable of strings, got an object'));
    expect(() => buildMany('ab' as unknown as BinaryMessageInput[])).toThrow(new TypeError('buildMany: inputs must be an iterable or async iterable of inputs, got a string'));
    expect(() => buildMany({} as unknown as BinaryMessageInput[])).toThrow(new TypeError('buildMany: inputs must be an iterable or async iterable of inputs, got an object'));
  });
});
