/**
 * UCS-2: the boundaries of the codec (lengths, surrogates, offsets).
 */
import { describe, expect, it } from 'vitest';
import { decodeUcs2, encodeUcs2, SmsHexError } from '../../../src/index.js';

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
