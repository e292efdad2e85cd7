import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/index.js';
import { formatHex, HOST_SCRATCH } from '../../../src/codecs/hex/to-hex.js';
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
