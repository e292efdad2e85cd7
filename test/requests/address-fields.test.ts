/**
 * The sender rules of src/requests/address-fields.ts (`checkSender`), at every boundary and with the
 * exact message: a numeric sender has 3 to 14 digits (a leading "+" is only a format warning), an
 * alphanumeric one 3 to 11 printable ASCII characters with at least one letter or digit. Written for
 * the survivors of the whole-src mutation run (docs/mutation.md): the older tables checked the code
 * and the path only.
 */
import { describe, expect, it } from 'vitest';
import { countSms, validateRequest } from '../../src/index.js';

const body = (from: unknown): unknown => ({ messages: [{ from, destinations: [{ to: '41793026727' }], binary: { hex: '48', dataCoding: 0 } }] });
const issuesOf = (from: unknown): unknown[] =>
  validateRequest(body(from), { endpoint: '/sms/2/binary/advanced' }).issues.map(({ code, severity, message, index }) =>
    index === undefined ? { code, severity, message } : { code, severity, message, index });
const where = 'validateRequest: messages[0].from:';
const invalid = (message: string, index?: number): unknown[] => [
  { code: 'FROM_INVALID', severity: 'error', message: `${where} ${message}`, ...(index === undefined ? {} : { index }) },
];

describe('a sender (from, sender)', () => {
  it.each([
    ['3 digits', '123'],
    ['14 digits', '12345678901234'],
    ['11 characters', 'abcdefghijk'],
    ['3 characters', 'ab1'],
    ["'~' (0x7e, the last printable character) beside a letter", 'a~~'],
    ['a space (0x20, the first printable character) between letters', 'A B'],
    ['"+" and letters (alphanumeric: the "+" is a character like another)', '+12ab'],
  ])('accepts %s', (_, from) => {
    expect(issuesOf(from)).toEqual([]);
  });

  it.each([
    ['not a string', 5, invalid('invalid sender a number: the sender must be a string')],
    ['2 digits', '12', invalid('invalid sender "12": a numeric sender has 3 to 14 digits, this has 2')],
    ['15 digits', '123456789012345', invalid('invalid sender "123456789012345": a numeric sender has 3 to 14 digits, this has 15')],
    ['"+" and 2 digits (the "+" is not counted)', '+12', invalid('invalid sender "+12": a numeric sender has 3 to 14 digits, this has 2')],
    ['2 characters', 'AB', invalid('invalid sender "AB": an alphanumeric sender has 3 to 11 characters, this has 2 (a numeric one 3 to 14 digits)')],
    ['12 characters', 'abcdefghijkl', invalid('invalid sender "abcdefghijkl": an alphanumeric sender has 3 to 11 characters, this has 12 (a numeric one 3 to 14 digits)')],
    ['DEL (0x7f)', 'A\u007fB', invalid('invalid sender "A\\u007fB": character "\\u007f" at index 1: an alphanumeric sender is printable ASCII', 1)],
    ['a control character (0x1f)', 'A\u001fB', invalid('invalid sender "A\\u001fB": character "\\u001f" at index 1: an alphanumeric sender is printable ASCII', 1)],
    ['a letter outside ASCII, last', 'Cafeé', invalid('invalid sender "Cafeé": character "é" at index 4: an alphanumeric sender is printable ASCII', 4)],
    ['no letter or digit', '---', invalid('invalid sender "---": an alphanumeric sender needs at least one letter or digit')],
  ])('refuses %s, saying why', (_, from, expected) => {
    expect(issuesOf(from)).toEqual(expected);
  });

  it('warns about a "+" before a numeric sender and says what to write', () => {
    expect(issuesOf('+41793026700')).toEqual([
      {
        code: 'FROM_FORMAT',
        severity: 'warning',
        message: `${where} sender "+41793026700" is not in the form the API takes: a numeric sender is digits only, without "+": write 41793026700`,
      },
    ]);
  });
});

describe('a destination (to, destinations[].to)', () => {
  const where = 'validateRequest: messages[0].destinations[0].to:';
  const issuesOfTo = (to: unknown): unknown[] =>
    validateRequest({ messages: [{ from: 'InfoSMS', destinations: [{ to }], binary: { hex: '48', dataCoding: 0 } }] }, { endpoint: '/sms/2/binary/advanced' }).issues.map(
      ({ code, severity, message, index }) => (index === undefined ? { code, severity, message } : { code, severity, message, index }),
    );
  const issue = (code: string, severity: string, message: string, index?: number): unknown[] => [
    { code, severity, message: `${where} ${message}`, ...(index === undefined ? {} : { index }) },
  ];
  const fifty = `41793026727${' '.repeat(39)}`;

  it.each([
    ['empty', '', issue('TO_INVALID', 'error', 'invalid destination "": the destination is empty: expected a number in international format, e.g. "41793026727"')],
    ['51 characters (v2 takes 50)', `${fifty} `, issue('TO_INVALID', 'error', `invalid destination "41793026727${' '.repeat(29)}…": a destination has at most 50 characters, this has 51`)],
    ['50 characters: only the spaces are wrong', fifty, issue('TO_FORMAT', 'warning', `destination "41793026727${' '.repeat(29)}…" is not in the form the API takes: the API takes digits only, no spaces or dashes: write 41793026727`)],
    ['"+" inside the number', '4179+3026727', issue('TO_INVALID', 'error', 'invalid destination "4179+3026727": character "+" at index 4: expected a number in international format, digits only, e.g. "41793026727"', 4)],
    ['a letter', '4179302672O', issue('TO_INVALID', 'error', 'invalid destination "4179302672O": character "O" at index 10: expected a number in international format, digits only, e.g. "41793026727"', 10)],
    // Index 0 may hold a "+", and only a "+": a letter there is refused like anywhere else.
    ['a letter first', 'O41793026727', issue('TO_INVALID', 'error', 'invalid destination "O41793026727": character "O" at index 0: expected a number in international format, digits only, e.g. "41793026727"', 0)],
    ['"+" first', '+41793026727', issue('TO_FORMAT', 'warning', 'destination "+41793026727" is not in the form the API takes: it is valid E.164, but the API takes the digits without "+": write 41793026727')],
    ['the access prefix 00', '0041793026727', issue('TO_FORMAT', 'warning', 'destination "0041793026727" is not in the form the API takes: the API takes no international access prefix "00": write 41793026727')],
    ['spaces and dashes', '4179 302-6727', issue('TO_FORMAT', 'warning', 'destination "4179 302-6727" is not in the form the API takes: the API takes digits only, no spaces or dashes: write 41793026727')],
    // Not "write 0793026727": without its spaces a national number is still national.
    ['a national number with spaces', '079 302 67 27', issue('TO_FORMAT', 'warning', 'destination "079 302 67 27" is not in the form the API takes: a leading 0 is a national trunk prefix: start with the country code; besides, the API takes digits only, no spaces or dashes')],
    ['a national number', '0793026727', issue('TO_FORMAT', 'warning', 'destination "0793026727" is not in the form the API takes: a leading 0 is a national trunk prefix: start with the country code')],
    ['16 digits', '1234567890123456', issue('TO_INVALID', 'error', 'invalid destination "1234567890123456": an international number has 1 to 15 digits (E.164), this has 16')],
    ['"+" alone', '+', issue('TO_INVALID', 'error', 'invalid destination "+": an international number has 1 to 15 digits (E.164), this has 0')],
    ['"00" alone', '00', issue('TO_INVALID', 'error', 'invalid destination "00": an international number has 1 to 15 digits (E.164), this has 0')],
  ])('%s', (_, to, expected) => {
    expect(issuesOfTo(to)).toEqual(expected);
  });

  it.each([['15 digits', '123456789012345'], ['one digit', '1']])('accepts %s', (_, to) => {
    expect(issuesOfTo(to)).toEqual([]);
  });
});

describe("v1's to", () => {
  const body = (extra: object): unknown => ({ messages: [{ binary: { hex: '48', dataCoding: 0 }, ...extra }] });
  const required = 'validateRequest: messages[0].to: missing destination: "to" is required: a number in international format ("41793026727") or an array of them';

  it.each([
    ['absent', {}, required],
    ['given as undefined', { to: undefined }, required],
    ['absent beside the destinations of v2 and v3', { destinations: [{ to: '41793026727' }] }, `${required}; this message has "destinations", which /sms/2/binary/advanced and /sms/3/messages use`],
  ])('%s is a TO_INVALID error saying what to give, and counts no destination', (_, extra, message) => {
    const { issues } = validateRequest(body(extra), { endpoint: '/sms/1/binary/multi' });
    expect(issues.filter((issue) => issue.code === 'TO_INVALID').map(({ severity, message: m }) => ({ severity, message: m }))).toEqual([{ severity: 'error', message }]);
    const counted = countSms(body(extra), { endpoint: '/sms/1/binary/multi' });
    expect([counted.destinations, counted.total]).toEqual([[], 0]);
  });
});

describe('lists of destinations', () => {
  const v1 = (to: unknown): unknown => ({ messages: [{ to, binary: { hex: '48', dataCoding: 0 } }] });
  const v2 = (fields: object): unknown => ({ messages: [{ from: 'InfoSMS', ...fields, binary: { hex: '48', dataCoding: 0 } }] });
  const run = (body: unknown, endpoint: '/sms/1/binary/multi' | '/sms/2/binary/advanced'): unknown => {
    const issues = validateRequest(body, { endpoint }).issues.map(({ code, severity, message, path }) => ({ code, severity, message, path }));
    const { destinations, total } = countSms(body, { endpoint });
    return { issues, destinations, total };
  };
  const one = [{ to: '41793026727', smsCount: 1 }];
  const v1Invalid = (path: (string | number)[], message: string): unknown => ({ code: 'TO_INVALID', severity: 'error', message: `validateRequest: messages[0].${path.slice(2).join('.').replace(/\.(\d+)/g, '[$1]')}: ${message}`, path });

  it.each([
    ['a number that is not valid', v1('12ab'), [v1Invalid(['messages', 0, 'to'], 'invalid destination "12ab": character "a" at index 2: expected a number in international format, digits only, e.g. "41793026727"')], [], 0],
    ['a number, not a string', v1(5), [v1Invalid(['messages', 0, 'to'], 'invalid destination a number: "to" must be a string or an array of strings')], [], 0],
    ['an empty array', v1([]), [v1Invalid(['messages', 0, 'to'], 'invalid destination []: the array of destinations is empty')], [], 0],
    ['an entry that is not a string', v1([5, '41793026727']), [v1Invalid(['messages', 0, 'to', 0], 'invalid destination a number: each destination must be a string')], one, 1],
    // eslint-disable-next-line no-sparse-arrays
    ['a hole in the array', v1([, '41793026727']), [v1Invalid(['messages', 0, 'to', 0], 'invalid destination a hole: each destination must be a string')], one, 1],
    ['an entry that is not valid', v1(['12ab', '41793026727']), [v1Invalid(['messages', 0, 'to', 0], 'invalid destination "12ab": character "a" at index 2: expected a number in international format, digits only, e.g. "41793026727"')], one, 1],
  ])('v1: %s is reported at its place, and only the valid numbers are counted', (_, body, issues, destinations, total) => {
    expect(run(body, '/sms/1/binary/multi')).toEqual({ issues, destinations, total });
  });

  it('v1: a named field on the array of numbers is reported, saying an array holds entries only', () => {
    expect(run(v1(Object.assign(['41793026727'], { x: 1 })), '/sms/1/binary/multi')).toEqual({
      issues: [{ code: 'UNKNOWN_FIELD', severity: 'warning', message: 'validateRequest: messages[0].to.x: unknown field "x": it holds entries only, no named fields', path: ['messages', 0, 'to', 'x'] }],
      destinations: one,
      total: 1,
    });
  });

  it.each([
    ['absent', {}],
    ['undefined', { destinations: undefined }],
  ])('v2: destinations %s is required, and nothing is counted', (_, fields) => {
    expect(run(v2(fields), '/sms/2/binary/advanced')).toEqual({
      issues: [{ code: 'TO_INVALID', severity: 'error', message: 'validateRequest: messages[0].destinations: missing destination: "destinations" is required: an array of { "to": "41793026727" } objects', path: ['messages', 0, 'destinations'] }],
      destinations: [],
      total: 0,
    });
  });
});

describe('the destinations of v2 and v3', () => {
  const v2 = (destinations: unknown): unknown => ({ messages: [{ from: 'InfoSMS', destinations, binary: { hex: '48', dataCoding: 0 } }] });
  const v3 = (destinations: unknown): unknown => ({ messages: [{ sender: 'InfoSMS', destinations, content: { hex: '48', dataCoding: 0 } }] });
  const run = (body: unknown, endpoint: '/sms/2/binary/advanced' | '/sms/3/messages'): unknown => {
    const issues = validateRequest(body, { endpoint }).issues.map(({ code, severity, message, path }) => ({ code, severity, message, path }));
    return { issues, total: countSms(body, { endpoint }).total };
  };
  const at = (path: (string | number)[]): string => `validateRequest: messages[0].${path.join('.').replace(/\.(\d+)/g, '[$1]')}`;
  const issue = (code: string, severity: string, path: (string | number)[], message: string): unknown => ({
    code,
    severity,
    message: `${at(path)}: ${message}`,
    path: ['messages', 0, ...path],
  });
  const notAList = (shown: string): unknown => issue('TO_INVALID', 'error', ['destinations'], `invalid destination ${shown}: "destinations" must be a non-empty array of { "to": … } objects`);
  const notAnObject = (k: number, shown: string): unknown =>
    issue('TO_INVALID', 'error', ['destinations', k], `invalid destination ${shown}: each destination is an object { "to": "41793026727", "messageId"?: … }`);
  const valid = { to: '41793026727' };

  it.each([
    ['a number', 5, [notAList('a number')], 0],
    ['one destination object, not in an array', valid, [notAList('an object')], 0],
    ['an empty array', [], [notAList('[]')], 0],
    ['an entry that is a number', [5, valid], [notAnObject(0, '5')], 1],
    ['an entry that is the number as a string', ['41793026727', valid], [notAnObject(0, '"41793026727"')], 1],
    // eslint-disable-next-line no-sparse-arrays
    ['a hole', [, valid], [notAnObject(0, 'a hole')], 1],
    ['an entry without "to"', [{ messageId: 'a' }, valid], [issue('TO_INVALID', 'error', ['destinations', 0, 'to'], 'missing destination: "to" is required: a string in international format, e.g. "41793026727"')], 1],
    ['"to" given as undefined', [{ to: undefined }], [issue('TO_INVALID', 'error', ['destinations', 0, 'to'], 'missing destination: "to" is required: a string in international format, e.g. "41793026727"')], 0],
    ['"to" as a number', [{ to: 41793026727 }], [issue('TO_INVALID', 'error', ['destinations', 0, 'to'], 'invalid destination 41793026727: "to" must be a string in international format, e.g. "41793026727"')], 0],
    ['an empty messageId', [{ to: '41793026727', messageId: '' }], [issue('FIELD_INVALID', 'error', ['destinations', 0, 'messageId'], 'invalid messageId: expected a non-empty string')], 1],
    ['a messageId that is not a string', [{ to: '41793026727', messageId: 5 }], [issue('FIELD_INVALID', 'error', ['destinations', 0, 'messageId'], 'invalid messageId: expected a string, got 5')], 1],
    ['a "to" that is no number', [{ to: '12ab' }, valid], [issue('TO_INVALID', 'error', ['destinations', 0, 'to'], 'invalid destination "12ab": character "a" at index 2: expected a number in international format, digits only, e.g. "41793026727"')], 1],
    ['a networkId, which is v3 only', [{ to: '41793026727', networkId: 5 }], [issue('UNKNOWN_FIELD', 'warning', ['destinations', 0, 'networkId'], 'unknown field "networkId": the fields here are `to`, `messageId`')], 1],
    // Unknown to v2, so not checked as v3 checks it: the one warning, not also FIELD_INVALID.
    ['a networkId out of v3\'s range', [{ to: '41793026727', networkId: -1 }], [issue('UNKNOWN_FIELD', 'warning', ['destinations', 0, 'networkId'], 'unknown field "networkId": the fields here are `to`, `messageId`')], 1],
  ])('v2: %s is reported at its place, and only the valid destinations are counted', (_, destinations, issues, total) => {
    expect(run(v2(destinations), '/sms/2/binary/advanced')).toEqual({ issues, total });
  });

  it('v2: a named field on the array of destinations is reported, saying an array holds entries only', () => {
    expect(run(v2(Object.assign([valid], { x: 1 })), '/sms/2/binary/advanced')).toEqual({
      issues: [issue('UNKNOWN_FIELD', 'warning', ['destinations', 'x'], 'unknown field "x": it holds entries only, no named fields')],
      total: 1,
    });
  });

  it('v2: a "to" behind a getter is not read, and is reported unreadable at its own path (the one issue there)', () => {
    const destination = Object.defineProperty({}, 'to', { get: () => '41793026727', enumerable: true });
    expect(run(v2([destination]), '/sms/2/binary/advanced')).toEqual({
      issues: [issue('REQUEST_UNREADABLE', 'error', ['destinations', 0, 'to'], 'the value cannot be read: it is an accessor property, not a value')],
      total: 0,
    });
  });

  it('v2: the same number twice is a warning on the second, and both are counted', () => {
    expect(run(v2([valid, { to: '41793026727' }]), '/sms/2/binary/advanced')).toEqual({
      issues: [
        issue('TO_DUPLICATE', 'warning', ['destinations', 1, 'to'], 'destination "41793026727" appears more than once: the same number as entry 0: the provider documents no de-duplication, so smshex takes it as sent, and billed, once per entry (countSms counts both)'),
      ],
      total: 2,
    });
  });

  it.each([
    ['0', 0, []],
    ['the largest safe integer', Number.MAX_SAFE_INTEGER, []],
    ['-1', -1, [issue('FIELD_INVALID', 'error', ['destinations', 0, 'networkId'], 'invalid networkId: expected an integer from 0 up, got -1')]],
    ['1.5', 1.5, [issue('FIELD_INVALID', 'error', ['destinations', 0, 'networkId'], 'invalid networkId: expected an integer from 0 up, got 1.5')]],
    ['a string', '5', [issue('FIELD_INVALID', 'error', ['destinations', 0, 'networkId'], 'invalid networkId: expected an integer from 0 up, got "5"')]],
  ])('v3: a networkId of %s is checked', (_, networkId, issues) => {
    expect(run(v3([{ to: '41793026727', networkId, messageId: 'm-1' }]), '/sms/3/messages')).toEqual({ issues, total: 1 });
  });

  it('stops checking destinations at the maxIssues cap', () => {
    const body = v2(Array.from({ length: 50 }, () => 5));
    const { issues } = validateRequest(body, { endpoint: '/sms/2/binary/advanced', maxIssues: 3 });
    expect(issues.filter((i) => i.code === 'TO_INVALID').map((i) => i.path)).toEqual([
      ['messages', 0, 'destinations', 0],
      ['messages', 0, 'destinations', 1],
      ['messages', 0, 'destinations', 2],
    ]);
  });
});
