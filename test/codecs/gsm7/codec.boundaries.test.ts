/**
 * GSM 7-bit: the boundaries of the codec.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHARSET } from '../../../src/codecs/gsm7/charset.js';
import { decodeSeptets } from '../../../src/codecs/gsm7/decode.js';
import { decodeGsm7, isGsm7 } from '../../../src/index.js';

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
