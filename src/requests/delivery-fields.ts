/**
 * Validators of the delivery fields of v2 and v3 (validity period,
 * scheduled time against a clock, delivery time window, sending speed,
 * regional options). Each reports into a {@link Report}; the builders run
 * the same functions and throw the first error.
 *
 * Spec: the provider's `/sms/2/binary/advanced` and `/sms/3/messages`
 * references (see `docs/endpoints` in the README).
 *
 * @internal
 * @module
 */

import type { IssuePath } from '../errors.js';
import { checkKeys } from './keys.js';
import { field, isRecord, shown, valueOf, type Report } from './report.js';
import { checkInteger, checkString } from './fields.js';

/** `validityPeriod` longer than 48 hours falls back to 48 hours (2,880 minutes). */
export const MAX_VALIDITY_MINUTES = 2880;
/** `sendAt` no later than 180 days ahead. */
export const MAX_SEND_AT_DAYS = 180;
/** The days of `deliveryTimeWindow.days`. */
export const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

/** v2's `validityPeriod`: minutes, a positive integer; past 48 hours the provider uses 48 hours. */
export function checkValidityMinutes(report: Report, value: unknown, path: IssuePath): number | undefined {
  const minutes = checkInteger(report, value, path, 1, Number.MAX_SAFE_INTEGER);
  if ((minutes ?? 0) > MAX_VALIDITY_MINUTES) {
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
const SEND_AT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|([+-])(\d{2}):?(\d{2}))$/;

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
  const read = readSendAt(value);
  if (read === undefined) {
    report.add('SEND_AT_INVALID', path, {
      value: shown(value),
      detail: "expected the format yyyy-MM-dd'T'HH:mm:ss.SSSZ, e.g. \"2021-08-25T16:00:00.000+0000\"",
    });
    return undefined;
  }
  const { time, exact } = read;
  const horizon = now + MAX_SEND_AT_DAYS * 86_400_000;
  if (time > horizon) {
    report.add('SEND_AT_INVALID', path, {
      value: shown(value),
      detail: `it is more than ${MAX_SEND_AT_DAYS} days after ${new Date(now).toISOString()}, the latest the provider schedules`,
    });
    return undefined;
  }
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

/**
 * A `sendAt` in the format or an ISO 8601 form close to it, at a real date and time: its time, and whether
 * it is exactly the documented form (three digits of milliseconds, an offset of four digits without a
 * colon). The time is computed from the fields, not by `Date.parse`, which reads forms the format refuses
 * (`2021-08-25`) and, on V8, rolls 30 February over to March and takes 24:00.
 */
function readSendAt(value: string): { time: number; exact: boolean } | undefined {
  const match = SEND_AT.exec(value);
  if (match === null) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const fraction = match[7];
  // "Z", or a sign, two digits of hours, an optional colon and two digits of minutes.
  const [offset, sign, hours, minutes] = match.slice(8) as [string, string | undefined, string | undefined, string | undefined];
  const offsetHours = hours === undefined ? 0 : Number(hours);
  const offsetMinutes = minutes === undefined ? 0 : Number(minutes);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59 || offsetHours > 23 || offsetMinutes > 59) return undefined;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC, which reads the years 0-99 as 1900-1999.
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, fraction === undefined ? 0 : Number(fraction.padEnd(3, '0')));
  const east = sign === '-' ? -1 : 1;
  return {
    time: date.getTime() - east * (offsetHours * 60 + offsetMinutes) * 60_000,
    exact: fraction?.length === 3 && offset.length === 5,
  };
}

/** The days of `month` (1-12) of `year` in the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
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
      detail: `"days" is required: a non-empty array of ${WEEKDAYS.join(', ')}${days.found ? `, got ${Array.isArray(days.value) ? '[]' : shown(days.value)}` : ''}`,
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
      // Of indiaDlt's fields, the one required.
      else if (key === 'principalEntityId') {
        report.add('FIELD_INVALID', [...innerPath, key], { value: key, detail: `required in ${name}` });
      }
    }
  }
}
