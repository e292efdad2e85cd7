/**
 * encodeText 'auto' chooses and encodes in one pass (GSM 7-bit until the first
 * character outside the tables, then UCS-2): against the slow references of
 * both codecs, the coding and the bytes are those of choosing first.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_ALPHABET, DEFAULT_EXTENSION, encodeText, SmsHexError, toHex } from '../../src/index.js';
import { slowEncodeGsm7, slowEncodeUcs2 } from '../reference/slow.js';

const gsmChars = DEFAULT_ALPHABET.chars.filter((c): c is string => c !== null);
const extensionChars = DEFAULT_EXTENSION.chars.filter((c): c is string => c !== null);
const text = fc.oneof(
  fc.string({ unit: fc.constantFrom(...gsmChars), maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...gsmChars, ...extensionChars), maxLength: 300 }),
  fc.string({ unit: fc.constantFrom('a', '€', 'ç', 'ж', '😀', '\uD83D', '\uDE00', 'Ā'), maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

describe("encodeText 'auto' against the slow references", () => {
  it('gives the GSM 7-bit septets when every character fits, else the UCS-2 bytes or the lone-surrogate error', () => {
    fc.assert(
      fc.property(text, (input) => {
        const gsm = slowEncodeGsm7(input, DEFAULT_ALPHABET.chars, DEFAULT_EXTENSION.chars);
        if ('bytes' in gsm) return void expect(encodeText(input)).toEqual({ dataCoding: 0, bytes: Uint8Array.from(gsm.bytes), hex: toHex(Uint8Array.from(gsm.bytes)) });
        const ucs2 = slowEncodeUcs2(input);
        if ('bytes' in ucs2) return void expect(encodeText(input)).toEqual({ dataCoding: 8, bytes: Uint8Array.from(ucs2.bytes), hex: toHex(Uint8Array.from(ucs2.bytes)) });
        expect(() => encodeText(input)).toThrow(SmsHexError);
        expect(() => encodeText(input)).toThrow(expect.objectContaining({ code: 'UCS2_LONE_SURROGATE', index: ucs2.index }));
      }),
    );
  });

  it.each([
    ['an escape pair, then a character outside the tables', '€ç', 8, '20 ac 00 e7'],
    ['forced 0 still throws at the first character outside', 'a€ç', 0, null],
  ])('%s', (_, input, dataCoding, hex) => {
    if (hex === null) expect(() => encodeText(input, { dataCoding: 0 })).toThrow(expect.objectContaining({ code: 'GSM7_UNMAPPABLE', index: 2 }));
    else expect(encodeText(input)).toMatchObject({ dataCoding, hex });
  });
});
