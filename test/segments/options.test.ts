/**
 * estimateSegments with options: the general path agrees with the hot path, the reason for the coding, the choice among national tables, the language options.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateSegments, NATIONAL_LANGUAGES, resolveCharset, shiftTableElements, SmsHexError, SPANISH, TURKISH, type LanguageCode, type SegmentOptions } from '../../src/index.js';

const GENERAL: SegmentOptions = { referenceBits: 8 };

/** The result, or the error's code and index (a lone surrogate throws on both paths). */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    return error instanceof SmsHexError ? [error.code, error.index] : error;
  }
}

describe('the general path of estimateSegments agrees with the hot path', () => {
  // Many distinct characters (over 64, where the seen-list becomes a set), astral ones, lone surrogates.
  const unit = fc.oneof(
    fc.constantFrom('a', ' ', '€', '[', 'é', '😀', '👍🏽', '\ud83d', '\ude00'),
    fc.integer({ min: 0x4e00, max: 0x4e00 + 150 }).map((code) => String.fromCharCode(code)),
  );
  it('on text with many distinct characters outside GSM 7-bit', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 300 }), (units) => {
        const text = units.join('');
        expect(outcome(() => estimateSegments(text, GENERAL))).toEqual(outcome(() => estimateSegments(text)));
      }),
      { numRuns: 300 },
    );
  });

  it('lists each character outside the tables once, a surrogate pair as one, in order of appearance', () => {
    const text = 'a中😀中😀文👍🏽';
    expect(estimateSegments(text, GENERAL).nonGsmCharacters).toEqual(['中', '😀', '文', '👍', '🏽']);
    const many = Array.from({ length: 70 }, (_, i) => String.fromCharCode(0x4e00 + i)).join('');
    expect(estimateSegments(many + many, GENERAL).nonGsmCharacters).toHaveLength(70);
  });
});

describe('the reason for the coding, with options', () => {
  it.each([
    ['Ş', { language: TURKISH }, 'GSM 7-bit with the Turkish single shift table: every character fits'],
    ['Ş', { lockingShift: TURKISH, singleShift: TURKISH }, 'GSM 7-bit with the Turkish locking shift and Turkish single shift tables: every character fits'],
    ['İ', { lockingShift: TURKISH }, 'GSM 7-bit with the Turkish locking shift table: every character fits'],
    ['Şişli', { language: 'auto', languages: [TURKISH] }, 'UCS-2: fewer parts or header octets than the best GSM 7-bit tables (Turkish single shift)'],
    ['a', { dataCoding: 0 }, 'dataCoding 0 was asked for'],
    ['a中😀中', { dataCoding: 8 }, 'dataCoding 8 was asked for'],
    ['a', GENERAL, 'GSM 7-bit: every character is in the default alphabet or its extension table'],
    ['中', GENERAL, 'UCS-2: "中" is in no GSM 7-bit table considered'],
    ['中文😀字符串', GENERAL, 'UCS-2: "中", "文", "😀", "字", "符" and 1 more are in no GSM 7-bit table considered'],
    ['中文😀字符', GENERAL, 'UCS-2: "中", "文", "😀", "字", "符" are in no GSM 7-bit table considered'],
  ] as const)('%# %s', (text, options, reason) => {
    expect(estimateSegments(text, options as SegmentOptions).reason).toBe(reason);
  });

  it('dataCoding 8 still lists the characters outside the tables', () => {
    expect(estimateSegments('a中😀中', { dataCoding: 8 }).nonGsmCharacters).toEqual(['中', '😀']);
    expect(estimateSegments('abc', { dataCoding: 8 }).nonGsmCharacters).toEqual([]);
  });
});

describe("choosing among the tables: fewest parts, then fewest header octets, then no table", () => {
  it('a one-part Turkish text goes as UCS-2 under auto (no header) but uses the tables when asked', () => {
    expect(estimateSegments('Şişli', { language: 'auto', languages: [TURKISH] })).toMatchObject({ encoding: 'ucs2', headerOctets: 0 });
    expect(estimateSegments('Şişli', { language: TURKISH })).toMatchObject({ encoding: 'gsm7', headerOctets: 4, singleShiftCode: 'tr' });
  });

  it('a long Turkish text takes the single shift alone (9 header octets), not both shifts (12)', () => {
    const estimate = estimateSegments("Şişli'de güzel bir gün ".repeat(7), { language: 'auto', languages: [TURKISH] });
    expect(estimate).toMatchObject({ encoding: 'gsm7', smsCount: 2, headerOctets: 9, unitsPerSegment: 149, singleShiftCode: 'tr' });
    expect(estimate.lockingShiftCode).toBeUndefined();
  });

  it('a language whose default alphabet suffices uses no table; Spanish has a single shift only', () => {
    expect(estimateSegments('plain', { language: TURKISH })).toMatchObject({ headerOctets: 0, reason: 'GSM 7-bit: every character is in the default alphabet or its extension table' });
    const spanish = estimateSegments('ñandú ç', { language: SPANISH });
    expect([spanish.encoding, spanish.singleShiftCode, spanish.lockingShiftCode]).toEqual(['gsm7', 'es', undefined]);
  });

  it('forced GSM 7-bit reports the first character outside every candidate', () => {
    expect(() => estimateSegments('a中', { dataCoding: 0, language: 'auto', languages: [TURKISH] })).toThrow(
      expect.objectContaining({ code: 'GSM7_UNMAPPABLE', index: 1 }),
    );
    // Each character fits some table, but no single candidate holds 'Ş' (Turkish) and 'ú' (Spanish) and '中' none.
    expect(() => estimateSegments('aŞ中', { dataCoding: 0, language: 'auto', languages: [TURKISH, SPANISH] })).toThrow(
      expect.objectContaining({ code: 'GSM7_UNMAPPABLE', index: 2 }),
    );
  });
});

describe('language options: exact messages', () => {
  const codes = Object.keys(NATIONAL_LANGUAGES) as LanguageCode[];

  it.each(codes)('the code %s is answered with the object to pass', (code) => {
    expect(() => resolveCharset({ lockingShift: code as never })).toThrow(
      new TypeError(
        `resolveCharset: lockingShift must be a national language such as TURKISH or NATIONAL_LANGUAGES.tr, got "${code}"; ` +
          `for "${code}" pass NATIONAL_LANGUAGES.${code} or import its constant from 'smshex'`,
      ),
    );
  });

  it('an object with an unknown or non-string code gets no hint; a long string is described, not quoted', () => {
    const message = 'resolveCharset: singleShift must be a national language such as TURKISH or NATIONAL_LANGUAGES.tr, got an object';
    expect(() => resolveCharset({ singleShift: { code: 'xx' } as never })).toThrow(new TypeError(message));
    expect(() => resolveCharset({ singleShift: { code: 1 } as never })).toThrow(new TypeError(message));
    expect(() => resolveCharset({ singleShift: { get code() { return 'tr'; } } as never })).toThrow(new TypeError(message));
    const long = 'x'.repeat(41);
    expect(() => resolveCharset({ singleShift: long as never })).toThrow(/got a string/);
    expect(() => resolveCharset({ singleShift: long.slice(1) as never })).toThrow(new RegExp(`got "${long.slice(1)}"$`));
  });

  it('shiftTableElements names what it got', () => {
    expect(() => shiftTableElements(null as never)).toThrow(new TypeError('shiftTableElements: charset must be an object, got null'));
  });

  it('resolveCharset sets the identifiers of the shifts it uses, and only those', () => {
    const single = resolveCharset({ singleShift: TURKISH });
    expect('lockingShiftLanguage' in single).toBe(false);
    expect(single.singleShiftLanguage).toBe(1);
    const locking = resolveCharset({ lockingShift: TURKISH });
    expect('singleShiftLanguage' in locking).toBe(false);
    expect(Object.keys(resolveCharset())).toEqual(['locking', 'single']);
  });
});
