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
  type DeliveryTimeWindow,
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

  it.each([
    ['   ', 'FROM_INVALID', 'error', 'an alphanumeric sender needs at least one letter or digit'],
    ['-.-', 'FROM_INVALID', 'error', 'an alphanumeric sender needs at least one letter or digit'],
    [' InfoSMS', 'FROM_FORMAT', 'warning', 'it begins or ends with a space: write "InfoSMS"'],
  ])('a sender of %j is %s', (from, code, severity, detail) => {
    const issues = validateRequest({ messages: [{ from, to: '41793026727', binary: { hex: '48 69' } }] }).issues;
    expect(issues).toMatchObject([{ code, severity, path: ['messages', 0, 'from'] }]);
    expect(issues[0]?.message).toContain(detail);
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

describe('issue 15 audit: unknown keys, clocks, envelopes', () => {
  const hex = { hex: '48 69', dataCoding: 0, esmClass: 0 };
  const dest = [{ to: '41793026727' }];
  it.each([
    ['/sms/1/binary/single', { From: 'InfoSMS', to: '41793026727', binary: hex }, ['From'], 'from'],
    ['/sms/1/binary/multi', { messages: [{ FROM: 'InfoSMS', to: '41793026727', binary: hex }] }, ['messages', 0, 'FROM'], 'from'],
    ['/sms/1/binary/multi', { messages: [{ to: '41793026727', binary: { ...hex, Hex: '48' } }] }, ['messages', 0, 'binary', 'Hex'], 'hex'],
    ['/sms/2/binary/advanced', { BulkId: 'b', messages: [{ destinations: dest, binary: hex }] }, ['BulkId'], 'bulkId'],
    ['/sms/2/binary/advanced', { messages: [{ destinations: dest, binary: hex, notifyURL: 'https://example.com' }] }, ['messages', 0, 'notifyURL'], 'notifyUrl'],
    ['/sms/2/binary/advanced', { messages: [{ destinations: [{ to: '41793026727', MessageId: 'm' }], binary: hex }] }, ['messages', 0, 'destinations', 0, 'MessageId'], 'messageId'],
    ['/sms/2/binary/advanced', { messages: [{ destinations: dest, binary: hex, deliveryTimeWindow: { days: ['MONDAY'], From: { hour: 1, minute: 0 } } }] }, ['messages', 0, 'deliveryTimeWindow', 'From'], 'from'],
    ['/sms/3/messages', { messages: [{ sender: 'InfoSMS', destinations: dest, content: hex, options: { Flash: true } }] }, ['messages', 0, 'options', 'Flash'], 'flash'],
    ['/sms/3/messages', { messages: [{ sender: 'InfoSMS', destinations: dest, content: hex, webhooks: { delivery: { URL: 'https://example.com' } } }] }, ['messages', 0, 'webhooks', 'delivery', 'URL'], 'url'],
    ['/sms/3/messages', { messages: [{ sender: 'InfoSMS', destinations: dest, content: hex }], options: { IncludeSmsCountInResponse: true } }, ['options', 'IncludeSmsCountInResponse'], 'includeSmsCountInResponse'],
  ])('%s: a key that differs in case is UNKNOWN_FIELD with did-you-mean, a warning or an error with unknownKeys: error', (endpoint, body, path, suggestion) => {
    const warned = validateRequest(body, { endpoint: endpoint as Endpoint });
    const issue = warned.issues.find((i) => i.code === 'UNKNOWN_FIELD');
    expect(issue).toMatchObject({ path, severity: 'warning' });
    expect(issue?.message).toContain(`did you mean \`${suggestion}\`?`);
    const strict = validateRequest(body, { endpoint: endpoint as Endpoint, unknownKeys: 'error' });
    expect(strict.ok).toBe(false);
    expect(strict.issues.find((i) => i.code === 'UNKNOWN_FIELD')).toMatchObject({ path, severity: 'error' });
    expect(validateRequest(body).endpoint).toBe(endpoint);
  });

  it.each([
    ['v1 binary', { messages: [{ to: '41793026727', binary: { hex: '48 69', DataCoding: 8 } }] }, ['messages', 0, 'binary'], 'dataCoding'],
    ['v2 binary', { messages: [{ destinations: dest, binary: { hex: '48 69', esm_class: 64 } }] }, ['messages', 0, 'binary'], 'esmClass'],
    ['v3 content', { messages: [{ sender: 'InfoSMS', destinations: dest, content: { hex: '48 69', dataCodng: 8, EsmClass: 0 } }] }, ['messages', 0, 'content'], 'dataCoding'],
  ])('%s: a defaulted %s with a near-miss key is an info', (_, body, at, field) => {
    const infos = validateRequest(body).issues.filter((i) => i.severity === 'info');
    expect(infos.map((i) => i.path)).toContainEqual([...at, field]);
    expect(infos.every((i) => i.code === 'FIELD_DEFAULTED')).toBe(true);
  });

  it('no info when the field is given or no near miss is present', () => {
    expect(validateRequest({ messages: [{ to: '41793026727', binary: { hex: '48 69' } }] }).issues).toEqual([]);
  });

  it('says which keys of a mixed body belong to which envelope', () => {
    const issue = validateRequest({ messages: [{ to: '41793026727', destinations: [{ to: '41793026727' }], binary: { hex: '54' } }] }).issues.find((i) => i.code === 'REQUEST_ENVELOPE_MIXED');
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toMatch(/checked as \/sms\/2\/binary\/advanced .*"destinations" in messages\[0\].*but "to" in messages\[0\] belong to \/sms\/1\/binary\/multi/);
  });

  it('sendAt: at most 180 days after the caller\'s clock, to the millisecond; the default clock is now', () => {
    const at = (sendAt: string, now?: number | Date) =>
      validateRequest({ messages: [{ destinations: dest, binary: hex, sendAt }] }, now === undefined ? {} : { now }).issues.map((i) => i.code);
    const clock = Date.UTC(2026, 0, 1);
    const horizon = new Date(clock + 180 * 86_400_000).toISOString().replace('Z', '+0000');
    const past = new Date(clock + 180 * 86_400_000 + 1).toISOString().replace('Z', '+0000');
    expect(at(horizon, clock)).toEqual([]);
    expect(at(past, clock)).toEqual(['SEND_AT_INVALID']);
    expect(at(past, new Date(clock + 1))).toEqual([]);
    expect(at('2999-01-01T00:00:00.000+0000')).toEqual(['SEND_AT_INVALID']);
    expect(at('2026-01-01T00:00:00.000+0100', clock)).toEqual([]);
  });

  it.each([
    ['days not a list', { days: 'MONDAY' }, ['days']],
    ['no days', { from: { hour: 1, minute: 0 } }, ['days']],
    ['a day twice', { days: ['MONDAY', 'MONDAY'] }, ['days', 1]],
    ['a lowercase day', { days: ['monday'] }, ['days', 0]],
    ['an hour of -1', { days: ['MONDAY'], from: { hour: -1, minute: 0 } }, ['from', 'hour']],
    ['a minute of 1.5', { days: ['MONDAY'], to: { hour: 1, minute: 1.5 } }, ['to', 'minute']],
  ])('deliveryTimeWindow: %s is FIELD_INVALID at its path, in v2 and v3 alike', (_, window, path) => {
    const v2 = { messages: [{ destinations: dest, binary: hex, deliveryTimeWindow: window }] };
    const v3 = { messages: [{ sender: 'InfoSMS', destinations: dest, content: hex, options: { deliveryTimeWindow: window } }] };
    expect(errors(v2).map((i) => [i.code, i.path])).toContainEqual(['FIELD_INVALID', ['messages', 0, 'deliveryTimeWindow', ...path]]);
    expect(errors(v3).map((i) => [i.code, i.path])).toContainEqual(['FIELD_INVALID', ['messages', 0, 'options', 'deliveryTimeWindow', ...path]]);
  });
});

describe('buildRequest: a field the envelope cannot carry names the envelope that can', () => {
  it.each([
    ['bulkId for v1', '/sms/1/binary/multi', { bulkId: 'b' }, [{ to: '41793026727', text: 'Hi' }], ['bulkId'], '/sms/2/binary/advanced and /sms/3/messages do'],
    ['sendingSpeedLimit for v1 single', '/sms/1/binary/single', { sendingSpeedLimit: { amount: 1 } }, [{ to: '41793026727', text: 'Hi' }], ['sendingSpeedLimit'], '/sms/2/binary/advanced and /sms/3/messages do'],
    ['includeSmsCountInResponse for v2', '/sms/2/binary/advanced', { includeSmsCountInResponse: true }, [{ to: '41793026727', text: 'Hi' }], ['includeSmsCountInResponse'], '/sms/3/messages does'],
    ['flash for v1', '/sms/1/binary/single', {}, [{ to: '41793026727', text: 'Hi', flash: true }], [0, 'flash'], '/sms/2/binary/advanced and /sms/3/messages do'],
    ['different sendAt per message for v3', '/sms/3/messages', {}, [
      { from: 'InfoSMS', to: '41793026727', text: 'Hi', sendAt: '2021-08-25T16:00:00.000+0000' },
      { from: 'InfoSMS', to: '41793026727', text: 'Hi', sendAt: '2021-08-26T16:00:00.000+0000' },
    ], [1, 'sendAt'], '/sms/2/binary/advanced takes sendAt per message'],
  ] as const)('%s', (_, endpoint, options, messages, path, named) => {
    const error = thrown(() => buildRequest(messages as unknown as RequestMessageInput[], { endpoint, now: NOW, ...options }));
    expect({ code: error.code, path: error.path }).toEqual({ code: 'FIELD_UNSUPPORTED', path });
    expect(error.message).toContain(named);
  });

  it.each([
    ['a bad deliveryTimeWindow', { deliveryTimeWindow: { days: ['FUNDAY'] } }, 'FIELD_INVALID', [0, 'deliveryTimeWindow', 'days', 0]],
    ['a validityPeriod of 0', { validityPeriod: 0 }, 'FIELD_INVALID', [0, 'validityPeriod']],
    ['a relative notifyUrl', { notifyUrl: '/dlr' }, 'FIELD_INVALID', [0, 'notifyUrl']],
    ['an invalid Date for sendAt', { sendAt: new Date(Number.NaN) }, 'SEND_AT_INVALID', [0, 'sendAt']],
    ['a messageId on a two-part payload', { to: { to: '41793026727', messageId: 'm' }, text: 'x'.repeat(200) }, 'FIELD_INVALID', [0, 'to', 0, 'messageId']],
    ['a destination of 51 characters', { to: '4'.repeat(51) }, 'TO_INVALID', [0, 'to']],
  ])('throws a typed error for %s, in v2 and v3', (_, change, code, path) => {
    for (const endpoint of ['/sms/2/binary/advanced', '/sms/3/messages'] as const) {
      const error = thrown(() => buildRequest([{ from: 'InfoSMS', to: '41793026727', text: 'Hi', ...change } as RequestMessageInput], { endpoint, now: NOW }));
      expect({ code: error.code, path: error.path }).toEqual({ code, path });
    }
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

  it('never calls a getter, anywhere in the body', () => {
    let calls = 0;
    const getter = (): unknown => {
      calls++;
      return '41793026727';
    };
    const body = {
      get messages(): unknown { return getter(); },
    };
    const message = Object.defineProperty({ binary: { hex: '54' } }, 'to', { get: getter, enumerable: true });
    const binary = Object.defineProperty({}, 'hex', { get: getter, enumerable: true });
    for (const each of [body, { messages: [message] }, { messages: [{ to: '41793026727', binary }] }, { messages: [{ sender: 'InfoSMS', destinations: [Object.defineProperty({}, 'to', { get: getter, enumerable: true })], content: { hex: '54' } }] }]) {
      for (const endpoint of ['auto', ...ENDPOINTS] as const) {
        const result = validateRequest(each, { endpoint });
        expect(result.ok).toBe(false);
      }
    }
    expect(calls).toBe(0);
  });

  it('fast-check: never throws on JSON with __proto__, constructor and prototype keys at any depth, nor pollutes a prototype', () => {
    const key = fc.constantFrom('__proto__', 'constructor', 'prototype', 'messages', 'to', 'from', 'binary', 'hex', 'destinations', 'content', 'sender', 'options', 'toString', 'valueOf', 'hasOwnProperty');
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(value, fc.constantFrom('auto' as const, ...ENDPOINTS), (generated, endpoint) => {
        const body: unknown = JSON.parse(JSON.stringify(generated) ?? 'null');
        const result = validateRequest(body, { endpoint });
        expect(typeof result.ok).toBe('boolean');
        expect(countSms(body, { endpoint }).total).toBeGreaterThanOrEqual(0);
        for (const proto of [Object.prototype, Array.prototype, Function.prototype]) {
          expect(Object.getOwnPropertyNames(proto).filter((name) => ['messages', 'to', 'hex', 'binary', 'polluted'].includes(name))).toEqual([]);
        }
      }),
    );
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
    ['an empty text (the payload error at its field)', [{ to: '41793026727', text: 'Hi' }, { to: '41793026727', text: '' }], '/sms/1/binary/multi', 'MESSAGE_EMPTY', [1, 'text']],
    ['a character GSM 7-bit lacks', [{ to: '41793026727', text: 'a😀', dataCoding: 0 }], '/sms/1/binary/multi', 'GSM7_UNMAPPABLE', [0, 'text']],
    ['too many parts', [{ to: '41793026727', text: 'x'.repeat(400), maxParts: 2 }], '/sms/2/binary/advanced', 'MESSAGE_TOO_LONG', [0, 'text']],
    ['a septet over 0x7f in bytes', [{ to: '41793026727', bytes: Uint8Array.of(0x80), dataCoding: 0 }], '/sms/1/binary/single', 'GSM7_INVALID_SEPTET', [0, 'bytes']],
    ['a port out of range in udh', [{ to: '41793026727', text: 'Hi', udh: [{ type: 'ports', destination: 99999, source: 1, portBits: 8 }] }], '/sms/1/binary/multi', 'UDH_VALUE_RANGE', [0, 'udh', 0, 'destination']],
  ] as const)('throws a typed error for %s', (_, messages, endpoint, code, path) => {
    const error = thrown(() => buildRequest(messages as unknown as RequestMessageInput[], { endpoint, now: NOW }));
    expect({ code: error.code, path: error.path }).toEqual({ code, path });
    if (path.length > 1) expect(error.message.startsWith(`buildRequest: [${path[0]}].`)).toBe(true);
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

  /** Mostly `valid`, now and then `invalid`: so that both outcomes of the builder are exercised often. */
  const mostly = <T,>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<T>): fc.Arbitrary<T> => fc.oneof({ arbitrary: valid, weight: 20 }, { arbitrary: invalid, weight: 1 });
  const number = fc.stringMatching(/^[1-9][0-9]{6,14}$/);
  const base = {
    to: mostly<RequestMessageInput['to']>(
      fc.oneof(number, fc.array(fc.oneof(number, fc.record({ to: number, messageId: fc.stringMatching(/^[a-z0-9-]{1,8}$/) }, { requiredKeys: ['to'] })), { minLength: 1, maxLength: 3 })),
      fc.constantFrom('+41793026727', 'abc', '', '0041 79 302 67 27', [], '4'.repeat(51), ['41793026727', '41793026727']),
    ),
    text: mostly(fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('Hi', '测试短信。', 'x'.repeat(161), '€'.repeat(80))), fc.constantFrom('', 'x'.repeat(40_000))),
    reference: mostly(fc.integer({ min: 0, max: 255 }), fc.oneof(fc.integer({ min: -2, max: 70_000 }), fc.constant(1.5))),
    referenceBits: fc.constantFrom(8 as const, 16 as const),
  };
  const sender = mostly(fc.constantFrom('InfoSMS', '41793026700', 'Info SMS'), fc.oneof(fc.constantFrom('ab', 'A very long sender name', '+41793026700', '   ', ' InfoSMS'), fc.string({ maxLength: 15 })));
  const delivery = {
    callbackData: mostly(fc.string({ maxLength: 5 }), fc.constant('x'.repeat(4001))),
    validityPeriod: mostly(fc.integer({ min: 1, max: 4000 }), fc.constantFrom(0, -1, 1.5)),
    flash: fc.boolean(),
    sendAt: mostly<string | Date>(fc.constantFrom('2021-08-25T16:00:00.000+0000', '2021-08-25T16:00:00Z', new Date('2021-08-25T16:00:00Z')), fc.constantFrom('2031-01-01T00:00:00.000+0000', 'soon', new Date(Number.NaN))),
    notifyUrl: mostly(fc.constant('https://example.com/dlr'), fc.constantFrom('/dlr', '')),
    notifyContentType: mostly(fc.constantFrom('application/json' as const, 'application/xml' as const), fc.constant('text/plain' as 'application/json')),
    intermediateReport: fc.boolean(),
    entityId: mostly(fc.stringMatching(/^[a-z]{1,4}$/), fc.constant('')),
    deliveryTimeWindow: mostly(
      fc.record<DeliveryTimeWindow>({ days: fc.uniqueArray(fc.constantFrom('MONDAY', 'TUESDAY', 'SUNDAY'), { minLength: 1, maxLength: 3 }), from: fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) }) }, { requiredKeys: ['days'] }),
      fc.constantFrom({ days: ['FUNDAY'] }, { days: [] }, { days: ['MONDAY'], to: { hour: 24, minute: 0 } }) as fc.Arbitrary<DeliveryTimeWindow>,
    ),
  };
  /** Now and then a field the envelope cannot carry (FIELD_UNSUPPORTED). */
  const rarely = <T,>(value: fc.Arbitrary<T>): fc.Arbitrary<T | Record<string, never>> => fc.oneof({ arbitrary: fc.constant({}), weight: 10 }, { arbitrary: value, weight: 1 });
  const intruder = rarely(fc.constantFrom({ callbackData: 'x' }, { campaignReferenceId: 'c' }, { flash: true }, { callbakData: 'x' }));
  const inputFor = (endpoint: Endpoint): fc.Arbitrary<RequestMessageInput> => {
    const v1 = endpoint.startsWith('/sms/1/');
    const v3 = endpoint === '/sms/3/messages';
    const record = fc.record(
      {
        ...base,
        // v1 single carries one message: mostly texts of one part.
        ...(endpoint === '/sms/1/binary/single' ? { text: mostly(fc.string({ maxLength: 60 }), fc.constantFrom('', 'x'.repeat(161))) } : {}),
        // v1 has no messageId: now and then one, for FIELD_UNSUPPORTED.
        ...(v1 ? { to: mostly<RequestMessageInput['to']>(fc.oneof(number, fc.array(number, { minLength: 1, maxLength: 3 })), base.to) } : {}),
        from: sender,
        ...(v1 ? {} : delivery), ...(v3 ? { campaignReferenceId: mostly(fc.stringMatching(/^[a-z]{1,5}$/), fc.constant('')) } : {}) },
      { requiredKeys: v3 ? ['to', 'text', 'from'] : ['to', 'text'] },
    );
    return fc.tuple(record, intruder).map(([message, extra]) => ({ ...message, ...extra }) as RequestMessageInput);
  };
  const optionsFor = (endpoint: Endpoint) =>
    endpoint.startsWith('/sms/1/')
      ? rarely(fc.constant({ bulkId: 'b' }))
      : fc.record(
          {
            bulkId: mostly(fc.stringMatching(/^[A-Z0-9-]{1,12}$/), fc.constantFrom('', 'b'.repeat(101))),
            sendingSpeedLimit: fc.record({ amount: mostly(fc.integer({ min: 1, max: 100 }), fc.constant(0)), timeUnit: mostly(fc.constantFrom('MINUTE' as const, 'HOUR' as const, 'DAY' as const), fc.constant('WEEK' as 'DAY')) }),
            ...(endpoint === '/sms/3/messages' ? { includeSmsCountInResponse: fc.boolean() } : {}),
          },
          { requiredKeys: [] },
        );
  const cases = fc
    .constantFrom(...ENDPOINTS)
    .chain((endpoint) => fc.tuple(fc.constant(endpoint), fc.array(inputFor(endpoint), { minLength: 1, maxLength: endpoint === '/sms/1/binary/single' ? 1 : 3 }), optionsFor(endpoint)));

  it('fast-check: for any input and every endpoint, throws a typed SmsHexError or returns a body validateRequest accepts', () => {
    const outcomes = new Map<string, { built: number; thrown: number }>(ENDPOINTS.map((e) => [e, { built: 0, thrown: 0 }]));
    fc.assert(
      fc.property(cases, ([endpoint, messages, options]) => {
        const tally = outcomes.get(endpoint) as { built: number; thrown: number };
        let body: unknown;
        try {
          body = buildRequest(messages, { endpoint, now: NOW, ...options });
        } catch (error) {
          expect(error).toBeInstanceOf(SmsHexError);
          expect((error as SmsHexError).path).toBeDefined();
          tally.thrown++;
          return;
        }
        tally.built++;
        const result = validateRequest(body, { endpoint, now: NOW });
        expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(validateRequest(body, { now: NOW })).toMatchObject({ endpoint, detected: true });
        expect(validateRequest(body, { now: NOW, unknownKeys: 'error' }).issues.filter((i) => i.code === 'UNKNOWN_FIELD')).toEqual([]);
      }),
      { numRuns: 400 },
    );
    // The property says something only if both outcomes happen, for every envelope.
    for (const [endpoint, { built, thrown }] of outcomes) {
      expect({ endpoint, built: built >= 5, thrown: thrown >= 5 }).toEqual({ endpoint, built: true, thrown: true });
    }
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

  it.each([
    ['/sms/1/binary/multi', { messages: [{ to: ['41793026727', '41793026731', '+41793026727'], binary: { hex: '48 69' } }] }, ['messages', 0, 'to', 2]],
    ['/sms/2/binary/advanced', { messages: [{ destinations: [{ to: '41793026727' }, { to: '41793026731' }, { to: '41793026727', messageId: 'm' }], binary: { hex: '48 69' } }] }, ['messages', 0, 'destinations', 2, 'to']],
    ['/sms/3/messages', { messages: [{ sender: 'InfoSMS', destinations: [{ to: '41793026727' }, { to: '41793026731' }, { to: '41793026727' }], content: { hex: '48 69' } }] }, ['messages', 0, 'destinations', 2, 'to']],
  ])('%s: a number listed twice is warned of as sent and billed per entry, and countSms counts it so', (endpoint, body, path) => {
    const duplicate = validateRequest(body).issues.find((i) => i.code === 'TO_DUPLICATE');
    expect(duplicate).toMatchObject({ severity: 'warning', path });
    expect(duplicate?.message).toContain('the same number as entry 0: the provider documents no de-duplication, so smshex takes it as sent, and billed, once per entry (countSms counts both)');
    const counted = countSms(body);
    expect(counted).toMatchObject({ ok: true, endpoint, total: 3 });
    expect(counted.destinations).toEqual([
      { to: '41793026727', smsCount: 2 },
      { to: '41793026731', smsCount: 1 },
    ]);
  });

  it('a repeated destination of a concatenated message is warned of once, not again as repeated parts', () => {
    const body = buildRequest([{ to: ['41793026727', '41793026727'], text: 'x'.repeat(200) }], { endpoint: '/sms/1/binary/multi' });
    expect(validateRequest(body).issues.map((i) => i.code)).toEqual(['TO_DUPLICATE', 'TO_DUPLICATE']);
    expect(countSms(body).destinations).toEqual([{ to: '41793026727', smsCount: 4 }]);
  });

  it('shows where the bill differs from the estimate', () => {
    const request = buildRequest([{ to: '41793026727', text: 'x'.repeat(200) }], { endpoint: '/sms/1/binary/multi' });
    const response = clone(vectors.response.body);
    const compared = compareSmsCount(request, response, { endpoint: '/sms/1/binary/multi' });
    expect(compared.destinations[0]).toEqual({ to: '41793026727', expected: 2, reported: 1, differs: true });
    expect(compared.issues.map((i) => i.code)).toEqual(['SMS_COUNT_MISMATCH', 'SMS_COUNT_MISMATCH', 'SMS_COUNT_MISMATCH']);
  });
});
