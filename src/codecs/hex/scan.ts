/**
 * The hex scanners behind {@link parseHex}: the strict fast path, the
 * diagnosis of strict hex it refused, the one-pass lenient scanner, and the
 * record of where each octet's digits are. Every parser of user hex (request
 * bodies, binary objects, the builders' `hex` input) goes through {@link scan}.
 *
 * @internal
 * @module
 */

import { createIssue, SmsHexError, type SmsHexIssue } from '../../errors.js';
import { codePointAt } from '../../internal/text.js';

/** Hex digit value by character code below 128, -1 for anything else. */
const DIGIT_VALUE = /* @__PURE__ */ (() => {
  const table = new Int8Array(128).fill(-1);
  for (let i = 0; i < 10; i++) table[0x30 + i] = i;
  for (let i = 0; i < 6; i++) {
    table[0x41 + i] = 10 + i;
    table[0x61 + i] = 10 + i;
  }
  return table;
})();

/**
 * The byte for two hex digits by `(first << 7) | second` (both below 128),
 * -1 where either is not a digit: one lookup per byte on the fast path.
 */
const PAIR_VALUE = /* @__PURE__ */ (() => {
  const table = new Int16Array(1 << 14).fill(-1);
  for (let first = 0; first < 128; first++) {
    const high = DIGIT_VALUE[first] as number;
    if (high < 0) continue;
    for (let second = 0; second < 128; second++) {
      const low = DIGIT_VALUE[second] as number;
      if (low >= 0) table[(first << 7) | second] = (high << 4) | low;
    }
  }
  return table;
})();

const SPACE = 0x20;
const isWhitespace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/**
 * Whether `text` is empty or only whitespace (space, tab, LF, CR).
 *
 * @internal
 */
export function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

const isSeparatorMark = (code: number): boolean => code === 0x3a || code === 0x2d; // ':' '-'
const digitValue = (code: number): number => (code < 128 ? (DIGIT_VALUE[code] as number) : -1);

/**
 * Parses hex in either mode, returning the bytes or the first issue. Shared
 * by every parser of user hex (request bodies included).
 *
 * @internal
 */
export function scan(fn: string, text: string, strict: boolean, maxBytes: number): Uint8Array | SmsHexIssue {
  // Text in the strict format parses to the same bytes either way, so the
  // lenient mode tries the strict fast path first.
  const fast = scanStrictFast(text, maxBytes);
  if (fast !== null) return fast;
  return strict ? diagnoseStrict(fn, text, maxBytes) : scanLenient(fn, text, maxBytes);
}

/**
 * The success path of strict parsing: `null` when anything is off, to be
 * diagnosed separately. Every byte but the last is two digits and a space.
 */
function scanStrictFast(text: string, maxBytes: number): Uint8Array | null {
  const length = text.length;
  if (length === 0 || (length + 1) % 3 !== 0) return null;
  const count = (length + 1) / 3;
  if (count > maxBytes) return null;
  const out = new Uint8Array(count);
  const last = count - 1;
  let p = 0;
  for (let i = 0; i < last; i++, p += 3) {
    const first = text.charCodeAt(p);
    const second = text.charCodeAt(p + 1);
    if ((first | second) > 0x7f || text.charCodeAt(p + 2) !== SPACE) return null;
    const value = PAIR_VALUE[(first << 7) | second] as number;
    if (value < 0) return null;
    out[i] = value;
  }
  const first = text.charCodeAt(p);
  const second = text.charCodeAt(p + 1);
  if ((first | second) > 0x7f) return null;
  const value = PAIR_VALUE[(first << 7) | second] as number;
  if (value < 0) return null;
  out[last] = value;
  return out;
}

/** Finds the first problem in text the strict fast path refused. */
function diagnoseStrict(fn: string, text: string, maxBytes: number): SmsHexIssue {
  const length = text.length;
  if (length === 0) return createIssue(fn, 'HEX_EMPTY', { index: 0 });
  const strictDetail = 'strict hex separates bytes with exactly one space';
  let count = 0;
  let i = 0;
  for (;;) {
    // At the start of a byte: two hex digits.
    const first = text.charCodeAt(i);
    if (digitValue(first) < 0) {
      if (isWhitespace(first)) {
        if (i === 0 || onlyWhitespaceFrom(text, i)) {
          return createIssue(fn, 'HEX_WHITESPACE', {
            index: i,
            value: text.charAt(i),
            detail: i === 0 ? 'strict hex has no leading whitespace' : 'strict hex has no trailing whitespace',
          });
        }
        return createIssue(fn, 'HEX_SEPARATOR', { index: i, value: text.charAt(i), detail: strictDetail });
      }
      if (isSeparatorMark(first) && i > 0) {
        return createIssue(fn, 'HEX_SEPARATOR', { index: i, value: text.charAt(i), detail: strictDetail });
      }
      return createIssue(fn, 'HEX_INVALID_CHAR', { index: i, value: codePointAt(text, i) });
    }
    if (i + 1 >= length) return oddDigits(fn, text, i, i + 1);
    const second = text.charCodeAt(i + 1);
    if (digitValue(second) < 0) {
      if (isWhitespace(second) || isSeparatorMark(second)) return oddDigits(fn, text, i, i + 1);
      return createIssue(fn, 'HEX_INVALID_CHAR', { index: i + 1, value: codePointAt(text, i + 1) });
    }
    count++;
    if (count > maxBytes) return createIssue(fn, 'HEX_TOO_LONG', { index: i, limit: maxBytes });
    i += 2;
    if (i >= length) break;
    // After a byte: one space, then another byte.
    const after = text.charCodeAt(i);
    if (after === SPACE) {
      if (i + 1 >= length) {
        return createIssue(fn, 'HEX_WHITESPACE', { index: i, value: ' ', detail: 'strict hex has no trailing whitespace' });
      }
      i++;
      continue;
    }
    if (digitValue(after) >= 0) {
      return createIssue(fn, 'HEX_MISSING_SEPARATOR', { index: i, detail: strictDetail });
    }
    if (isWhitespace(after)) {
      if (onlyWhitespaceFrom(text, i)) {
        return createIssue(fn, 'HEX_WHITESPACE', { index: i, value: text.charAt(i), detail: 'strict hex has no trailing whitespace' });
      }
      return createIssue(fn, 'HEX_SEPARATOR', { index: i, value: text.charAt(i), detail: strictDetail });
    }
    if (isSeparatorMark(after)) return createIssue(fn, 'HEX_SEPARATOR', { index: i, value: text.charAt(i), detail: strictDetail });
    return createIssue(fn, 'HEX_INVALID_CHAR', { index: i, value: codePointAt(text, i) });
  }
  // Unreachable in practice: the fast path accepts every valid strict string.
  return createIssue(fn, 'HEX_EMPTY', { index: 0 });
}

type SeparatorKind = 'whitespace' | ':' | '-';

/**
 * Lenient parsing in one pass; the success path allocates only the output.
 *
 * @internal exported for the property test that holds {@link scan} to it
 */
export function scanLenient(fn: string, text: string, maxBytes: number, positions: number[] | null = null): Uint8Array | SmsHexIssue {
  let start = 0;
  let end = text.length;
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  const out = new Uint8Array(Math.min(maxBytes, (end - start) >> 1));
  let count = 0;
  let kind: SeparatorKind | null = null;
  let i = start;
  while (i < end) {
    // A group: optional 0x prefix, then an even number of digits.
    if (text.charCodeAt(i) === 0x30 && (text.charCodeAt(i + 1) | 0x20) === 0x78 && i + 2 < end && digitValue(text.charCodeAt(i + 2)) >= 0) {
      i += 2;
    }
    const digitsStart = i;
    while (i < end && digitValue(text.charCodeAt(i)) >= 0) i++;
    const digits = i - digitsStart;
    if (digits === 0) {
      const code = text.charCodeAt(i);
      if (isWhitespace(code) || isSeparatorMark(code)) {
        const previous = text.charCodeAt(i - 1);
        const markAfterSpace = i > start && isWhitespace(previous) && isSeparatorMark(code);
        const mixed = markAfterSpace || (isSeparatorMark(previous) && isWhitespace(code));
        return createIssue(fn, mixed ? 'HEX_MIXED_SEPARATORS' : 'HEX_SEPARATOR', {
          index: i,
          value: text.charAt(i),
          detail: !mixed
            ? 'a separator must stand between two bytes'
            : markAfterSpace
              ? `${JSON.stringify(text.charAt(i))} after whitespace`
              : `whitespace after ${JSON.stringify(text.charAt(i - 1))}`,
        });
      }
      return createIssue(fn, 'HEX_INVALID_CHAR', { index: i, value: codePointAt(text, i) });
    }
    // What ends the group must be a separator or the end, before odd digits are reported.
    let separator: SeparatorKind | null = null;
    const separatorIndex = i;
    if (i < end) {
      const code = text.charCodeAt(i);
      if (isWhitespace(code)) separator = 'whitespace';
      else if (code === 0x3a) separator = ':';
      else if (code === 0x2d) separator = '-';
      else return createIssue(fn, 'HEX_INVALID_CHAR', { index: i, value: codePointAt(text, i) });
    }
    if (digits % 2 !== 0) return oddDigits(fn, text, digitsStart, i);
    for (let d = digitsStart; d < i; d += 2) {
      if (count >= maxBytes) return createIssue(fn, 'HEX_TOO_LONG', { index: d, limit: maxBytes });
      out[count++] = (digitValue(text.charCodeAt(d)) << 4) | digitValue(text.charCodeAt(d + 1));
      if (positions !== null) positions.push(d);
    }
    if (separator === null) break;
    if (kind !== null && kind !== separator) {
      return createIssue(fn, 'HEX_MIXED_SEPARATORS', {
        index: separatorIndex,
        value: text.charAt(separatorIndex),
        detail: `the bytes before are separated by ${kind === 'whitespace' ? 'whitespace' : JSON.stringify(kind)}`,
      });
    }
    kind = separator;
    if (separator === 'whitespace') {
      while (i < end && isWhitespace(text.charCodeAt(i))) i++;
    } else {
      i++;
      if (i >= end) {
        return createIssue(fn, 'HEX_SEPARATOR', {
          index: separatorIndex,
          value: text.charAt(separatorIndex),
          detail: 'a separator must stand between two bytes',
        });
      }
    }
  }
  return count === out.length ? out : out.slice(0, count);
}

function oddDigits(fn: string, text: string, groupStart: number, groupEnd: number): SmsHexIssue {
  const group = text.slice(groupStart, groupEnd);
  return createIssue(fn, 'HEX_ODD_DIGITS', {
    index: groupStart,
    detail: `${JSON.stringify(group.length > 16 ? `${group.slice(0, 16)}…` : group)} has ${group.length} digit${group.length === 1 ? '' : 's'}; a byte is two`,
  });
}

function onlyWhitespaceFrom(text: string, index: number): boolean {
  for (let i = index; i < text.length; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The character index in `text` where each octet's two digits begin, for hex
 * that parsed (strictly or leniently: strict hex is lenient hex too), by the
 * same scanner that parsed it; an issue positioned by octet is mapped through
 * it into the hex the caller wrote. Empty for hex that does not parse.
 *
 * @internal
 */
export function octetIndices(text: string): readonly number[] {
  const positions: number[] = [];
  const result = scanLenient('octetIndices', text, Number.MAX_SAFE_INTEGER, positions);
  return result instanceof Uint8Array ? positions : [];
}

/**
 * Parses hex and throws the issue as an {@link SmsHexError}: for modules that
 * accept hex as one input among others.
 *
 * @internal
 */
export function scanOrThrow(fn: string, text: string, strict: boolean, maxBytes = Number.MAX_SAFE_INTEGER): Uint8Array {
  const result = scan(fn, text, strict, maxBytes);
  if (result instanceof Uint8Array) return result;
  throw new SmsHexError(result);
}

