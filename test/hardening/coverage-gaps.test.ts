/**
 * Paths that the fuzz suite and the codec tests reach only rarely: the strict
 * hex diagnostics, every message template, the internal argument checks and
 * table compilation errors.
 */
import { describe, expect, it } from 'vitest';
import { createError, createIssue, quote, type SmsHexErrorCode } from '../../src/errors.js';
import { DEFAULT_CHARSET } from '../../src/codecs/gsm7/charset.js';
import { decodeSeptets } from '../../src/codecs/gsm7/decode.js';
import { compileTable, type Gsm7Table } from '../../src/codecs/gsm7/table.js';
import { scanOrThrow } from '../../src/codecs/hex/scan.js';
import { assertOneOf } from '../../src/internal/args.js';
import { parseHex, SmsHexError, safeParseHex } from '../../src/index.js';

describe('strict hex diagnostics', () => {
  it.each([
    ['', 'HEX_EMPTY', 0],
    [' 0f', 'HEX_WHITESPACE', 0],
    ['0f ', 'HEX_WHITESPACE', 2],
    ['0f\t', 'HEX_WHITESPACE', 2],
    ['0f 0a\n ', 'HEX_WHITESPACE', 5],
    ['0f\t0a', 'HEX_SEPARATOR', 2],
    ['0f  0a', 'HEX_SEPARATOR', 3],
    ['0f :0a', 'HEX_SEPARATOR', 3],
    ['0f:0a', 'HEX_SEPARATOR', 2],
    [':0f', 'HEX_INVALID_CHAR', 0],
    ['0f0a', 'HEX_MISSING_SEPARATOR', 2],
    ['0', 'HEX_ODD_DIGITS', 0],
    ['0f 0 1a', 'HEX_ODD_DIGITS', 3],
    ['0f 0:', 'HEX_ODD_DIGITS', 3],
    ['0g', 'HEX_INVALID_CHAR', 1],
    ['0fz', 'HEX_INVALID_CHAR', 2],
    ['0f 😀', 'HEX_INVALID_CHAR', 3],
  ])('%j is %s at %i', (text, code, index) => {
    expect(() => parseHex(text, { strict: true })).toThrow(expect.objectContaining({ code, index }));
    expect(safeParseHex(text, { strict: true })).toMatchObject({ ok: false, error: { code, index } });
  });

  it('stops at maxBytes', () => {
    expect(safeParseHex('0f 0a 0b', { strict: true, maxBytes: 2 })).toMatchObject({ ok: false, error: { code: 'HEX_TOO_LONG', index: 6 } });
  });
});

describe('lenient hex', () => {
  it.each([
    ['0x0f 0X0a', '0f 0a'],
    ['0x0f0a', '0f 0a'],
    ['0f  \n 0a', '0f 0a'],
    ['  ', ''],
  ])('reads %j as %j', (text, hex) => {
    expect(safeParseHex(text)).toMatchObject({ ok: true, hex });
  });

  it.each([
    ['0f:0a-0b', 'HEX_MIXED_SEPARATORS', 5, 'separated by ":"'],
    ['0f 0a:0b', 'HEX_MIXED_SEPARATORS', 5, 'separated by whitespace'],
    ['0f: 0a', 'HEX_MIXED_SEPARATORS', 3, 'whitespace after ":"'],
    ['0f:', 'HEX_SEPARATOR', 2, 'between two bytes'],
    ['0f::0a', 'HEX_SEPARATOR', 3, 'between two bytes'],
    ['0xz', 'HEX_INVALID_CHAR', 1, '"x"'],
  ])('rejects %j with %s at %i', (text, code, index, detail) => {
    const result = safeParseHex(text);
    expect(result).toMatchObject({ ok: false, error: { code, index } });
    if (!result.ok) expect(result.error.message).toContain(detail);
  });
});

describe('scanOrThrow', () => {
  it('returns bytes or throws the issue', () => {
    expect(scanOrThrow('f', '0f c2', true)).toEqual(Uint8Array.of(0x0f, 0xc2));
    expect(() => scanOrThrow('f', '0f c', false)).toThrow(SmsHexError);
  });
});

describe('message templates', () => {
  const codes: SmsHexErrorCode[] = [
    'HEX_EMPTY', 'HEX_INVALID_CHAR', 'HEX_ODD_DIGITS', 'HEX_MISSING_SEPARATOR', 'HEX_SEPARATOR', 'HEX_MIXED_SEPARATORS',
    'HEX_WHITESPACE', 'HEX_TOO_LONG', 'INPUT_TYPE', 'GSM7_UNMAPPABLE', 'GSM7_INVALID_SEPTET', 'GSM7_TRAILING_ESCAPE',
    'GSM7_TRUNCATED', 'UCS2_LONE_SURROGATE', 'UCS2_ODD_LENGTH', 'UDH_TRUNCATED', 'UDH_IE_OVERRUN', 'UDH_IE_LENGTH',
    'UDH_CONCAT_TOTAL', 'UDH_CONCAT_SEQUENCE', 'UDH_VALUE_RANGE', 'UDH_TOO_LONG', 'MESSAGE_TOO_LONG',
    'REASSEMBLE_INCOMPLETE', 'REASSEMBLE_MISMATCH',
  ];

  it.each(codes)('%s names the function and uses every detail given', (code) => {
    const full = createIssue('fn', code, { index: 3, path: ['a', 0], value: 'v', actual: 7, limit: 9, detail: 'why' });
    expect(full.message.startsWith('fn: ')).toBe(true);
    expect(full.message).not.toMatch(/undefined|NaN/);
    expect(full).toMatchObject({ code, index: 3, path: ['a', 0] });
    const bare = createError('fn', code);
    expect(bare.message.startsWith('fn: ')).toBe(true);
    expect(bare.toJSON()).toEqual({ code, message: bare.message });
  });

  it('quotes control and invisible characters visibly', () => {
    expect(quote(undefined)).toBe('""');
    expect(quote('a"\\\t\n\r\u0001\u007f\u0085\ud800😀')).toBe('"a\\"\\\\\\t\\n\\r\\u0001\\u007f\\u0085\\ud800😀"');
  });
});

describe('internal checks', () => {
  it('assertOneOf accepts a listed value and says what else was expected', () => {
    expect(() => assertOneOf('f', 'x', 'b', ['a', 'b'])).not.toThrow();
    expect(() => assertOneOf('f', 'x', 'c', ['a', 'b'])).toThrow(new RangeError("f: x must be one of 'a', 'b', got 'c'"));
    expect(() => assertOneOf('f', 'x', 3, [0, 8])).toThrow(new RangeError('f: x must be one of 0, 8, got 3'));
    expect(() => assertOneOf('f', 'x', null, [0, 8])).toThrow(new TypeError('f: x must be one of 0, 8, got null'));
  });

  it('compileTable refuses a table of the wrong size or a multi-unit entry', () => {
    const chars = new Array<string | null>(128).fill(null);
    expect(() => compileTable({ name: 't', spec: 's', chars: chars.slice(1) })).toThrow(RangeError);
    expect(() => compileTable({ name: 't', spec: 's', chars: ['😀', ...chars.slice(1)] })).toThrow(RangeError);
  });

  it('decodeSeptets rejects septets a sparse table does not define', () => {
    const sparse: Gsm7Table = { name: 'sparse', spec: 'test', chars: ['@', ...new Array<string | null>(127).fill(null)] };
    const charset = { locking: compileTable(sparse), single: DEFAULT_CHARSET.single };
    expect(decodeSeptets('f', Uint8Array.of(0, 0), charset)).toBe('@@');
    expect(() => decodeSeptets('f', Uint8Array.of(0, 5), charset)).toThrow(expect.objectContaining({ code: 'GSM7_UNASSIGNED_SEPTET', index: 1 }));
    expect(() => decodeSeptets('f', Uint8Array.of(0x1b, 5), charset, 10)).toThrow(
      expect.objectContaining({ code: 'GSM7_UNASSIGNED_SEPTET', index: 11 }),
    );
    expect(() => decodeSeptets('f', Uint8Array.of(0x1b, 0x80), DEFAULT_CHARSET)).toThrow(
      expect.objectContaining({ code: 'GSM7_INVALID_SEPTET', index: 1 }),
    );
  });
});
