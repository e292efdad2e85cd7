/**
 * The request layer: buildRequest and validateRequest for every endpoint,
 * the provider's documented examples (and hand-broken variants), envelope
 * detection, unknown keys, hostile input, responses and smsCount.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildRequest,
  compareSmsCount,
  countSms,
  createReferenceGenerator,
  ENDPOINTS,
  type Endpoint,
  parseResponse,
  type RequestMessageInput,
  SmsHexError,
  validateRequest,
} from '../../src/index.js';
import { thrown } from '../helpers/thrown.js';
import vectors from '../vectors/provider-envelopes.json' with { type: 'json' };

const NOW = Date.parse(vectors.now);
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const errors = (body: unknown, options = {}) => validateRequest(body, { now: NOW, ...options }).issues.filter((i) => i.severity === 'error');

describe('the provider\'s documented examples', () => {
  it.each(vectors.requests)('$endpoint validates clean, detected and named', ({ endpoint, body }) => {
    expect(validateRequest(body, { now: NOW })).toEqual({ ok: true, endpoint, detected: true, issues: [] });
    expect(validateRequest(body, { now: NOW, endpoint: endpoint as Endpoint, unknownKeys: 'error' })).toEqual({ ok: true, endpoint, detected: false, issues: [] });
  });

  it.each(vectors.broken)('$endpoint with $set broken fails with $code at $path', (vector) => {
    const source = vectors.requests.find((r) => r.endpoint === vector.endpoint) as { body: unknown };
    const body = clone(source.body) as Record<string | number, unknown>;
    let target = body;
    for (const key of vector.set.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
    target[vector.set[vector.set.length - 1] as string | number] = 'repeat' in vector ? 'x'.repeat(vector.repeat as number) : vector.value;
    const found = errors(body);
    expect(found.map(({ code, path }) => ({ code, path }))).toContainEqual({ code: vector.code, path: vector.path });
    expect(validateRequest(body, { now: NOW }).endpoint).toBe(vector.endpoint);
  });
});

describe('validateRequest: envelopes, unknown keys and messages', () => {
  it('reports the misspelled keys of the issue, and the UCS-2 payload taken as dataCoding 0', () => {
    const result = validateRequest({ messages: [{ form: 'InfoSMS', to: '41793026727', binary: { hex: '54 65', datacoding: 8, esmClass: 0 } }] });
    expect(result.issues.map(({ code, path, severity }) => ({ code, path, severity }))).toEqual([
      { code: 'UNKNOWN_FIELD', path: ['messages', 0, 'form'], severity: 'warning' },
      { code: 'UNKNOWN_FIELD', path: ['messages', 0, 'binary', 'datacoding'], severity: 'warning' },
      { code: 'FIELD_DEFAULTED', path: ['messages', 0, 'binary', 'dataCoding'], severity: 'info' },
    ]);
    expect(result.issues[0]?.message).toContain('did you mean `from`?');
    expect(result.issues[1]?.message).toContain('did you mean `dataCoding`?');
    expect(validateRequest({ messages: [{ to: '41793026727', binary: { hex: '54 65', datacoding: 8 } }] }, { unknownKeys: 'error' }).ok).toBe(false);
  });

  it('says a v2 body is v2, and what a v1 check of it expected', () => {
    const v2 = { messages: [{ from: 'InfoSMS', destinations: [{ to: '41793026727' }], binary: { hex: '54 65' } }] };
    expect(validateRequest(v2)).toMatchObject({ ok: true, endpoint: '/sms/2/binary/advanced' });
    const asV1 = validateRequest(v2, { endpoint: '/sms/1/binary/multi' });
    const missing = asV1.issues.find((i) => i.code === 'TO_INVALID');
    expect(missing?.message).toBe(
      'validateRequest: messages[0].to: missing destination: "to" is required: a number in international format ("41793026727") or an array of them; this message has "destinations", which /sms/2/binary/advanced and /sms/3/messages use',
    );
    expect(asV1.issues.find((i) => i.code === 'UNKNOWN_FIELD')?.message).toContain('it is a field of /sms/2/binary/advanced and /sms/3/messages');
  });

  it.each([
    ['to and destinations', { messages: [{ to: '41793026727', destinations: [{ to: '41793026727' }], binary: { hex: '54' } }] }],
    ['binary and content', { messages: [{ destinations: [{ to: '41793026727' }], binary: { hex: '54' }, content: { hex: '54' } }] }],
    ['messages and a v1 single "to"', { to: '41793026727', messages: [{ to: '41793026727', binary: { hex: '54' } }] }],
  ])('reports a body mixing envelopes (%s)', (_, body) => {
    expect(errors(body).map((i) => i.code)).toContain('REQUEST_ENVELOPE_MIXED');
  });

  it('offers the fixed destination for "+41793026727"', () => {
    const issue = validateRequest({ messages: [{ sender: 'InfoSMS', destinations: [{ to: '+41793026727' }], content: { hex: '54' } }] }).issues[0];
    expect(issue).toMatchObject({ code: 'TO_FORMAT', severity: 'warning', path: ['messages', 0, 'destinations', 0, 'to'] });
    expect(issue?.message).toContain('it is valid E.164, but the API takes the digits without "+": write 41793026727');
  });

  it('checks sendAt against the clock it is given', () => {
    const body = { messages: [{ destinations: [{ to: '41793026727' }], binary: { hex: '54' }, sendAt: '2021-08-25T16:00:00.000+0000' }] };
    expect(validateRequest(body, { now: NOW }).ok).toBe(true);
    expect(validateRequest(body, { now: new Date('2020-01-01T00:00:00Z') }).issues[0]).toMatchObject({ code: 'SEND_AT_INVALID', path: ['messages', 0, 'sendAt'] });
    const iso = { messages: [{ destinations: [{ to: '41793026727' }], binary: { hex: '54' }, sendAt: '2021-08-25T16:00:00Z' }] };
    expect(validateRequest(iso, { now: NOW }).issues[0]?.message).toContain('write 2021-08-25T16:00:00.000+0000');
  });

  it('reports the values the provider adjusts as warnings', () => {
    const body = { bulkId: 'b'.repeat(101), messages: [{ destinations: [{ to: '41793026727' }], binary: { hex: '54' }, validityPeriod: 3000 }] };
    const result = validateRequest(body);
    expect(result.ok).toBe(true);
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([
      ['FIELD_ADJUSTED', ['bulkId']],
      ['FIELD_ADJUSTED', ['messages', 0, 'validityPeriod']],
    ]);
  });
});

describe('validateRequest on hostile input never throws', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const trap = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, getOwnPropertyDescriptor: () => { throw new Error('boom'); } });
  let deep: unknown = { hex: '54' };
  for (let i = 0; i < 10_000; i++) deep = { messages: [deep] };
  const getter = { messages: [{ to: '41793026727', get binary(): unknown { throw new Error('getter called'); } }] };
  it.each([
    ['a revoked proxy', revoked.proxy],
    ['a revoked proxy as a message', { messages: [revoked.proxy] }],
    ['a throwing proxy', { messages: [{ sender: 'InfoSMS', destinations: trap, content: trap }] }],
    ['deep nesting', deep],
    ['a huge sparse array', { messages: new Array(1e9) }],
    ['a huge sparse array of destinations', { messages: [{ destinations: new Array(1e9), binary: { hex: '54' } }] }],
    ['a getter', getter],
    ['__proto__', JSON.parse('{"__proto__": {"polluted": true}, "messages": [{"to": "41793026727", "binary": {"hex": "54", "__proto__": 1}}]}')],
  ])('%s', (_, body) => {
    for (const endpoint of ['auto', ...ENDPOINTS] as const) {
      const result = validateRequest(body, { endpoint });
      expect(result.ok).toBe(false);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(result.issues.length).toBeLessThanOrEqual(101);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('fast-check: never throws on arbitrary JSON of any shape, nor pollutes a prototype', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.constantFrom('auto' as const, ...ENDPOINTS), (body, endpoint) => {
        const result = validateRequest(body, { endpoint });
        expect(typeof result.ok).toBe('boolean');
        for (const issue of result.issues) expect(issue.severity).toMatch(/^(error|warning|info)$/);
        expect(Object.prototype).not.toHaveProperty('polluted');
      }),
    );
  });

  it('fast-check: an unknown key anywhere in a valid body is reported at its path', () => {
    const body = vectors.requests[3]?.body as unknown;
    const objects: Array<Array<string | number>> = [];
    const walk = (value: unknown, path: Array<string | number>): void => {
      if (value === null || typeof value !== 'object') return;
      if (!Array.isArray(value)) objects.push(path);
      for (const [key, inner] of Object.entries(value)) walk(inner, [...path, Array.isArray(value) ? Number(key) : key]);
    };
    walk(body, []);
    fc.assert(
      fc.property(fc.constantFrom(...objects), fc.stringMatching(/^zz[a-z]{3,8}$/), (path, key) => {
        const copy = clone(body) as Record<string | number, unknown>;
        let target = copy;
        for (const step of path) target = target[step] as Record<string | number, unknown>;
        target[key] = 1;
        const issues = validateRequest(copy, { now: NOW }).issues;
        expect(issues.map((i) => [i.code, i.path])).toContainEqual(['UNKNOWN_FIELD', [...path, key]]);
      }),
    );
  });
});

describe('buildRequest', () => {
  it.each(ENDPOINTS)('builds a body for %s that validates clean', (endpoint) => {
    const body = buildRequest([{ from: 'InfoSMS', to: '41793026727', text: 'Test message.' }], { endpoint });
    expect(validateRequest(body)).toEqual({ ok: true, endpoint, detected: true, issues: [] });
  });

  it('writes the v3 delivery fields under options and webhooks, and sendAt and bulkId under options.schedule', () => {
    const body = buildRequest(
      [{ from: 'InfoSMS', to: { to: '41793026727', messageId: 'm-1' }, text: 'Hi', callbackData: 'cb', notifyUrl: 'https://example.com/dlr', validityPeriod: 60, flash: true, sendAt: new Date('2021-08-25T16:00:00Z') }],
      { endpoint: '/sms/3/messages', bulkId: 'bulk', includeSmsCountInResponse: true, now: NOW },
    );
    expect(body).toEqual({
      messages: [
        {
          sender: 'InfoSMS',
          destinations: [{ to: '41793026727', messageId: 'm-1' }],
          content: { hex: '48 69', dataCoding: 0, esmClass: 0 },
          options: { validityPeriod: { amount: 60, timeUnit: 'MINUTES' }, flash: true },
          webhooks: { delivery: { url: 'https://example.com/dlr' }, callbackData: 'cb' },
        },
      ],
      options: { schedule: { bulkId: 'bulk', sendAt: '2021-08-25T16:00:00.000+0000' }, includeSmsCountInResponse: true },
    });
  });

  it.each([
    ['an invalid destination', [{ to: 'abc', text: 'Hi' }], '/sms/1/binary/multi', 'TO_INVALID', [0, 'to']],
    ['a long sender', [{ from: 'A very long sender name', to: '41793026727', text: 'Hi' }], '/sms/1/binary/multi', 'FROM_INVALID', [0, 'from']],
    ['a reference of 300 for one part', [{ to: '41793026727', text: 'Hi', reference: 300 }], '/sms/1/binary/multi', 'REFERENCE_INVALID', [0, 'reference']],
    ['a 16-bit reference of 65536', [{ to: '41793026727', text: 'Hi', reference: 65536, referenceBits: 16 }], '/sms/2/binary/advanced', 'REFERENCE_INVALID', [0, 'reference']],
    ['callbackData for v1', [{ to: '41793026727', text: 'Hi', callbackData: 'x' }], '/sms/1/binary/multi', 'FIELD_UNSUPPORTED', [0, 'callbackData']],
    ['a messageId for v1', [{ to: { to: '41793026727', messageId: 'm' }, text: 'Hi' }], '/sms/1/binary/single', 'FIELD_UNSUPPORTED', [0, 'to', 0, 'messageId']],
    ['campaignReferenceId for v2', [{ to: '41793026727', text: 'Hi', campaignReferenceId: 'c' }], '/sms/2/binary/advanced', 'FIELD_UNSUPPORTED', [0, 'campaignReferenceId']],
    ['no sender for v3', [{ to: '41793026727', text: 'Hi' }], '/sms/3/messages', 'FROM_INVALID', [0, 'from']],
    ['two parts for v1 single', [{ to: '41793026727', text: 'x'.repeat(200) }], '/sms/1/binary/single', 'FIELD_UNSUPPORTED', [0]],
    ['a misspelled field', [{ to: '41793026727', text: 'Hi', callbakData: 'x' }], '/sms/2/binary/advanced', 'UNKNOWN_FIELD', [0, 'callbakData']],
    ['a sendAt too far ahead', [{ to: '41793026727', text: 'Hi', sendAt: '2022-08-25T16:00:00.000+0000' }], '/sms/2/binary/advanced', 'SEND_AT_INVALID', [0, 'sendAt']],
  ] as const)('throws a typed error for %s', (_, messages, endpoint, code, path) => {
    const error = thrown(() => buildRequest(messages as unknown as RequestMessageInput[], { endpoint, now: NOW }));
    expect({ code: error.code, path: error.path }).toEqual({ code, path });
  });

  it('names the envelope that can carry a field', () => {
    const error = thrown(() => buildRequest([{ to: '41793026727', text: 'Hi', callbackData: 'x' }], { endpoint: '/sms/1/binary/multi' }));
    expect(error.message).toBe(
      'buildRequest: [0].callbackData: "callbackData" cannot be carried by this endpoint: /sms/1/binary/multi has no such field; /sms/2/binary/advanced and /sms/3/messages do',
    );
  });

  it('never repeats a reference to one destination: 200 batches of 20 long texts', () => {
    const long = 'A long text that needs two parts. '.repeat(6);
    for (let batch = 0; batch < 200; batch++) {
      const body = buildRequest(Array.from({ length: 20 }, () => ({ to: '41793026727', text: long })), { endpoint: '/sms/2/binary/advanced' });
      const references = new Set(body.messages.filter((m) => m.binary.hex.slice(15, 17) === '01').map((m) => m.binary.hex.slice(9, 11)));
      expect(references.size).toBe(20);
    }
  });

  it('draws from the generator the caller passes', () => {
    const references = createReferenceGenerator({ referenceBits: 8 });
    const first = references.next('41793026727');
    const body = buildRequest([{ to: '41793026727', text: 'x'.repeat(200) }], { endpoint: '/sms/1/binary/multi', references });
    expect(body.messages[0]?.binary.hex.slice(9, 11)).toBe(((first + 1) % 256).toString(16).padStart(2, '0'));
  });

  const input: fc.Arbitrary<RequestMessageInput> = fc.record(
    {
      from: fc.oneof(fc.constantFrom('InfoSMS', '41793026700', 'ab', 'A very long sender name', '+41793026700'), fc.string({ maxLength: 15 })),
      to: fc.oneof(
        fc.constantFrom('41793026727', '+41793026727', 'abc', '', '0041 79 302 67 27'),
        fc.array(fc.oneof(fc.stringMatching(/^[0-9]{1,16}$/), fc.record({ to: fc.stringMatching(/^[0-9+]{1,16}$/), messageId: fc.string({ maxLength: 5 }) }, { requiredKeys: ['to'] })), { maxLength: 3 }),
      ),
      text: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('Hi', '测试短信。', 'x'.repeat(161))),
      reference: fc.integer({ min: -2, max: 70000 }),
      referenceBits: fc.constantFrom(8 as const, 16 as const),
      callbackData: fc.string({ maxLength: 5 }),
      validityPeriod: fc.integer({ min: -1, max: 4000 }),
      flash: fc.boolean(),
      sendAt: fc.constantFrom('2021-08-25T16:00:00.000+0000', '2021-08-25T16:00:00Z', '2031-01-01T00:00:00.000+0000', 'soon'),
      campaignReferenceId: fc.string({ maxLength: 5 }),
    },
    { requiredKeys: ['to', 'text'] },
  ) as fc.Arbitrary<RequestMessageInput>;

  it('fast-check: for any input and every endpoint, throws a typed SmsHexError or returns a body validateRequest accepts', () => {
    fc.assert(
      fc.property(fc.array(input, { minLength: 1, maxLength: 3 }), fc.constantFrom(...ENDPOINTS), (messages, endpoint) => {
        let body: unknown;
        try {
          body = buildRequest(messages, { endpoint, now: NOW });
        } catch (error) {
          expect(error).toBeInstanceOf(SmsHexError);
          return;
        }
        const result = validateRequest(body, { endpoint, now: NOW });
        expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(validateRequest(body, { now: NOW }).endpoint).toBe(endpoint);
      }),
    );
  });
});

describe('parseResponse, countSms and compareSmsCount', () => {
  it('reads the seed page\'s response example', () => {
    const parsed = parseResponse(vectors.response.body, { endpoint: '/sms/1/binary/multi' });
    expect(parsed.ok).toBe(true);
    expect(parsed.bulkId).toBe('1036A4cb-803a-4a73-a5a6-7e4fc3791722');
    expect(parsed.messages.map((m) => [m.to, m.smsCount, m.status.name])).toEqual([
      ['41793026727', 1, 'PENDING_ENROUTE'],
      ['41793026731', 1, 'PENDING_ENROUTE'],
      ['41793026785', 1, 'PENDING_ENROUTE'],
    ]);
  });

  it('reads v3 names: destination and details.messageCount', () => {
    const status = { groupId: 1, groupName: 'PENDING', id: 26, name: 'PENDING_ACCEPTED', description: 'Message sent to next instance' };
    const parsed = parseResponse({ bulkId: 'b', messages: [{ messageId: 'm', status, destination: '41793026727', details: { messageCount: 2 } }] }, { endpoint: '/sms/3/messages' });
    expect(parsed).toEqual({ ok: true, bulkId: 'b', messages: [{ to: '41793026727', messageId: 'm', status, smsCount: 2 }], issues: [] });
  });

  it.each([
    [null, []],
    [{ messages: 'x' }, ['messages']],
    [{ messages: [{ to: 1, messageId: 'm', status: {} }] }, ['messages', 0, 'to']],
    [{ messages: [{ to: '4179', messageId: 'm', status: { groupId: 'x' } }] }, ['messages', 0, 'status', 'groupId']],
  ])('reports a malformed response %j at its path, never throwing', (body, path) => {
    const parsed = parseResponse(body, { endpoint: '/sms/1/binary/multi' });
    expect(parsed.ok).toBe(false);
    expect(parsed.issues[0]).toMatchObject({ code: 'RESPONSE_SHAPE', path });
  });

  it('counts the seed page\'s request per destination, and agrees with its response', () => {
    const request = vectors.requests[1]?.body;
    expect(countSms(request).destinations).toEqual([
      { to: '41793026727', smsCount: 1 },
      { to: '41793026731', smsCount: 1 },
      { to: '41793026785', smsCount: 1 },
    ]);
    const compared = compareSmsCount(request, vectors.response.body, { endpoint: '/sms/1/binary/multi' });
    expect(compared.destinations.every((d) => !d.differs)).toBe(true);
    expect(compared.issues).toEqual([]);
  });

  it('shows where the bill differs from the estimate', () => {
    const request = buildRequest([{ to: '41793026727', text: 'x'.repeat(200) }], { endpoint: '/sms/1/binary/multi' });
    const response = clone(vectors.response.body);
    const compared = compareSmsCount(request, response, { endpoint: '/sms/1/binary/multi' });
    expect(compared.destinations[0]).toEqual({ to: '41793026727', expected: 2, reported: 1, differs: true });
    expect(compared.issues.map((i) => i.code)).toEqual(['SMS_COUNT_MISMATCH', 'SMS_COUNT_MISMATCH', 'SMS_COUNT_MISMATCH']);
  });
});
