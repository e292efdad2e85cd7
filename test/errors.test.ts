/**
 * src/errors.ts: every message template.
 */
import { describe, expect, it } from 'vitest';
import { createError, createIssue, quote, type SmsHexErrorCode } from '../src/errors.js';

describe('message templates', () => {
  const codes: SmsHexErrorCode[] = [
    'HEX_EMPTY', 'HEX_INVALID_CHAR', 'HEX_ODD_DIGITS', 'HEX_MISSING_SEPARATOR', 'HEX_SEPARATOR', 'HEX_MIXED_SEPARATORS',
    'HEX_WHITESPACE', 'HEX_TOO_LONG', 'INPUT_TYPE', 'GSM7_UNMAPPABLE', 'GSM7_INVALID_SEPTET', 'GSM7_TRAILING_ESCAPE',
    'GSM7_TRUNCATED', 'UCS2_LONE_SURROGATE', 'UCS2_ODD_LENGTH', 'UDH_TRUNCATED', 'UDH_IE_OVERRUN', 'UDH_IE_LENGTH',
    'UDH_CONCAT_TOTAL', 'UDH_CONCAT_SEQUENCE', 'UDH_VALUE_RANGE', 'UDH_TOO_LONG', 'MESSAGE_TOO_LONG',
    'CONCAT_ELEMENT_MISSING', 'CONCAT_REFERENCE_MISMATCH', 'CONCAT_CODING_MISMATCH', 'DATA_CODING_NOT_TEXT',
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
