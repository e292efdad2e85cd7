import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BENGALI, decodeText, encodeText, NATIONAL_LANGUAGES, parseHex, SPANISH, TURKISH, type NationalLanguage } from '../../src/index.js';
import { thrown } from '../helpers/vectors.js';

const LANGUAGES: readonly NationalLanguage[] = Object.values(NATIONAL_LANGUAGES);

describe('decodeText takes the tables encodeText takes', () => {
  it.each([
    ['1c 69 1d 6c 69', { lockingShift: TURKISH, singleShift: TURKISH }, 'Şişli'],
    ['6d 1b 61 73', { singleShift: SPANISH }, 'más'],
    ['1b 65', {}, '€'],
  ])('decodes %s with %o', (hex, options, text) => {
    expect(decodeText(parseHex(hex), 0, options)).toBe(text);
  });

  it('reads septets the default alphabet leaves unassigned only with the tables that assign them', () => {
    expect(thrown(() => decodeText(parseHex('15 0c'), 0, { lockingShift: BENGALI }))).toMatchObject({ code: 'GSM7_UNASSIGNED_SEPTET', index: 1 });
  });

  it('refuses a language code where a language object belongs, and Spanish as a locking shift', () => {
    expect(() => decodeText(parseHex('41'), 0, { lockingShift: 'tr' as never })).toThrow(TypeError);
    expect(() => decodeText(parseHex('41'), 0, { lockingShift: SPANISH })).toThrow(RangeError);
  });

  it('gives back what encodeText wrote with the same tables', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LANGUAGES), fc.string({ unit: 'grapheme-composite', maxLength: 40 }), (language, text) => {
        const options = language.lockingShift === undefined ? { singleShift: language } : { lockingShift: language, singleShift: language };
        const encoded = encodeText(text, options);
        expect(decodeText(encoded.bytes, encoded.dataCoding, options)).toBe(text);
      }),
    );
  });
});
