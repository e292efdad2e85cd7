/**
 * Septet packing at its edges: the exact octet count for every fill, the
 * septet range, and the truncation boundary of unpackSeptets.
 */
import { describe, expect, it } from 'vitest';
import { packSeptets, SmsHexError, unpackSeptets } from '../../src/index.js';

const fills = [0, 1, 2, 3, 4, 5, 6];

describe('packSeptets and unpackSeptets at the edges', () => {
  it.each(fills)('needs exactly ceil((7n + %i) / 8) octets', (fillBits) => {
    for (let count = 0; count <= 17; count++) {
      const needed = Math.ceil((count * 7 + fillBits) / 8);
      const septets = Uint8Array.from({ length: count }, (_, i) => 0x7f - i);
      const packed = packSeptets(septets, fillBits);
      expect(packed.length).toBe(needed);
      expect(unpackSeptets(packed, count, fillBits)).toEqual(septets);
      if (needed > 0) {
        const short = () => unpackSeptets(packed.subarray(0, needed - 1), count, fillBits);
        expect(short).toThrow(SmsHexError);
        expect(short).toThrow(expect.objectContaining({ code: 'GSM7_TRUNCATED' }));
        expect(short).toThrow(`unpackSeptets: ${needed - 1} octets cannot hold ${count} septets: ${needed} are needed with ${fillBits} fill bits`);
      }
    }
  });

  it('keeps the fill bits and the spare bits zero', () => {
    expect([...packSeptets(Uint8Array.of(0x7f), 1)]).toEqual([0xfe]);
    expect([...packSeptets(Uint8Array.of(0x7f), 2)]).toEqual([0xfc, 0x01]);
    expect([...packSeptets(Uint8Array.of(0x7f, 0x7f), 0)]).toEqual([0xff, 0x3f]);
  });

  it('refuses a byte above 0x7f, naming it and its index', () => {
    expect(() => packSeptets(Uint8Array.of(1, 0x80))).toThrow('packSeptets: invalid septet 0x80 at index 1: septets are 0x00-0x7f');
    expect(() => packSeptets(Uint8Array.of(1), 7)).toThrow(new RangeError('packSeptets: fillBits must be an integer from 0 to 6, got 7'));
    expect(() => unpackSeptets(Uint8Array.of(1), -1)).toThrow(
      new RangeError(`unpackSeptets: septetCount must be an integer from 0 to ${Number.MAX_SAFE_INTEGER}, got -1`),
    );
    expect(() => unpackSeptets(Uint8Array.of(1), 1, 7)).toThrow(new RangeError('unpackSeptets: fillBits must be an integer from 0 to 6, got 7'));
  });

  it('names the argument of the wrong type', () => {
    expect(() => packSeptets(null as never)).toThrow(new TypeError('packSeptets: septets must be a Uint8Array, got null'));
    expect(() => unpackSeptets([1] as never, 1)).toThrow(new TypeError('unpackSeptets: octets must be a Uint8Array, got an array'));
  });
});
