import { describe, expect, expectTypeOf, it } from 'vitest';
import { decodeText, encodeText, parseHex, type EncodedText, type TextCoding } from '../../src/index.js';
import { ISO_8859_1, LEGACY_CODINGS } from '../../src/legacy/index.js';

const ROT: TextCoding = {
  dataCoding: 0xf4,
  name: 'test coding',
  encode: (text) => Uint8Array.from(text, (c) => c.charCodeAt(0) + 1),
  decode: (bytes) => String.fromCharCode(...Array.from(bytes, (b) => b - 1)),
};

describe('encodeText with codings', () => {
  it('keeps 0 and 8 built in and auto never picks a passed coding', () => {
    expect(encodeText('ça', { codings: LEGACY_CODINGS }).dataCoding).toBe(8);
    expect(encodeText('cafe', { codings: LEGACY_CODINGS }).dataCoding).toBe(0);
    expect(encodeText('Ç', { dataCoding: 0, codings: LEGACY_CODINGS }).hex).toBe('09');
  });
  it('uses any coding it is given, not only the legacy ones', () => {
    expect(encodeText('ab', { dataCoding: 0xf4, codings: [ROT] })).toEqual({ dataCoding: 0xf4, bytes: Uint8Array.of(0x62, 0x63), hex: '62 63' });
    expect(decodeText(Uint8Array.of(0x62, 0x63), 0xf4, { codings: [ROT] })).toBe('ab');
  });
  it.each([1, 2, 3, 4, 5, 6, 7, 0x0e, 0xf0])('dataCoding %s without its coding is a RangeError pointing at smshex/legacy', (dataCoding) => {
    expect(() => encodeText('a', { dataCoding })).toThrow(/dataCoding \d+ needs a text coding.*smshex\/legacy/);
    expect(() => decodeText(Uint8Array.of(0x61), dataCoding)).toThrow(RangeError);
    expect(() => decodeText(Uint8Array.of(0x61), dataCoding, { codings: [] })).toThrow(/smshex\/legacy/);
  });
  it.each([-1, 256, 2.5, Number.NaN])('dataCoding %s is a RangeError', (dataCoding) => {
    expect(() => encodeText('a', { dataCoding })).toThrow(RangeError);
    expect(() => decodeText(Uint8Array.of(0x61), dataCoding)).toThrow(RangeError);
  });
  it.each([
    ['not an array', ISO_8859_1, TypeError],
    ['a non-coding element', [ISO_8859_1, {}], TypeError],
    ['a null element', [null], TypeError],
    ['a coding for 0', [{ ...ISO_8859_1, dataCoding: 0 }], RangeError],
    ['a coding for 8', [{ ...ISO_8859_1, dataCoding: 8 }], RangeError],
    ['a byte out of range', [{ ...ISO_8859_1, dataCoding: 300 }], RangeError],
    ['a data coding twice', [ISO_8859_1, ISO_8859_1], RangeError],
  ] as const)('codings with %s is rejected', (_, codings, type) => {
    expect(() => encodeText('a', { codings: codings as never })).toThrow(type);
    expect(() => decodeText(Uint8Array.of(0x61), 0, { codings: codings as never })).toThrow(type);
  });
  it('checks what a caller-supplied coding returns', () => {
    const bad: TextCoding = { dataCoding: 9, name: 'bad', encode: () => [1] as never, decode: () => 1 as never };
    expect(() => encodeText('a', { dataCoding: 9, codings: [bad] })).toThrow(TypeError);
    expect(() => decodeText(Uint8Array.of(1), 9, { codings: [bad] })).toThrow(TypeError);
  });
  it('types the data coding as 0 | 8 unless codings are passed', () => {
    expectTypeOf(encodeText('a')).toEqualTypeOf<EncodedText>();
    expectTypeOf(encodeText('a').dataCoding).toEqualTypeOf<0 | 8>();
    expectTypeOf(encodeText('a', { dataCoding: 8 }).dataCoding).toEqualTypeOf<0 | 8>();
    expectTypeOf(encodeText('a', { dataCoding: 3, codings: LEGACY_CODINGS }).dataCoding).toEqualTypeOf<number>();
  });
});

describe('decodeText', () => {
  it.each([
    ['54 65 73 74 20 6d 65 73 73 61 67 65 2e', 0, 'Test message.'],
    ['6d 4b 8B d5 77 ed 4f e1 30 02', 8, '测试短信。'],
    ['35 1b 65', 0, '5€'],
    ['d8 3d de 00', 8, '😀'],
  ] as const)('%s with dataCoding %s', (hex, dataCoding, text) => {
    expect(decodeText(parseHex(hex), dataCoding)).toBe(text);
  });
  it.each([
    ['80', 0, 'GSM7_INVALID_SEPTET', 0],
    ['41 1b', 0, 'GSM7_TRAILING_ESCAPE', 1],
    ['00 41 00', 8, 'UCS2_ODD_LENGTH', 2],
    ['00 41 d8 3d', 8, 'UCS2_LONE_SURROGATE', 2],
  ] as const)('%s with dataCoding %s is %s at %s', (hex, dataCoding, code, index) => {
    expect(() => decodeText(parseHex(hex), dataCoding)).toThrow(expect.objectContaining({ code, index }));
    expect(() => decodeText(parseHex(hex), dataCoding)).toThrow(/^decodeText: /);
  });
  it('rejects wrong argument types', () => {
    expect(() => decodeText('41' as never, 0)).toThrow(TypeError);
    expect(() => decodeText(Uint8Array.of(0x41), '0' as never)).toThrow(TypeError);
    expect(() => decodeText(Uint8Array.of(0x41), 0, 'x' as never)).toThrow(TypeError);
  });
});
