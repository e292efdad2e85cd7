/**
 * Validators of the fields every envelope shares: senders, destinations,
 * identifier lengths and the delivery fields (validity period, scheduled
 * time against a clock, delivery time window, sending speed). Each reports
 * into a {@link Report} and returns the value it read, or `undefined` when
 * it is unusable; the builders run the same functions and throw the first error.
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

/** E.164 numbers have at most 15 digits. */
const MAX_MSISDN_DIGITS = 15;
/** `destinations[].to` is at most 50 characters (v2 and v3). */
export const MAX_TO_LENGTH = 50;
/** `callbackData` is at most 4,000 characters. */
export const MAX_CALLBACK_DATA = 4000;
/** `bulkId` is clipped past 100 characters. */
export const MAX_BULK_ID = 100;
/** `validityPeriod` longer than 48 hours falls back to 48 hours (2,880 minutes). */
export const MAX_VALIDITY_MINUTES = 2880;
/** `sendAt` no later than 180 days ahead. */
export const MAX_SEND_AT_DAYS = 180;
/** The days of `deliveryTimeWindow.days`. */
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

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
  if (why !== '') {
    report.add('TO_FORMAT', path, { value: shown(value), detail: `${why}: write ${digits}` });
  } else if (digits.startsWith('0')) {
    report.add('TO_FORMAT', path, { value: shown(value), detail: 'a leading 0 is a national trunk prefix: start with the country code' });
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
 * Checks v1's `to`: a number or a non-empty array of numbers. `hint` is said
 * when it is missing (e.g. the message has `destinations` instead).
 */
export function checkV1To(report: Report, to: Field, path: IssuePath, hint = ''): string[] {
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
export function checkDestinations(report: Report, value: Field, path: IssuePath, known: readonly string[], hint = ''): string[] {
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
    if (!to.found || typeof to.value !== 'string') {
      report.add('TO_INVALID', [...entryPath, 'to'], {
        ...(to.found ? { value: shown(to.value) } : {}),
        detail: '"to" is required: a string in international format, e.g. "41793026727"',
      });
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

/** Options of {@link checkString}. */
interface StringRule {
  readonly nonEmpty?: boolean;
  /** Longer is an error. */
  readonly max?: number;
  /** Longer is clipped by the provider: a warning. */
  readonly clippedPast?: number;
  /** One of these values. */
  readonly oneOf?: readonly string[];
}

/** Checks a string field; returns it, or `undefined` when invalid. */
export function checkString(report: Report, value: unknown, path: IssuePath, rule: StringRule = {}): string | undefined {
  const name = String(path[path.length - 1]);
  if (typeof value !== 'string') {
    report.add('FIELD_INVALID', path, { value: name, detail: `expected a string, got ${shown(value)}` });
    return undefined;
  }
  if (rule.nonEmpty === true && value.length === 0) {
    report.add('FIELD_INVALID', path, { value: name, detail: 'expected a non-empty string' });
    return undefined;
  }
  if (rule.max !== undefined && value.length > rule.max) {
    report.add('FIELD_INVALID', path, { value: name, detail: `at most ${rule.max} characters, this has ${value.length}` });
    return undefined;
  }
  if (rule.oneOf !== undefined && !rule.oneOf.includes(value)) {
    report.add('FIELD_INVALID', path, { value: name, detail: `expected one of ${rule.oneOf.join(', ')}, got ${shown(value)}` });
    return undefined;
  }
  if (rule.clippedPast !== undefined && value.length > rule.clippedPast) {
    report.add('FIELD_ADJUSTED', path, {
      value: name,
      detail: `${value.length} characters: the provider clips it to ${rule.clippedPast} in responses, reports and logs`,
    });
  }
  return value;
}

/** Checks a boolean field. */
export function checkBoolean(report: Report, value: unknown, path: IssuePath): boolean | undefined {
  if (typeof value === 'boolean') return value;
  report.add('FIELD_INVALID', path, { value: String(path[path.length - 1]), detail: `expected true or false, got ${shown(value)}` });
  return undefined;
}

/** Checks an integer field in `[min, max]`. */
export function checkInteger(report: Report, value: unknown, path: IssuePath, min: number, max: number): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  report.add('FIELD_INVALID', path, {
    value: String(path[path.length - 1]),
    detail: `expected an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}, got ${shown(value)}`,
  });
  return undefined;
}

/** A URL field: an absolute http(s) URL. */
export function checkUrl(report: Report, value: unknown, path: IssuePath): string | undefined {
  const text = checkString(report, value, path, { nonEmpty: true });
  if (text === undefined) return undefined;
  if (!/^https?:\/\/[^\s/]+/i.test(text)) {
    report.add('FIELD_INVALID', path, { value: String(path[path.length - 1]), detail: `expected an absolute http(s) URL, got ${shown(text)}` });
    return undefined;
  }
  return text;
}

/** v2's `validityPeriod`: minutes, a positive integer; past 48 hours the provider uses 48 hours. */
export function checkValidityMinutes(report: Report, value: unknown, path: IssuePath): number | undefined {
  const minutes = checkInteger(report, value, path, 1, Number.MAX_SAFE_INTEGER);
  if (minutes !== undefined && minutes > MAX_VALIDITY_MINUTES) {
    report.add('FIELD_ADJUSTED', path, {
      value: 'validityPeriod',
      detail: `${minutes} minutes is longer than 48 hours: the provider uses ${MAX_VALIDITY_MINUTES} minutes`,
    });
  }
  return minutes;
}

/** Minutes per v3 `validityPeriod.timeUnit`. */
const MINUTES_PER_UNIT: Readonly<Record<string, number>> = /* @__PURE__ */ Object.freeze({ SECONDS: 1 / 60, MINUTES: 1, HOURS: 60 });

/** v3's `validityPeriod`: `{ amount, timeUnit: SECONDS | MINUTES | HOURS }` (default MINUTES). */
export function checkValidityPeriod(report: Report, value: unknown, path: IssuePath): void {
  if (!isRecord(value)) {
    report.add('FIELD_INVALID', path, { value: 'validityPeriod', detail: `expected { "amount", "timeUnit" }, got ${shown(value)}` });
    return;
  }
  checkKeys(report, value, path, ['amount', 'timeUnit']);
  const amount = checkInteger(report, valueOf(report, value, 'amount', path), [...path, 'amount'], 1, Number.MAX_SAFE_INTEGER);
  const unitValue = valueOf(report, value, 'timeUnit', path);
  const unit = unitValue === undefined ? 'MINUTES' : checkString(report, unitValue, [...path, 'timeUnit'], { oneOf: Object.keys(MINUTES_PER_UNIT) });
  if (amount === undefined || unit === undefined) return;
  const minutes = amount * (MINUTES_PER_UNIT[unit] as number);
  if (minutes > MAX_VALIDITY_MINUTES) {
    report.add('FIELD_ADJUSTED', path, {
      value: 'validityPeriod',
      detail: `${amount} ${unit} is longer than 48 hours: the provider uses 48 hours`,
    });
  }
}

/** `yyyy-MM-dd'T'HH:mm:ss.SSSZ`, and the ISO 8601 forms close to it. */
const SEND_AT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|[+-]\d{2}:?\d{2})$/;

/**
 * Checks `sendAt`: the documented format (`2021-08-25T16:00:00.000+0000`;
 * other ISO 8601 offsets are warnings with the fixed value), a real date,
 * and no later than 180 days after `now`.
 */
export function checkSendAt(report: Report, value: unknown, path: IssuePath, now: number): number | undefined {
  if (typeof value !== 'string') {
    report.add('SEND_AT_INVALID', path, { value: shown(value), detail: 'expected a string such as "2021-08-25T16:00:00.000+0000"' });
    return undefined;
  }
  const match = SEND_AT.exec(value);
  const time = match === null ? Number.NaN : Date.parse(normalizeOffset(value));
  if (match === null || Number.isNaN(time) || !isCalendarDate(match)) {
    report.add('SEND_AT_INVALID', path, {
      value: shown(value),
      detail: "expected the format yyyy-MM-dd'T'HH:mm:ss.SSSZ, e.g. \"2021-08-25T16:00:00.000+0000\"",
    });
    return undefined;
  }
  const horizon = now + MAX_SEND_AT_DAYS * 86_400_000;
  if (time > horizon) {
    report.add('SEND_AT_INVALID', path, {
      value: shown(value),
      detail: `it is more than ${MAX_SEND_AT_DAYS} days after ${new Date(now).toISOString()}, the latest the provider schedules`,
    });
    return undefined;
  }
  const exact = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$/.test(value);
  if (!exact) {
    report.add('FIELD_ADJUSTED', path, {
      value: 'sendAt',
      detail: `the documented format is yyyy-MM-dd'T'HH:mm:ss.SSSZ: write ${formatSendAt(time)}`,
    });
  }
  return time;
}

/** A time in the documented `sendAt` format, in UTC. */
export function formatSendAt(time: number): string {
  return new Date(time).toISOString().replace('Z', '+0000');
}

function normalizeOffset(value: string): string {
  return value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
}

function isCalendarDate(match: RegExpExecArray): boolean {
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60;
}

/** Checks `deliveryTimeWindow`: `days` (MONDAY…SUNDAY, each once), `from` and `to` as `{ hour 0–23, minute 0–59 }`. */
export function checkDeliveryTimeWindow(report: Report, value: unknown, path: IssuePath): void {
  if (!isRecord(value)) {
    report.add('FIELD_INVALID', path, { value: 'deliveryTimeWindow', detail: `expected { "days", "from"?, "to"? }, got ${shown(value)}` });
    return;
  }
  checkKeys(report, value, path, ['days', 'from', 'to']);
  const days = field(report, value, 'days', [...path, 'days']);
  if (!days.found || !Array.isArray(days.value) || days.value.length === 0) {
    report.add('FIELD_INVALID', [...path, 'days'], {
      value: 'days',
      detail: `"days" is required: a non-empty array of ${WEEKDAYS.join(', ')}${days.found ? `, got ${shown(days.value)}` : ''}`,
    });
  } else {
    const list: unknown[] = days.value;
    const seen = new Set<unknown>();
    for (let k = 0; k < list.length && k < WEEKDAYS.length + 1 && !report.full; k++) {
      const day = field(report, list, k, [...path, 'days', k]);
      const dayValue = day.found ? day.value : undefined;
      if (checkString(report, dayValue, [...path, 'days', k], { oneOf: WEEKDAYS }) === undefined) continue;
      if (seen.has(dayValue)) report.add('FIELD_INVALID', [...path, 'days', k], { value: 'days', detail: `${shown(dayValue)} is listed twice` });
      seen.add(dayValue);
    }
    if (list.length > WEEKDAYS.length) report.add('FIELD_INVALID', [...path, 'days'], { value: 'days', detail: `at most ${WEEKDAYS.length} days` });
  }
  for (const end of ['from', 'to'] as const) {
    const time = valueOf(report, value, end, path);
    if (time === undefined) continue;
    const endPath = [...path, end];
    if (!isRecord(time)) {
      report.add('FIELD_INVALID', endPath, { value: end, detail: `expected { "hour": 0-23, "minute": 0-59 }, got ${shown(time)}` });
      continue;
    }
    checkKeys(report, time, endPath, ['hour', 'minute']);
    checkInteger(report, valueOf(report, time, 'hour', endPath), [...endPath, 'hour'], 0, 23);
    checkInteger(report, valueOf(report, time, 'minute', endPath), [...endPath, 'minute'], 0, 59);
  }
}

/** v2's `sendingSpeedLimit` and v3's `schedule.sendingSpeedLimit`: `{ amount, timeUnit: MINUTE | HOUR | DAY }`. */
export function checkSpeedLimit(report: Report, value: unknown, path: IssuePath): void {
  if (!isRecord(value)) {
    report.add('FIELD_INVALID', path, { value: 'sendingSpeedLimit', detail: `expected { "amount", "timeUnit" }, got ${shown(value)}` });
    return;
  }
  checkKeys(report, value, path, ['amount', 'timeUnit']);
  checkInteger(report, valueOf(report, value, 'amount', path), [...path, 'amount'], 1, Number.MAX_SAFE_INTEGER);
  const unit = valueOf(report, value, 'timeUnit', path);
  if (unit !== undefined) checkString(report, unit, [...path, 'timeUnit'], { oneOf: ['MINUTE', 'HOUR', 'DAY'] });
}

/** `regional`: `indiaDlt` (`principalEntityId` required), `turkeyIys`, `southKorea`; every value a string. */
export function checkRegional(report: Report, value: unknown, path: IssuePath): void {
  if (!isRecord(value)) {
    report.add('FIELD_INVALID', path, { value: 'regional', detail: `expected an object, got ${shown(value)}` });
    return;
  }
  const shapes: Readonly<Record<string, readonly string[]>> = {
    indiaDlt: ['contentTemplateId', 'principalEntityId', 'telemarketerId'],
    turkeyIys: ['brandCode', 'recipientType'],
    southKorea: ['resellerCode', 'title'],
  };
  checkKeys(report, value, path, Object.keys(shapes));
  for (const [name, keys] of Object.entries(shapes)) {
    const inner = valueOf(report, value, name, path);
    if (inner === undefined) continue;
    const innerPath = [...path, name];
    if (!isRecord(inner)) {
      report.add('FIELD_INVALID', innerPath, { value: name, detail: `expected an object, got ${shown(inner)}` });
      continue;
    }
    checkKeys(report, inner, innerPath, keys);
    for (const key of keys) {
      const text = valueOf(report, inner, key, innerPath);
      if (text !== undefined) checkString(report, text, [...innerPath, key], { nonEmpty: true });
      else if (name === 'indiaDlt' && key === 'principalEntityId') {
        report.add('FIELD_INVALID', [...innerPath, key], { value: key, detail: 'required in indiaDlt' });
      }
    }
  }
}
