import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeGsm7, encodeGsm7, packSeptets, SmsHexError, toHex, unpackSeptets } from '../../../src/index.js';
import { bytesOf, loadVectors, thrown } from '../../helpers/vectors.js';
import { slowPack } from '../../reference/slow.js';

interface PackingVector { text: string | null; septets: string; fillBits: number; packed: string }

const vectors = loadVectors<{ entries: PackingVector[] }>('gsm7-packing').entries;
const septets = fc.uint8Array({ max: 0x7f, maxLength: 80 });
const fillBits = fc.integer({ min: 0, max: 6 });

describe('packSeptets and unpackSeptets (TS 23.038 §6.1.2.1)', () => {
  it('packs the textbook "hellohello"', () => {
    expect(toHex(packSeptets(encodeGsm7('hellohello')))).toBe('e8 32 9b fd 46 97 d9 ec 37');
    expect(decodeGsm7(unpackSeptets(bytesOf('e8 32 9b fd 46 97 d9 ec 37'), 10))).toBe('hellohello');
  });

  it.each(vectors)('packs $septets with $fillBits fill bits as $packed', ({ septets: s, fillBits: f, packed }) => {
    const input = bytesOf(s);
    expect(packSeptets(input, f)).toEqual(bytesOf(packed));
    expect(unpackSeptets(bytesOf(packed), input.length, f)).toEqual(input);
  });

  // Fill bits by hand: septet 0x7f after f fill bits sets bits f..f+6, LSB first.
  it.each([0, 1, 2, 3, 4, 5, 6])('puts one 0x7f after %i fill bits at bits f..f+6', (f) => {
    const bits = 0x7f * 2 ** f;
    const expected = bits < 0x100 ? [bits] : [bits & 0xff, bits >> 8];
    expect([...packSeptets(Uint8Array.of(0x7f), f)]).toEqual(expected);
  });

  it.each([
    [[], 0, []],
    [[], 6, [0x00]],
    [[0x41], 0, [0x41]],
    [[0x41], 1, [0x82]],
    [[0x41], 2, [0x04, 0x01]],
  ])('packs %j with %i fill bits as %j', (input, f, expected) => {
    expect([...packSeptets(Uint8Array.from(input), f)]).toEqual(expected);
  });

  it('packs like the slow bit-list reference for any septets and fill bits', () => {
    fc.assert(
      fc.property(septets, fillBits, (s, f) => {
        expect(packSeptets(s, f)).toEqual(slowPack(s, f));
      }),
    );
  });

  it('unpacks what it packs for any septets and fill bits 0-6', () => {
    fc.assert(
      fc.property(septets, fillBits, (s, f) => {
        expect(unpackSeptets(packSeptets(s, f), s.length, f)).toEqual(s);
      }),
    );
  });

  it('has ceil((7n + fill) / 8) octets', () => {
    fc.assert(
      fc.property(septets, fillBits, (s, f) => {
        expect(packSeptets(s, f)).toHaveLength(Math.ceil((7 * s.length + f) / 8));
      }),
    );
  });

  it('rejects a byte above 0x7f with its index', () => {
    expect(thrown(() => packSeptets(Uint8Array.of(0x41, 0x80)))).toMatchObject({ code: 'GSM7_INVALID_SEPTET', index: 1 });
  });

  it('rejects too few octets for the septets asked for', () => {
    const error = thrown(() => unpackSeptets(Uint8Array.of(0xe8), 2));
    expect(error).toBeInstanceOf(SmsHexError);
    expect(error).toMatchObject({ code: 'GSM7_TRUNCATED' });
    expect(unpackSeptets(Uint8Array.of(0x00), 1, 1)).toEqual(Uint8Array.of(0));
    expect(() => unpackSeptets(Uint8Array.of(0x00), 1, 2)).toThrow(SmsHexError);
  });

  it.each([-1, 7, 1.5, Number.NaN])('refuses fill bits %s with a RangeError', (f) => {
    expect(() => packSeptets(Uint8Array.of(1), f)).toThrow(RangeError);
    expect(() => unpackSeptets(Uint8Array.of(1), 1, f)).toThrow(RangeError);
  });
});
