/**
 * Validators of senders and destinations, shared by every envelope: the
 * sender of v1/v2 `from` and v3 `sender`, v1's `to`, the `destinations` of
 * v2 and v3, each number's format and repeats. Each reports into a
 * {@link Report} and returns what it read, or `undefined` when unusable.
 *
 * Spec: the provider's `/sms/1/binary/*`, `/sms/2/binary/advanced` and
 * `/sms/3/messages` references (see `docs/endpoints` in the README).
 *
 * @internal
 * @module
 */

import { quote, type IssuePath } from '../errors.js';
import { describe } from '../internal/args.js';
import { checkKeys } from './keys.js';
import { field, isRecord, shown, valueOf, type Field, type Report } from './report.js';
import { checkInteger, checkString } from './fields.js';

/** E.164 numbers have at most 15 digits. */
const MAX_MSISDN_DIGITS = 15;
/** `destinations[].to` is at most 50 characters (v2 and v3). */
export const MAX_TO_LENGTH = 50;

/** Checks a sender (`from`, `sender`); returns it (digits only for a numeric sender) for grouping, or `undefined` when invalid. */
export function checkSender(report: Report, value: unknown, path: IssuePath): string | undefined {
  if (typeof value !== 'string') {
    report.add('FROM_INVALID', path, { value: describe(value), detail: 'the sender must be a string' });
    return undefined;
  }
  if (/^\+?[0-9]+$/.test(value)) {
    const digits = value.startsWith('+') ? value.slice(1) : value;
    if (digits.length < 3 || digits.length > 14) {
      report.add('FROM_INVALID', path, { value: shown(value), detail: `a numeric sender has 3 to 14 digits, this has ${digits.length}` });
      return undefined;
    }
    if (digits !== value) report.add('FROM_FORMAT', path, { value: shown(value), detail: `a numeric sender is digits only, without "+": write ${digits}` });
    return digits;
  }
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) {
      report.add('FROM_INVALID', path, {
        value: shown(value),
        index: i,
        detail: `character ${quote(value.charAt(i))} at index ${i}: an alphanumeric sender is printable ASCII`,
      });
      return undefined;
    }
  }
  if (value.length < 3 || value.length > 11) {
    report.add('FROM_INVALID', path, {
      value: shown(value),
      detail: `an alphanumeric sender has 3 to 11 characters, this has ${value.length} (a numeric one 3 to 14 digits)`,
    });
    return undefined;
  }
  if (!/[0-9A-Za-z]/.test(value)) {
    report.add('FROM_INVALID', path, { value: shown(value), detail: 'an alphanumeric sender needs at least one letter or digit' });
    return undefined;
  }
  if (value.trim() !== value) report.add('FROM_FORMAT', path, { value: shown(value), detail: `it begins or ends with a space: write ${shown(value.trim())}` });
  return value;
}

/** Checks one destination number; returns its digits in international format, or `undefined` when unusable. */
export function checkNumber(report: Report, value: string, path: IssuePath, maxLength = Number.MAX_SAFE_INTEGER): string | undefined {
  if (value.length === 0) {
    report.add('TO_INVALID', path, { value: '""', detail: 'the destination is empty: expected a number in international format, e.g. "41793026727"' });
    return undefined;
  }
  if (value.length > maxLength) {
    report.add('TO_INVALID', path, { value: shown(value), detail: `a destination has at most ${maxLength} characters, this has ${value.length}` });
    return undefined;
  }
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const allowed = (code >= 0x30 && code <= 0x39) || code === 0x20 || code === 0x2d || (code === 0x2b && i === 0);
    if (!allowed) {
      report.add('TO_INVALID', path, {
        value: shown(value),
        index: i,
        detail: `character ${quote(value.charAt(i))} at index ${i}: expected a number in international format, digits only, e.g. "41793026727"`,
      });
      return undefined;
    }
  }
  let digits = value.replace(/[ +-]/g, '');
  let why = '';
  if (value.startsWith('+')) why = 'it is valid E.164, but the API takes the digits without "+"';
  else if (digits.startsWith('00')) why = 'the API takes no international access prefix "00"';
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (why === '' && digits !== value) why = 'the API takes digits only, no spaces or dashes';
  if (digits.length === 0 || digits.length > MAX_MSISDN_DIGITS) {
    report.add('TO_INVALID', path, {
      value: shown(value),
      detail: `an international number has 1 to ${MAX_MSISDN_DIGITS} digits (E.164), this has ${digits.length}`,
    });
    return undefined;
  }
  if (digits.startsWith('0')) {
    // Stripping the spaces of a national number leaves it national: "write 0793026727" would be wrong advice.
    const besides = why === '' ? '' : `; besides, ${why}`;
    report.add('TO_FORMAT', path, { value: shown(value), detail: `a leading 0 is a national trunk prefix: start with the country code${besides}` });
  } else if (why !== '') {
    report.add('TO_FORMAT', path, { value: shown(value), detail: `${why}: write ${digits}` });
  }
  return digits;
}

/**
 * Reports a destination repeated within one message; `seen` maps digits to
 * the first entry. The provider's references document no de-duplication and
 * answer one object (own messageId, own smsCount) per destination entry, so
 * smshex takes every entry as sent and billed: `countSms` counts a repeated
 * number once per entry, and the warning says so.
 */
function noteDuplicate(report: Report, seen: Map<string, number>, digits: string, k: number, value: string, path: IssuePath, all: string[]): void {
  all.push(digits);
  const first = seen.get(digits);
  if (first !== undefined) {
    report.add('TO_DUPLICATE', path, {
      value: shown(value),
      detail: `the same number as entry ${first}: the provider documents no de-duplication, so smshex takes it as sent, and billed, once per entry (countSms counts both)`,
    });
  } else seen.set(digits, k);
}

/**
 * Checks v1's `to`: a number or a non-empty array of numbers. `hint` (empty for none) is said
 * when it is missing (e.g. the message has `destinations` instead).
 */
export function checkV1To(report: Report, to: Field, path: IssuePath, hint: string): string[] {
  if (!to.found || to.value === undefined) {
    report.add('TO_INVALID', path, { detail: `"to" is required: a number in international format ("41793026727") or an array of them${hint}` });
    return [];
  }
  const value = to.value;
  if (typeof value === 'string') {
    const digits = checkNumber(report, value, path);
    return digits === undefined ? [] : [digits];
  }
  if (!Array.isArray(value)) {
    report.add('TO_INVALID', path, { value: describe(value), detail: '"to" must be a string or an array of strings' });
    return [];
  }
  const list: unknown[] = value;
  if (list.length === 0) {
    report.add('TO_INVALID', path, { value: '[]', detail: 'the array of destinations is empty' });
    return [];
  }
  checkKeys(report, list, path, []);
  const seen = new Map<string, number>();
  const all: string[] = [];
  for (let k = 0; k < list.length && !report.full; k++) {
    const entryPath = [...path, k];
    const entry = field(report, list, k, entryPath);
    if (!entry.found || typeof entry.value !== 'string') {
      report.add('TO_INVALID', entryPath, { value: entry.found ? describe(entry.value) : 'a hole', detail: 'each destination must be a string' });
      continue;
    }
    const digits = checkNumber(report, entry.value, entryPath);
    if (digits !== undefined) noteDuplicate(report, seen, digits, k, entry.value, entryPath, all);
  }
  return all;
}

/** The destinations of v2 and v3: `[{ to, messageId? }]` (v3 also `networkId`). */
export function checkDestinations(report: Report, value: Field, path: IssuePath, known: readonly string[], hint: string): string[] {
  if (!value.found || value.value === undefined) {
    report.add('TO_INVALID', path, { detail: `"destinations" is required: an array of { "to": "41793026727" } objects${hint}` });
    return [];
  }
  if (!Array.isArray(value.value) || value.value.length === 0) {
    report.add('TO_INVALID', path, {
      value: Array.isArray(value.value) ? '[]' : describe(value.value),
      detail: '"destinations" must be a non-empty array of { "to": … } objects',
    });
    return [];
  }
  const list: unknown[] = value.value;
  checkKeys(report, list, path, []);
  const seen = new Map<string, number>();
  const all: string[] = [];
  for (let k = 0; k < list.length && !report.full; k++) {
    const entryPath = [...path, k];
    const entry = field(report, list, k, entryPath);
    if (!entry.found || !isRecord(entry.value)) {
      report.add('TO_INVALID', entryPath, {
        value: entry.found ? shown(entry.value) : 'a hole',
        detail: 'each destination is an object { "to": "41793026727", "messageId"?: … }',
      });
      continue;
    }
    const destination = entry.value;
    checkKeys(report, destination, entryPath, known);
    const to = field(report, destination, 'to', [...entryPath, 'to']);
    if (!to.found || to.value === undefined) {
      report.add('TO_INVALID', [...entryPath, 'to'], { detail: '"to" is required: a string in international format, e.g. "41793026727"' });
    } else if (typeof to.value !== 'string') {
      report.add('TO_INVALID', [...entryPath, 'to'], { value: shown(to.value), detail: '"to" must be a string in international format, e.g. "41793026727"' });
    } else {
      const digits = checkNumber(report, to.value, [...entryPath, 'to'], MAX_TO_LENGTH);
      if (digits !== undefined) noteDuplicate(report, seen, digits, k, to.value, [...entryPath, 'to'], all);
    }
    const messageId = valueOf(report, destination, 'messageId', entryPath);
    if (messageId !== undefined) checkString(report, messageId, [...entryPath, 'messageId'], { nonEmpty: true });
    if (known.includes('networkId')) {
      const networkId = valueOf(report, destination, 'networkId', entryPath);
      if (networkId !== undefined) checkInteger(report, networkId, [...entryPath, 'networkId'], 0, Number.MAX_SAFE_INTEGER);
    }
  }
  return all;
}
