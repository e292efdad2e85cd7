import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NATIONAL_LANGUAGES,
  buildBinaryMessages,
  decodeGsm7,
  estimateSegments,
  type LanguageCode,
  parseHex,
  parseUdh,
  splitText,
} from '../../src/index.js';
import { LEGACY_CODINGS } from '../../src/legacy/index.js';

const TURKISH = "Şişli'de güzel bir gün";
const HINDI = 'नमस्ते, आप कैसे हैं?';

describe('national language tables in segmentation (TS 23.038 Annex A, TS 23.040 §9.2.3.24.15/16)', () => {
  it('a Turkish text costs 1 SMS with the Turkish tables instead of UCS-2', () => {
    expect(estimateSegments(TURKISH)).toMatchObject({ encoding: 'ucs2', smsCount: 1 });
    const estimate = estimateSegments(TURKISH, { language: NATIONAL_LANGUAGES.tr });
    expect(estimate).toMatchObject({ encoding: 'gsm7', dataCoding: 0, smsCount: 1 });
    expect(estimate.singleShiftCode ?? estimate.lockingShiftCode).toBe('tr');
    expect(estimate.reason).toMatch(/Turkish/);
  });

  it('a Hindi text fits the Hindi tables', () => {
    const estimate = estimateSegments(HINDI, { language: NATIONAL_LANGUAGES.hi });
    expect(estimate).toMatchObject({ encoding: 'gsm7', smsCount: 1, lockingShiftCode: 'hi' });
  });

  it.each([
    ['one shift, one part', { singleShift: NATIONAL_LANGUAGES.tr }, 'x', 4, 155],
    ['both shifts, one part', { lockingShift: NATIONAL_LANGUAGES.tr, singleShift: NATIONAL_LANGUAGES.tr }, 'x', 7, 152],
    ['one shift and 8-bit concatenation', { singleShift: NATIONAL_LANGUAGES.tr }, 'x'.repeat(200), 9, 149],
    ['both shifts and 8-bit concatenation', { lockingShift: NATIONAL_LANGUAGES.tr, singleShift: NATIONAL_LANGUAGES.tr }, 'x'.repeat(200), 12, 146],
  ])('capacity with %s follows from the header octets', (_name, tables, text, headerOctets, capacity) => {
    expect(estimateSegments(text, tables)).toMatchObject({ headerOctets, unitsPerSegment: capacity });
  });

  it('explicit tables mean exactly those tables: a character outside them falls back to UCS-2, or throws when GSM is forced', () => {
    expect(estimateSegments('Ş 中', { lockingShift: NATIONAL_LANGUAGES.tr, singleShift: NATIONAL_LANGUAGES.tr }).encoding).toBe('ucs2');
    expect(() => estimateSegments('Ş 中', { singleShift: NATIONAL_LANGUAGES.tr, dataCoding: 0 })).toThrow(
      expect.objectContaining({ code: 'GSM7_UNMAPPABLE', index: 2 }),
    );
  });

  it('a language uses no table when the default alphabet suffices', () => {
    const estimate = estimateSegments('plain text', { language: NATIONAL_LANGUAGES.tr });
    expect(estimate).toMatchObject({ encoding: 'gsm7', headerOctets: 0 });
    expect(estimate.lockingShiftCode).toBeUndefined();
    expect(estimate.singleShiftCode).toBeUndefined();
  });

  it("'auto' picks the table that saves parts, limited to the handset's languages", () => {
    const long = TURKISH.repeat(8); // 176 characters: 3 parts of UCS-2, 2 with Turkish tables
    expect(estimateSegments(long).smsCount).toBe(3);
    const auto = estimateSegments(long, { language: 'auto', languages: Object.values(NATIONAL_LANGUAGES) });
    expect(auto.smsCount).toBe(2);
    expect(auto.singleShiftCode ?? auto.lockingShiftCode).toBe('tr');
    expect(estimateSegments(long, { language: 'auto', languages: [NATIONAL_LANGUAGES.es, NATIONAL_LANGUAGES.pt] }).encoding).toBe('ucs2');
  });

  it("'auto' never gives more parts than any single candidate (brute force)", () => {
    const alphabet = [...'abc Şşğİı éü€[', ...'नमस्ते', '中', '😀'];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 400 }).map((a) => a.join(''));
    const languages = [NATIONAL_LANGUAGES.tr, NATIONAL_LANGUAGES.es, NATIONAL_LANGUAGES.pt, NATIONAL_LANGUAGES.hi];
    fc.assert(
      fc.property(text, (t) => {
        const auto = estimateSegments(t, { language: 'auto', languages });
        const counts = [estimateSegments(t, { dataCoding: 8 }).smsCount];
        const tryCount = (options: object): void => {
          try {
            counts.push(estimateSegments(t, { ...options, dataCoding: 0 }).smsCount);
          } catch {
            // this candidate cannot carry the text
          }
        };
        tryCount({});
        for (const code of languages) {
          tryCount({ singleShift: code });
          if (code !== NATIONAL_LANGUAGES.es) {
            tryCount({ lockingShift: code });
            tryCount({ lockingShift: code, singleShift: code });
          }
        }
        expect(auto.smsCount).toBe(Math.min(...counts));
      }),
      { numRuns: 60 },
    );
  });

  it('rejects conflicting or unknown language options', () => {
    expect(() => estimateSegments('x', { language: NATIONAL_LANGUAGES.tr, singleShift: NATIONAL_LANGUAGES.tr })).toThrow(TypeError);
    expect(() => estimateSegments('x', { language: 'xx' as never })).toThrow(
      new TypeError(`estimateSegments: language must be 'none', 'auto' or a national language such as TURKISH or NATIONAL_LANGUAGES.tr, got "xx"`),
    );
    expect(() => estimateSegments('x', { language: 'tr' as never })).toThrow(/got "tr"; for "tr" pass NATIONAL_LANGUAGES\.tr or import its constant from 'smshex'$/);
    expect(() => estimateSegments('x', { language: { ...NATIONAL_LANGUAGES.tr } })).toThrow(/^estimateSegments: language must be/);
    expect(() => estimateSegments('x', { language: 'auto', languages: ['tr' as never] })).toThrow(/^estimateSegments: languages\[0\] must be a national language/);
    expect(() => estimateSegments('x', { language: 'auto', languages: [NATIONAL_LANGUAGES.tr, undefined as never] })).toThrow(/languages\[1\] must be/);
    expect(() => estimateSegments('x', { language: 'auto' })).toThrow(
      new TypeError(
        "estimateSegments: language 'auto' needs languages, the national languages to try (e.g. [TURKISH] or Object.values(NATIONAL_LANGUAGES)), got undefined",
      ),
    );
    expect(() => estimateSegments('x', { language: NATIONAL_LANGUAGES.tr, languages: [NATIONAL_LANGUAGES.tr] })).toThrow(TypeError);
    expect(() => estimateSegments('x', { lockingShift: NATIONAL_LANGUAGES.es })).toThrow(RangeError);
  });

  it('every part of a built message carries the shift IEs, esmClass 0x40 even for one part, and decodes back', () => {
    const [single] = buildBinaryMessages({ to: '1', text: TURKISH, language: NATIONAL_LANGUAGES.tr });
    expect(single?.binary.esmClass).toBe(0x40);
    const bytes = parseHex(single?.binary.hex ?? '');
    const udh = parseUdh(bytes);
    const shift = udh.elements.find((e) => e.type === 'singleShift' || e.type === 'lockingShift');
    expect(shift).toMatchObject({ language: 1 });
    const tables = Object.fromEntries(
      udh.elements.flatMap((e) => (e.type === 'singleShift' ? [['singleShift', NATIONAL_LANGUAGES.tr]] : e.type === 'lockingShift' ? [['lockingShift', NATIONAL_LANGUAGES.tr]] : [])),
    );
    expect(decodeGsm7(bytes.subarray(udh.length), tables)).toBe(TURKISH);

    const parts = buildBinaryMessages({ to: '1', text: TURKISH.repeat(8), language: NATIONAL_LANGUAGES.tr, reference: 7 });
    expect(parts).toHaveLength(2);
    for (const part of parts) {
      const elements = parseUdh(parseHex(part.binary.hex)).elements.map((e) => e.type);
      expect(elements[0]).toBe('concat');
      expect(elements.some((t) => t === 'singleShift' || t === 'lockingShift')).toBe(true);
    }
  });

  it('explicit tables work with a ready septet payload', () => {
    const [message] = buildBinaryMessages({ to: '1', bytes: Uint8Array.of(0x1b, 0x53), dataCoding: 0, singleShift: NATIONAL_LANGUAGES.tr });
    expect(message?.binary).toEqual({ hex: '03 24 01 01 1b 53', dataCoding: 0, esmClass: 0x40 });
  });
});

describe('keepGraphemes', () => {
  const clusters = ['👍🏽', '🇨🇭', 'é', 'e\u0301', '👨‍👩‍👧', 'a', 'Ж'];
  const text = fc.array(fc.constantFrom(...clusters), { maxLength: 200 }).map((a) => a.join(''));

  it('never ends a part inside a grapheme cluster, and the parts join back', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    fc.assert(
      fc.property(text, (t) => {
        const parts = splitText(t, { keepGraphemes: true });
        expect(parts.map((p) => p.text).join('')).toBe(t);
        const boundaries = new Set([...segmenter.segment(t)].map((s) => s.index));
        for (const part of parts) expect(boundaries.has(part.start) || part.start === 0).toBe(true);
        expect(estimateSegments(t, { keepGraphemes: true }).smsCount).toBe(parts.length);
      }),
    );
  });

  it('moves a flag that would straddle two parts into the next part', () => {
    const t = 'Ж'.repeat(65) + '🇨🇭' + 'Ж'.repeat(10);
    expect(splitText(t).map((p) => p.units)).toEqual([67, 12]);
    expect(splitText(t, { keepGraphemes: true }).map((p) => p.units)).toEqual([65, 14]);
  });

  it('composes with language tables', () => {
    const parts = splitText('ş'.repeat(200) + '👍🏽', { language: NATIONAL_LANGUAGES.tr, keepGraphemes: true });
    expect(parts.map((p) => p.text).join('')).toBe('ş'.repeat(200) + '👍🏽');
  });
});

describe('transliterate in segmentation', () => {
  it('reports replacements and counts the transliterated text', () => {
    const estimate = estimateSegments('“Hello” — it’s me', { transliterate: 'smart' });
    expect(estimate).toMatchObject({ encoding: 'gsm7', text: '"Hello" - it\'s me' });
    expect(estimate.replacements).toHaveLength(4);
    expect(splitText('“Hello”', { transliterate: 'smart' })[0]?.text).toBe('"Hello"');
  });

  describe("the 'smart' rule: replaced only when the coding or the part count improves", () => {
    it.each([
      ['a Chinese text with a full-width comma', '你好，世界', '"，" → ","'],
      ['an em dash beside an emoji', 'Wait — 😀', '"—" → "-"'],
    ])('leaves %s unchanged and says the replacements save nothing', (_, text, pair) => {
      const estimate = estimateSegments(text, { transliterate: 'smart' });
      expect(estimate).toMatchObject({ encoding: 'ucs2', smsCount: 1, text, replacements: [] });
      expect(estimate.reason).toContain(`transliterate 'smart' left the text unchanged: its replacements (${pair}) would save nothing (it would stay UCS-2 in 1 part)`);
      expect(splitText(text, { transliterate: 'smart' }).map((p) => p.text).join('')).toBe(text);
      expect(buildBinaryMessages({ to: '1', text, transliterate: 'smart' })).toEqual(buildBinaryMessages({ to: '1', text }));
    });

    it('replaces when the text becomes GSM 7-bit, in as many parts', () => {
      expect(estimateSegments('Hello — world', { transliterate: 'smart' })).toMatchObject({ encoding: 'gsm7', smsCount: 1, text: 'Hello - world' });
    });

    it('replaces when the part count falls though the text stays UCS-2', () => {
      // Zero-width spaces are dropped: 122 UTF-16 units (2 parts) become 62 (1 part), still UCS-2 for the emoji.
      const text = 'x\u200b'.repeat(60) + '😀';
      expect(estimateSegments(text)).toMatchObject({ encoding: 'ucs2', smsCount: 2 });
      expect(estimateSegments(text, { transliterate: 'smart' })).toMatchObject({ encoding: 'ucs2', smsCount: 1, text: 'x'.repeat(60) + '😀' });
    });

    it('keeps UCS-2 when GSM 7-bit would take more parts (an ellipsis is three septets)', () => {
      const text = '…'.repeat(134);
      expect(estimateSegments(text, { transliterate: 'smart' })).toMatchObject({ encoding: 'ucs2', smsCount: 2, text });
      expect(estimateSegments(text, { transliterate: 'smart' }).reason).toContain('would save nothing (GSM 7-bit in 3 parts instead of UCS-2 in 2 parts)');
    });

    it('always replaces under a forced GSM 7-bit coding and with the other profiles', () => {
      expect(estimateSegments('Wait — x', { transliterate: 'smart', dataCoding: 0 }).text).toBe('Wait - x');
      expect(estimateSegments('Привет 😀', { transliterate: 'CYRILLIC' }).text).toBe('Privet 😀');
      expect(estimateSegments('你好，世界', { transliterate: 'NON_UNICODE' }).text).toBe('你好,世界');
    });

    it('property: smart never adds a part and changes the text only when the coding or the part count improves', () => {
      const pieces = fc.constantFrom('a', ' ', '\u200b', '—', '“', '”', '…', '\u00a0', '，', '你', '😀', 'é', 'ş', '€');
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 220 }).map((a) => a.join('')), (text) => {
          const plain = estimateSegments(text);
          const smart = estimateSegments(text, { transliterate: 'smart' });
          expect(smart.smsCount).toBeLessThanOrEqual(plain.smsCount);
          if (smart.text !== text) {
            expect(smart.replacements.length).toBeGreaterThan(0);
            expect(smart.smsCount < plain.smsCount || (plain.encoding === 'ucs2' && smart.encoding === 'gsm7')).toBe(true);
          } else expect(smart.replacements).toEqual([]);
        }),
      );
    });
  });

  it('builds the transliterated text', () => {
    const [message] = buildBinaryMessages({ to: '1', text: 'Привет', transliterate: 'CYRILLIC' });
    expect(message?.binary).toMatchObject({ dataCoding: 0, hex: '50 72 69 76 65 74' });
  });
});

describe('legacy codings in segmentation', () => {
  it('counts octets: 140 in one part, 134 per part', () => {
    expect(estimateSegments('é'.repeat(140), { dataCoding: 3, codings: LEGACY_CODINGS })).toMatchObject({
      encoding: '8bit',
      dataCoding: 3,
      smsCount: 1,
      unitsPerSegment: 140,
    });
    expect(estimateSegments('é'.repeat(141), { dataCoding: 3, codings: LEGACY_CODINGS })).toMatchObject({ smsCount: 2, unitsPerSegment: 134 });
  });

  it('needs the coding to be passed', () => {
    expect(() => estimateSegments('x', { dataCoding: 3 })).toThrow(/smshex\/legacy/);
  });

  it('builds legacy-coded parts', () => {
    const messages = buildBinaryMessages({ to: '1', text: 'é'.repeat(141), dataCoding: 3, codings: LEGACY_CODINGS, reference: 1 });
    expect(messages.map((m) => parseHex(m.binary.hex).length)).toEqual([140, 13]);
    expect(messages[0]?.binary.dataCoding).toBe(3);
  });
});
