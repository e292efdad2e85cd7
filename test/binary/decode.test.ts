import fc from 'fast-check';
import { thrown } from '../helpers/thrown.js';
import { describe, expect, it } from 'vitest';
import {
  NATIONAL_LANGUAGES,
  buildBinaryMessages,
  buildUdh,
  splitText,
  concatElement,
  decodeBinaryMessage,
  encodeGsm7,
  encodeUcs2,
  reassemble,
  safeDecodeBinaryMessage,
  safeReassemble,
  SmsHexError,
  toHex,
  type DecodableBinary,
} from '../../src/index.js';


/** A concatenated part as the API carries it: header then payload. */
function part(reference: number, total: number, sequence: number, payload: Uint8Array, dataCoding = 0, referenceBits: 8 | 16 = 8) {
  const header = buildUdh([concatElement(reference, total, sequence, referenceBits)]);
  const all = new Uint8Array(header.length + payload.length);
  all.set(header);
  all.set(payload, header.length);
  return { binary: { hex: toHex(all), dataCoding, esmClass: 0x40 } };
}

describe('decodeBinaryMessage', () => {
  it.each([
    ['the provider GSM example', { hex: '54 65 73 74 20 6d 65 73 73 61 67 65 2e', dataCoding: 0, esmClass: 0 }, 'Test message.'],
    ['the provider UCS-2 example (mixed case)', { hex: '6d 4b 8B d5 77 ed 4f e1 30 02', dataCoding: 8, esmClass: 0 }, '测试短信。'],
    ['an extension character', { hex: '35 1b 65', dataCoding: 0 }, '5€'],
    ['unspaced hex', { hex: '4869', dataCoding: 0 }, 'Hi'],
    ['GSM 7-bit flash (0xF0)', { hex: '48 69', dataCoding: 0xf0 }, 'Hi'],
    ['a surrogate pair', { hex: 'd8 3d de 00', dataCoding: 8 }, '😀'],
    ['Turkish single and locking shift', { hex: '06 24 01 01 25 01 01 1c 69 1d 6c 69', dataCoding: 0, esmClass: 0x40 }, 'Şişli'],
    ['a Spanish single shift', { hex: '03 24 01 02 1b 09', dataCoding: 0, esmClass: 0x40 }, 'ç'],
    ['a locking shift for Spanish, ignored', { hex: '03 25 01 02 1b 65', dataCoding: 0, esmClass: 0x40 }, '€'],
    ['an unknown language, ignored', { hex: '03 24 01 63 1b 65', dataCoding: 0, esmClass: 0x40 }, '€'],
  ] as Array<[string, DecodableBinary, string]>)('decodes %s', (_name, binary, text) => {
    const decoded = decodeBinaryMessage(binary);
    expect(decoded.text).toBe(text);
    expect(decoded.udh === undefined).toBe(((binary.esmClass ?? 0) & 0x40) === 0);
  });

  it('splits off the header when esmClass has 0x40', () => {
    expect(decodeBinaryMessage({ hex: '05 00 03 2a 02 01 48 69', dataCoding: 0, esmClass: 0x40 })).toEqual({
      udh: { length: 6, elements: [{ type: 'concat', reference: 42, total: 2, sequence: 1, referenceBits: 8 }] },
      bytes: Uint8Array.of(0x48, 0x69),
      text: 'Hi',
    });
  });

  it('reads the header as payload when UDHI is not set', () => {
    expect(decodeBinaryMessage({ hex: '05 00 03 2a 02 01', dataCoding: 4, esmClass: 0 })).toEqual({
      bytes: Uint8Array.of(5, 0, 3, 0x2a, 2, 1),
    });
  });

  it.each([4, 0xf4, 3, 0x20])('gives no text for dataCoding %i', (dataCoding) => {
    expect(decodeBinaryMessage({ hex: '48 69', dataCoding }).text).toBeUndefined();
  });

  it('gives no text for 8-bit data', () => {
    const decoded = decodeBinaryMessage({ hex: '06 05 04 0b 84 23 f0 ff 00', dataCoding: 4, esmClass: 0x40 });
    expect(decoded.text).toBeUndefined();
    expect(decoded.bytes).toEqual(Uint8Array.of(0xff, 0x00));
    expect(decoded.udh?.elements).toEqual([{ type: 'ports', destination: 2948, source: 9200, portBits: 16 }]);
  });

  it.each([
    ['malformed hex', { hex: '05 00 0g', dataCoding: 0 }, 'HEX_INVALID_CHAR', 7],
    ['sequence above total', { hex: '05 00 03 2a 02 03 48 69', dataCoding: 0, esmClass: 0x40 }, 'UDH_CONCAT_SEQUENCE', 15],
    ['sequence above total, unspaced', { hex: '0x0500032a0203', dataCoding: 0, esmClass: 0x40 }, 'UDH_CONCAT_SEQUENCE', 12],
    ['truncated header', { hex: '05 00 03', dataCoding: 0, esmClass: 0x40 }, 'UDH_TRUNCATED', 0],
    ['septet above 0x7f', { hex: '48 80', dataCoding: 0 }, 'GSM7_INVALID_SEPTET', 3],
    ['septet above 0x7f after a header', { hex: '05 00 03 2a 02 01 48 80', dataCoding: 0, esmClass: 0x40 }, 'GSM7_INVALID_SEPTET', 21],
    ['a septet unassigned in Bengali', { hex: '03 25 01 04 15 0c', dataCoding: 0, esmClass: 0x40 }, 'GSM7_UNASSIGNED_SEPTET', 15],
    ['a septet unassigned in Bengali after an escape pair', { hex: '03 25 01 04 1b 1b 0c', dataCoding: 0, esmClass: 0x40 }, 'GSM7_UNASSIGNED_SEPTET', 18],
    ['trailing escape', { hex: '48 1b', dataCoding: 0 }, 'GSM7_TRAILING_ESCAPE', 3],
    ['odd UCS-2', { hex: '05 00 03 2a 02 01 00 48 00', dataCoding: 8, esmClass: 0x40 }, 'UCS2_ODD_LENGTH', 24],
    ['lone surrogate', { hex: '00 48 d8 3d 00 41', dataCoding: 8 }, 'UCS2_LONE_SURROGATE', 6],
  ] as Array<[string, DecodableBinary, string, number]>)('reports %s in the hex', (_name, binary, code, index) => {
    const error = thrown(() => decodeBinaryMessage(binary));
    expect(error.code).toBe(code);
    expect(error.index).toBe(index);
    expect(error.path).toEqual(['hex']);
    expect(error.message).toMatch(/^decodeBinaryMessage: /);
  });

  it('names both the octet and the hex index of a header problem', () => {
    expect(thrown(() => decodeBinaryMessage({ hex: '05 00 03 2a 02 03', dataCoding: 0, esmClass: 0x40 })).message).toContain(
      'at octet 5 (index 15 in the hex)',
    );
  });

  it.each([
    [null, TypeError],
    ['05 00', TypeError],
    [{ hex: 5, dataCoding: 0 }, TypeError],
    [{ hex: '00' }, TypeError],
    [{ hex: '00', dataCoding: 256 }, RangeError],
    [{ hex: '00', dataCoding: 1.5 }, RangeError],
    [{ hex: '00', dataCoding: 0, esmClass: -1 }, RangeError],
    [{ hex: '00', dataCoding: 0, esmClass: '64' }, TypeError],
  ])('throws for the argument %j', (binary, type) => {
    expect(() => decodeBinaryMessage(binary as unknown as DecodableBinary)).toThrow(type);
  });

  it('only throws SmsHexError, TypeError or RangeError on arbitrary input', () => {
    const hexish = fc.oneof(
      fc.uint8Array({ maxLength: 30 }).map((b) => toHex(b)),
      fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF x:-\t'), maxLength: 40 }),
      fc.string(),
    );
    fc.assert(
      fc.property(hexish, fc.oneof(fc.constantFrom(0, 4, 8), fc.integer({ min: -2, max: 300 })), fc.option(fc.integer({ min: -1, max: 256 }), { nil: undefined }), (hex, dataCoding, esmClass) => {
        try {
          decodeBinaryMessage({ hex, dataCoding, esmClass });
        } catch (error) {
          expect(error instanceof SmsHexError || error instanceof TypeError || error instanceof RangeError).toBe(true);
        }
      }),
    );
  });
});

describe('reassemble', () => {
  const hello = encodeGsm7('Hello, ');
  const world = encodeGsm7('world!');

  it('joins parts in sequence order, given in any order', () => {
    expect(reassemble([part(7, 2, 2, world), part(7, 2, 1, hello)])).toBe('Hello, world!');
  });

  it('accepts bare binary objects and 16-bit references', () => {
    expect(reassemble([part(700, 2, 1, hello, 0, 16).binary, part(700, 2, 2, world, 0, 16).binary])).toBe('Hello, world!');
  });

  it('joins an escape pair or a surrogate pair split across parts', () => {
    expect(reassemble([part(1, 2, 1, Uint8Array.of(0x41, 0x1b)), part(1, 2, 2, Uint8Array.of(0x65))])).toBe('A€');
    const smile = encodeUcs2('😀');
    expect(reassemble([part(1, 2, 1, smile.slice(0, 3), 8), part(1, 2, 2, smile.slice(3), 8)])).toBe('😀');
  });

  describe('reads each part with the tables of its own header (TS 23.040 §9.2.3.24.15/16; issue 13.2)', () => {
    const p = (hex: string) => ({ binary: { hex, dataCoding: 0, esmClass: 64 } });
    const plain = p('05 00 03 09 02 01 60');
    const portuguese = p('08 00 03 09 02 02 25 01 01 60');

    it.each([
      ['default, then Portuguese locking shift', [plain, portuguese], '¿ç'],
      ['given in the other order', [portuguese, plain], '¿ç'],
      ['Portuguese, then default', [p('08 00 03 09 02 01 25 01 01 60'), p('05 00 03 09 02 02 60')], 'ç¿'],
    ])('%s', (_, messages, text) => {
      expect(reassemble(messages)).toBe(text);
      expect(safeReassemble(messages)).toEqual({ ok: true, text });
    });

    it('each part decodes alone to its share of the text', () => {
      expect(decodeBinaryMessage(plain.binary).text).toBe('¿');
      expect(decodeBinaryMessage(portuguese.binary).text).toBe('ç');
    });

    it('an escape split between parts under the same tables still decodes', () => {
      const tr = (sequence: number, septets: string) => p(`08 00 03 05 02 0${sequence} 24 01 01 ${septets}`);
      expect(reassemble([tr(1, '41 1b'), tr(2, '49')])).toBe(decodeBinaryMessage(tr(1, '41 1b 49').binary).text);
    });
  });

  it('takes a single message without a header as its own text', () => {
    expect(reassemble([{ binary: { hex: '48 69', dataCoding: 0, esmClass: 0 } }])).toBe('Hi');
  });

  it.each([
    ['nothing', [], 'CONCAT_SEQUENCE_MISSING', 'no messages'],
    ['a missing part', [part(7, 3, 1, hello), part(7, 3, 3, world)], 'CONCAT_SEQUENCE_MISSING', 'reference 7: part 2 of 3 is missing'],
    ['missing parts', [part(7, 4, 3, hello)], 'CONCAT_SEQUENCE_MISSING', 'reference 7: parts 1, 2, 4 of 4 are missing'],
    ['another reference', [part(7, 2, 1, hello), part(8, 2, 2, world)], 'CONCAT_REFERENCE_MISMATCH', 'message 1: its reference 8 (8-bit) differs from 7'],
    ['another reference width', [part(7, 2, 1, hello), part(7, 2, 2, world, 0, 16)], 'CONCAT_REFERENCE_MISMATCH', 'message 1: its reference 7 (16-bit)'],
    ['another total', [part(7, 2, 1, hello), part(7, 3, 2, world)], 'CONCAT_TOTAL_MISMATCH', 'its total 3 differs from 2'],
    ['another coding', [part(7, 2, 1, hello), part(7, 2, 2, world, 4)], 'CONCAT_CODING_MISMATCH', 'its dataCoding 4 differs from 0'],
    ['a repeated sequence', [part(7, 2, 1, hello), part(7, 2, 1, world)], 'CONCAT_SEQUENCE_DUPLICATE', 'sequence 1 already came in message 0'],
    ['a part without header', [part(7, 2, 1, hello), { binary: { hex: '48', dataCoding: 0, esmClass: 0 } }], 'CONCAT_ELEMENT_MISSING', 'message 1: it has no concatenation element'],
    ['8-bit data', [part(7, 1, 1, hello, 4)], 'DATA_CODING_NOT_TEXT', 'carries no GSM 7-bit or UCS-2 text'],
  ])('reports %s', (_name, messages, code, detail) => {
    const error = thrown(() => reassemble(messages as Parameters<typeof reassemble>[0]));
    expect(error.code).toBe(code);
    expect(error.message).toContain(detail);
  });

  it('lists at most ten missing parts', () => {
    expect(thrown(() => reassemble([part(7, 30, 15, hello)])).message).toContain(
      'reference 7: parts 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, … (29 in all) of 30 are missing',
    );
  });

  it('positions a decoding problem in the hex of the part it is in', () => {
    const error = thrown(() => reassemble([part(7, 2, 1, hello), part(7, 2, 2, Uint8Array.of(0x41, 0x90))]));
    expect(error).toMatchObject({ code: 'GSM7_INVALID_SEPTET', index: 21, path: [1, 'binary', 'hex'] });
  });

  it('positions a header problem with the part path', () => {
    const error = thrown(() => reassemble([part(7, 2, 1, hello), { binary: { hex: '05 00 03 07 02 00', dataCoding: 0, esmClass: 0x40 } }]));
    expect(error).toMatchObject({ code: 'UDH_CONCAT_SEQUENCE', index: 15, path: [1, 'binary', 'hex'] });
  });

  it('throws TypeError for a non-array', () => {
    expect(() => reassemble('x' as unknown as [])).toThrow(TypeError);
  });

  it('reassembles any text split into parts by hand', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 255 }), (text, pieces, reference) => {
        const bytes = encodeUcs2(text);
        const size = Math.ceil(bytes.length / pieces) || 1;
        const parts = [];
        const total = Math.max(1, Math.ceil(bytes.length / size));
        for (let s = 0; s < total; s++) parts.push(part(reference, total, s + 1, bytes.slice(s * size, (s + 1) * size), 8));
        expect(reassemble(parts.reverse())).toBe(text);
      }),
    );
  });
});

describe('decoding what buildBinaryMessages builds', () => {
  const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', '€', '[', 'é', 'ç', '😀', '中', '\n'), minLength: 1, maxLength: 500 });
  it('gives back every part and, reassembled, the whole text', () => {
    fc.assert(
      fc.property(text, fc.constantFrom(8 as const, 16 as const), (input, referenceBits) => {
        const messages = buildBinaryMessages({ to: '41793026727', text: input, referenceBits });
        const parts = splitText(input, { referenceBits });
        expect(messages.map((m) => decodeBinaryMessage(m.binary).text)).toEqual(parts.map((p) => p.text));
        expect(reassemble(messages)).toBe(input);
        expect(reassemble([...messages].reverse())).toBe(input);
      }),
    );
  });

  it('reads national language parts with the tables their headers select', () => {
    const national = fc.string({ unit: fc.constantFrom('a', ' ', 'ş', 'ğ', 'İ', 'ç', 'ã', 'ê', 'क', 'ि', '€', '1'), maxLength: 400 });
    fc.assert(
      fc.property(national, fc.constantFrom('auto' as const, NATIONAL_LANGUAGES.tr, NATIONAL_LANGUAGES.pt), (input, language) => {
        const languages = language === 'auto' ? Object.values(NATIONAL_LANGUAGES) : undefined;
        let messages;
        try {
          messages = buildBinaryMessages({ to: '41793026727', text: input, language, ...(languages === undefined ? {} : { languages }) });
        } catch {
          return; // the text is outside that language's tables: nothing to decode
        }
        expect(reassemble(messages)).toBe(input);
        expect(messages.map((m) => decodeBinaryMessage(m.binary).text).join('')).toBe(input);
      }),
    );
  });
});

describe('safeDecodeBinaryMessage and safeReassemble', () => {
  it('return what the throwing functions return', () => {
    expect(safeDecodeBinaryMessage({ hex: '48 69', dataCoding: 0 })).toEqual({ ok: true, message: { bytes: Uint8Array.of(0x48, 0x69), text: 'Hi' } });
    expect(safeReassemble([part(1, 2, 2, encodeGsm7('!')), part(1, 2, 1, encodeGsm7('Hi'))])).toEqual({ ok: true, text: 'Hi!' });
  });

  it('return the issue the throwing functions throw, named after themselves', () => {
    const decoded = safeDecodeBinaryMessage({ hex: '48 69', dataCoding: 0, esmClass: 0x40 });
    expect(decoded).toMatchObject({ ok: false, error: { code: 'UDH_TRUNCATED', index: 0, path: ['hex'] } });
    if (!decoded.ok) expect(decoded.error.message).toBe('safeDecodeBinaryMessage: user data header is truncated at octet 0: the length octet declares 72 octets, 1 follow');
    const joined = safeReassemble([part(0x2a, 2, 1, encodeGsm7('Hi'))]);
    expect(joined).toEqual({ ok: false, error: { code: 'CONCAT_SEQUENCE_MISSING', message: 'safeReassemble: a concatenated message is incomplete: reference 42: part 2 of 2 is missing' } });
  });

  it.each([
    [null, 'expected binary to be an object, got null'],
    [{ hex: 1, dataCoding: 0 }, 'expected binary.hex to be a string, got a number'],
    [{ hex: '48' }, 'expected binary.dataCoding to be a number, got undefined'],
    [{ hex: '48', dataCoding: 0, esmClass: 300 }, 'expected binary.esmClass to be an integer from 0 to 255, got 300'],
  ])('report the argument %j as INPUT_TYPE', (binary, message) => {
    expect(safeDecodeBinaryMessage(binary)).toEqual({ ok: false, error: { code: 'INPUT_TYPE', message: `safeDecodeBinaryMessage: ${message}` } });
  });

  it.each([
    ['x', 'expected messages to be an array, got a string'],
    [[{ binary: null }], 'expected messages[0].binary to be an object, got null'],
    [[{ hex: '48', dataCoding: 0.5 }], 'expected messages[0].dataCoding to be an integer from 0 to 255, got 0.5'],
  ])('report the messages %j as INPUT_TYPE', (messages, message) => {
    expect(safeReassemble(messages)).toEqual({ ok: false, error: { code: 'INPUT_TYPE', message: `safeReassemble: ${message}` } });
  });

  it('never throw', () => {
    const binaryish = fc.oneof(fc.anything(), fc.record({ hex: fc.oneof(fc.string(), fc.uint8Array({ maxLength: 12 }).map((b) => toHex(b))), dataCoding: fc.oneof(fc.constantFrom(0, 4, 8), fc.anything()), esmClass: fc.constantFrom(0, 0x40, undefined) }));
    fc.assert(
      fc.property(binaryish, fc.array(fc.oneof(binaryish, binaryish.map((binary) => ({ binary }))), { maxLength: 4 }), (binary, messages) => {
        expect(typeof safeDecodeBinaryMessage(binary).ok).toBe('boolean');
        expect(typeof safeReassemble(messages).ok).toBe('boolean');
      }),
    );
  });
});
