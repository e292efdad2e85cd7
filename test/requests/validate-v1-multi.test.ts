import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { buildMultiRequest, NATIONAL_LANGUAGES, validateBinaryRequest, type SmsHexIssue } from '../../src/index.js';
import providerBody from '../vectors/provider-body.json' with { type: 'json' };

/** The body of the provider's page as published, mixed-case hex included. */
const PROVIDER_EXAMPLE = providerBody.body;

/** A one-message body with `binary` (and optionally other fields) replaced. */
const one = (binary: unknown, extra: Record<string, unknown> = {}) => ({ messages: [{ to: '41793026727', binary, ...extra }] });
const gsm = (hex: string, esmClass = 0) => ({ hex, dataCoding: 0, esmClass });
const spaced = (count: number, byte = '41') => Array.from({ length: count }, () => byte).join(' ');
const concatHex = (reference: number, total: number, sequence: number, payload = '48') =>
  `05 00 03 ${reference.toString(16).padStart(2, '0')} ${total.toString(16).padStart(2, '0')} ${sequence.toString(16).padStart(2, '0')} ${payload}`;

const summary = (issues: SmsHexIssue[]) => issues.map(({ path, code, severity, index }) => ({ path, code, severity, ...(index === undefined ? {} : { index }) }));

afterEach(() => {
  // No input may leave anything on Object.prototype.
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('validateBinaryRequest accepts', () => {
  it("the provider's example body", () => {
    expect(validateBinaryRequest(PROVIDER_EXAMPLE)).toEqual({ ok: true, issues: [] });
  });

  it('the example as JSON text parsed', () => {
    expect(validateBinaryRequest(JSON.parse(JSON.stringify(PROVIDER_EXAMPLE)))).toEqual({ ok: true, issues: [] });
  });

  it('missing dataCoding and esmClass (the API defaults them to 0)', () => {
    expect(validateBinaryRequest(one({ hex: '48 69' }))).toEqual({ ok: true, issues: [] });
  });

  it('a complete concatenated message', () => {
    const body = { messages: [1, 2, 3].map((s) => ({ to: '41793026727', binary: gsm(concatHex(9, 3, s), 0x40) })) };
    expect(validateBinaryRequest(body)).toEqual({ ok: true, issues: [] });
  });

  it('the capacity boundaries exactly', () => {
    expect(validateBinaryRequest(one(gsm(spaced(160)))).ok).toBe(true);
    expect(validateBinaryRequest(one(gsm(`05 00 03 01 01 01 ${spaced(153)}`, 0x40))).ok).toBe(true);
    expect(validateBinaryRequest(one(gsm(`06 08 04 00 01 01 01 ${spaced(152)}`, 0x40))).ok).toBe(true);
    expect(validateBinaryRequest(one({ hex: spaced(140, '00'), dataCoding: 8 })).ok).toBe(true);
    expect(validateBinaryRequest(one({ hex: spaced(160), dataCoding: 0xf0 })).ok).toBe(true);
    expect(validateBinaryRequest(one({ hex: spaced(140, 'ff'), dataCoding: 0xf4 })).ok).toBe(true);
    expect(validateBinaryRequest(one({ hex: `05 00 03 01 01 01 ${spaced(134, '00')}`, dataCoding: 4, esmClass: 0x40 })).ok).toBe(true);
  });

  it('everything buildMultiRequest makes', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.string({ unit: fc.constantFrom('a', 'é', '€', '😀', ' ', '[', '中', 'ş', 'ğ', 'क'), minLength: 1, maxLength: 400 }), to: fc.constantFrom('41793026727', '41793026731'), language: fc.constantFrom('none' as const, 'auto' as const) }).map((m) => (m.language === 'auto' ? { ...m, languages: Object.values(NATIONAL_LANGUAGES) } : m)), {
          minLength: 1,
          maxLength: 3,
        }),
        (inputs) => {
          const result = validateBinaryRequest(JSON.parse(JSON.stringify(buildMultiRequest(inputs))));
          expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
          // References within one request come from a request-local generator: no collision, no warning.
          expect(result.issues).toEqual([]);
          expect(result.ok).toBe(true);
        },
      ),
    );
  });
});

describe('validateBinaryRequest reports', () => {
  it.each([
    ['a non-object body', 'hello', [{ path: [], code: 'REQUEST_SHAPE', severity: 'error' }]],
    ['null', null, [{ path: [], code: 'REQUEST_SHAPE', severity: 'error' }]],
    ['an array body', [], [{ path: [], code: 'REQUEST_SHAPE', severity: 'error' }]],
    ['no messages', {}, [{ path: ['messages'], code: 'REQUEST_SHAPE', severity: 'error' }]],
    ['empty messages', { messages: [] }, [{ path: ['messages'], code: 'REQUEST_SHAPE', severity: 'error' }]],
    ['messages not an array', { messages: {} }, [{ path: ['messages'], code: 'REQUEST_SHAPE', severity: 'error' }]],
    ['a message that is not an object', { messages: [7] }, [{ path: ['messages', 0], code: 'REQUEST_SHAPE', severity: 'error' }]],
    ['a hole', { messages: [, { to: '41793026727', binary: gsm('48') }] }, [{ path: ['messages', 0], code: 'REQUEST_SHAPE', severity: 'error' }]],
    ['no binary', { messages: [{ to: '41793026727' }] }, [{ path: ['messages', 0, 'binary'], code: 'REQUEST_SHAPE', severity: 'error' }]],
    ['no hex', one({ dataCoding: 0 }), [{ path: ['messages', 0, 'binary', 'hex'], code: 'REQUEST_SHAPE', severity: 'error' }]],
    ['no to', { messages: [{ binary: gsm('48') }] }, [{ path: ['messages', 0, 'to'], code: 'TO_INVALID', severity: 'error' }]],
    ['to a number', one(gsm('48'), { to: 41793026727 }), [{ path: ['messages', 0, 'to'], code: 'TO_INVALID', severity: 'error' }]],
    ['to empty array', one(gsm('48'), { to: [] }), [{ path: ['messages', 0, 'to'], code: 'TO_INVALID', severity: 'error' }]],
    ['to with a letter', one(gsm('48'), { to: '4179302672x' }), [{ path: ['messages', 0, 'to'], code: 'TO_INVALID', severity: 'error', index: 10 }]],
    ['to of 16 digits', one(gsm('48'), { to: '4179302672712345' }), [{ path: ['messages', 0, 'to'], code: 'TO_INVALID', severity: 'error' }]],
    ['to with +', one(gsm('48'), { to: '+41793026727' }), [{ path: ['messages', 0, 'to'], code: 'TO_FORMAT', severity: 'warning' }]],
    ['to with 00', one(gsm('48'), { to: '0041793026727' }), [{ path: ['messages', 0, 'to'], code: 'TO_FORMAT', severity: 'warning' }]],
    ['to with spaces', one(gsm('48'), { to: '41 79 302 67 27' }), [{ path: ['messages', 0, 'to'], code: 'TO_FORMAT', severity: 'warning' }]],
    ['to with dashes', one(gsm('48'), { to: '41-79-3026727' }), [{ path: ['messages', 0, 'to'], code: 'TO_FORMAT', severity: 'warning' }]],
    ['to national', one(gsm('48'), { to: '0793026727' }), [{ path: ['messages', 0, 'to'], code: 'TO_FORMAT', severity: 'warning' }]],
    ['to twice', one(gsm('48'), { to: ['41793026727', '+41793026727'] }), [
      { path: ['messages', 0, 'to', 1], code: 'TO_FORMAT', severity: 'warning' },
      { path: ['messages', 0, 'to', 1], code: 'TO_DUPLICATE', severity: 'warning' },
    ]],
    ['to entry not a string', one(gsm('48'), { to: ['41793026727', 5] }), [{ path: ['messages', 0, 'to', 1], code: 'TO_INVALID', severity: 'error' }]],
    ['from too short', one(gsm('48'), { from: 'AB' }), [{ path: ['messages', 0, 'from'], code: 'FROM_INVALID', severity: 'error' }]],
    ['from too long', one(gsm('48'), { from: 'CompanyName1' }), [{ path: ['messages', 0, 'from'], code: 'FROM_INVALID', severity: 'error' }]],
    ['from numeric too long', one(gsm('48'), { from: '417930267001234' }), [{ path: ['messages', 0, 'from'], code: 'FROM_INVALID', severity: 'error' }]],
    ['from with +', one(gsm('48'), { from: '+41793026700' }), [{ path: ['messages', 0, 'from'], code: 'FROM_FORMAT', severity: 'warning' }]],
    ['from non-ASCII', one(gsm('48'), { from: 'Café' }), [{ path: ['messages', 0, 'from'], code: 'FROM_INVALID', severity: 'error', index: 3 }]],
    ['from not a string', one(gsm('48'), { from: 12345 }), [{ path: ['messages', 0, 'from'], code: 'FROM_INVALID', severity: 'error' }]],
    ['uppercase-only hex is fine, but unspaced hex', one(gsm('4869')), [{ path: ['messages', 0, 'binary', 'hex'], code: 'HEX_MISSING_SEPARATOR', severity: 'error', index: 2 }]],
    ['a bad hex digit', one(gsm('48 6g')), [{ path: ['messages', 0, 'binary', 'hex'], code: 'HEX_INVALID_CHAR', severity: 'error', index: 4 }]],
    ['trailing space', one(gsm('48 ')), [{ path: ['messages', 0, 'binary', 'hex'], code: 'HEX_WHITESPACE', severity: 'error', index: 2 }]],
    ['empty hex', one(gsm('')), [{ path: ['messages', 0, 'binary', 'hex'], code: 'PAYLOAD_EMPTY', severity: 'warning' }]],
    ['empty hex with UDHI', one(gsm('', 0x40)), [
      { path: ['messages', 0, 'binary', 'hex'], code: 'PAYLOAD_EMPTY', severity: 'warning' },
      { path: ['messages', 0, 'binary', 'hex'], code: 'UDH_TRUNCATED', severity: 'error', index: 0 },
    ]],
    ['hex not a string', one({ hex: 72, dataCoding: 0 }), [{ path: ['messages', 0, 'binary', 'hex'], code: 'REQUEST_SHAPE', severity: 'error' }]],
    ['dataCoding 256', one({ hex: '48', dataCoding: 256 }), [{ path: ['messages', 0, 'binary', 'dataCoding'], code: 'DATA_CODING_INVALID', severity: 'error' }]],
    ['dataCoding "0"', one({ hex: '48', dataCoding: '0' }), [{ path: ['messages', 0, 'binary', 'dataCoding'], code: 'DATA_CODING_INVALID', severity: 'error' }]],
    ['a reserved dataCoding', one({ hex: '48', dataCoding: 0x20 }), [{ path: ['messages', 0, 'binary', 'dataCoding'], code: 'DATA_CODING_RESERVED', severity: 'warning' }]],
    ['161 septets with a GSM 7-bit flash dataCoding', one({ hex: spaced(161), dataCoding: 0xf0 }), [{ path: ['messages', 0, 'binary', 'hex'], code: 'PART_TOO_LONG', severity: 'error' }]],
    ['a septet above 0x7f with dataCoding 0xF1', one({ hex: '48 c8', dataCoding: 0xf1 }), [{ path: ['messages', 0, 'binary', 'hex'], code: 'GSM7_INVALID_SEPTET', severity: 'error', index: 3 }]],
    ['esmClass 1.5', one({ hex: '48', dataCoding: 0, esmClass: 1.5 }), [{ path: ['messages', 0, 'binary', 'esmClass'], code: 'ESM_CLASS_INVALID', severity: 'error' }]],
    ['UDHI without a header', one(gsm('48 69', 0x40)), [{ path: ['messages', 0, 'binary', 'hex'], code: 'UDH_TRUNCATED', severity: 'error', index: 0 }]],
    ['a bad sequence', one(gsm('05 00 03 2a 02 03 48', 0x40)), [{ path: ['messages', 0, 'binary', 'hex'], code: 'UDH_CONCAT_SEQUENCE', severity: 'error', index: 15 }]],
    ['a header without UDHI', one(gsm('05 00 03 2a 01 01 48')), [{ path: ['messages', 0, 'binary', 'hex'], code: 'UDH_WITHOUT_UDHI', severity: 'warning' }]],
    ['two concatenation elements', one(gsm('0b 00 03 2a 01 01 08 04 00 2a 01 01 48', 0x40)), [{ path: ['messages', 0, 'binary', 'hex'], code: 'UDH_ELEMENT_REPEATED', severity: 'warning' }]],
    ['a locking shift for Spanish', one(gsm('03 25 01 02 48', 0x40)), [{ path: ['messages', 0, 'binary', 'hex'], code: 'UDH_LANGUAGE_UNSUPPORTED', severity: 'warning' }]],
    ['an unknown language', one(gsm('03 24 01 63 48', 0x40)), [{ path: ['messages', 0, 'binary', 'hex'], code: 'UDH_LANGUAGE_UNSUPPORTED', severity: 'warning' }]],
    ['an unassigned septet in the Bengali table', one(gsm('03 25 01 04 15 0c', 0x40)), [{ path: ['messages', 0, 'binary', 'hex'], code: 'GSM7_UNASSIGNED_SEPTET', severity: 'error', index: 15 }]],
    ['a septet above 0x7f', one(gsm('48 c8')), [{ path: ['messages', 0, 'binary', 'hex'], code: 'GSM7_INVALID_SEPTET', severity: 'error', index: 3 }]],
    ['a trailing escape', one(gsm('48 1b')), [{ path: ['messages', 0, 'binary', 'hex'], code: 'GSM7_TRAILING_ESCAPE', severity: 'error', index: 3 }]],
    ['odd UCS-2', one({ hex: '00 48 00', dataCoding: 8 }), [{ path: ['messages', 0, 'binary', 'hex'], code: 'UCS2_ODD_LENGTH', severity: 'error', index: 6 }]],
    ['a lone surrogate', one({ hex: '05 00 03 01 01 01 d8 3d 00 41', dataCoding: 8, esmClass: 0x40 }), [{ path: ['messages', 0, 'binary', 'hex'], code: 'UCS2_LONE_SURROGATE', severity: 'error', index: 18 }]],
    ['161 septets', one(gsm(spaced(161))), [{ path: ['messages', 0, 'binary', 'hex'], code: 'PART_TOO_LONG', severity: 'error' }]],
    ['154 septets after a 6-octet header', one(gsm(`05 00 03 01 01 01 ${spaced(154)}`, 0x40)), [{ path: ['messages', 0, 'binary', 'hex'], code: 'PART_TOO_LONG', severity: 'error' }]],
    ['153 septets after a 7-octet header', one(gsm(`06 08 04 00 01 01 01 ${spaced(153)}`, 0x40)), [{ path: ['messages', 0, 'binary', 'hex'], code: 'PART_TOO_LONG', severity: 'error' }]],
    ['141 UCS-2 octets', one({ hex: spaced(142, '00'), dataCoding: 8 }), [{ path: ['messages', 0, 'binary', 'hex'], code: 'PART_TOO_LONG', severity: 'error' }]],
    ['135 data octets after a header', one({ hex: `05 00 03 01 01 01 ${spaced(135, '00')}`, dataCoding: 4, esmClass: 0x40 }), [{ path: ['messages', 0, 'binary', 'hex'], code: 'PART_TOO_LONG', severity: 'error' }]],
  ] as Array<[string, unknown, unknown[]]>)('%s', (_name, body, expected) => {
    const result = validateBinaryRequest(body);
    expect(summary(result.issues)).toEqual(expected);
    expect(result.ok).toBe(!expected.some((i) => (i as SmsHexIssue).severity === 'error'));
    for (const issue of result.issues) expect(issue.message).toMatch(/^validateBinaryRequest/);
  });

  it('names the field and the position in the message', () => {
    expect(validateBinaryRequest(one(gsm('48 6g'))).issues[0]?.message).toBe(
      'validateBinaryRequest: messages[0].binary.hex: invalid character "g" at index 4',
    );
    expect(validateBinaryRequest(one(gsm('05 00 03 2a 02 03', 0x40))).issues[0]?.message).toBe(
      'validateBinaryRequest: messages[0].binary.hex: concatenation sequence out of range at octet 5 (index 15 in the hex): sequence 3 is above the total 2',
    );
    expect(validateBinaryRequest(one(gsm('48'), { to: '+41793026727' })).issues[0]?.message).toBe(
      'validateBinaryRequest: messages[0].to: destination "+41793026727" is not in the form the API takes: it is valid E.164, but the API takes the digits without "+": write 41793026727',
    );
  });

  describe('across messages', () => {
    const part = (to: unknown, reference: number, total: number, sequence: number, from?: string) => ({
      ...(from === undefined ? {} : { from }),
      to,
      binary: gsm(concatHex(reference, total, sequence), 0x40),
    });

    it.each([
      ['a missing part', [part('41793026727', 1, 3, 1), part('41793026727', 1, 3, 3)], [{ path: ['messages', 0], code: 'CONCAT_SEQUENCE_MISSING', severity: 'warning' }]],
      ['a repeated part', [part('41793026727', 1, 2, 1), part('41793026727', 1, 2, 2), part('41793026727', 1, 2, 2)], [
        { path: ['messages', 2, 'binary', 'hex'], code: 'CONCAT_SEQUENCE_DUPLICATE', severity: 'warning' },
      ]],
      ['totals that disagree', [part('41793026727', 1, 2, 1), part('41793026727', 1, 2, 2), part('41793026727', 1, 3, 3)], [
        { path: ['messages', 2, 'binary', 'hex'], code: 'CONCAT_TOTAL_MISMATCH', severity: 'warning' },
      ]],
      ['parts to several destinations', [part(['41793026727', '41793026731'], 1, 2, 1), part('41793026727', 1, 2, 2)], [
        { path: ['messages', 0], code: 'CONCAT_SEQUENCE_MISSING', severity: 'warning' },
      ]],
      ['one reference to two destinations is two messages', [part('41793026727', 1, 1, 1), part('41793026731', 1, 1, 1)], []],
      ['one reference from two senders is two messages', [part('41793026727', 1, 1, 1, 'Alpha'), part('41793026727', 1, 1, 1, 'Beta')], []],
      ['the same number written two ways is one destination', [part('41793026727', 1, 2, 1), part('+41793026727', 1, 2, 2)], [
        { path: ['messages', 1, 'to'], code: 'TO_FORMAT', severity: 'warning' },
      ]],
    ] as Array<[string, unknown[], unknown[]]>)('%s', (_name, messages, expected) => {
      const result = validateBinaryRequest({ messages });
      expect(summary(result.issues)).toEqual(expected);
      expect(result.ok).toBe(true);
    });

    it('names what is missing', () => {
      const result = validateBinaryRequest({ messages: [part('41793026727', 0x2a, 4, 2)] });
      expect(result.issues[0]?.message).toBe(
        'validateBinaryRequest: messages[0]: a concatenated message is incomplete: reference 42 (8-bit) to 41793026727: parts 1, 3, 4 of 4 are not in this request',
      );
    });
  });
});

describe('validateBinaryRequest on hostile input', () => {
  it('reports __proto__, constructor and prototype keys without polluting anything', () => {
    const body = JSON.parse(
      '{"__proto__":{"polluted":1},"messages":[{"to":"41793026727","constructor":{"prototype":{"polluted":1}},"binary":{"hex":"48","prototype":1,"__proto__":{"polluted":1}}}]}',
    );
    const result = validateBinaryRequest(body);
    expect(result.ok).toBe(false);
    expect(summary(result.issues)).toEqual([
      { path: ['__proto__'], code: 'REQUEST_UNSAFE_KEY', severity: 'error' },
      { path: ['messages', 0, 'constructor'], code: 'REQUEST_UNSAFE_KEY', severity: 'error' },
      { path: ['messages', 0, 'binary', '__proto__'], code: 'REQUEST_UNSAFE_KEY', severity: 'error' },
      { path: ['messages', 0, 'binary', 'prototype'], code: 'REQUEST_UNSAFE_KEY', severity: 'error' },
    ]);
    expect(result.issues[0]?.message).toBe(
      'validateBinaryRequest: __proto__: key "__proto__" does not belong in a request body: it can pollute prototypes where the body is merged',
    );
  });

  it('never calls a getter', () => {
    let called = false;
    const message = { to: '41793026727' };
    Object.defineProperty(message, 'binary', { enumerable: true, get: () => { called = true; return gsm('48'); } });
    const result = validateBinaryRequest({ messages: [message] });
    expect(called).toBe(false);
    expect(summary(result.issues)).toEqual([{ path: ['messages', 0, 'binary'], code: 'REQUEST_UNREADABLE', severity: 'error' }]);
    const list = [gsm('48')];
    Object.defineProperty(list, 0, { get: () => { called = true; return {}; } });
    expect(summary(validateBinaryRequest({ messages: list }).issues)).toEqual([{ path: ['messages', 0], code: 'REQUEST_UNREADABLE', severity: 'error' }]);
    expect(called).toBe(false);
  });

  it('survives a proxy that throws', () => {
    const trap = new Proxy({}, { getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
    expect(summary(validateBinaryRequest(trap).issues)).toEqual([{ path: [], code: 'REQUEST_UNREADABLE', severity: 'error' }]);
    expect(summary(validateBinaryRequest({ messages: [trap] }).issues)).toEqual([{ path: ['messages', 0], code: 'REQUEST_UNREADABLE', severity: 'error' }]);
  });

  it('stops at the cap on a huge array and says where', () => {
    const result = validateBinaryRequest({ messages: new Array(1e9) });
    expect(result.ok).toBe(false);
    expect(result.issues).toHaveLength(101);
    expect(result.issues[100]).toMatchObject({ code: 'REQUEST_ISSUES_CAPPED', severity: 'warning', path: [] });
    expect(result.issues[100]?.message).toBe(
      'validateBinaryRequest: more than 100 issues: checking stopped: messages[100] was the last checked, of 1000000000; raise maxIssues to see more',
    );
    expect(validateBinaryRequest({ messages: [0, 0, 0] }, { maxIssues: 2 }).issues.map((i) => i.code)).toEqual([
      'REQUEST_SHAPE',
      'REQUEST_SHAPE',
      'REQUEST_ISSUES_CAPPED',
    ]);
  });

  it('stops in a huge array of destinations', () => {
    const result = validateBinaryRequest(one(gsm('48'), { to: new Array(1e9) }), { maxIssues: 5 });
    expect(result.issues.map((i) => i.code)).toEqual([...Array(5).fill('TO_INVALID'), 'REQUEST_ISSUES_CAPPED']);
  });

  it('is not ok when checking stopped, even on warnings only', () => {
    const messages = Array.from({ length: 4 }, () => ({ to: '+41793026727', binary: gsm('48') }));
    const result = validateBinaryRequest({ messages }, { maxIssues: 3 });
    expect(result.issues.map((i) => i.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    expect(result.ok).toBe(false);
    expect(validateBinaryRequest({ messages }, { maxIssues: 4 }).ok).toBe(true);
  });

  it('does not recurse into deep nesting', () => {
    let deep: unknown = '41793026727';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(summary(validateBinaryRequest(one(gsm('48'), { to: deep })).issues)).toEqual([
      { path: ['messages', 0, 'to', 0], code: 'TO_INVALID', severity: 'error' },
    ]);
  });

  it('cuts long values in messages', () => {
    const message = validateBinaryRequest(one(gsm('48'), { to: `${'1'.repeat(10_000)}x` })).issues[0]?.message ?? '';
    expect(message.length).toBeLessThan(300);
  });

  it.each([[undefined], [NaN], [Symbol('x')], [() => 1], [new Map()], [Object.create(null)], [new String('x')], [new Uint8Array(3)]])(
    'reports %s as an issue',
    (body) => {
      const result = validateBinaryRequest(body);
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
    },
  );

  it('throws only for malformed options', () => {
    expect(() => validateBinaryRequest({}, { maxIssues: 0 })).toThrow(RangeError);
    expect(() => validateBinaryRequest({}, 'x' as never)).toThrow(TypeError);
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateBinaryRequest(value);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });

  it('never throws on anything, nor on anything in the right places', () => {
    const anything = fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withObjectString: true });
    fc.assert(
      fc.property(anything, anything, anything, anything, (a, b, c, d) => {
        for (const body of [a, { messages: a }, { messages: [a, { to: b, from: c, binary: d }] }, one({ hex: b, dataCoding: c, esmClass: d }, { to: a })]) {
          const result = validateBinaryRequest(body);
          expect(Array.isArray(result.issues)).toBe(true);
        }
      }),
    );
  });
});
