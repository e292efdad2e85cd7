/**
 * The native path of encodeUcs2 (Node's Buffer methods writing into the
 * result's own Uint8Array) against the portable loop and the slow reference.
 * Needs Node's Buffer, so the browser suite leaves it out
 * (vitest.browser.config.ts); the portable loop is proven there by
 * codec.fast-path.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SmsHexError } from '../../../src/index.js';
import { encodeUcs2Native, encodeUcs2Portable, encodeUcs2Units, HOST_UTF16 } from '../../../src/codecs/ucs2/codec.js';
import { slowEncodeUcs2 } from '../../reference/slow.js';

/** Lengths on both sides of the native thresholds (64 units, 128 bytes), surrogates placed anywhere. */
const text = fc.oneof(
  fc.string({ unit: 'binary', minLength: 0, maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('a', 'Ж', '测', '😀', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', '\uFFFF', '\u07FF', '\u00E9'), minLength: 30, maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('a', 'Ж', '测', '😀'), minLength: 60, maxLength: 140 }),
);

/** The bytes, or the error's code and index. */
function outcome(run: () => Uint8Array): { bytes: number[] } | { code: string; index: number | undefined } {
  try {
    return { bytes: Array.from(run()) };
  } catch (error) {
    if (!(error instanceof SmsHexError)) throw error;
    return { code: error.code, index: error.index };
  }
}

describe('the native path of encodeUcs2', () => {
  it('is taken under Node', () => {
    expect(HOST_UTF16).toBeDefined();
  });

  it('gives the same bytes and the same error as the portable loop and the reference', () => {
    const host = HOST_UTF16!;
    fc.assert(
      fc.property(text, (input) => {
        const native = outcome(() => encodeUcs2Native('encodeUcs2', input, host));
        expect(native).toEqual(outcome(() => encodeUcs2Portable('encodeUcs2', input)));
        expect(native).toEqual(outcome(() => encodeUcs2Units('encodeUcs2', input)));
        const expected = slowEncodeUcs2(input);
        expect(native).toEqual('bytes' in expected ? expected : { code: 'UCS2_LONE_SURROGATE', index: expected.index });
      }),
      { numRuns: 500 },
    );
  });

  it('returns a plain Uint8Array with its own memory, never a pooled slab', () => {
    const out = encodeUcs2Native('encodeUcs2', '测'.repeat(100), HOST_UTF16!);
    expect(Object.getPrototypeOf(out)).toBe(Uint8Array.prototype);
    expect(out.byteOffset).toBe(0);
    expect(out.buffer.byteLength).toBe(200);
  });
});
