/**
 * Splitting into segments: text (surrogates, unmappable characters, grapheme clusters) and ready payloads.
 */
import { describe, expect, it } from 'vitest';
import { buildBinaryMessages, estimateSegments, partCapacity, splitText, type BinaryMessageInput } from '../../src/index.js';

function toSpacedHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

describe('segments of text: surrogates, unmappable characters, grapheme clusters', () => {
  it.each([
    ['a high surrogate before a letter', 'a\ud800b', 1, '\\ud800'],
    ['a low surrogate alone', 'a\udc00', 1, '\\udc00'],
    ['a high surrogate at the end', 'ab\ud800', 2, '\\ud800'],
    ['a high surrogate before U+E000', '\ud800\ue000', 0, '\\ud800'],
    ['U+DBFF before U+E000', '\udbff\ue000', 0, '\\udbff'],
    ['U+DFFF alone', 'ab\udfff', 2, '\\udfff'],
    ['two low surrogates', '\udc00\udc00', 0, '\\udc00'],
  ])('refuses %s, with or without keepGraphemes', (_, text, index, shown) => {
    for (const keepGraphemes of [false, true]) {
      expect(() => estimateSegments(text, { keepGraphemes })).toThrow(
        expect.objectContaining({ code: 'UCS2_LONE_SURROGATE', index, message: `estimateSegments: lone surrogate "${shown}" at index ${index}` }),
      );
      expect(() => splitText(text, { keepGraphemes })).toThrow(expect.objectContaining({ code: 'UCS2_LONE_SURROGATE', index }));
    }
  });

  it.each(['\ud800\udc00', '\udbff\udfff', '\ud800\udfff', '\udbff\udc00'])('counts the pair %j as two UCS-2 units', (pair) => {
    for (const keepGraphemes of [false, true]) {
      expect(estimateSegments(pair.repeat(36), { keepGraphemes })).toMatchObject({ encoding: 'ucs2', units: 72, smsCount: 2 });
      expect(estimateSegments(`${pair}\ud7ff\ue000`, { keepGraphemes })).toMatchObject({ encoding: 'ucs2', units: 4, smsCount: 1 });
    }
  });

  it('throws GSM7_UNMAPPABLE when dataCoding 0 is asked for text outside the tables', () => {
    for (const keepGraphemes of [false, true]) {
      expect(() => estimateSegments('ab中', { dataCoding: 0, keepGraphemes })).toThrow(
        expect.objectContaining({ code: 'GSM7_UNMAPPABLE', index: 2, message: 'estimateSegments: character "中" at index 2 is not in the GSM 7-bit tables' }),
      );
    }
  });

  it('names the argument that has the wrong type', () => {
    expect(() => splitText(1 as unknown as string)).toThrow(new TypeError('splitText: text must be a string, got a number'));
    expect(() => partCapacity('X' as 'gsm7', 0)).toThrow(new RangeError("partCapacity: encoding must be one of 'gsm7', 'ucs2', '8bit', got 'X'"));
    expect(() => partCapacity('gsm7', 141)).toThrow(new RangeError('partCapacity: udhOctets must be an integer from 0 to 140, got 141'));
  });

  const cluster = (units: number): string => `e${'\u0301'.repeat(units - 1)}`;
  const parts = (text: string): number[][] => splitText(text, { keepGraphemes: true }).map((part) => [part.start, part.units]);

  it.each([
    // UCS-2 parts hold 67 units behind an 8-bit concatenation header.
    ['a cluster that exactly fills a part moves whole', `x${cluster(67)}yyy`, [[0, 1], [1, 67], [68, 3]]],
    ['a cluster longer than a part is cut where the part is full', `x${cluster(70)}yyy`, [[0, 1], [1, 67], [68, 6]]],
    ['a cluster of two surrogate pairs moves whole, and the part after it counts it', `${'x'.repeat(65)}👍🏽${'y'.repeat(80)}`, [[0, 65], [65, 67], [132, 17]]],
  ])('keepGraphemes: %s', (_, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });
});

describe('segments of a ready payload (bytes or hex)', () => {
  const to = '41793026727';
  const build = (input: Omit<BinaryMessageInput, 'to'>): string[] => buildBinaryMessages({ to, reference: 1, ...input } as BinaryMessageInput).map((message) => message.binary.hex);
  const units = (...values: number[]): Uint8Array => Uint8Array.from(values.flatMap((value) => [value >> 8, value & 0xff]));
  const octets = (hex: string): number => (hex.length + 1) / 3;

  it.each([
    [140, [140]],
    [141, [134 + 6, 7 + 6]],
    [268, [140, 140]],
  ])('%i octets of 8-bit data make %j', (length, expected) => {
    expect(build({ bytes: new Uint8Array(length), dataCoding: 4 }).map(octets)).toEqual(expected);
  });

  it('takes exactly maxParts parts, and refuses one more', () => {
    expect(build({ bytes: new Uint8Array(300), dataCoding: 4, maxParts: 3 })).toHaveLength(3);
    expect(() => build({ bytes: new Uint8Array(300), dataCoding: 4, maxParts: 2 })).toThrow(
      expect.objectContaining({ code: 'MESSAGE_TOO_LONG', message: 'buildBinaryMessages: message needs 3 parts, more than the limit of 2' }),
    );
  });

  it.each([
    [[0x41, 0x80], 'GSM7_INVALID_SEPTET', 1, 'invalid septet 0x80 at index 1: septets are 0x00-0x7f'],
    [[0x41, 0x1b, 0x80], 'GSM7_INVALID_SEPTET', 2, 'invalid septet 0x80 at index 2: septets are 0x00-0x7f'],
    [[0x41, 0x1b], 'GSM7_TRAILING_ESCAPE', 1, 'escape (0x1b) at index 1 is not followed by a character'],
  ])('septets %j: %s', (septets, code, index, message) => {
    expect(() => build({ bytes: Uint8Array.from(septets), dataCoding: 0 })).toThrow(expect.objectContaining({ code, index, message: `buildBinaryMessages: ${message}` }));
  });

  it('reads 8-bit data as octets, not as UCS-2 units', () => {
    expect(build({ bytes: Uint8Array.of(0xd8, 0x00, 0x41), dataCoding: 4 })).toEqual(['d8 00 41']);
  });

  it('takes 0x7f as a septet, also after an escape', () => {
    expect(build({ bytes: Uint8Array.of(0x7f, 0x1b, 0x7f), dataCoding: 0 })).toEqual(['7f 1b 7f']);
  });

  it.each([
    ['a high surrogate before a letter', [0x41, 0xd800, 0x42], 2, '\\ud800'],
    ['a low surrogate alone', [0xdc00], 0, '\\udc00'],
    ['a high surrogate at the end', [0x41, 0xdbff], 2, '\\udbff'],
    ['a high surrogate before U+E000', [0xd800, 0xe000], 0, '\\ud800'],
    ['U+DBFF before U+E000', [0xdbff, 0xe000], 0, '\\udbff'],
    ['U+DFFF alone', [0xdfff], 0, '\\udfff'],
    ['two low surrogates', [0xdc00, 0xdc00], 0, '\\udc00'],
    ['a high surrogate third', [0x41, 0x42, 0xd800], 4, '\\ud800'],
  ])('UCS-2 payload: refuses %s', (_, values, index, shown) => {
    expect(() => build({ bytes: units(...values), dataCoding: 8 })).toThrow(
      expect.objectContaining({ code: 'UCS2_LONE_SURROGATE', index, message: `buildBinaryMessages: lone surrogate "${shown}" at index ${index}` }),
    );
  });

  it.each([[[0xd7ff, 0xe000]], [[0xd800, 0xdc00]], [[0xdbff, 0xdfff]], [[0xd800, 0xdfff]], [[0xdbff, 0xdc00]]])('UCS-2 payload: takes %j', (values) => {
    expect(build({ bytes: units(...values), dataCoding: 8 })).toEqual([toSpacedHex(units(...values))]);
  });

  it('UCS-2 payload: never splits a surrogate pair, and each part holds its own units', () => {
    const letters = Array.from({ length: 80 }, (_, i) => 0x41 + (i % 26));
    const parts = build({ bytes: units(...letters), dataCoding: 8 });
    expect(parts).toEqual([
      `05 00 03 01 02 01 ${toSpacedHex(units(...letters.slice(0, 67)))}`,
      `05 00 03 01 02 02 ${toSpacedHex(units(...letters.slice(67)))}`,
    ]);
    const long = Array.from({ length: 150 }, (_, i) => 0x3041 + i);
    expect(build({ bytes: units(...long), dataCoding: 8 })).toEqual([
      `05 00 03 01 03 01 ${toSpacedHex(units(...long.slice(0, 67)))}`,
      `05 00 03 01 03 02 ${toSpacedHex(units(...long.slice(67, 134)))}`,
      `05 00 03 01 03 03 ${toSpacedHex(units(...long.slice(134)))}`,
    ]);
    const paired = build({ bytes: units(...new Array<number>(66).fill(0x41), 0xd83d, 0xde00, ...new Array<number>(10).fill(0x42)), dataCoding: 8 });
    expect(paired.map(octets)).toEqual([6 + 132, 6 + 24]);
    expect(paired[1]?.slice(18, 29)).toBe('d8 3d de 00');
  });
});
