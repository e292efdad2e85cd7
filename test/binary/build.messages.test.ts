/**
 * buildBinaryMessages / buildMultiRequest: exact messages and edges.
 */
import { describe, expect, it } from 'vitest';
import { buildBinaryMessages, buildMultiRequest, concatElement, createReferenceGenerator, SmsHexError, type BinaryMessageInput } from '../../src/index.js';

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
    ['a function with a next method', { to, text: long, reference: Object.assign(() => 1, { referenceBits: 8, next: () => 1 }) }, TypeError, 'reference must be a number or a reference generator, got a function'],
    ['a null element in udh', { to, text: 'a', udh: [null] }, TypeError, 'elements[0] must be an object, got null'],
    ['an object without next', { to, text: long, reference: { referenceBits: 8 } }, TypeError, 'reference must be a number or a reference generator, got an object'],
    ['an 8-bit reference of 256', { to, text: long, reference: 256 }, SmsHexError, 'reference: reference must be an integer from 0 to 255, got 256: with referenceBits 16 it may go up to 65535'],
    ['a 16-bit generator for 8-bit references', { to, text: long, reference: createReferenceGenerator({ referenceBits: 16 }) }, RangeError, 'the reference generator draws 16-bit references, referenceBits is 8'],
    ['a generator drawing 300', { to, text: long, reference: { referenceBits: 8, next: () => 300 } }, RangeError, 'reference (from the generator) must be an integer from 0 to 255, got 300'],
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
    const sixteen = buildBinaryMessages({ to, text: long, referenceBits: 16, reference: { referenceBits: 16, next: () => 0x1234 } });
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
