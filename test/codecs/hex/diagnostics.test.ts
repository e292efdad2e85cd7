/**
 * Hex parsing: strict and lenient diagnostics, scanOrThrow, the exact messages of parseHex / safeParseHex.
 */
import { describe, expect, it } from 'vitest';
import { parseHex, SmsHexError, safeParseHex } from '../../../src/index.js';
import { quote } from '../../../src/errors.js';
import { scanOrThrow } from '../../../src/codecs/hex/scan.js';

describe('parseHex / safeParseHex messages', () => {
  // The messages quote the character and say what is wrong; the codes and indexes alone let their wording rot.
  it.each([
    [' 0f', true, 'unexpected whitespace " " at index 0: strict hex has no leading whitespace'],
    ['\t0f', true, 'unexpected whitespace "\\t" at index 0: strict hex has no leading whitespace'],
    ['0f ', true, 'unexpected whitespace " " at index 2: strict hex has no trailing whitespace'],
    ['0f\t', true, 'unexpected whitespace "\\t" at index 2: strict hex has no trailing whitespace'],
    ['0f\n ', true, 'unexpected whitespace "\\n" at index 2: strict hex has no trailing whitespace'],
    ['0f  0f', true, 'unexpected separator " " at index 3: strict hex separates bytes with exactly one space'],
    ['0f\t0f', true, 'unexpected separator "\\t" at index 2: strict hex separates bytes with exactly one space'],
    ['0f:0f', true, 'unexpected separator ":" at index 2: strict hex separates bytes with exactly one space'],
    [':0f', true, 'invalid character ":" at index 0'],
    ['0f :', true, 'unexpected separator ":" at index 3: strict hex separates bytes with exactly one space'],
    ['0', true, 'odd number of hex digits in the group at index 0: "0" has 1 digit; a byte is two'],
    ['0f 0', true, 'odd number of hex digits in the group at index 3: "0" has 1 digit; a byte is two'],
    ['0 f', true, 'odd number of hex digits in the group at index 0: "0" has 1 digit; a byte is two'],
    ['0:f', true, 'odd number of hex digits in the group at index 0: "0" has 1 digit; a byte is two'],
    ['0f \ud83d\ude00', true, 'invalid character "\ud83d\ude00" at index 3'],
    ['0f :0f', false, 'mixed separators: ":" at index 3: ":" after whitespace'],
    ['0f: 0f', false, 'mixed separators: " " at index 3: whitespace after ":"'],
    ['0f-0f:0f', false, 'mixed separators: ":" at index 5: the bytes before are separated by "-"'],
    ['0f-0f 0f', false, 'mixed separators: " " at index 5: the bytes before are separated by "-"'],
    ['0f:0f-0f', false, 'mixed separators: "-" at index 5: the bytes before are separated by ":"'],
    ['0f 0f:0f', false, 'mixed separators: ":" at index 5: the bytes before are separated by whitespace'],
    ['0f:', false, 'unexpected separator ":" at index 2: a separator must stand between two bytes'],
    ['0f-', false, 'unexpected separator "-" at index 2: a separator must stand between two bytes'],
    ['0f -', false, 'mixed separators: "-" at index 3: "-" after whitespace'],
    ['0', false, 'odd number of hex digits in the group at index 0: "0" has 1 digit; a byte is two'],
    ['012', false, 'odd number of hex digits in the group at index 0: "012" has 3 digits; a byte is two'],
    ['0123456789abcdef0', false, 'odd number of hex digits in the group at index 0: "0123456789abcdef…" has 17 digits; a byte is two'],
    ['0f 123456789abcdef0123 0f', false, 'odd number of hex digits in the group at index 3: "123456789abcdef0…" has 19 digits; a byte is two'],
    ['\ud83d\ude00', false, 'invalid character "\ud83d\ude00" at index 0'],
  ])('%j (strict %s): %s', (text, strict, message) => {
    const result = safeParseHex(text, { strict });
    expect(result.ok ? undefined : result.error.message).toBe(`safeParseHex: ${message}`);
    expect(() => parseHex(text, { strict })).toThrow(`parseHex: ${message}`);
  });
});

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

describe('empty input (issue 19): HEX_EMPTY in both modes unless allowEmpty', () => {
  it.each([
    ['', true],
    ['', false],
    ['   ', true],
    ['   ', false],
    [' \t\r\n', true],
    [' \t\r\n', false],
  ])('%j (strict %s) is HEX_EMPTY at 0', (text, strict) => {
    const message = 'no hex digits: at least one byte is required';
    expect(safeParseHex(text, { strict })).toEqual({ ok: false, error: { code: 'HEX_EMPTY', index: 0, message: `safeParseHex: ${message}` } });
    expect(() => parseHex(text, { strict })).toThrow(expect.objectContaining({ code: 'HEX_EMPTY', index: 0, message: `parseHex: ${message}` }));
  });

  it('allowEmpty: true accepts "" in both modes and whitespace only when lenient', () => {
    const empty = { ok: true, bytes: new Uint8Array(0), hex: '' };
    expect(safeParseHex('', { allowEmpty: true })).toEqual(empty);
    expect(safeParseHex('', { allowEmpty: true, strict: true })).toEqual(empty);
    expect(safeParseHex(' \t\n', { allowEmpty: true })).toEqual(empty);
    expect(parseHex('', { allowEmpty: true, strict: true })).toEqual(new Uint8Array(0));
    // Strict hex has no surrounding whitespace, empty or not.
    expect(safeParseHex('  ', { allowEmpty: true, strict: true })).toMatchObject({ ok: false, error: { code: 'HEX_WHITESPACE', index: 0 } });
    // allowEmpty changes nothing for input with bytes.
    expect(safeParseHex(' 0f ', { allowEmpty: true })).toMatchObject({ ok: true, hex: '0f' });
  });

  it('refuses a malformed allowEmpty', () => {
    expect(() => safeParseHex('0f', { allowEmpty: 'yes' as unknown as boolean })).toThrow(TypeError);
  });
});

describe('scanOrThrow', () => {
  it('returns bytes or throws the issue', () => {
    expect(scanOrThrow('f', '0f c2', true)).toEqual(Uint8Array.of(0x0f, 0xc2));
    expect(() => scanOrThrow('f', '0f c', false)).toThrow(SmsHexError);
  });
});
