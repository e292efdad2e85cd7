import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/index.js';
import { formatHex, hexOfJoined, HOST_SCRATCH, type HexScratchHost } from '../../../src/codecs/hex/to-hex.js';
import { slowToHex } from '../../reference/slow.js';

const separators = fc.constantFrom('', ' ', ':', '-', '\t', '~', ', ', '→', ' | ');
const bytes = fc.uint8Array({ maxLength: 600 });

describe('toHex against a slow reference', () => {
  it('gives the reference string for any bytes, separator and case', () => {
    fc.assert(
      fc.property(bytes, separators, fc.boolean(), (input, separator, uppercase) => {
        expect(toHex(input, { separator, uppercase })).toBe(slowToHex(input, separator, uppercase));
      }),
    );
  });

  it('gives the reference string for the default format, also for views at odd offsets', () => {
    fc.assert(
      fc.property(bytes, fc.nat(7), (input, offset) => {
        const backing = new Uint8Array(input.length + offset);
        backing.set(input, offset);
        expect(toHex(backing.subarray(offset))).toBe(slowToHex(input));
      }),
    );
  });
});

describe('the Buffer scratch fast path of toHex', () => {
  it('is taken under Node', () => {
    expect(HOST_SCRATCH).toBeDefined();
  });

  it('gives the same string as the portable path', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 600 }), fc.constantFrom('', ' ', ':', '-'), fc.boolean(), (input, separator, uppercase) => {
        const portable = formatHex(input, uppercase, separator, undefined);
        expect(formatHex(input, uppercase, separator, HOST_SCRATCH)).toBe(portable);
        expect(portable).toBe(slowToHex(input, separator, uppercase));
      }),
    );
  });
});

describe('hexOfJoined: a header and its payload written as one hex string', () => {
  const joined = (head: Uint8Array, body: Uint8Array): Uint8Array => {
    const out = new Uint8Array(head.length + body.length);
    out.set(head);
    out.set(body, head.length);
    return out;
  };
  // Scratch memory that starts 0 to 3 bytes past an aligned address, as another host's pool might.
  const shiftedHost = (shift: number): HexScratchHost => ({
    allocUnsafe: (size) => (HOST_SCRATCH as HexScratchHost).allocUnsafe(size + 8).subarray(shift, shift + size) as ReturnType<HexScratchHost['allocUnsafe']>,
  });

  it('gives toHex of the two joined, through the host, a misaligned host and portably', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 20 }), fc.uint8Array({ maxLength: 300 }), fc.nat(3), (head, body, shift) => {
        const expected = slowToHex(joined(head, body));
        expect(hexOfJoined(head, body)).toBe(expected);
        expect(hexOfJoined(head, body, shiftedHost(shift))).toBe(expected);
        expect(hexOfJoined(head, body, undefined)).toBe(expected);
      }),
    );
  });

  it.each([
    [0, 0, ''],
    [1, 0, '00'],
    [0, 1, '00'],
    [5, 7, '00 00 00 00 00 00 00 00 00 00 00 00'],
  ])('writes %i header and %i payload bytes as %j', (h, b, hex) => {
    expect(hexOfJoined(new Uint8Array(h), new Uint8Array(b))).toBe(hex);
  });
});
