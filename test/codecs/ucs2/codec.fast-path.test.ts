import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeUcs2, SmsHexError } from '../../../src/index.js';
import { slowEncodeUcs2 } from '../../reference/slow.js';

const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom('a', 'Ж', '测', '😀', '\uD83D', '\uDE00', '\uDBFF', '\uDC00', '\uFFFF', '\u07FF'), maxLength: 60 }),
);

describe('encodeUcs2 against a slow reference', () => {
  it('gives the reference bytes, or UCS2_LONE_SURROGATE at the reference index', () => {
    fc.assert(
      fc.property(text, (input) => {
        const expected = slowEncodeUcs2(input);
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
