/**
 * Validators of the scalar fields every envelope shares: strings (with
 * their length limits), booleans, integers, URLs. Each reports into a
 * {@link Report} and returns the value it read, or `undefined` when it is
 * unusable; the builders run the same functions and throw the first error.
 * Senders and destinations are in `address-fields.ts`, the delivery fields
 * in `delivery-fields.ts`.
 *
 * Spec: the provider's `/sms/1/binary/*`, `/sms/2/binary/advanced` and
 * `/sms/3/messages` references (see `docs/endpoints` in the README).
 *
 * @internal
 * @module
 */

import type { IssuePath } from '../errors.js';
import { shown, type Report } from './report.js';

/** `callbackData` is at most 4,000 characters. */
export const MAX_CALLBACK_DATA = 4000;
/** `bulkId` is clipped past 100 characters. */
export const MAX_BULK_ID = 100;

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

/**
 * The name a message gives the field at `path`: its key, or for an entry of
 * a list the list's key and the index (`days[0]`, not `0`).
 */
export function fieldName(path: IssuePath): string {
  const last = path[path.length - 1];
  return typeof last === 'number' ? `${String(path[path.length - 2])}[${last}]` : String(last);
}

/** Checks a string field; returns it, or `undefined` when invalid. */
export function checkString(report: Report, value: unknown, path: IssuePath, rule: StringRule = {}): string | undefined {
  const name = fieldName(path);
  if (typeof value !== 'string') {
    report.add('FIELD_INVALID', path, { value: name, detail: `expected a string, got ${shown(value)}` });
    return undefined;
  }
  if (rule.nonEmpty === true && value.length === 0) {
    report.add('FIELD_INVALID', path, { value: name, detail: 'expected a non-empty string' });
    return undefined;
  }
  if (value.length > (rule.max ?? Infinity)) {
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
  report.add('FIELD_INVALID', path, { value: fieldName(path), detail: `expected true or false, got ${shown(value)}` });
  return undefined;
}

/** Checks an integer field in `[min, max]`. */
export function checkInteger(report: Report, value: unknown, path: IssuePath, min: number, max: number): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  report.add('FIELD_INVALID', path, {
    value: fieldName(path),
    detail: `expected an integer from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}, got ${shown(value)}`,
  });
  return undefined;
}

/** A URL field: an absolute http(s) URL. */
export function checkUrl(report: Report, value: unknown, path: IssuePath): string | undefined {
  const text = checkString(report, value, path, { nonEmpty: true });
  if (text === undefined) return undefined;
  if (!/^https?:\/\/[^\s/]/i.test(text)) {
    report.add('FIELD_INVALID', path, { value: fieldName(path), detail: `expected an absolute http(s) URL, got ${shown(text)}` });
    return undefined;
  }
  return text;
}
