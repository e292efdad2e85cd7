/**
 * The delivery fields of src/requests/delivery-fields.ts at every boundary and with the exact message:
 * `validityPeriod` (v2 minutes; v3 `{ amount, timeUnit }`, both adjusted past 48 hours), `sendAt` (the
 * documented format, nearby ISO 8601 forms as warnings, a real date and time, at most 180 days ahead),
 * `deliveryTimeWindow`, `sendingSpeedLimit` and `regional`. Written for the survivors of the sixth
 * mutation round (docs/mutation.md): the older tables checked codes and paths only.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateRequest } from '../../src/index.js';

/** The clock every `sendAt` is checked against: 2026-12-01T12:00:00.000Z. */
const NOW = Date.UTC(2026, 11, 1, 12, 0, 0);
const v2 = (fields: object, top: object = {}): unknown => ({
  ...top,
  messages: [{ from: 'InfoSMS', destinations: [{ to: '41793026727' }], binary: { hex: '48', dataCoding: 0 }, ...fields }],
});
const v3 = (options: object): unknown => ({
  messages: [{ sender: 'InfoSMS', destinations: [{ to: '41793026727' }], content: { hex: '48', dataCoding: 0 }, options }],
});
const issuesOf = (body: unknown, endpoint: '/sms/2/binary/advanced' | '/sms/3/messages' = '/sms/2/binary/advanced'): string[] =>
  validateRequest(body, { endpoint, now: NOW }).issues.map(({ code, severity, path, message }) => `${code} ${severity} ${(path ?? []).join('.')}: ${message}`);

/** `code severity path: message`, the message prefixed as validateRequest writes it. */
const at = (code: string, severity: string, path: (string | number)[], message: string): string =>
  `${code} ${severity} ${path.join('.')}: validateRequest: ${path.join('.').replace(/^messages\.0/, 'messages[0]').replace(/\.(\d+)(?=\.|$)/g, '[$1]')}: ${message}`;
const m = (...path: (string | number)[]): (string | number)[] => ['messages', 0, ...path];
const WEEK = 'MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY';

describe('validityPeriod', () => {
  it.each([
    ['v2: 2,880 minutes (48 hours)', v2({ validityPeriod: 2880 }), '/sms/2/binary/advanced', []],
    ['v2: 2,881 minutes', v2({ validityPeriod: 2881 }), '/sms/2/binary/advanced', [at('FIELD_ADJUSTED', 'warning', m('validityPeriod'), 'the provider changes validityPeriod: 2881 minutes is longer than 48 hours: the provider uses 2880 minutes')]],
    ['v2: 0 minutes', v2({ validityPeriod: 0 }), '/sms/2/binary/advanced', [at('FIELD_INVALID', 'error', m('validityPeriod'), 'invalid validityPeriod: expected an integer from 1 up, got 0')]],
    ['v3: 48 HOURS', v3({ validityPeriod: { amount: 48, timeUnit: 'HOURS' } }), '/sms/3/messages', []],
    ['v3: 49 HOURS', v3({ validityPeriod: { amount: 49, timeUnit: 'HOURS' } }), '/sms/3/messages', [at('FIELD_ADJUSTED', 'warning', m('options', 'validityPeriod'), 'the provider changes validityPeriod: 49 HOURS is longer than 48 hours: the provider uses 48 hours')]],
    ['v3: 2,880 without a unit (MINUTES)', v3({ validityPeriod: { amount: 2880 } }), '/sms/3/messages', []],
    ['v3: 2,881 without a unit (MINUTES)', v3({ validityPeriod: { amount: 2881 } }), '/sms/3/messages', [at('FIELD_ADJUSTED', 'warning', m('options', 'validityPeriod'), 'the provider changes validityPeriod: 2881 MINUTES is longer than 48 hours: the provider uses 48 hours')]],
    ['v3: 172,800 SECONDS', v3({ validityPeriod: { amount: 172800, timeUnit: 'SECONDS' } }), '/sms/3/messages', []],
    ['v3: 172,801 SECONDS', v3({ validityPeriod: { amount: 172801, timeUnit: 'SECONDS' } }), '/sms/3/messages', [at('FIELD_ADJUSTED', 'warning', m('options', 'validityPeriod'), 'the provider changes validityPeriod: 172801 SECONDS is longer than 48 hours: the provider uses 48 hours')]],
    ['v3: a number', v3({ validityPeriod: 5 }), '/sms/3/messages', [at('FIELD_INVALID', 'error', m('options', 'validityPeriod'), 'invalid validityPeriod: expected { "amount", "timeUnit" }, got 5')]],
    ['v3: amount 0 and an unknown unit, each at its place', v3({ validityPeriod: { amount: 0, timeUnit: 'DAYS' } }), '/sms/3/messages', [
      at('FIELD_INVALID', 'error', m('options', 'validityPeriod', 'amount'), 'invalid amount: expected an integer from 1 up, got 0'),
      at('FIELD_INVALID', 'error', m('options', 'validityPeriod', 'timeUnit'), 'invalid timeUnit: expected one of SECONDS, MINUTES, HOURS, got "DAYS"'),
    ]],
    // Neither is adjusted when the other is unusable: no "longer than 48 hours" beside the error.
    ['v3: a long amount with an unknown unit', v3({ validityPeriod: { amount: 100000, timeUnit: 'DAYS' } }), '/sms/3/messages', [
      at('FIELD_INVALID', 'error', m('options', 'validityPeriod', 'timeUnit'), 'invalid timeUnit: expected one of SECONDS, MINUTES, HOURS, got "DAYS"'),
    ]],
    ['v3: a long time unit with an unusable amount', v3({ validityPeriod: { amount: -1, timeUnit: 'HOURS' } }), '/sms/3/messages', [
      at('FIELD_INVALID', 'error', m('options', 'validityPeriod', 'amount'), 'invalid amount: expected an integer from 1 up, got -1'),
    ]],
  ])('%s', (_, body, endpoint, expected) => {
    expect(issuesOf(body, endpoint as '/sms/2/binary/advanced')).toEqual(expected);
  });
});

describe('sendAt', () => {
  const format = "expected the format yyyy-MM-dd'T'HH:mm:ss.SSSZ, e.g. \"2021-08-25T16:00:00.000+0000\"";
  const invalid = (value: string): string[] => [at('SEND_AT_INVALID', 'error', m('sendAt'), `invalid sendAt "${value}": ${format}`)];
  const rewrite = (fixed: string): string[] => [at('FIELD_ADJUSTED', 'warning', m('sendAt'), `the provider changes sendAt: the documented format is yyyy-MM-dd'T'HH:mm:ss.SSSZ: write ${fixed}`)];

  it.each([
    ['the documented format', '2026-12-02T16:00:00.000+0000', []],
    ['the documented format with an offset', '2026-12-02T16:00:00.000+0100', []],
    ['"Z" and no milliseconds', '2026-12-02T16:00:00Z', rewrite('2026-12-02T16:00:00.000+0000')],
    ['an offset with a colon', '2026-12-02T16:00:00.000+01:00', rewrite('2026-12-02T15:00:00.000+0000')],
    ['a negative offset with a colon', '2026-12-02T16:00:00.000-02:30', rewrite('2026-12-02T18:30:00.000+0000')],
    ['one digit of milliseconds', '2026-12-02T16:00:00.5+0000', rewrite('2026-12-02T16:00:00.500+0000')],
    ['"Z" with milliseconds', '2026-12-02T16:00:00.000Z', rewrite('2026-12-02T16:00:00.000+0000')],
    ['no milliseconds, a documented offset', '2026-12-02T16:00:00+0000', rewrite('2026-12-02T16:00:00.000+0000')],
    // The pattern takes any two digits of hours in the offset; Date.parse does not.
    ['an offset of 25 hours', '2026-12-02T16:00:00.000+2500', invalid('2026-12-02T16:00:00.000+2500')],
    ['exactly 180 days ahead', '2027-05-30T12:00:00.000+0000', []],
    ['text before the date', 'x2026-12-02T16:00:00.000+0000', invalid('x2026-12-02T16:00:00.000+0000')],
    ['text after the offset', '2026-12-02T16:00:00.000+0000x', invalid('2026-12-02T16:00:00.000+0000x')],
    ['no offset', '2026-12-02T16:00:00.000', invalid('2026-12-02T16:00:00.000')],
    // Forms Date.parse reads, but not the format: the format is checked, not only Date.parse.
    ['a date alone', '2026-12-02', invalid('2026-12-02')],
    ['a date in words', 'Dec 2, 2026 16:00', invalid('Dec 2, 2026 16:00')],
    ['30 February', '2027-02-30T16:00:00.000+0000', invalid('2027-02-30T16:00:00.000+0000')],
    ['31 April', '2027-04-31T16:00:00.000+0000', invalid('2027-04-31T16:00:00.000+0000')],
    ['month 13', '2026-13-02T16:00:00.000+0000', invalid('2026-13-02T16:00:00.000+0000')],
    ['hour 24', '2026-12-02T24:00:00.000+0000', invalid('2026-12-02T24:00:00.000+0000')],
    ['minute 60', '2026-12-02T16:60:00.000+0000', invalid('2026-12-02T16:60:00.000+0000')],
    ['second 60', '2026-12-02T16:00:60.000+0000', invalid('2026-12-02T16:00:60.000+0000')],
    ['23:59:59, the last second of a day', '2026-12-02T23:59:59.999+0000', []],
    ['month 00', '2026-00-02T16:00:00.000+0000', invalid('2026-00-02T16:00:00.000+0000')],
    ['day 00', '2026-12-00T16:00:00.000+0000', invalid('2026-12-00T16:00:00.000+0000')],
    ['day 32', '2026-12-32T16:00:00.000+0000', invalid('2026-12-32T16:00:00.000+0000')],
    ['31 December, the last day of the last month', '2026-12-31T16:00:00.000+0000', []],
    ['1 January, the first day of the first month', '2027-01-01T00:00:00.000+0000', []],
    ['28 February of a common year', '2027-02-28T16:00:00.000+0000', []],
    ['29 February of a common year', '2027-02-29T16:00:00.000+0000', invalid('2027-02-29T16:00:00.000+0000')],
    ['29 February of a leap year (in the past: only the horizon is checked)', '2024-02-29T16:00:00.000+0000', []],
    ['30 April', '2027-04-30T16:00:00.000+0000', []],
    ['a year before 100 (not read as 19xx)', '0026-12-02T16:00:00Z', rewrite('0026-12-02T16:00:00.000+0000')],
    ['two digits of milliseconds', '2026-12-02T16:00:00.05+0000', rewrite('2026-12-02T16:00:00.050+0000')],
    ['the largest offset, +23:59', '2026-12-02T16:00:00.000+23:59', rewrite('2026-12-01T16:01:00.000+0000')],
    ['an offset of 60 minutes', '2026-12-02T16:00:00.000+0060', invalid('2026-12-02T16:00:00.000+0060')],
    ['a negative offset without a colon, as documented', '2026-12-02T16:00:00.000-0130', []],
    ['one millisecond past 180 days', '2027-05-30T12:00:00.001+0000', [
      at('SEND_AT_INVALID', 'error', m('sendAt'), 'invalid sendAt "2027-05-30T12:00:00.001+0000": it is more than 180 days after 2026-12-01T12:00:00.000Z, the latest the provider schedules'),
    ]],
  ])('%s: %s', (_, sendAt, expected) => {
    expect(issuesOf(v2({ sendAt }))).toEqual(expected);
  });

  it('fast-check: the time of any sendAt in a nearby form is the one Date.parse gives on V8 (the reference)', () => {
    const two = (n: number): string => String(n).padStart(2, '0');
    const sendAt = fc
      .record({
        year: fc.integer({ min: 1, max: 2025 }),
        month: fc.integer({ min: 1, max: 12 }),
        day: fc.integer({ min: 1, max: 31 }),
        hour: fc.integer({ min: 0, max: 23 }),
        minute: fc.integer({ min: 0, max: 59 }),
        second: fc.integer({ min: 0, max: 59 }),
        fraction: fc.option(fc.stringMatching(/^\d{1,3}$/), { nil: undefined }),
        offset: fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([sign, h, m]) => `${sign}${two(h)}:${two(m)}`)),
      })
      // The Gregorian month lengths, written out: a leap year is divisible by 4, and by 400 when by 100.
      .filter(({ year, month, day }) => day <= [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!)
      .map(({ year, month, day, hour, minute, second, fraction, offset }) =>
        `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}:${two(second)}${fraction === undefined ? '' : `.${fraction}`}${offset}`);
    fc.assert(
      fc.property(sendAt, (value) => {
        const fixed = new Date(Date.parse(value)).toISOString().replace('Z', '+0000');
        expect(issuesOf(v2({ sendAt: value }))).toEqual(rewrite(fixed));
      }),
    );
  });

  it('is a string', () => {
    expect(issuesOf(v2({ sendAt: 5 }))).toEqual([at('SEND_AT_INVALID', 'error', m('sendAt'), 'invalid sendAt 5: expected a string such as "2021-08-25T16:00:00.000+0000"')]);
  });

  it('v3: is checked under options.schedule with the same rules', () => {
    const body = { ...(v3({}) as object), options: { schedule: { sendAt: '2026-12-02T16:00:00Z' } } };
    expect(issuesOf(body, '/sms/3/messages')).toEqual([
      at('FIELD_ADJUSTED', 'warning', ['options', 'schedule', 'sendAt'], "the provider changes sendAt: the documented format is yyyy-MM-dd'T'HH:mm:ss.SSSZ: write 2026-12-02T16:00:00.000+0000"),
    ]);
  });
});

describe('deliveryTimeWindow', () => {
  const w = (deliveryTimeWindow: unknown): unknown => v2({ deliveryTimeWindow });
  const field = (...path: (string | number)[]): (string | number)[] => m('deliveryTimeWindow', ...path);
  const required = (got: string): string => `invalid days: "days" is required: a non-empty array of ${WEEK}${got}`;

  it.each([
    ['every day, from 00:00 to 23:59', { days: WEEK.split(', '), from: { hour: 0, minute: 0 }, to: { hour: 23, minute: 59 } }, []],
    ['a number', 5, [at('FIELD_INVALID', 'error', field(), 'invalid deliveryTimeWindow: expected { "days", "from"?, "to"? }, got 5')]],
    ['no days', {}, [at('FIELD_INVALID', 'error', field('days'), required(''))]],
    ['days empty', { days: [] }, [at('FIELD_INVALID', 'error', field('days'), required(', got []'))]],
    ['days a string', { days: 'MONDAY' }, [at('FIELD_INVALID', 'error', field('days'), required(', got "MONDAY"'))]],
    // One issue at the path: the unreadable field is not also reported as missing.
    ['days behind a getter (not read)', { get days(): string[] { return ['MONDAY']; } }, [
      at('REQUEST_UNREADABLE', 'error', field('days'), 'the value cannot be read: it is an accessor property, not a value'),
    ]],
    ['a day twice', { days: ['MONDAY', 'FRIDAY', 'MONDAY'] }, [at('FIELD_INVALID', 'error', field('days', 2), 'invalid days: "MONDAY" is listed twice')]],
    ['a day that is none', { days: ['FRIDAY', 'FUNDAY'] }, [at('FIELD_INVALID', 'error', field('days', 1), `invalid days[1]: expected one of ${WEEK}, got "FUNDAY"`)]],
    ['eight days', { days: [...WEEK.split(', '), 'MONDAY'] }, [
      at('FIELD_INVALID', 'error', field('days', 7), 'invalid days: "MONDAY" is listed twice'),
      at('FIELD_INVALID', 'error', field('days'), 'invalid days: at most 7 days'),
    ]],
    ['from a number', { days: ['MONDAY'], from: 5 }, [at('FIELD_INVALID', 'error', field('from'), 'invalid from: expected { "hour": 0-23, "minute": 0-59 }, got 5')]],
    ['to 24:60', { days: ['MONDAY'], to: { hour: 24, minute: 60 } }, [
      at('FIELD_INVALID', 'error', field('to', 'hour'), 'invalid hour: expected an integer from 0 to 23, got 24'),
      at('FIELD_INVALID', 'error', field('to', 'minute'), 'invalid minute: expected an integer from 0 to 59, got 60'),
    ]],
    ['from -1:-1', { days: ['MONDAY'], from: { hour: -1, minute: -1 } }, [
      at('FIELD_INVALID', 'error', field('from', 'hour'), 'invalid hour: expected an integer from 0 to 23, got -1'),
      at('FIELD_INVALID', 'error', field('from', 'minute'), 'invalid minute: expected an integer from 0 to 59, got -1'),
    ]],
    ['an unknown field in a time', { days: ['MONDAY'], to: { hour: 1, minute: 0, second: 0 } }, [
      at('UNKNOWN_FIELD', 'warning', field('to', 'second'), 'unknown field "second": the fields here are `hour`, `minute`'),
    ]],
  ])('%s', (_, value, expected) => {
    expect(issuesOf(w(value))).toEqual(expected);
  });

  it('reads at most eight days of a long list: the seven and one more to say it is too long', () => {
    const days = Array.from({ length: 1000 }, (_, k) => `DAY${k}`);
    const issues = issuesOf(w({ days }));
    expect(issues).toHaveLength(9);
    expect(issues[7]).toBe(at('FIELD_INVALID', 'error', field('days', 7), `invalid days[7]: expected one of ${WEEK}, got "DAY7"`));
    expect(issues[8]).toBe(at('FIELD_INVALID', 'error', field('days'), 'invalid days: at most 7 days'));
  });
});

describe('sendingSpeedLimit', () => {
  const s = (sendingSpeedLimit: unknown): unknown => v2({}, { sendingSpeedLimit });
  it.each([
    ['one a DAY', { amount: 1, timeUnit: 'DAY' }, []],
    ['ten an HOUR', { amount: 10, timeUnit: 'HOUR' }, []],
    ['a hundred a MINUTE', { amount: 100, timeUnit: 'MINUTE' }, []],
    ['no unit (the provider takes MINUTE)', { amount: 10 }, []],
    ['a number', 5, [at('FIELD_INVALID', 'error', ['sendingSpeedLimit'], 'invalid sendingSpeedLimit: expected { "amount", "timeUnit" }, got 5')]],
    ['amount 0, unit WEEK', { amount: 0, timeUnit: 'WEEK' }, [
      at('FIELD_INVALID', 'error', ['sendingSpeedLimit', 'amount'], 'invalid amount: expected an integer from 1 up, got 0'),
      at('FIELD_INVALID', 'error', ['sendingSpeedLimit', 'timeUnit'], 'invalid timeUnit: expected one of MINUTE, HOUR, DAY, got "WEEK"'),
    ]],
    ['a unit given as null', { amount: 1, timeUnit: null }, [at('FIELD_INVALID', 'error', ['sendingSpeedLimit', 'timeUnit'], 'invalid timeUnit: expected a string, got null')]],
  ])('%s', (_, value, expected) => {
    expect(issuesOf(s(value))).toEqual(expected);
  });
});

describe('regional', () => {
  it.each([
    ['indiaDlt complete', { indiaDlt: { contentTemplateId: 't', principalEntityId: 'p', telemarketerId: 'm' } }, []],
    ['a number', 5, [at('FIELD_INVALID', 'error', m('regional'), 'invalid regional: expected an object, got 5')]],
    ['indiaDlt without principalEntityId', { indiaDlt: { contentTemplateId: 'x' } }, [at('FIELD_INVALID', 'error', m('regional', 'indiaDlt', 'principalEntityId'), 'invalid principalEntityId: required in indiaDlt')]],
    ['indiaDlt a number', { indiaDlt: 5 }, [at('FIELD_INVALID', 'error', m('regional', 'indiaDlt'), 'invalid indiaDlt: expected an object, got 5')]],
    ['turkeyIys with an empty brandCode, and an unknown region', { turkeyIys: { brandCode: '' }, x: 1 }, [
      at('UNKNOWN_FIELD', 'warning', m('regional', 'x'), 'unknown field "x": the fields here are `indiaDlt`, `turkeyIys`, `southKorea`'),
      at('FIELD_INVALID', 'error', m('regional', 'turkeyIys', 'brandCode'), 'invalid brandCode: expected a non-empty string'),
    ]],
    // principalEntityId is required in indiaDlt only.
    ['southKorea without a title', { southKorea: { resellerCode: 'r' } }, []],
    ['every field of every regional object', {
      indiaDlt: { contentTemplateId: 'c', principalEntityId: 'p', telemarketerId: 't' },
      turkeyIys: { brandCode: 'b', recipientType: 'r' },
      southKorea: { resellerCode: 'r', title: 't' },
    }, []],
  ])('%s', (_, regional, expected) => {
    expect(issuesOf(v2({ regional }))).toEqual(expected);
  });
});
