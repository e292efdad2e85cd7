/**
 * The scalar field checks of src/requests/fields.ts, called directly: what each returns and the exact
 * issue it reports, at every boundary. Written for the survivors of the sixth mutation round
 * (docs/mutation.md), which the envelope tests reached only through code and path.
 */
import { describe, expect, it } from 'vitest';
import { checkBoolean, checkInteger, checkString, checkUrl, fieldName } from '../../src/requests/fields.js';
import { Report } from '../../src/requests/report.js';

type Check = (report: Report) => unknown;
const run = (check: Check): { value: unknown; issues: string[] } => {
  const report = new Report('check', 100);
  const value = check(report);
  return { value, issues: report.issues.map(({ code, severity, path, message }) => `${code} ${severity} ${path.join('.')} ${message}`) };
};
const invalid = (path: string, message: string): string[] => [`FIELD_INVALID error ${path} check: ${path}: ${message}`];

describe('fieldName', () => {
  it.each([
    [['a', 'b'], 'b'],
    [['messages', 0, 'days', 3], 'days[3]'],
    [['x'], 'x'],
  ])('%j is %s', (path, name) => {
    expect(fieldName(path)).toBe(name);
  });
});

describe('checkString', () => {
  it.each<[string, Check, unknown, string[]]>([
    ['a string', (r) => checkString(r, 'ab', ['f']), 'ab', []],
    ['not a string', (r) => checkString(r, 5, ['f']), undefined, invalid('f', 'invalid f: expected a string, got 5')],
    ['an empty string, allowed', (r) => checkString(r, '', ['f']), '', []],
    ['an empty string, not allowed', (r) => checkString(r, '', ['f'], { nonEmpty: true }), undefined, invalid('f', 'invalid f: expected a non-empty string')],
    ['a one-character string, not empty', (r) => checkString(r, 'a', ['f'], { nonEmpty: true }), 'a', []],
    ['at the maximum', (r) => checkString(r, 'abc', ['f'], { max: 3 }), 'abc', []],
    ['past the maximum', (r) => checkString(r, 'abcd', ['f'], { max: 3 }), undefined, invalid('f', 'invalid f: at most 3 characters, this has 4')],
    ['one of the values', (r) => checkString(r, 'B', ['f'], { oneOf: ['A', 'B'] }), 'B', []],
    ['none of the values', (r) => checkString(r, 'C', ['f'], { oneOf: ['A', 'B'] }), undefined, invalid('f', 'invalid f: expected one of A, B, got "C"')],
    ['at the clipping length', (r) => checkString(r, 'abc', ['f'], { clippedPast: 3 }), 'abc', []],
    ['past the clipping length: kept, with a warning', (r) => checkString(r, 'abcd', ['f'], { clippedPast: 3 }), 'abcd', [
      'FIELD_ADJUSTED warning f check: f: the provider changes f: 4 characters: the provider clips it to 3 in responses, reports and logs',
    ]],
    ['an entry of a list, named by the list', (r) => checkString(r, 5, ['days', 2]), undefined, invalid('days.2', 'invalid days[2]: expected a string, got 5')],
  ])('%s', (_, check, value, issues) => {
    expect(run(check)).toEqual({ value, issues: issues.map((issue) => issue.replace('check: days.2', 'check: days[2]')) });
  });
});

describe('checkBoolean', () => {
  it.each<[string, unknown, unknown, string[]]>([
    ['true', true, true, []],
    ['false', false, false, []],
    ['the string "true"', 'true', undefined, invalid('f', 'invalid f: expected true or false, got "true"')],
    ['1', 1, undefined, invalid('f', 'invalid f: expected true or false, got 1')],
  ])('%s', (_, input, value, issues) => {
    expect(run((r) => checkBoolean(r, input, ['f']))).toEqual({ value, issues });
  });
});

describe('checkInteger', () => {
  it.each<[string, unknown, number, number, unknown, string[]]>([
    ['the minimum', 1, 1, 5, 1, []],
    ['the maximum', 5, 1, 5, 5, []],
    ['below the minimum', 0, 1, 5, undefined, invalid('f', 'invalid f: expected an integer from 1 to 5, got 0')],
    ['above the maximum', 6, 1, 5, undefined, invalid('f', 'invalid f: expected an integer from 1 to 5, got 6')],
    ['not an integer', 1.5, 1, 5, undefined, invalid('f', 'invalid f: expected an integer from 1 to 5, got 1.5')],
    ['a string of digits', '3', 1, 5, undefined, invalid('f', 'invalid f: expected an integer from 1 to 5, got "3"')],
    ['no upper bound: said "up"', 0, 1, Number.MAX_SAFE_INTEGER, undefined, invalid('f', 'invalid f: expected an integer from 1 up, got 0')],
    ['no upper bound, the largest safe integer', Number.MAX_SAFE_INTEGER, 1, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, []],
  ])('%s', (_, input, min, max, value, issues) => {
    expect(run((r) => checkInteger(r, input, ['f'], min, max))).toEqual({ value, issues });
  });
});

describe('checkUrl', () => {
  const bad = (shown: string): string[] => invalid('url', `invalid url: expected an absolute http(s) URL, got ${shown}`);
  it.each<[string, unknown, unknown, string[]]>([
    ['https', 'https://example.com/x', 'https://example.com/x', []],
    ['http, upper case', 'HTTP://example.com', 'HTTP://example.com', []],
    ['one character of host', 'http://e', 'http://e', []],
    ['no scheme', 'example.com/x', undefined, bad('"example.com/x"')],
    ['text before the scheme', 'see https://example.com', undefined, bad('"see https://example.com"')],
    ['another scheme', 'ftp://example.com', undefined, bad('"ftp://example.com"')],
    ['no host', 'https:///x', undefined, bad('"https:///x"')],
    ['empty', '', undefined, invalid('url', 'invalid url: expected a non-empty string')],
    ['not a string', 5, undefined, invalid('url', 'invalid url: expected a string, got 5')],
  ])('%s', (_, input, value, issues) => {
    expect(run((r) => checkUrl(r, input, ['url']))).toEqual({ value, issues });
  });
});
