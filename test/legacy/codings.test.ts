import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, encodeText, parseHex, SmsHexError, toHex } from '../../src/index.js';
import {
  IA5,
  ISO_8859_1,
  ISO_8859_5,
  ISO_8859_8,
  LEGACY_CODINGS,
  OCTET_UNSPECIFIED_2,
  OCTET_UNSPECIFIED_4,
  type TextCoding,
} from '../../src/legacy/index.js';
import vectors from '../vectors/legacy-codings.json';

const byDataCoding = (dataCoding: number): TextCoding => {
  const coding = LEGACY_CODINGS.find((c) => c.dataCoding === dataCoding);
  if (coding === undefined) throw new Error(`no coding ${dataCoding}`);
  return coding;
};

/** The bytes each coding defines, from the mapping tables (MAPPINGS/ISO8859, ANSI X3.4). */
const HEBREW_UNDEFINED = new Set([0xa1, ...Array.from({ length: 0xde - 0xbf + 1 }, (_, i) => 0xbf + i), 0xfb, 0xfc, 0xff]);
const DEFINED: ReadonlyArray<readonly [string, TextCoding, (byte: number) => boolean]> = [
  ['IA5', IA5, (b) => b < 0x80],
  ['OCTET_UNSPECIFIED_2', OCTET_UNSPECIFIED_2, () => true],
  ['ISO_8859_1', ISO_8859_1, () => true],
  ['OCTET_UNSPECIFIED_4', OCTET_UNSPECIFIED_4, () => true],
  ['ISO_8859_5', ISO_8859_5, () => true],
  ['ISO_8859_8', ISO_8859_8, (b) => !HEBREW_UNDEFINED.has(b)],
];

/** An SmsHexError with these fields (`toThrow` checks it is an SmsHexError and matches them). */
const smsHexError = (fields: Partial<Pick<SmsHexError, 'code' | 'index' | 'message'>>) =>
  expect.objectContaining({ name: 'SmsHexError', ...fields });

describe('LEGACY_CODINGS', () => {
  it('lists 1, 2, 3, 4, 6, 7 in order, frozen', () => {
    expect(LEGACY_CODINGS.map((c) => c.dataCoding)).toEqual([1, 2, 3, 4, 6, 7]);
    expect(Object.isFrozen(LEGACY_CODINGS)).toBe(true);
    for (const coding of LEGACY_CODINGS) expect(Object.isFrozen(coding)).toBe(true);
  });
});

describe('the legacy codings, vectors (test/vectors/legacy-codings.json)', () => {
  it.each(vectors.encode)('dataCoding $dataCoding: $hex', ({ dataCoding, text, hex }) => {
    const coding = byDataCoding(dataCoding);
    expect(toHex(coding.encode(text))).toBe(hex);
    expect(coding.decode(parseHex(hex))).toBe(text);
    expect(encodeText(text, { dataCoding, codings: LEGACY_CODINGS })).toEqual({ dataCoding, bytes: parseHex(hex), hex });
    expect(decodeText(parseHex(hex), dataCoding, { codings: LEGACY_CODINGS })).toBe(text);
  });
  it.each(vectors.unmappable)('dataCoding $dataCoding rejects $character at $index', ({ dataCoding, text, index, character }) => {
    expect(() => byDataCoding(dataCoding).encode(text)).toThrow(
      smsHexError({ code: 'CODING_UNMAPPABLE', index, message: expect.stringContaining(`"${character}"`) as string }),
    );
    expect(() => encodeText(text, { dataCoding, codings: LEGACY_CODINGS })).toThrow(smsHexError({ code: 'CODING_UNMAPPABLE', index }));
  });
  it.each(vectors.undefinedBytes)('dataCoding $dataCoding rejects the byte at $index of $hex', ({ dataCoding, hex, index }) => {
    expect(() => decodeText(parseHex(hex), dataCoding, { codings: LEGACY_CODINGS })).toThrow(
      smsHexError({ code: 'CODING_UNDEFINED_BYTE', index }),
    );
  });
});

describe.each(DEFINED)('%s, all 256 bytes', (_, coding, defined) => {
  it('decodes each defined byte to one character that encodes back, and rejects the others', () => {
    for (let byte = 0; byte < 256; byte++) {
      const bytes = Uint8Array.of(byte);
      if (defined(byte)) {
        const text = coding.decode(bytes);
        expect(text.length).toBe(1);
        expect(coding.encode(text)).toEqual(bytes);
      } else {
        expect(() => coding.decode(bytes)).toThrow(smsHexError({ code: 'CODING_UNDEFINED_BYTE', index: 0 }));
      }
    }
  });
  it('never substitutes: any text either round-trips or fails at its first unmappable character', () => {
    const repertoire = new Set<string>();
    for (let byte = 0; byte < 256; byte++) if (defined(byte)) repertoire.add(coding.decode(Uint8Array.of(byte)));
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...repertoire), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })) }), (text) => {
        const first = [...text].findIndex((ch) => !repertoire.has(ch));
        if (first === -1) {
          const bytes = coding.encode(text);
          expect(bytes.length).toBe(text.length);
          expect(coding.decode(bytes)).toBe(text);
        } else {
          const index = [...text].slice(0, first).join('').length;
          expect(() => coding.encode(text)).toThrow(smsHexError({ code: 'CODING_UNMAPPABLE', index }));
        }
      }),
    );
  });
});

describe('ISO-8859-1 and 8-bit data are the identity on bytes', () => {
  it.each([
    ['ISO_8859_1', ISO_8859_1],
    ['OCTET_UNSPECIFIED_2', OCTET_UNSPECIFIED_2],
    ['OCTET_UNSPECIFIED_4', OCTET_UNSPECIFIED_4],
  ] as const)('%s', (_, coding) => {
    fc.assert(
      fc.property(fc.uint8Array(), (bytes) => {
        const text = coding.decode(bytes);
        expect([...text].map((c) => c.charCodeAt(0))).toEqual([...bytes]);
        expect(coding.encode(text)).toEqual(bytes);
      }),
    );
  });
});

describe('the legacy codings, arguments', () => {
  it.each(LEGACY_CODINGS.map((c) => [c.name, c] as const))('%s rejects wrong types with a TypeError', (_, coding) => {
    for (const garbage of [null, undefined, 1, {}, new String('a'), ['a']]) {
      expect(() => coding.encode(garbage as never)).toThrow(TypeError);
      expect(() => coding.decode(garbage as never)).toThrow(TypeError);
    }
  });
  it('names the coding in messages', () => {
    expect(() => ISO_8859_1.encode('5€')).toThrow(
      smsHexError({ message: 'ISO_8859_1.encode: character "€" at index 1 cannot be written in ISO-8859-1 (Latin-1)' }),
    );
    expect(() => IA5.decode(Uint8Array.of(0x41, 0xe9))).toThrow(
      smsHexError({ message: 'IA5.decode: byte 0xe9 at index 1 is not defined in IA5 (ASCII)' }),
    );
  });
});
