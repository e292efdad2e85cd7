/**
 * More tests that kill mutants StrykerJS found surviving in the second round
 * (docs/mutation.md lists the rest, with why each is equivalent).
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildBinaryMessages,
  buildMultiRequest,
  buildUdh,
  concatElement,
  createReferenceGenerator,
  buildMany,
  decodeBinaryMessage,
  decodeText,
  decodeUcs2,
  encodeText,
  estimateMany,
  estimateSegments,
  parseHex,
  partCapacity,
  reassemble,
  safeReassemble,
  SmsHexError,
  splitText,
  toHex,
  toXml,
  safeParseHex,
  type BinaryMessageInput,
  type TextCoding,
  type UdhElement,
} from '../../src/index.js';
import { codePointAt } from '../../src/internal/text.js';

describe('codePointAt', () => {
  it.each([
    ['a letter before a low surrogate', 'a\udc00', '\u0061'],
    ['a low surrogate before a low surrogate', '\udc00\udc00', '\udc00'],
    ['a high surrogate before a letter', '\ud800a', '\ud800'],
    ['a high surrogate before U+E000', '\ud800\ue000', '\ud800'],
    ['a high surrogate at the end', '\udbff', '\udbff'],
    ['the lowest pair', '\ud800\udc00', '\ud800\udc00'],
    ['the highest pair', '\udbff\udfff', '\udbff\udfff'],
    ['the lowest high and highest low', '\ud800\udfff', '\ud800\udfff'],
    ['the highest high and lowest low', '\udbff\udc00', '\udbff\udc00'],
    ['U+D7FF before a low surrogate', '\ud7ff\udc00', '\ud7ff'],
    ['U+DC00 before a low surrogate', '\udc00\udfff', '\udc00'],
  ])('takes one unit or a whole pair: %s', (_, text, expected) => {
    expect(codePointAt(text, 0)).toBe(expected);
    expect(codePointAt(`x${text}`, 1)).toBe(expected);
  });
});

describe('unitsToString', () => {
  it('turns a million UTF-16 units into a string in chunks, never in one call', () => {
    // One String.fromCharCode call with a million arguments overflows the stack.
    const units = 1_000_000;
    const bytes = new Uint8Array(units * 2);
    for (let i = 0; i < units; i++) bytes[2 * i + 1] = 0x41 + (i % 26);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    expect(decodeUcs2(bytes)).toBe(alphabet.repeat(Math.ceil(units / 26)).slice(0, units));
  });
});

describe('parseHex / safeParseHex messages', () => {
  // The messages quote the character and say what is wrong; the codes and indexes alone let their wording rot.
  it.each([
    [' 0f', true, 'unexpected whitespace " " at index 0: strict hex has no leading whitespace'],
    ['\t0f', true, 'unexpected whitespace "\\t" at index 0: strict hex has no leading whitespace'],
    ['0f ', true, 'unexpected whitespace " " at index 2: strict hex has no trailing whitespace'],
    ['0f\t', true, 'unexpected whitespace "\\t" at index 2: strict hex has no trailing whitespace'],
    ['0f\n ', true, 'unexpected whitespace "\\n" at index 2: strict hex has no trailing whitespace'],
    ['0f  0f', true, 'unexpected separator " " at index 3: strict hex separates bytes with exactly one space'],
    ['0f\t0f', true, 'unexpected separator "\\t" at index 2: strict hex separates bytes with exactly one space'],
    ['0f:0f', true, 'unexpected separator ":" at index 2: strict hex separates bytes with exactly one space'],
    [':0f', true, 'invalid character ":" at index 0'],
    ['0f :', true, 'unexpected separator ":" at index 3: strict hex separates bytes with exactly one space'],
    ['0', true, 'odd number of hex digits in the group at index 0: "0" has 1 digit; a byte is two'],
    ['0f 0', true, 'odd number of hex digits in the group at index 3: "0" has 1 digit; a byte is two'],
    ['0 f', true, 'odd number of hex digits in the group at index 0: "0" has 1 digit; a byte is two'],
    ['0:f', true, 'odd number of hex digits in the group at index 0: "0" has 1 digit; a byte is two'],
    ['0f \ud83d\ude00', true, 'invalid character "\ud83d\ude00" at index 3'],
    ['0f :0f', false, 'mixed separators: ":" at index 3: ":" after whitespace'],
    ['0f: 0f', false, 'mixed separators: " " at index 3: whitespace after ":"'],
    ['0f-0f:0f', false, 'mixed separators: ":" at index 5: the bytes before are separated by "-"'],
    ['0f-0f 0f', false, 'mixed separators: " " at index 5: the bytes before are separated by "-"'],
    ['0f:0f-0f', false, 'mixed separators: "-" at index 5: the bytes before are separated by ":"'],
    ['0f 0f:0f', false, 'mixed separators: ":" at index 5: the bytes before are separated by whitespace'],
    ['0f:', false, 'unexpected separator ":" at index 2: a separator must stand between two bytes'],
    ['0f-', false, 'unexpected separator "-" at index 2: a separator must stand between two bytes'],
    ['0f -', false, 'mixed separators: "-" at index 3: "-" after whitespace'],
    ['0', false, 'odd number of hex digits in the group at index 0: "0" has 1 digit; a byte is two'],
    ['012', false, 'odd number of hex digits in the group at index 0: "012" has 3 digits; a byte is two'],
    ['0123456789abcdef0', false, 'odd number of hex digits in the group at index 0: "0123456789abcdef…" has 17 digits; a byte is two'],
    ['0f 123456789abcdef0123 0f', false, 'odd number of hex digits in the group at index 3: "123456789abcdef0…" has 19 digits; a byte is two'],
    ['\ud83d\ude00', false, 'invalid character "\ud83d\ude00" at index 0'],
  ])('%j (strict %s): %s', (text, strict, message) => {
    const result = safeParseHex(text, { strict });
    expect(result.ok ? undefined : result.error.message).toBe(`safeParseHex: ${message}`);
    expect(() => parseHex(text, { strict })).toThrow(`parseHex: ${message}`);
  });
});

describe('buildUdh messages', () => {
  const concat = { type: 'concat', referenceBits: 8, reference: 1, total: 1, sequence: 1 } as const;
  it.each([
    ['a string for the elements', 'x', TypeError, 'elements must be an array, got a string'],
    ['null for an element', [null], TypeError, 'elements[0] must be an object, got null'],
    ['a number for an element', [5], TypeError, 'elements[0] must be an object, got a number'],
    ['an unknown type', [{ type: 'foo' }], TypeError, `elements[0].type must be 'concat', 'ports', 'singleShift', 'lockingShift' or 'raw', got "foo"`],
    ['a number for the type', [{ type: 3 }], TypeError, `elements[0].type must be 'concat', 'ports', 'singleShift', 'lockingShift' or 'raw', got a number`],
    ['a string for referenceBits', [{ ...concat, referenceBits: '8' }], TypeError, 'elements[0].referenceBits must be 8 or 16, got a string'],
    ['12 for referenceBits', [{ ...concat, referenceBits: 12 }], RangeError, 'elements[0].referenceBits must be 8 or 16, got 12'],
    ['12 for portBits', [{ type: 'ports', portBits: 12, destination: 1, source: 1 }], RangeError, 'elements[0].portBits must be 8 or 16, got 12'],
    ['an array for raw data', [{ type: 'raw', id: 0x70, data: [1] }], TypeError, 'elements[0].data must be a Uint8Array, got an array'],
    ['a string for a reference', [concat, { ...concat, reference: '1' }], TypeError, 'elements[1].reference must be a number, got a string'],
    ['a raw element with a typed id', [{ type: 'raw', id: 0x24, data: new Uint8Array(1) }], SmsHexError, `value out of range: elements[0].id 0x24 has a typed element; use that instead of 'raw'`],
    ['a raw element with id 0', [{ type: 'raw', id: 0, data: new Uint8Array(1) }], SmsHexError, `value out of range: elements[0].id 0x00 has a typed element; use that instead of 'raw'`],
    ['an 8-bit reference of 256', [{ ...concat, reference: 256 }], SmsHexError, 'value out of range: elements[0].reference is 256; expected an integer from 0 to 255'],
    ['a 16-bit reference of 65536', [{ ...concat, referenceBits: 16, reference: 65536 }], SmsHexError, 'value out of range: elements[0].reference is 65536; expected an integer from 0 to 65535'],
    ['a total of 0', [{ ...concat, total: 0 }], SmsHexError, 'concatenation total must be 1-255: elements[0].total is 0; expected an integer from 1 to 255'],
    ['sequence 3 of 2', [{ ...concat, total: 2, sequence: 3 }], SmsHexError, 'concatenation sequence out of range: elements[0].sequence is 3; expected an integer from 1 to 2'],
    ['an 8-bit port of 256', [{ type: 'ports', portBits: 8, destination: 256, source: 1 }], SmsHexError, 'value out of range: elements[0].destination is 256; expected an integer from 0 to 255'],
    ['a language of 256', [{ type: 'singleShift', language: 256 }], SmsHexError, 'value out of range: elements[0].language is 256; expected an integer from 0 to 255'],
    ['141 octets', [{ type: 'raw', id: 0x70, data: new Uint8Array(138) }], SmsHexError, 'user data header too long: 141 octets exceeds 140'],
  ])('%s', (_, elements, kind, message) => {
    const build = (): Uint8Array => buildUdh(elements as unknown as UdhElement[]);
    expect(build).toThrow(kind);
    expect(build).toThrow(expect.objectContaining({ message: `buildUdh: ${message}` }));
  });
});

describe('concatElement', () => {
  it('builds 16-bit references and names a wrong referenceBits', () => {
    expect(concatElement(0x1234, 3, 2, 16)).toEqual({ type: 'concat', reference: 0x1234, total: 3, sequence: 2, referenceBits: 16 });
    expect(concatElement(0x12, 3, 2)).toEqual({ type: 'concat', reference: 0x12, total: 3, sequence: 2, referenceBits: 8 });
    expect(() => concatElement(1, 1, 1, 12 as 8)).toThrow(new RangeError('concatElement: referenceBits must be 8 or 16, got 12'));
    expect(() => concatElement(1, 1, 1, '8' as unknown as 8)).toThrow(new RangeError('concatElement: referenceBits must be 8 or 16, got a string'));
  });
});

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

function toSpacedHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}

describe('buildBinaryMessages / buildMultiRequest', () => {
  const to = '41793026727';
  const long = 'a'.repeat(200);
  const ports = { type: 'ports', portBits: 16, destination: 2948, source: 0 } as const;
  const build = (input: unknown): unknown => buildBinaryMessages(input as BinaryMessageInput);
  it.each([
    ['a null input', null, TypeError, 'input must be an object, got null'],
    ['an array for the input', [], TypeError, 'input must be an object, got an array'],
    ['an empty from', { to, from: '', text: 'a' }, TypeError, 'from must be a non-empty string when given, got a string'],
    ['a number for from', { to, from: 5, text: 'a' }, TypeError, 'from must be a non-empty string when given, got a number'],
    ['an empty to', { to: '', text: 'a' }, RangeError, 'to must not be empty'],
    ['an empty destination', { to: ['a', ''], text: 'a' }, TypeError, 'to must be a non-empty string or a non-empty array of non-empty strings, got an array'],
    ['a number for a destination', { to: ['a', 1], text: 'a' }, TypeError, 'to must be a non-empty string or a non-empty array of non-empty strings, got an array'],
    ['an array for bytes', { to, bytes: [1], dataCoding: 4 }, TypeError, 'bytes must be a Uint8Array, got an array'],
    ['a number for hex', { to, hex: 1, dataCoding: 4 }, TypeError, 'hex must be a string, got a number'],
    ['a concat element in udh', { to, text: 'a', udh: [concatElement(1, 1, 1)] }, RangeError, 'udh must not contain a concat element: concatenation is added as the parts need it'],
    ['a string for the reference', { to, text: long, reference: 'x' }, TypeError, 'reference must be a number or a reference generator, got a string'],
    ['a function for the reference', { to, text: long, reference: () => 1 }, TypeError, 'reference must be a number or a reference generator, got a function'],
    ['a function with a next method', { to, text: long, reference: Object.assign(() => 1, { bits: 8, next: () => 1 }) }, TypeError, 'reference must be a number or a reference generator, got a function'],
    ['a null element in udh', { to, text: 'a', udh: [null] }, TypeError, 'elements[0] must be an object, got null'],
    ['an object without next', { to, text: long, reference: { bits: 8 } }, TypeError, 'reference must be a number or a reference generator, got an object'],
    ['an 8-bit reference of 256', { to, text: long, reference: 256 }, SmsHexError, 'reference: reference must be an integer from 0 to 255, got 256: with referenceBits 16 it may go up to 65535'],
    ['a 16-bit generator for 8-bit references', { to, text: long, reference: createReferenceGenerator({ bits: 16 }) }, RangeError, 'the reference generator draws 16-bit references, referenceBits is 8'],
    ['a generator drawing 300', { to, text: long, reference: { bits: 8, next: () => 300 } }, RangeError, 'reference (from the generator) must be an integer from 0 to 255, got 300'],
  ])('refuses %s', (_, input, kind, message) => {
    expect(() => build(input)).toThrow(kind);
    expect(() => build(input)).toThrow(expect.objectContaining({ message: `buildBinaryMessages: ${message}` }));
  });

  it('refuses an empty or missing list of inputs', () => {
    expect(() => buildMultiRequest([])).toThrow(new TypeError('buildMultiRequest: inputs must be a non-empty array, got an array'));
    expect(() => buildMultiRequest('x' as unknown as [])).toThrow(new TypeError('buildMultiRequest: inputs must be a non-empty array, got a string'));
  });

  it('draws 8- and 16-bit references from generators of the right size', () => {
    const request = buildMultiRequest([
      { to, text: long, referenceBits: 16 },
      { to, text: long },
    ]);
    expect(request.messages.map((message) => message.binary.hex.slice(0, 8))).toEqual(['06 08 04', '06 08 04', '05 00 03', '05 00 03']);
    const sixteen = buildBinaryMessages({ to, text: long, referenceBits: 16, reference: { bits: 16, next: () => 0x1234 } });
    expect(sixteen.map((message) => message.binary.hex.slice(0, 20))).toEqual(['06 08 04 12 34 02 01', '06 08 04 12 34 02 02']);
  });

  it('leaves room for the extra elements in every part, for text and for ready payloads', () => {
    // 153 septets fit one part behind a concatenation header; a 16-bit ports element (6 octets) pushes some into a second.
    const text = buildBinaryMessages({ to, reference: 1, text: 'a'.repeat(153), udh: [ports] });
    expect(text.map((message) => message.binary.hex.slice(0, 35))).toEqual(['0b 00 03 01 02 01 05 04 0b 84 00 00', '0b 00 03 01 02 02 05 04 0b 84 00 00']);
    expect(buildBinaryMessages({ to, bytes: new Uint8Array(133), dataCoding: 4, udh: [ports] })).toHaveLength(1);
    expect(buildBinaryMessages({ to, reference: 1, bytes: new Uint8Array(134), dataCoding: 4, udh: [ports] })).toHaveLength(2);
    expect(buildBinaryMessages({ to, bytes: new Uint8Array(0), dataCoding: 4, udh: [ports] })).toEqual([{ to, binary: { hex: '06 05 04 0b 84 00 00', dataCoding: 4, esmClass: 0x40 } }]);
  });

  it('keeps grapheme clusters whole when asked, also for plain text', () => {
    const text = `${'x'.repeat(65)}👍🏽${'y'.repeat(80)}`;
    const hexes = buildBinaryMessages({ to, reference: 1, text, keepGraphemes: true }).map((message) => message.binary.hex);
    expect(hexes.map((hex) => (hex.length + 1) / 3 - 6)).toEqual([130, 134, 34]);
  });
});

describe('decodeBinaryMessage / reassemble', () => {
  const part = (hex: string): { hex: string; dataCoding: number; esmClass: number } => ({ hex, dataCoding: 0, esmClass: 0x40 });

  it('names what it got, and takes data coding 255', () => {
    expect(() => decodeBinaryMessage(null as unknown as { hex: string; dataCoding: number })).toThrow(new TypeError('decodeBinaryMessage: expected binary to be an object, got null'));
    expect(() => decodeBinaryMessage({ hex: '41', dataCoding: 256 })).toThrow(new RangeError('decodeBinaryMessage: expected binary.dataCoding to be an integer from 0 to 255, got 256'));
    expect(decodeBinaryMessage({ hex: '41', dataCoding: 255 }).bytes).toEqual(Uint8Array.of(0x41));
  });

  it('has no udh or text key where there is none', () => {
    expect(Object.keys(decodeBinaryMessage({ hex: '41', dataCoding: 4 }))).toEqual(['bytes']);
    expect(Object.keys(decodeBinaryMessage({ hex: '41', dataCoding: 0 }))).toEqual(['text', 'bytes']);
  });

  it('orders the parts by sequence and names a message that is not an object', () => {
    expect(reassemble([part('05 00 03 01 02 02 62'), part('05 00 03 01 02 01 61')])).toBe('ab');
    expect(() => reassemble([5 as unknown as { hex: string; dataCoding: number }])).toThrow(new TypeError('reassemble: expected messages[0] to be an object, got a number'));
    expect(safeReassemble([{ hex: '41', dataCoding: 0 }, { hex: '41', dataCoding: 0 }])).toEqual({
      ok: false,
      error: { code: 'REASSEMBLE_MISMATCH', message: 'safeReassemble: parts do not belong together: message 0: it has no concatenation element', path: [0] },
    });
  });

  it.each([
    [[part('05 00 03 01 02 01 41'), part('05 00 03 01 02 02 80')], 18, [1, 'hex']],
    [[part('05 00 03 01 02 01 80'), part('05 00 03 01 02 02 41')], 18, [0, 'hex']],
    [[part('05 00 03 01 03 01 41'), part('05 00 03 01 03 02 41'), part('05 00 03 01 03 03 41 80')], 21, [2, 'hex']],
  ])('locates a bad septet in the part it came from (%#)', (parts, index, path) => {
    expect(safeReassemble(parts)).toMatchObject({ ok: false, error: { code: 'GSM7_INVALID_SEPTET', index, path } });
  });
});

describe('reference generators', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  const randomness = (value: number | undefined): void => {
    const crypto = value === undefined ? undefined : { getRandomValues: <T extends ArrayBufferView>(array: T): T => ((array as unknown as Uint16Array).fill(value), array) };
    Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true, writable: true });
  };
  afterEach(() => {
    if (original !== undefined) Object.defineProperty(globalThis, 'crypto', original);
  });

  it('says when there is no crypto.getRandomValues', () => {
    randomness(undefined);
    expect(() => buildBinaryMessages({ to: '41793026727', text: 'a'.repeat(200) })).toThrow(new TypeError('smshex: crypto.getRandomValues is not available; pass a reference'));
  });

  it('draws 16-bit references whole and 8-bit ones from the low byte, wrapping at the size', () => {
    randomness(0x12ff);
    expect(createReferenceGenerator({ bits: 16 }).next('a')).toBe(0x12ff);
    const eight = createReferenceGenerator({ bits: 8 });
    expect([eight.next('a'), eight.next('a')]).toEqual([0xff, 0x00]);
  });

  it('draws from one counter whatever the destination: none, empty, lists in any order, a joined string', () => {
    randomness(7);
    const generator = createReferenceGenerator();
    expect([generator.next(), generator.next(''), generator.next(['b', 'a']), generator.next(['a', 'b']), generator.next('a,b'), generator.next(['c'])]).toEqual([7, 8, 9, 10, 11, 12]);
    expect(() => generator.next([1] as unknown as string[])).toThrow(new TypeError('ReferenceGenerator.next: destination must be a string or an array of strings, got an array'));
    expect(() => createReferenceGenerator({ bits: 12 as 8 })).toThrow(new RangeError('createReferenceGenerator: bits must be one of 8, 16, got 12'));
  });
});

describe('toXml messages', () => {
  const message = { to: 'a', binary: { hex: '41', dataCoding: 0, esmClass: 0 } };
  it.each([
    ['indent "x "', { messages: [] }, { indent: 'x ' }, TypeError, 'indent must be a string of spaces or tabs, got a string'],
    ['indent " x"', { messages: [] }, { indent: ' x' }, TypeError, 'indent must be a string of spaces or tabs, got a string'],
    ['indent 5', { messages: [] }, { indent: 5 }, TypeError, 'indent must be a string of spaces or tabs, got a number'],
    ['no request', null, undefined, TypeError, 'request must be an object with a messages array, got null'],
    ['a null message', { messages: [null] }, undefined, TypeError, 'messages[0] must be an object, got null'],
    ['a null binary', { messages: [{ to: 'a', binary: null }] }, undefined, TypeError, 'messages[0].binary must be an object, got null'],
    ['a control character', { messages: [{ ...message, to: 'a\u0001' }] }, undefined, RangeError, '"a\\u0001" has a character XML cannot carry at index 1'],
  ])('%s', (_, request, options, kind, text) => {
    const convert = (): string => toXml(request as unknown as Parameters<typeof toXml>[0], options as Parameters<typeof toXml>[1]);
    expect(convert).toThrow(kind);
    expect(convert).toThrow(expect.objectContaining({ message: `toXml: ${text}` }));
  });
});

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
