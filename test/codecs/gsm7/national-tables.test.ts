import { describe, expect, it } from 'vitest';
import vectors from '../../vectors/national-tables.json';
import { isLanguageCode, NATIONAL_LANGUAGES, type Gsm7Table, type LanguageCode } from '../../../src/index.js';

type TableKey = 'lockingShift' | 'singleShift';
interface VectorTable {
  readonly annex: string;
  readonly entries: Readonly<Record<string, string | null>>;
}
interface VectorLanguage {
  readonly identifier: number;
  readonly lockingShift?: VectorTable;
  readonly singleShift: VectorTable;
}
interface Decision {
  readonly language: string;
  readonly table: TableKey;
  readonly septet: string;
  readonly vectors: string | null;
  readonly module: string | null;
  readonly reason: string;
}

const languages = vectors.languages as Readonly<Record<string, VectorLanguage>>;
const decisions = vectors.decisions as readonly Decision[];
const codes = Object.keys(NATIONAL_LANGUAGES) as LanguageCode[];

const codePoint = (ch: string | null | undefined): string | null =>
  ch === null || ch === undefined ? null : `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
const septetKey = (septet: number): string => `0x${septet.toString(16).padStart(2, '0')}`;
const decisionFor = (code: string, table: TableKey, septet: number): Decision | undefined =>
  decisions.find((d) => d.language === code && d.table === table && d.septet === septetKey(septet));

const tableCases = codes.flatMap((code) =>
  (['lockingShift', 'singleShift'] as const)
    .filter((key) => languages[code]?.[key] !== undefined)
    .map((key) => ({ code, key, label: `${code} ${key}` })),
);

describe('national language tables against test/vectors/national-tables.json', () => {
  it('has the same thirteen languages, in identifier order 1..13', () => {
    expect(codes).toEqual(Object.keys(languages));
    expect(codes.map((code) => NATIONAL_LANGUAGES[code].identifier)).toEqual(codes.map((code) => languages[code]?.identifier));
    expect(codes.map((code) => NATIONAL_LANGUAGES[code].identifier)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it.each(codes)('%s: code, tables present exactly where the standard defines them', (code) => {
    const language = NATIONAL_LANGUAGES[code];
    expect(language.code).toBe(code);
    expect(language.lockingShift === undefined).toBe(languages[code]?.lockingShift === undefined);
    expect(language.singleShift).toBeDefined();
  });

  it.each(tableCases)('$label: every one of the 128 entries matches the vectors (or a recorded decision)', ({ code, key }) => {
    const table = NATIONAL_LANGUAGES[code][key] as Gsm7Table;
    const expected = languages[code]?.[key] as VectorTable;
    expect(table.spec).toBe(`3GPP TS 23.038 Annex ${expected.annex}`);
    expect(table.chars).toHaveLength(128);
    for (let septet = 0; septet < 128; septet++) {
      const decision = decisionFor(code, key, septet);
      const vector = expected.entries[septetKey(septet)];
      if (decision !== undefined) expect(decision.vectors, `${code} ${key} ${septetKey(septet)}`).toBe(vector);
      const want = decision === undefined ? vector : decision.module;
      expect(codePoint(table.chars[septet]), `${code} ${key} ${septetKey(septet)}`).toBe(want);
    }
  });

  it('every recorded decision names a real entry and gives its reason', () => {
    expect(decisions.length).toBeGreaterThan(0);
    for (const d of decisions) {
      expect(d.reason.length).toBeGreaterThan(20);
      const table = NATIONAL_LANGUAGES[d.language as LanguageCode][d.table] as Gsm7Table;
      expect(codePoint(table.chars[Number(d.septet)])).toBe(d.module);
    }
  });
});

describe('national language tables: structure', () => {
  it.each(tableCases)('$label: one UTF-16 unit or null per entry; escape and controls where §6.2.1 puts them', ({ code, key }) => {
    const table = NATIONAL_LANGUAGES[code][key] as Gsm7Table;
    for (const ch of table.chars) expect(ch === null || ch.length === 1).toBe(true);
    expect(table.chars[0x1b]).toBeNull();
    if (key === 'lockingShift') {
      expect(table.chars[0x0a]).toBe('\n');
      expect(table.chars[0x0d]).toBe('\r');
      expect(table.chars[0x20]).toBe(' ');
    } else {
      expect(table.chars[0x0a]).toBe('\f');
      expect(table.chars[0x0d]).toBeNull();
      expect(table.chars[0x65]).toBe('€');
    }
  });

  it('registry, languages, tables and their arrays are frozen', () => {
    expect(Object.isFrozen(NATIONAL_LANGUAGES)).toBe(true);
    for (const code of codes) {
      const language = NATIONAL_LANGUAGES[code];
      expect(Object.isFrozen(language)).toBe(true);
      for (const table of [language.lockingShift, language.singleShift]) {
        if (table === undefined) continue;
        expect(Object.isFrozen(table)).toBe(true);
        expect(Object.isFrozen(table.chars)).toBe(true);
      }
    }
  });
});

describe('isLanguageCode', () => {
  it.each(codes)('%s is a language code', (code) => {
    expect(isLanguageCode(code)).toBe(true);
  });

  // hasOwnProperty turns its key into a string: ['tr'] and a String object would pass without the typeof check
  it.each([['de'], ['TR'], ['toString'], ['__proto__'], [''], [['tr']], [new String('tr')], [{ toString: () => 'tr' }], [null], [undefined], [6]])(
    '%j is not',
    (value) => {
      expect(isLanguageCode(value)).toBe(false);
    },
  );
});
