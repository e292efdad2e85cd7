import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import vectors from '../vectors/segments.json' with { type: 'json' };
import { decodeGsm7, decodeUcs2, estimateSegments, SmsHexError, splitText } from '../../src/index.js';

interface Repeat {
  repeat: string;
  count: number;
}
type TextSpec = Repeat | { parts: Repeat[] };
const build = (spec: TextSpec): string =>
  'parts' in spec ? spec.parts.map((p) => p.repeat.repeat(p.count)).join('') : spec.repeat.repeat(spec.count);

const GSM_BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '\f^{}\\[~]|€';
const gsmChar = fc.constantFrom(...GSM_BASIC, ...GSM_EXTENDED);
const gsmText = fc.array(gsmChar, { maxLength: 700 }).map((cs) => cs.join(''));
const anyText = fc.string({ unit: 'grapheme', maxLength: 400 });
const mixedText = fc.oneof(gsmText, anyText, fc.array(fc.oneof(gsmChar, fc.constantFrom('😀', 'Ж', '中', '🇨🇭')), { maxLength: 500 }).map((cs) => cs.join('')));

describe('estimateSegments: capacity boundaries', () => {
  it.each(vectors.cases)('$name', (vector) => {
    const text = build(vector.text as TextSpec);
    const options = 'referenceBits' in vector ? { referenceBits: vector.referenceBits as 8 | 16 } : {};
    const estimate = estimateSegments(text, options);
    expect(estimate).toMatchObject({
      encoding: vector.encoding,
      dataCoding: vector.encoding === 'gsm7' ? 0 : 8,
      smsCount: vector.smsCount,
      units: vector.units,
      unitsPerSegment: vector.unitsPerSegment,
      unitsRemaining: vector.unitsRemaining,
      exceedsMaxParts: 'exceedsMaxParts' in vector ? vector.exceedsMaxParts : false,
    });
    if (!estimate.exceedsMaxParts) {
      const parts = splitText(text, options);
      expect(parts).toHaveLength(vector.smsCount);
      if ('partUnits' in vector) expect(parts.map((p) => p.units)).toEqual(vector.partUnits);
    } else {
      expect(() => splitText(text, options)).toThrow(expect.objectContaining({ code: 'MESSAGE_TOO_LONG' }));
    }
  });
});

describe('estimateSegments: coding and characters', () => {
  it('lists the characters that forced UCS-2, once each, in order of first appearance', () => {
    const estimate = estimateSegments('Grüße ç 😀 and ç again, 中😀');
    expect(estimate.encoding).toBe('ucs2');
    expect(estimate.nonGsmCharacters).toEqual(['ç', '😀', '中']);
  });

  it('lists nothing for GSM text, even with extension characters', () => {
    expect(estimateSegments('Price: 5€ {approx}').nonGsmCharacters).toEqual([]);
  });

  it('forced UCS-2 still reports the characters outside GSM', () => {
    expect(estimateSegments('abc', { dataCoding: 8 })).toMatchObject({ encoding: 'ucs2', units: 3, nonGsmCharacters: [] });
  });

  it('forced GSM on text outside the tables throws with the index', () => {
    expect(() => estimateSegments('ab😀', { dataCoding: 0 })).toThrow(
      expect.objectContaining({ code: 'GSM7_UNMAPPABLE', index: 2 }),
    );
  });

  it('a lone surrogate is an error in UCS-2, with its index', () => {
    expect(() => estimateSegments('ab\ud800c')).toThrow(expect.objectContaining({ code: 'UCS2_LONE_SURROGATE', index: 2 }));
  });

  it('maxParts lowers the limit', () => {
    const estimate = estimateSegments('a'.repeat(400), { maxParts: 2 });
    expect(estimate).toMatchObject({ smsCount: 3, maxParts: 2, exceedsMaxParts: true });
    expect(() => splitText('a'.repeat(400), { maxParts: 2 })).toThrow(SmsHexError);
  });

  it('a text of exactly maxParts parts does not exceed them', () => {
    expect(estimateSegments('a'.repeat(306), { maxParts: 2 })).toMatchObject({ smsCount: 2, maxParts: 2, exceedsMaxParts: false });
    expect(estimateSegments('a'.repeat(307), { maxParts: 2 })).toMatchObject({ smsCount: 3, maxParts: 2, exceedsMaxParts: true });
  });

  it('names the function and the argument for a text that is not a string', () => {
    expect(() => estimateSegments(1 as unknown as string)).toThrow(new TypeError('estimateSegments: text must be a string, got a number'));
  });

  it('reports the header octets a part carries', () => {
    expect(estimateSegments('short').headerOctets).toBe(0);
    expect(estimateSegments('a'.repeat(200)).headerOctets).toBe(6);
    expect(estimateSegments('a'.repeat(200), { referenceBits: 16 }).headerOctets).toBe(7);
  });

  it.each([
    ['a string option', { dataCoding: 'gsm' }, RangeError],
    ['7-bit references', { referenceBits: 7 }, RangeError],
    ['0 parts', { maxParts: 0 }, RangeError],
    ['256 parts', { maxParts: 256 }, RangeError],
    ['options that are not an object', 'auto', TypeError],
  ])('rejects %s', (_name, options, error) => {
    expect(() => estimateSegments('x', options as never)).toThrow(error);
  });
});

describe('splitText', () => {
  it('keeps the start index of every part', () => {
    const parts = splitText('a'.repeat(200));
    expect(parts.map((p) => p.start)).toEqual([0, 153]);
  });

  it('returns one empty part for empty text', () => {
    expect(splitText('')).toEqual([{ text: '', start: 0, bytes: new Uint8Array(0), units: 0 }]);
  });
});

describe('properties', () => {
  it('the parts joined give back the text, and the bytes decode to each part', () => {
    fc.assert(
      fc.property(mixedText, fc.constantFrom<8 | 16>(8, 16), (text, referenceBits) => {
        const parts = splitText(text, { referenceBits });
        expect(parts.map((p) => p.text).join('')).toBe(text);
        const { encoding } = estimateSegments(text, { referenceBits });
        for (const part of parts) {
          expect(encoding === 'gsm7' ? decodeGsm7(part.bytes) : decodeUcs2(part.bytes)).toBe(part.text);
        }
      }),
    );
  });

  it('every part fits its capacity and smsCount equals the number of parts', () => {
    fc.assert(
      fc.property(mixedText, fc.constantFrom<8 | 16>(8, 16), (text, referenceBits) => {
        const estimate = estimateSegments(text, { referenceBits });
        const parts = splitText(text, { referenceBits });
        expect(estimate.smsCount).toBe(parts.length);
        for (const part of parts) expect(part.units).toBeLessThanOrEqual(estimate.unitsPerSegment);
        expect(parts.reduce((sum, p) => sum + p.units, 0)).toBe(estimate.units);
        expect(estimate.unitsRemaining).toBe(estimate.unitsPerSegment - (parts.at(-1)?.units ?? 0));
      }),
    );
  });

  it('no part ends inside an escape pair or a surrogate pair', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        for (const part of splitText(text)) {
          const last = part.text.charCodeAt(part.text.length - 1);
          expect(last >= 0xd800 && last <= 0xdbff).toBe(false);
          if (part.bytes.length > 0 && estimateSegments(text).encoding === 'gsm7') {
            // the last septet of a part is never a dangling escape
            expect(() => decodeGsm7(part.bytes)).not.toThrow();
          }
        }
      }),
    );
  });
});

describe('the hot path without options', () => {
  it('gives exactly what the general path gives', () => {
    fc.assert(
      fc.property(mixedText, (text) => {
        expect(estimateSegments(text)).toEqual(estimateSegments(text, {}));
      }),
    );
  });
});
