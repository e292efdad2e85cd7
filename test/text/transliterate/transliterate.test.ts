import { readFileSync, writeFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeGsm7, isGsm7, transliterate, TRANSLITERATION_TABLES } from '../../../src/index.js';
import { renderTransliterationDoc } from './render-doc.js';

describe('profile tables', () => {
  it.each(Object.values(TRANSLITERATION_TABLES))('$name: every key is outside GSM 7-bit and every value inside', (table) => {
    for (const [from, to] of Object.entries(table.map)) {
      expect(isGsm7(from), `${table.name} key ${JSON.stringify(from)}`).toBe(false);
      expect(isGsm7(to), `${table.name} value for ${JSON.stringify(from)}`).toBe(true);
    }
  });

  it('docs/transliteration.md is the tables as they are', () => {
    const expected = renderTransliterationDoc();
    const url = new URL('../../../docs/transliteration.md', import.meta.url);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(url, expected);
    expect(readFileSync(url, 'utf8')).toBe(expected);
  });
});

describe('transliterate', () => {
  it.each([
    ['smart', '“Hello” — it’s 5…', '"Hello" - it\'s 5...'],
    ['smart', 'a\u00a0b\u200bc', 'a bc'],
    ['smart', 'ＡＢＣ１２３', 'ABC123'],
    ['TURKISH', "Şişli'de güzel bir gün", "Sisli'de güzel bir gün"],
    ['TURKISH', 'İstanbul ığdır', 'Istanbul igdir'],
    ['GREEK', 'Καλημέρα', 'KAΛHMEPA'],
    ['CYRILLIC', 'Привет, мир! Щука', 'Privet, mir! Shchuka'],
    ['SERBIAN_CYRILLIC', 'Ђорђе Љубић', 'Djordje Ljubic'],
    ['CENTRAL_EUROPEAN', 'Zażółć gęślą jaźń', 'Zazolc gesla jazn'],
    ['BALTIC', 'Ķīpsala, Šiauliai, Tõnu', 'Kipsala, Siauliai, Tonu'],
    ['NON_UNICODE', '“Ő” ĉu Ŝ? Ж', '"O" cu S? Zh'],
  ] as const)('%s: %s', (profile, input, output) => {
    const result = transliterate(input, profile);
    expect(result.text).toBe(output);
  });

  it('reports every replacement with its index, a whole code point each', () => {
    expect(transliterate('a’b—😀', 'smart')).toEqual({
      text: "a'b-😀",
      replacements: [
        { index: 1, from: '’', to: "'" },
        { index: 3, from: '—', to: '-' },
      ],
    });
  });

  it('never touches GSM characters: Ç, ü and Δ stay', () => {
    expect(transliterate('Ç ü Δ', 'NON_UNICODE')).toEqual({ text: 'Ç ü Δ', replacements: [] });
  });

  it('earlier profiles win when several map the same character', () => {
    // 'ç' is in TURKISH; NON_UNICODE would also strip it to 'c': the same here, but the order is honoured
    expect(transliterate('ç', ['TURKISH', 'smart']).replacements[0]).toEqual({ index: 0, from: 'ç', to: 'c' });
  });

  it("'none' changes nothing", () => {
    expect(transliterate('“x”', 'none')).toEqual({ text: '“x”', replacements: [] });
  });

  it.each([
    ['an unknown profile', 'KLINGON', RangeError],
    ['a number', 7, TypeError],
    ['an unknown profile in a list', ['smart', 'x'], RangeError],
  ])('rejects %s', (_name, profile, error) => {
    expect(() => transliterate('x', profile as never)).toThrow(error);
  });

  it.each([
    ['an unknown name', 'KLINGON', RangeError, 'transliterate: unknown transliteration profile "KLINGON"; known: smart, TURKISH, GREEK, CYRILLIC, SERBIAN_CYRILLIC, CENTRAL_EUROPEAN, BALTIC, NON_UNICODE'],
    ['a number in a list', ['smart', 7], RangeError, 'transliterate: unknown transliteration profile a number; known: smart, TURKISH, GREEK, CYRILLIC, SERBIAN_CYRILLIC, CENTRAL_EUROPEAN, BALTIC, NON_UNICODE'],
    ['a number', 7, TypeError, "transliterate: transliterate must be 'none', a profile name or an array of them, got a number"],
    ['an object', { smart: true }, TypeError, "transliterate: transliterate must be 'none', a profile name or an array of them, got an object"],
  ] as const)('names the function and the value for %s', (_name, profile, error, message) => {
    expect(() => transliterate('x', profile as never)).toThrow(new error(message));
  });

  it('names the function and the argument for a text that is not a string', () => {
    expect(() => transliterate(5 as never, 'smart')).toThrow(new TypeError('transliterate: text must be a string, got a number'));
  });

  it('uses only the profiles asked for', () => {
    // Cyrillic and Greek are in their own tables, not in TURKISH's or smart's
    expect(transliterate('Ж ş Ω', 'TURKISH')).toEqual({ text: 'Ж s Ω', replacements: [{ index: 2, from: 'ş', to: 's' }] });
    expect(transliterate('Жλ', ['smart', 'CENTRAL_EUROPEAN'])).toEqual({ text: 'Жλ', replacements: [] });
  });

  it('leaves a combining mark with nothing under it (NON_UNICODE strips diacritics of a base only)', () => {
    expect(transliterate('\u0301', 'NON_UNICODE')).toEqual({ text: '\u0301', replacements: [] });
  });

  it('rebuilding the text from the replacements gives the result', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom('smart', 'NON_UNICODE', 'CYRILLIC', 'GREEK'), (text, profile) => {
        const { text: out, replacements } = transliterate(text, profile as 'smart');
        let rebuilt = '';
        let position = 0;
        for (const r of replacements) {
          expect(text.slice(r.index, r.index + r.from.length)).toBe(r.from);
          rebuilt += text.slice(position, r.index) + r.to;
          position = r.index + r.from.length;
        }
        expect(rebuilt + text.slice(position)).toBe(out);
      }),
    );
  });

  it('NON_UNICODE makes any Latin-script text GSM 7-bit', () => {
    const latin = fc.string({ unit: fc.integer({ min: 0x20, max: 0x24f }).map((c) => String.fromCharCode(c)), maxLength: 100 });
    fc.assert(
      fc.property(latin, (text) => {
        const out = transliterate(text, 'NON_UNICODE').text;
        const leftovers = [...out].filter((c) => !isGsm7(c));
        // what remains has no GSM spelling at all (e.g. 'Þ', 'Ŋ', '¢')
        for (const c of leftovers) expect(c.normalize('NFD').replace(/[\u0300-\u036f]/g, '')).not.toMatch(/^[A-Za-z]$/);
        if (leftovers.length === 0) expect(() => encodeGsm7(out)).not.toThrow();
      }),
    );
  });
});
