import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUcs2, encodeUcs2, SmsHexError, type SmsHexErrorCode } from '../../../src/index.js';
import { bytesOf, loadVectors, thrown } from '../../helpers/vectors.js';

interface Ucs2Vectors {
  encode: { text: string; hex: string }[];
  encodeReject: { text: string; code: SmsHexErrorCode; index: number }[];
  decodeReject: { hex: string; code: SmsHexErrorCode; index: number }[];
}

const vectors = loadVectors<Ucs2Vectors>('ucs2');

describe('encodeUcs2 and decodeUcs2 (TS 23.038 §6.2.3)', () => {
  it.each(vectors.encode)('encodes $text as $hex and back', ({ text, hex }) => {
    expect(encodeUcs2(text)).toEqual(bytesOf(hex));
    expect(decodeUcs2(bytesOf(hex))).toBe(text);
  });

  it.each(vectors.encodeReject)('refuses to encode $text: $code at $index', ({ text, code, index }) => {
    const error = thrown(() => encodeUcs2(text));
    expect(error).toBeInstanceOf(SmsHexError);
    expect(error).toMatchObject({ code, index });
  });

  it.each(vectors.decodeReject)('refuses to decode $hex: $code at octet $index', ({ hex, code, index }) => {
    const error = thrown(() => decodeUcs2(bytesOf(hex)));
    expect(error).toBeInstanceOf(SmsHexError);
    expect(error).toMatchObject({ code, index });
  });

  it('phrases its errors', () => {
    expect(thrown(() => encodeUcs2('a\ud83d'))).toHaveProperty('message', 'encodeUcs2: lone surrogate "\\ud83d" at index 1');
    expect(thrown(() => decodeUcs2(Uint8Array.of(0, 0x41, 0)))).toHaveProperty(
      'message',
      'decodeUcs2: odd number of bytes (3): UCS-2 needs two bytes per unit',
    );
  });

  it('round-trips any well-formed string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => {
        const bytes = encodeUcs2(text);
        expect(bytes).toHaveLength(2 * text.length);
        expect(decodeUcs2(bytes)).toBe(text);
      }),
    );
  });

  it('matches TextDecoder("utf-16be") on bytes it accepts, and throws only SmsHexError', () => {
    const reference = new TextDecoder('utf-16be', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 32 }), (bytes) => {
        let expected: string | null;
        try {
          expected = reference.decode(bytes);
        } catch {
          expected = null;
        }
        if (expected === null) expect(thrown(() => decodeUcs2(bytes))).toBeInstanceOf(SmsHexError);
        else expect(decodeUcs2(bytes)).toBe(expected);
      }),
    );
  });

  it('decodes a long text in one piece', () => {
    const text = '测试'.repeat(10_000);
    expect(decodeUcs2(encodeUcs2(text))).toBe(text);
  });
});
