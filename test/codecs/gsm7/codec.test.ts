import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeGsm7, encodeGsm7, isGsm7, SmsHexError, toHex, type SmsHexErrorCode } from '../../../src/index.js';
import { bytesOf, charOf, loadVectors, thrown } from '../../helpers/vectors.js';

interface TextVectors {
  encode: { text: string; septets: string }[];
  encodeReject: { text: string; code: SmsHexErrorCode; index: number }[];
  decode: { septets: string; text: string }[];
  decodeReject: { septets: string; code: SmsHexErrorCode; index: number }[];
}

const vectors = loadVectors<TextVectors>('gsm7-text');
const alphabetChars = loadVectors<{ entries: { unicode: string | null }[] }>('gsm7-default-alphabet')
  .entries.filter((e) => e.unicode !== null)
  .map((e) => charOf(e.unicode as string));
const extensionChars = [...'\f^{}\\[~]|€'];
/** Any string over the default alphabet and its extension table. */
const gsmString = fc.string({ unit: fc.constantFrom(...alphabetChars, ...extensionChars), maxLength: 64 });

describe('encodeGsm7', () => {
  it.each(vectors.encode)('encodes $text as $septets', ({ text, septets }) => {
    expect(encodeGsm7(text)).toEqual(bytesOf(septets));
    expect(isGsm7(text)).toBe(true);
  });

  it.each(vectors.encodeReject)('rejects $text with $code at $index', ({ text, code, index }) => {
    expect(thrown(() => encodeGsm7(text))).toMatchObject({ code, index });
    expect(isGsm7(text)).toBe(false);
  });

  it('names the whole character in the error, an emoji included', () => {
    expect(thrown(() => encodeGsm7('hi \u{1f600}'))).toHaveProperty(
      'message',
      'encodeGsm7: character "\u{1f600}" at index 3 is not in the GSM 7-bit tables',
    );
  });

  it('replaces only when asked, and reports every replacement', () => {
    expect(encodeGsm7('a π\u{1f600}b', { onUnmappable: 'replace' })).toEqual({
      bytes: Uint8Array.of(0x61, 0x20, 0x3f, 0x3f, 0x62),
      replacements: [
        { index: 2, from: 'π', to: '?' },
        { index: 3, from: '\u{1f600}', to: '?' },
      ],
    });
    expect(encodeGsm7('ok', { onUnmappable: 'replace' })).toEqual({ bytes: Uint8Array.of(0x6f, 0x6b), replacements: [] });
    expect(toHex(encodeGsm7('ç', { onUnmappable: 'replace', replacement: '€' }).bytes)).toBe('1b 65');
    expect(encodeGsm7('ç', { onUnmappable: 'replace', replacement: '' }).bytes).toEqual(new Uint8Array(0));
  });

  it('refuses a replacement that is not GSM 7-bit itself', () => {
    expect(() => encodeGsm7('ç', { onUnmappable: 'replace', replacement: 'ç' })).toThrow(RangeError);
  });

  it('encodes a long extension-heavy text (the output grows past the input length)', () => {
    const text = '€'.repeat(500) + 'a';
    const bytes = encodeGsm7(text);
    expect(bytes).toHaveLength(1001);
    expect(decodeGsm7(bytes)).toBe(text);
  });
});

describe('decodeGsm7', () => {
  it.each(vectors.decode)('decodes $septets as $text', ({ septets, text }) => {
    expect(decodeGsm7(bytesOf(septets))).toBe(text);
  });

  it.each(vectors.decodeReject)('rejects $septets with $code at $index', ({ septets, code, index }) => {
    const error = thrown(() => decodeGsm7(bytesOf(septets)));
    expect(error).toBeInstanceOf(SmsHexError);
    expect(error).toMatchObject({ code, index });
  });

  it('phrases the septet errors', () => {
    expect(thrown(() => decodeGsm7(Uint8Array.of(0x41, 0x80)))).toHaveProperty(
      'message',
      'decodeGsm7: invalid septet 0x80 at index 1: septets are 0x00-0x7f',
    );
    expect(thrown(() => decodeGsm7(Uint8Array.of(0x1b)))).toHaveProperty(
      'message',
      'decodeGsm7: escape (0x1b) at index 0 is not followed by a character',
    );
  });

  it('decodes what it encodes, for any string over the GSM alphabet', () => {
    fc.assert(
      fc.property(gsmString, (text) => {
        expect(isGsm7(text)).toBe(true);
        expect(decodeGsm7(encodeGsm7(text))).toBe(text);
      }),
    );
  });

  it('decodes any septets without a trailing escape, and re-encoding is stable', () => {
    const septets = fc.uint8Array({ max: 0x7f, maxLength: 64 }).filter((s) => s.length === 0 || trailingEscapes(s) % 2 === 0);
    fc.assert(
      fc.property(septets, (s) => {
        const text = decodeGsm7(s);
        expect(decodeGsm7(encodeGsm7(text))).toBe(text);
      }),
    );
  });

  it('never throws anything but SmsHexError on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 32 }), (bytes) => {
        try {
          decodeGsm7(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(SmsHexError);
        }
      }),
    );
  });
});

function trailingEscapes(septets: Uint8Array): number {
  let count = 0;
  for (let i = septets.length - 1; i >= 0 && septets[i] === 0x1b; i--) count++;
  return count;
}
