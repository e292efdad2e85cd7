import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildUdh,
  concatElement,
  decodeGsm7,
  encodeGsm7,
  encodeText,
  isGsm7,
  NATIONAL_LANGUAGES,
  parseHex,
  partCapacity,
  resolveCharset,
  shiftTableElements,
  SmsHexError,
  toHex,
  type LanguageCode,
  type ShiftTableOptions,
} from '../../../src/index.js';

const codes = Object.keys(NATIONAL_LANGUAGES) as LanguageCode[];

/** Both of a language's tables (the single shift only for Spanish). */
const tablesOf = (code: LanguageCode): ShiftTableOptions => {
  const language = NATIONAL_LANGUAGES[code];
  return language.lockingShift === undefined ? { singleShift: language } : { lockingShift: language, singleShift: language };
};

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('resolveCharset', () => {
  it.each(codes)('%s: carries the identifiers of §6.2.1.2.4 for the tables asked for', (code) => {
    const language = NATIONAL_LANGUAGES[code];
    const single = resolveCharset({ singleShift: language });
    expect(single.singleShiftLanguage).toBe(language.identifier);
    expect(single.lockingShiftLanguage).toBeUndefined();
    expect(single.single.table).toBe(language.singleShift);
    if (language.lockingShift !== undefined) {
      const both = resolveCharset({ lockingShift: language, singleShift: language });
      expect(both.locking.table).toBe(language.lockingShift);
      expect(both.lockingShiftLanguage).toBe(language.identifier);
      expect(Object.isFrozen(both)).toBe(true);
    }
  });

  it('mixes languages and falls back to the default tables for an omitted side', () => {
    const mixed = resolveCharset({ lockingShift: NATIONAL_LANGUAGES.pt, singleShift: NATIONAL_LANGUAGES.es });
    expect([mixed.lockingShiftLanguage, mixed.singleShiftLanguage]).toEqual([3, 2]);
    const lockingOnly = resolveCharset({ lockingShift: NATIONAL_LANGUAGES.tr });
    expect(lockingOnly.single.table.spec).toBe('3GPP TS 23.038 §6.2.1.1');
    expect(resolveCharset().locking.table.spec).toBe('3GPP TS 23.038 §6.2.1');
    expect(resolveCharset({}).singleShiftLanguage).toBeUndefined();
  });

  it.each([
    [{ lockingShift: NATIONAL_LANGUAGES.es }, RangeError, 'lockingShift Spanish has no locking-shift table'],
    [{ singleShift: 'de' }, TypeError, `singleShift must be a national language such as TURKISH or NATIONAL_LANGUAGES.tr, got "de"`],
    [{ singleShift: 'es' }, TypeError, `got "es"; for "es" pass NATIONAL_LANGUAGES.es or import its constant from 'smshex'`],
    [{ lockingShift: 'toString' }, TypeError, `got "toString"`],
    [{ lockingShift: 'TR' }, TypeError, `got "TR"`],
    [{ singleShift: 1 }, TypeError, 'singleShift must be a national language such as TURKISH or NATIONAL_LANGUAGES.tr, got a number'],
    [
      { singleShift: { ...NATIONAL_LANGUAGES.tr } },
      TypeError,
      `got an object; this looks like a copy of language "tr": pass the object smshex exports (NATIONAL_LANGUAGES.tr) itself, from the same import of smshex as the function`,
    ],
    [{ singleShift: JSON.parse(JSON.stringify(NATIONAL_LANGUAGES.es)) }, TypeError, 'looks like a copy of language "es"'],
    [{ singleShift: { code: 'xx' } }, TypeError, 'singleShift must be a national language such as TURKISH or NATIONAL_LANGUAGES.tr, got an object'],
    [{ singleShift: NATIONAL_LANGUAGES }, TypeError, 'singleShift must be a national language'],
    [{ lockingShift: null }, TypeError, 'got null'],
    ['tr', TypeError, 'options must be an object'],
    [[], TypeError, 'options must be an object, got an array'],
    [{ singleShift: new String('tr') }, TypeError, 'got a String object'],
    [{ lockingShift: Number.NaN }, TypeError, 'got NaN'],
    [{ singleShift: '' }, TypeError, 'got ""'],
    [{ singleShift: ' tr' }, TypeError, 'got " tr"'],
  ])('rejects %j', (options, type, message) => {
    const error = thrown(() => resolveCharset(options as ShiftTableOptions));
    expect(error).toBeInstanceOf(type);
    expect((error as Error).message).toContain(`resolveCharset: `);
    expect((error as Error).message).toContain(message);
  });

  it.each([
    // [tables, header of one part, septets in one part, header of each part of many, septets per part]
    [{}, '', 160, '05 00 03 2a 02 01', 153],
    [{ singleShift: NATIONAL_LANGUAGES.es }, '03 24 01 02', 155, '08 00 03 2a 02 01 24 01 02', 149],
    [{ lockingShift: NATIONAL_LANGUAGES.pt }, '03 25 01 03', 155, '08 00 03 2a 02 01 25 01 03', 149],
    [{ lockingShift: NATIONAL_LANGUAGES.tr, singleShift: NATIONAL_LANGUAGES.tr }, '06 24 01 01 25 01 01', 152, '0b 00 03 2a 02 01 24 01 01 25 01 01', 146],
    [{ lockingShift: NATIONAL_LANGUAGES.ur, singleShift: NATIONAL_LANGUAGES.hi }, '06 24 01 06 25 01 0d', 152, '0b 00 03 2a 02 01 24 01 06 25 01 0d', 146],
  ] as const)('%j: UDH IEs 0x24/0x25 and the capacities they leave', (tables, single, singleSeptets, multi, multiSeptets) => {
    const shifts = shiftTableElements(resolveCharset(tables));
    const one = shifts.length === 0 ? new Uint8Array(0) : buildUdh(shifts);
    const many = buildUdh([concatElement(0x2a, 2, 1), ...shifts]);
    expect(toHex(one)).toBe(single);
    expect(toHex(many)).toBe(multi);
    expect(partCapacity('gsm7', one.length)).toBe(singleSeptets);
    expect(partCapacity('gsm7', many.length)).toBe(multiSeptets);
  });

  it.each([null, undefined, 'tr', 1])('shiftTableElements rejects %j', (value) => {
    expect(() => shiftTableElements(value as never)).toThrow(TypeError);
  });

  it('names the calling function in option errors', () => {
    expect(() => encodeGsm7('a', { lockingShift: NATIONAL_LANGUAGES.es })).toThrow(/^encodeGsm7: lockingShift Spanish/);
    expect(() => decodeGsm7(Uint8Array.of(0x41), { singleShift: 'xx' as never })).toThrow(/^decodeGsm7: singleShift/);
    expect(() => encodeText('a', { singleShift: 'xx' as never })).toThrow(/^encodeText: singleShift/);
  });
});

describe('encodeGsm7 / decodeGsm7 with national tables', () => {
  it.each([
    // [text, tables, septets]
    ["Şişli'de güzel bir gün", { lockingShift: NATIONAL_LANGUAGES.tr, singleShift: NATIONAL_LANGUAGES.tr }, '1c 69 1d 6c 69 27 64 65 20 67 7e 7a 65 6c 20 62 69 72 20 67 7e 6e'],
    ['Şişli', { singleShift: NATIONAL_LANGUAGES.tr }, '1b 53 69 1b 73 6c 69'],
    ['İzmir€', { lockingShift: NATIONAL_LANGUAGES.tr }, '40 7a 6d 69 72 04'],
    ['Canción', { singleShift: NATIONAL_LANGUAGES.es }, '43 61 6e 63 69 1b 6f 6e'],
    ['Ação', { lockingShift: NATIONAL_LANGUAGES.pt, singleShift: NATIONAL_LANGUAGES.pt }, '41 09 7b 6f'],
    ['Você', { singleShift: NATIONAL_LANGUAGES.pt }, '56 6f 63 1b 05'],
    ['नमस्ते', { lockingShift: NATIONAL_LANGUAGES.hi, singleShift: NATIONAL_LANGUAGES.hi }, '2f 42 4c 5f 27 59'],
    ['नमस्ते ५', { lockingShift: NATIONAL_LANGUAGES.hi, singleShift: NATIONAL_LANGUAGES.hi }, '2f 42 4c 5f 27 59 20 1b 21'],
    ['আমি', { lockingShift: NATIONAL_LANGUAGES.bn }, '04 42 51'],
    ['سلام', { lockingShift: NATIONAL_LANGUAGES.ur, singleShift: NATIONAL_LANGUAGES.ur }, '3d 4d 00 4e'],
    ['ಡ', { lockingShift: NATIONAL_LANGUAGES.kn }, '24'],
    ['a,b', { lockingShift: NATIONAL_LANGUAGES.ta }, '61 2c 62'],
    ['{x}', { lockingShift: NATIONAL_LANGUAGES.te, singleShift: NATIONAL_LANGUAGES.te }, '1b 28 78 1b 29'],
  ] as const)('%s with %j', (text, tables, hex) => {
    const septets = encodeGsm7(text, tables);
    expect(toHex(septets)).toBe(hex);
    expect(decodeGsm7(septets, tables)).toBe(text);
    expect(isGsm7(text, tables)).toBe(true);
  });

  it('a character outside exactly those tables is GSM7_UNMAPPABLE with its index', () => {
    const error = thrown(() => encodeGsm7('Şişli', { singleShift: NATIONAL_LANGUAGES.es }));
    expect(error).toBeInstanceOf(SmsHexError);
    expect((error as SmsHexError).code).toBe('GSM7_UNMAPPABLE');
    expect((error as SmsHexError).index).toBe(0);
    // The Bengali locking table has no '@': only its single shift does.
    expect(() => encodeGsm7('a@b', { lockingShift: NATIONAL_LANGUAGES.bn })).toThrow(expect.objectContaining({ code: 'GSM7_UNMAPPABLE', index: 1 }));
    expect(toHex(encodeGsm7('a@b', { lockingShift: NATIONAL_LANGUAGES.bn, singleShift: NATIONAL_LANGUAGES.bn }))).toBe('61 1b 00 62');
    expect(isGsm7('Ş', { singleShift: NATIONAL_LANGUAGES.es })).toBe(false);
  });

  it("onUnmappable: 'replace' works with national tables and reports each replacement", () => {
    const result = encodeGsm7('Ş→ş', { lockingShift: NATIONAL_LANGUAGES.tr, onUnmappable: 'replace' });
    expect(toHex(result.bytes)).toBe('1c 3f 1d');
    expect(result.replacements).toEqual([{ index: 1, from: '→', to: '?' }]);
  });

  it('an escaped code the single-shift table lacks reads as the locking table in force (§6.2.1.1, Annex A.2 notes)', () => {
    // Turkish single shift has no 0x41: the default alphabet's 'A'.
    expect(decodeGsm7(parseHex('1b 41'), { singleShift: NATIONAL_LANGUAGES.tr })).toBe('A');
    // Default extension table has no 0x41: the Bengali locking table's U+09AD.
    expect(decodeGsm7(parseHex('1b 41'), { lockingShift: NATIONAL_LANGUAGES.bn })).toBe('\u09ad');
    // CR2 (0x0D) in a national single-shift table reads as the locking table's CR.
    expect(decodeGsm7(parseHex('1b 0d'), { lockingShift: NATIONAL_LANGUAGES.hi, singleShift: NATIONAL_LANGUAGES.hi })).toBe('\r');
    // Escape, escape: a space.
    expect(decodeGsm7(parseHex('1b 1b'), { lockingShift: NATIONAL_LANGUAGES.ur, singleShift: NATIONAL_LANGUAGES.ur })).toBe(' ');
  });

  it.each([
    // [septets, tables, index, detail]
    ['15 0c', { lockingShift: NATIONAL_LANGUAGES.bn }, 1, 'unassigned in the Bengali national language locking shift table (3GPP TS 23.038 Annex A.3.4)'],
    ['61 00', { lockingShift: NATIONAL_LANGUAGES.ta, singleShift: NATIONAL_LANGUAGES.ta }, 1, 'Annex A.3.11'],
    ['61 1b 5b', { lockingShift: NATIONAL_LANGUAGES.kn, singleShift: NATIONAL_LANGUAGES.kn }, 2, 'unassigned after the escape in the Kannada national language single shift table'],
    ['1b 5c', { lockingShift: NATIONAL_LANGUAGES.bn, singleShift: NATIONAL_LANGUAGES.bn }, 1, 'Annex A.2.4'],
  ] as const)('never substitutes an unassigned septet: %s with %j', (hex, tables, index, detail) => {
    const error = thrown(() => decodeGsm7(parseHex(hex), tables));
    expect(error).toBeInstanceOf(SmsHexError);
    expect((error as SmsHexError).code).toBe('GSM7_UNASSIGNED_SEPTET');
    expect((error as SmsHexError).index).toBe(index);
    expect((error as SmsHexError).message).toContain(detail);
  });

  it.each(codes)("%s: any string over the language's alphabet round-trips through encode/decode", (code) => {
    const tables = tablesOf(code);
    const charset = resolveCharset(tables);
    const alphabet = [...new Set([...charset.locking.table.chars, ...charset.single.table.chars])].filter(
      (ch): ch is string => ch !== null,
    );
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 200 }), (chars) => {
        const text = chars.join('');
        const septets = encodeGsm7(text, tables);
        expect(decodeGsm7(septets, tables)).toBe(text);
        expect(septets.length).toBeGreaterThanOrEqual(text.length);
        expect(septets.length).toBeLessThanOrEqual(text.length * 2);
      }),
    );
  });

  it.each(codes)('%s: every septet the locking table assigns decodes to its entry and encodes back to one septet', (code) => {
    const tables = tablesOf(code);
    const locking = resolveCharset(tables).locking.table;
    for (let septet = 0; septet < 128; septet++) {
      const ch = locking.chars[septet];
      if (ch === null || ch === undefined) continue;
      expect(decodeGsm7(Uint8Array.of(septet), tables)).toBe(ch);
      expect(encodeGsm7(ch, tables)).toHaveLength(1);
    }
  });
});

describe('encodeText with national tables', () => {
  it('Turkish text is GSM 7-bit with the Turkish tables and says which it used', () => {
    const text = "Şişli'de güzel bir gün";
    expect(encodeText(text).dataCoding).toBe(8);
    const result = encodeText(text, { lockingShift: NATIONAL_LANGUAGES.tr, singleShift: NATIONAL_LANGUAGES.tr });
    expect(result.dataCoding).toBe(0);
    expect(result.bytes).toHaveLength(22);
    expect(result.lockingShiftCode).toBe('tr');
    expect(result.singleShiftCode).toBe('tr');
  });

  it.each([
    ['Canción', { singleShift: NATIONAL_LANGUAGES.es }, { dataCoding: 0, hex: '43 61 6e 63 69 1b 6f 6e', singleShiftCode: 'es' }],
    ['Şişli 测试', { lockingShift: NATIONAL_LANGUAGES.tr }, { dataCoding: 8, hex: '01 5e 00 69 01 5f 00 6c 00 69 00 20 6d 4b 8b d5' }],
    ['नमस्ते', { lockingShift: NATIONAL_LANGUAGES.hi, singleShift: NATIONAL_LANGUAGES.hi }, { dataCoding: 0, hex: '2f 42 4c 5f 27 59', lockingShiftCode: 'hi', singleShiftCode: 'hi' }],
    ['plain', {}, { dataCoding: 0, hex: '70 6c 61 69 6e' }],
  ] as const)('%s with %j', (text, tables, expected) => {
    const { bytes, ...rest } = encodeText(text, tables);
    expect(rest).toEqual(expected);
    expect(bytes).toBeInstanceOf(Uint8Array);
  });

  it.each([
    ['नमस्ते, आप कैसे हैं? मैं ठीक हूँ।', 'hi', 0, 34],
    ['வணக்கம், எப்படி இருக்கிறீர்கள்?', 'ta', 0, 31],
    ['آپ کیسے ہیں؟', 'ur', 0, 13],
    // The Bengali tables have no danda (U+0964): UCS-2.
    ['আমি তোমাকে ভালোবাসি।', 'bn', 8, 40],
  ] as const)('%s with the %s tables: dataCoding %i, %i bytes', (text, code, dataCoding, length) => {
    const result = encodeText(text, tablesOf(code));
    expect(result.dataCoding).toBe(dataCoding);
    expect(result.bytes).toHaveLength(length);
    expect(encodeText(text).dataCoding).toBe(8);
  });

  it('forced dataCoding 0 outside the tables throws GSM7_UNMAPPABLE; forced 8 ignores them', () => {
    expect(() => encodeText('Ş', { dataCoding: 0, singleShift: NATIONAL_LANGUAGES.es })).toThrow(
      expect.objectContaining({ code: 'GSM7_UNMAPPABLE', index: 0 }),
    );
    const ucs2 = encodeText('Ş', { dataCoding: 8, lockingShift: NATIONAL_LANGUAGES.tr });
    expect(ucs2).toEqual({ dataCoding: 8, bytes: Uint8Array.of(0x01, 0x5e), hex: '01 5e' });
  });
});
