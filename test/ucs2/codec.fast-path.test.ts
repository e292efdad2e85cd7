import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUcs2, SmsHexError } from '../../src/index.js';

/** Deliberately slow reference: code unit by code unit, pairs checked by regex. */
function referenceEncode(text: string): { bytes: number[] } | { index: number } {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (/[\uD800-\uDFFF]/.test(text[i] as string)) {
      if (!/^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(text.slice(i, i + 2))) return { index: i };
      const low = text.charCodeAt(i + 1);
      bytes.push(unit >> 8, unit & 0xff, low >> 8, low & 0xff);
      i++;
      continue;
    }
    bytes.push(unit >> 8, unit & 0xff);
  }
  return { bytes };
}

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('a', 'Ж', '测', '😀', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', '\uFFFF', '\u07FF'), maxLength: 60 }),
);

describe('encodeUcs2 against a slow reference', () => {
  it('gives the reference bytes, or UCS2_LONE_SURROGATE at the reference index', () => {
    fc.assert(
      fc.property(text, (input) => {
        const expected = referenceEncode(input);
        if ('bytes' in expected) expect(Array.from(encodeUcs2(input))).toEqual(expected.bytes);
        else {
          expect(() => encodeUcs2(input)).toThrow(SmsHexError);
          try {
            encodeUcs2(input);
          } catch (error) {
            expect(error).toMatchObject({ code: 'UCS2_LONE_SURROGATE', index: expected.index });
          }
        }
      }),
    );
  });
});
