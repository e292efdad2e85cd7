import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALPHABET, DEFAULT_EXTENSION, encodeGsm7, isGsm7, SmsHexError, toHex } from '../../../src/index.js';
import { slowEncodeGsm7 } from '../../reference/slow.js';

const gsmChars = DEFAULT_ALPHABET.chars.filter((c): c is string => c !== null);
const extensionChars = DEFAULT_EXTENSION.chars.filter((c): c is string => c !== null);
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...gsmChars), maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(...gsmChars, ...extensionChars), maxLength: 400 }),
  fc.string({ unit: fc.constantFrom(...gsmChars, ...extensionChars, 'π', 'ç', '😀', '\uD83D', 'Ā', '`'), maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
);

describe('encodeGsm7 against a slow reference', () => {
  it('gives the reference septets, or GSM7_UNMAPPABLE at the reference index', () => {
    fc.assert(
      fc.property(text, (input) => {
        const expected = slowEncodeGsm7(input, DEFAULT_ALPHABET.chars, DEFAULT_EXTENSION.chars);
        if ('bytes' in expected) {
          expect(Array.from(encodeGsm7(input))).toEqual(expected.bytes);
          expect(isGsm7(input)).toBe(true);
        } else {
          expect(() => encodeGsm7(input)).toThrow(SmsHexError);
          try {
            encodeGsm7(input);
          } catch (error) {
            expect(error).toMatchObject({ code: 'GSM7_UNMAPPABLE', index: expected.index });
          }
          expect(isGsm7(input)).toBe(false);
        }
      }),
    );
  });

  it.each([
    ['8\\8', '38 1b 2f 38'],
    ['a€b€c', '61 1b 65 62 1b 65 63'],
    ['{{', '1b 28 1b 28'],
    ['x[y]z', '78 1b 3c 79 1b 3e 7a'],
  ])('keeps every character after an escape pair in %j', (input, hex) => {
    expect(toHex(encodeGsm7(input))).toBe(hex);
  });
});
