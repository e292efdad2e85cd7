/**
 * Tests that kill mutants StrykerJS found surviving (docs/mutation.md lists
 * the rest, with why each is equivalent).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHARSET } from '../../src/codecs/gsm7/charset.js';
import { decodeSeptets } from '../../src/codecs/gsm7/decode.js';
import { decodeGsm7, decodeUcs2, encodeUcs2, isGsm7, parseUdh, SmsHexError, toHex, safeParseUdh } from '../../src/index.js';

describe('UCS-2', () => {
  it.each([
    ['high then a letter', [0xd8, 0x3d, 0x00, 0x41], 0],
    ['high then high', [0xd8, 0x3d, 0xd8, 0x3d], 0],
    ['letter, high, letter', [0x00, 0x41, 0xdb, 0xff, 0x00, 0x42], 2],
  ])('decodeUcs2 refuses a high surrogate not followed by a low one (%s)', (_, bytes, index) => {
    expect(() => decodeUcs2(Uint8Array.from(bytes))).toThrow(expect.objectContaining({ code: 'UCS2_LONE_SURROGATE', index }));
  });

  it('names the argument that has the wrong type', () => {
    expect(() => encodeUcs2(1 as unknown as string)).toThrow(new TypeError('encodeUcs2: text must be a string, got a number'));
    expect(() => decodeUcs2('00' as unknown as Uint8Array)).toThrow(new TypeError('decodeUcs2: bytes must be a Uint8Array, got a string'));
  });

  it('is a SmsHexError, not a TypeError, for bad data', () => {
    expect(() => decodeUcs2(Uint8Array.of(0xdc, 0x00))).toThrow(SmsHexError);
  });
});

describe('GSM 7-bit', () => {
  it('names the argument that has the wrong type', () => {
    expect(() => decodeGsm7('41' as unknown as Uint8Array)).toThrow(new TypeError('decodeGsm7: septets must be a Uint8Array, got a string'));
    expect(() => isGsm7(1 as unknown as string)).toThrow(new TypeError('isGsm7: text must be a string, got a number'));
  });

  it.each([
    ['a trailing escape', [0x41, 0x1b], 'GSM7_TRAILING_ESCAPE'],
    ['an escape before a byte above 0x7f', [0x41, 0x1b, 0x80], 'GSM7_INVALID_SEPTET'],
  ])('decodeSeptets adds the payload offset to the index of %s', (_, septets, code) => {
    const index = septets.length - 1;
    expect(() => decodeSeptets('f', Uint8Array.from(septets), DEFAULT_CHARSET, 10)).toThrow(expect.objectContaining({ code, index: 10 + index }));
  });
});

describe('toHex', () => {
  it('names the option that has the wrong type', () => {
    expect(() => toHex(Uint8Array.of(1), { uppercase: 'yes' as unknown as boolean })).toThrow(new TypeError('toHex: uppercase must be a boolean, got a string'));
  });

  it.each([' ', ':', '\u00a0', ' - ', ''])('writes the same hex through every path, separator %j', (separator) => {
    const bytes = Uint8Array.from({ length: 37 }, (_, i) => (i * 53) & 0xff);
    const expected = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(separator);
    expect(toHex(bytes, { separator })).toBe(expected);
    expect(toHex(bytes.subarray(1), { separator, uppercase: true })).toBe(expected.slice(2 + separator.length).toUpperCase());
  });
});

describe('parseUdh / safeParseUdh', () => {
  // The messages name the element and say what is wrong; the codes and octets alone let their wording rot.
  it.each([
    [[141], 'user data header too long at octet 0: 142 octets exceeds 140'],
    [[2, 0], 'user data header is truncated at octet 0: the length octet declares 2 octets, 1 follow'],
    [[5, 0, 9, 1, 2, 3], 'information element overruns the header at octet 1: element 0x00 declares 9 octets, 3 are left in the header'],
    [[2, 0, 0], 'information element has the wrong length at octet 1: element 0x00 (concatenation with 8-bit reference) has 0 data octets, expected 3'],
    [[5, 8, 3, 1, 2, 3], 'information element has the wrong length at octet 1: element 0x08 (concatenation with 16-bit reference) has 3 data octets, expected 4'],
    [[5, 4, 2, 1, 2, 0], 'information element overruns the header at octet 5: element 0x00 has no length octet'],
    [[3, 4, 1, 0], 'information element has the wrong length at octet 1: element 0x04 (application ports, 8-bit) has 1 data octets, expected 2'],
    [[5, 5, 3, 1, 2, 3], 'information element has the wrong length at octet 1: element 0x05 (application ports, 16-bit) has 3 data octets, expected 4'],
    [[3, 36, 0, 0], 'information element has the wrong length at octet 1: element 0x24 (national language single shift) has 0 data octets, expected 1'],
    [[4, 37, 2, 1, 1], 'information element has the wrong length at octet 1: element 0x25 (national language locking shift) has 2 data octets, expected 1'],
    [[3, 37, 2, 1, 1], 'information element overruns the header at octet 1: element 0x25 declares 2 octets, 1 are left in the header'],
    [[5, 0, 3, 1, 0, 1], 'concatenation total must be 1-255 at octet 4: the total is 0'],
    [[5, 0, 3, 1, 2, 0], 'concatenation sequence out of range at octet 5: sequence 0: parts are numbered from 1'],
  ])('%j: %s', (bytes, message) => {
    const result = safeParseUdh(Uint8Array.from(bytes));
    expect(result.ok ? undefined : result.error.message).toBe(`safeParseUdh: ${message}`);
    expect(() => parseUdh(Uint8Array.from(bytes))).toThrow(`parseUdh: ${message}`);
  });

  it('takes a header of exactly 140 octets and says what it got instead of bytes', () => {
    const header = Uint8Array.from([139, 0x70, 137, ...new Array<number>(137).fill(0)]);
    expect(parseUdh(header)).toMatchObject({ length: 140 });
    expect(safeParseUdh('x' as unknown as Uint8Array)).toEqual({ ok: false, error: { code: 'INPUT_TYPE', message: 'safeParseUdh: expected a Uint8Array, got a string' } });
    expect(() => parseUdh('x' as unknown as Uint8Array)).toThrow(new TypeError('parseUdh: bytes must be a Uint8Array, got a string'));
    expect(safeParseUdh(new Uint8Array(0))).toMatchObject({ ok: false, error: { code: 'UDH_TRUNCATED', message: expect.stringMatching(/there is no length octet$/) } });
  });
});
