/**
 * The twin as a test suite sees it: routing, credentials, negotiation, the
 * body limit, syntax errors with their position, the log, scripted faults,
 * deterministic ids, and the answers of each version.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildMultiRequest, buildRequest, compareSmsCount, countSms, estimateSegments, preview, toXml } from '../../src/index.js';
import { PENDING_ENROUTE, startTwin, type Twin } from '../../src/twin/index.js';
import { AUTH, send } from './http.js';

let twin: Twin;
beforeAll(async () => {
  twin = await startTwin({ seed: 42, bodyLimit: 10_000 });
});
afterAll(async () => {
  await twin.close();
});
beforeEach(() => twin.clearRequests());

const V1 = { messages: [{ from: 'InfoSMS', to: ['41793026727', '41793026731'], binary: { hex: '54 65 73 74', dataCoding: 0, esmClass: 0 } }] };

describe('routing', () => {
  it('answers 404 for an unknown path, in the provider error shape', async () => {
    const answer = await send(twin.url, '/sms/9/nothing', { body: V1 });
    expect(answer.status).toBe(404);
    expect(answer.json.requestError.serviceException.messageId).toBe('NOT_FOUND');
  });

  it.each(['GET', 'PUT', 'DELETE'])('answers 405 with Allow: POST for %s', async (method) => {
    const answer = await send(twin.url, '/sms/1/binary/multi', { method });
    expect(answer.status).toBe(405);
    expect(answer.headers['allow']).toBe('POST');
    expect(answer.json.requestError.serviceException.messageId).toBe('METHOD_NOT_ALLOWED');
  });

  it('ignores the query string when routing, and logs it', async () => {
    const answer = await send(twin.url, '/sms/1/binary/multi?trace=1', { body: V1 });
    expect(answer.status).toBe(200);
    expect(twin.requests[0]).toMatchObject({ path: '/sms/1/binary/multi', query: 'trace=1' });
  });
});

describe('credentials', () => {
  it('answers 401 without Authorization, in the provider error shape', async () => {
    const answer = await send(twin.url, '/sms/1/binary/multi', { body: V1, anonymous: true });
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ requestError: { serviceException: { messageId: 'UNAUTHORIZED', text: 'Invalid login details: no Authorization header' } } });
  });

  it.each(['Token abc', 'App', 'App   ', 'abc'])('answers 401 for Authorization %j', async (value) => {
    const answer = await send(twin.url, '/sms/1/binary/multi', { body: V1, headers: { Authorization: value } });
    expect(answer.status).toBe(401);
  });

  it.each(['App key', 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==', 'IBSSO token', 'Bearer token'])('accepts %j', async (value) => {
    const answer = await send(twin.url, '/sms/1/binary/multi', { body: V1, headers: { Authorization: value } });
    expect(answer.status).toBe(200);
  });
});

describe('negotiation', () => {
  it('refuses a missing or foreign Content-Type with 415', async () => {
    const missing = await send(twin.url, '/sms/1/binary/multi', { body: JSON.stringify(V1), headers: { 'Content-Type': '' } });
    expect(missing.status).toBe(415);
    const form = await send(twin.url, '/sms/1/binary/multi', { body: 'a=b', headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    const latin1 = await send(twin.url, '/sms/1/binary/multi', { body: V1, headers: { 'Content-Type': 'application/json; charset=iso-8859-1' } });
    expect(latin1.status).toBe(415);
    const xmlOnV3 = await send(twin.url, '/sms/3/messages', { body: '<request/>', headers: { 'Content-Type': 'application/xml' } });
    expect(xmlOnV3.status).toBe(415);
  });

  it('takes a charset parameter of UTF-8', async () => {
    const answer = await send(twin.url, '/sms/1/binary/multi', { body: V1, headers: { 'Content-Type': 'application/json; charset="UTF-8"' } });
    expect(answer.status).toBe(200);
  });

  it('reads the v1 XML form and answers in the format Accept asks for', async () => {
    const xml = toXml(buildMultiRequest([{ from: 'InfoSMS', to: ['41793026727', '41793026731'], text: 'Test message.' }]), { indent: '  ' });
    const asXml = await send(twin.url, '/sms/1/binary/multi', { body: xml, headers: { 'Content-Type': 'application/xml', Accept: 'application/xml' } });
    expect(asXml.status).toBe(200);
    expect(asXml.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(asXml.text).toContain('<smsResponse><bulkId>');
    expect(asXml.text).toContain('<to>41793026731</to><status><groupId>1</groupId><groupName>PENDING</groupName><id>7</id><name>PENDING_ENROUTE</name>');
    const asJson = await send(twin.url, '/sms/1/binary/multi', { body: xml, headers: { 'Content-Type': 'application/xml', Accept: 'application/json' } });
    expect(asJson.json.messages.map((m: { to: string }) => m.to)).toEqual(['41793026727', '41793026731']);
    // Without Accept, the answer is in the request's format.
    const same = await send(twin.url, '/sms/1/binary/multi', { body: xml, headers: { 'Content-Type': 'text/xml' } });
    expect(same.text.startsWith('<?xml')).toBe(true);
    expect(twin.requests[0]?.body).toEqual(buildMultiRequest([{ from: 'InfoSMS', to: ['41793026727', '41793026731'], text: 'Test message.' }]));
  });

  it('answers 406 when Accept allows no format of the endpoint', async () => {
    const answer = await send(twin.url, '/sms/3/messages', { body: {}, headers: { Accept: 'application/xml' } });
    expect(answer.status).toBe(406);
    const image = await send(twin.url, '/sms/1/binary/multi', { body: V1, headers: { Accept: 'image/png' } });
    expect(image.status).toBe(406);
  });

  it.each([
    ['application/xml;q=0.5, application/json', 'json'],
    ['application/json;q=0.1, application/xml;q=0.9', 'xml'],
    ['*/*', 'json'],
    ['application/*', 'json'],
    ['text/*', 'xml'],
  ])('Accept %j on a JSON v1 request answers %s', async (accept, format) => {
    const answer = await send(twin.url, '/sms/1/binary/multi', { body: V1, headers: { Accept: accept } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toContain(format);
  });
});

describe('the body', () => {
  it('answers 413 for a declared Content-Length over the limit, and closes the connection', async () => {
    const answer = await send(twin.url, '/sms/1/binary/multi', { body: 'x'.repeat(20_000) });
    expect(answer.status).toBe(413);
    expect(answer.headers['connection']).toBe('close');
    expect(answer.json.requestError.serviceException.messageId).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers 400 with the line and column of a JSON syntax error', async () => {
    const answer = await send(twin.url, '/sms/1/binary/multi', { body: '{\n  "messages": [,]\n}' });
    expect(answer.status).toBe(400);
    expect(answer.json.issues).toEqual([
      { path: [], code: 'BODY_JSON_SYNTAX', severity: 'error', index: 17, line: 2, column: 16, message: 'startTwin: JSON syntax error at line 2, column 16: expected a value, found ","' },
    ]);
    expect(answer.json.requestError.serviceException).toMatchObject({ messageId: 'BAD_REQUEST' });
  });

  it('answers 400 with the position of an XML syntax error', async () => {
    const answer = await send(twin.url, '/sms/1/binary/multi', { body: '<request><messages></message></request>', headers: { 'Content-Type': 'application/xml', Accept: 'application/json' } });
    expect(answer.status).toBe(400);
    expect(answer.json.issues[0]).toMatchObject({ code: 'BODY_XML_SYNTAX', index: 19, line: 1, column: 20 });
    expect(answer.json.issues[0].message).toContain('closing tag </message> does not match <messages>');
  });

  it('answers 400 for a body that is not UTF-8, with the byte offset', async () => {
    const bytes = Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}')]);
    const answer = await send(twin.url, '/sms/1/preview', { body: bytes });
    expect(answer.status).toBe(400);
    expect(answer.json.issues).toEqual([{ path: [], code: 'BODY_NOT_UTF8', severity: 'error', index: 12, message: 'startTwin: the body is not valid UTF-8 at byte 12' }]);
  });
});

describe('answers', () => {
  it('v1 multi: bulkId for more than one destination, one entry per destination, smsCount per part', async () => {
    const answer = await send(twin.url, '/sms/1/binary/multi', { body: V1 });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json)).toEqual(['bulkId', 'messages']);
    expect(answer.json.messages).toEqual([
      { to: '41793026727', status: PENDING_ENROUTE, smsCount: 1, messageId: expect.any(String) },
      { to: '41793026731', status: PENDING_ENROUTE, smsCount: 1, messageId: expect.any(String) },
    ]);
  });

  it('smsCount is countSms’s: 1 per binary entry, a destination’s entries add up to its parts (compareSmsCount finds no difference)', async () => {
    const long = 'Şişli'.repeat(30);
    const inputs = [
      { from: 'InfoSMS', to: ['41793026727', '41793026731'], text: long },
      { from: 'InfoSMS', to: '41793026727', text: 'Hi' },
    ];
    for (const endpoint of ['/sms/1/binary/multi', '/sms/2/binary/advanced', '/sms/3/messages'] as const) {
      const body = buildRequest(inputs, { endpoint, ...(endpoint === '/sms/3/messages' ? { includeSmsCountInResponse: true } : {}) });
      const answer = await send(twin.url, endpoint, { body });
      expect(answer.status).toBe(200);
      const counted = countSms(body, { endpoint });
      expect(counted.destinations).toEqual([
        { to: '41793026727', smsCount: estimateSegments(long).smsCount + 1 },
        { to: '41793026731', smsCount: estimateSegments(long).smsCount },
      ]);
      const compared = compareSmsCount(body, answer.json, { endpoint });
      expect(compared.issues).toEqual([]);
      // v2 answers carry no smsCount: every row is unreported there, never different.
      expect(compared.destinations.map((row) => [row.to, row.expected, row.reported])).toEqual(
        counted.destinations.map((d) => [d.to, d.smsCount, endpoint === '/sms/2/binary/advanced' ? undefined : d.smsCount]),
      );
    }
  });

  it('a number listed twice in one message (TO_DUPLICATE, a warning) is two entries, as countSms counts it', async () => {
    const body = { messages: [{ from: 'InfoSMS', to: ['41793026727', '+41793026727'], binary: { hex: '48 69' } }] };
    const answer = await send(twin.url, '/sms/1/binary/multi', { body });
    expect(answer.status).toBe(200);
    expect(twin.requests[0]?.issues.map((i) => i.code)).toEqual(['TO_FORMAT', 'TO_DUPLICATE']);
    expect(answer.json.messages.map((m: { to: string; smsCount: number }) => [m.to, m.smsCount])).toEqual([
      ['41793026727', 1],
      ['+41793026727', 1],
    ]);
    expect(new Set(answer.json.messages.map((m: { messageId: string }) => m.messageId)).size).toBe(2);
    expect(countSms(body).destinations).toEqual([{ to: '41793026727', smsCount: 2 }]);
    expect(compareSmsCount(body, answer.json, { endpoint: '/sms/1/binary/multi' }).issues).toEqual([]);
  });

  it('v2: a number in two destination entries is answered per entry, each with its messageId', async () => {
    const body = { messages: [{ destinations: [{ to: '41793026727', messageId: 'a' }, { to: '41793026727', messageId: 'b' }], binary: { hex: '48 69' } }] };
    const answer = await send(twin.url, '/sms/2/binary/advanced', { body });
    expect(answer.status).toBe(200);
    expect(answer.json.messages.map((m: { to: string; messageId: string }) => [m.to, m.messageId])).toEqual([
      ['41793026727', 'a'],
      ['41793026727', 'b'],
    ]);
    expect(countSms(body).destinations).toEqual([{ to: '41793026727', smsCount: 2 }]);
  });

  it('v1: no bulkId for one destination', async () => {
    const answer = await send(twin.url, '/sms/1/binary/single', { body: { from: 'InfoSMS', to: '41793026727', binary: { hex: '48 69' } } });
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.json)).toEqual(['messages']);
  });

  it('v2: bulkId (the caller’s when given), the caller’s messageId where given', async () => {
    const body = {
      bulkId: 'BULK-1',
      messages: [{ from: 'InfoSMS', destinations: [{ to: '41793026727', messageId: 'MSG-1' }, { to: '41793026834' }], binary: { hex: '54 65 73 74' } }],
    };
    const answer = await send(twin.url, '/sms/2/binary/advanced', { body });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      bulkId: 'BULK-1',
      messages: [
        { to: '41793026727', status: PENDING_ENROUTE, messageId: 'MSG-1' },
        { to: '41793026834', status: PENDING_ENROUTE, messageId: expect.any(String) },
      ],
    });
  });

  it('v3: messageId, status, destination; smsCount details only when asked for; text content estimated', async () => {
    const long = 'x'.repeat(200);
    const body = {
      messages: [
        { sender: 'InfoSMS', destinations: [{ to: '41793026727' }], content: { hex: '54 65 73 74', dataCoding: 0, esmClass: 0 } },
        { sender: 'InfoSMS', destinations: [{ to: '41793026834', messageId: 'm-2' }], content: { text: long } },
      ],
      options: { includeSmsCountInResponse: true, schedule: { bulkId: 'b-3' } },
    };
    const answer = await send(twin.url, '/sms/3/messages', { body });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      bulkId: 'b-3',
      messages: [
        { messageId: expect.any(String), status: PENDING_ENROUTE, destination: '41793026727', details: { messageCount: 1 } },
        { messageId: 'm-2', status: PENDING_ENROUTE, destination: '41793026834', details: { messageCount: estimateSegments(long).smsCount } },
      ],
    });
    const plain = await send(twin.url, '/sms/3/messages', { body: { messages: body.messages } });
    expect(plain.json.messages[0]).not.toHaveProperty('details');
  });

  it('preview: the answer of preview()', async () => {
    const body = { text: "Şişli'de güzel bir gün", languageCode: 'TR', transliteration: 'TURKISH' };
    const answer = await send(twin.url, '/sms/1/preview', { body });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(JSON.parse(JSON.stringify(preview(body.text, { languageCode: 'TR', transliteration: 'TURKISH' }))));
  });

  it.each([
    [{}, ['text']],
    [{ text: 1 }, ['text']],
    [{ text: 'Hi', languageCode: 'XX' }, ['languageCode']],
    [{ text: 'Hi', transliteration: 7 }, ['transliteration']],
    [{ text: 'Hi', language: 'TR' }, ['language']],
    [[], []],
  ])('preview: 400 naming the field for %j', async (body, path) => {
    const answer = await send(twin.url, '/sms/1/preview', { body });
    expect(answer.status).toBe(400);
    expect(answer.json.issues[0].path).toEqual(path);
  });

  it('400 for a body its validator rejects: the provider error, validationErrors, and smshex issues naming the field', async () => {
    const answer = await send(twin.url, '/sms/1/binary/multi', { body: { messages: [{ to: 'abc', binary: { hex: '48 6g' } }] } });
    expect(answer.status).toBe(400);
    const { serviceException } = answer.json.requestError;
    expect(serviceException.messageId).toBe('BAD_REQUEST');
    expect(serviceException.text).toMatch(/^Bad request: /);
    expect(Object.keys(serviceException.validationErrors)).toEqual(['messages[0].to', 'messages[0].binary.hex']);
    expect(answer.json.issues.map((i: { path: unknown; code: string }) => [i.path, i.code])).toEqual([
      [['messages', 0, 'to'], 'TO_INVALID'],
      [['messages', 0, 'binary', 'hex'], 'HEX_INVALID_CHAR'],
    ]);
  });

  it('v2 and v3 issues name the field of their own envelope', async () => {
    const v2 = await send(twin.url, '/sms/2/binary/advanced', { body: { messages: [{ destinations: [{ to: 'abc' }], binary: { hex: '48 69' } }] } });
    expect(v2.status).toBe(400);
    expect(v2.json.issues[0].path).toEqual(['messages', 0, 'destinations', 0, 'to']);
    const v3 = await send(twin.url, '/sms/3/messages', { body: { messages: [{ sender: 'A very long sender', destinations: [{ to: '41793026727' }], content: { hex: '48 6' } }] } });
    expect(v3.status).toBe(400);
    expect(v3.json.issues.map((i: { path: unknown }) => i.path)).toEqual([
      ['messages', 0, 'sender'],
      ['messages', 0, 'content', 'hex'],
    ]);
  });

  it('XML error answers carry the issues with their paths', async () => {
    const answer = await send(twin.url, '/sms/1/binary/multi', { body: { messages: [{ to: 'abc', binary: { hex: '48 69' } }] }, headers: { Accept: 'application/xml' } });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('<requestError><serviceException><messageId>BAD_REQUEST</messageId>');
    expect(answer.text).toContain('<issue><path>messages[0].to</path><code>TO_INVALID</code>');
    // A field path is no element name: validationErrors are a list of { field, texts }.
    expect(answer.text).toContain('<validationErrors><validationError><field>messages[0].to</field><texts><text>validateRequest: messages[0].to: invalid destination');
    expect(answer.text.replace(/^<\?xml[^>]*>/, '')).not.toMatch(/<[^>]*[[\].][^>]*>/);
  });
});

describe('the requests log', () => {
  it('records method, path, redacted headers, body, issues and the answer', async () => {
    await send(twin.url, '/sms/1/binary/multi', { body: V1, headers: { Cookie: 'session=secret' } });
    const [entry] = twin.requests;
    expect(entry).toMatchObject({ method: 'POST', path: '/sms/1/binary/multi', endpoint: '/sms/1/binary/multi', body: V1, issues: [] });
    expect(entry?.headers['authorization']).toBe('App [redacted]');
    expect(entry?.headers['cookie']).toBe('[redacted]');
    expect(JSON.stringify(twin.requests)).not.toContain(AUTH.slice(4));
    expect(entry?.response.status).toBe(200);
    expect(entry?.response.body).toMatchObject({ messages: [{ to: '41793026727' }, { to: '41793026731' }] });
  });

  it('is cleared on demand', async () => {
    await send(twin.url, '/sms/1/binary/multi', { body: V1 });
    expect(twin.requests.length).toBe(1);
    twin.clearRequests();
    expect(twin.requests).toEqual([]);
  });

  it('keeps at most logLimit entries, the newest, and counts the dropped; 0 keeps none', async () => {
    const capped = await startTwin({ logLimit: 2 });
    const off = await startTwin({ logLimit: 0 });
    try {
      for (const body of ['{"a":1}', '{"a":2}', '{"a":3}']) {
        await send(capped.url, '/sms/1/preview', { body });
        await send(off.url, '/sms/1/preview', { body });
      }
      expect(capped.requests.map((r) => r.body)).toEqual([{ a: 2 }, { a: 3 }]);
      expect(capped.requests.map((r) => r.seq)).toEqual([2, 3]);
      expect(capped.droppedRequests).toBe(1);
      expect(off.requests).toEqual([]);
      expect(off.droppedRequests).toBe(3);
    } finally {
      await capped.close();
      await off.close();
    }
  });
});

describe('scripted faults', () => {
  it('failNext: the next N requests answer the status, then the real answer', async () => {
    twin.failNext(2, 429);
    twin.failNext(1, 500);
    expect(twin.pendingFaults).toBe(3);
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await send(twin.url, '/sms/1/binary/multi', { body: V1 })).status);
    expect(statuses).toEqual([429, 429, 500, 200]);
    expect(twin.pendingFaults).toBe(0);
  });

  it('a 429 carries Retry-After and the provider error shape', async () => {
    twin.failNext(1, 429);
    const answer = await send(twin.url, '/sms/1/binary/multi', { body: V1 });
    expect(answer.headers['retry-after']).toBe('1');
    expect(answer.json.requestError.serviceException.messageId).toBe('TOO_MANY_REQUESTS');
  });

  it('requests without credentials or to no endpoint do not use up a fault', async () => {
    twin.failNext(1, 503);
    expect((await send(twin.url, '/sms/1/binary/multi', { body: V1, anonymous: true })).status).toBe(401);
    expect((await send(twin.url, '/nothing', { body: V1 })).status).toBe(404);
    expect((await send(twin.url, '/sms/1/binary/multi', { body: V1 })).status).toBe(503);
  });

  it('delayNext: the request is answered normally after the delay', async () => {
    twin.delayNext(1, 20);
    const answer = await send(twin.url, '/sms/1/binary/multi', { body: V1 });
    expect(answer.status).toBe(200);
    expect(twin.pendingFaults).toBe(0);
  });

  it.each([
    [() => twin.failNext(0, 500), RangeError],
    [() => twin.failNext(1.5, 500), RangeError],
    [() => twin.failNext(1, 404 as 500), RangeError],
    [() => twin.delayNext(1, -1), RangeError],
    [() => twin.delayNext(1, 60_001), RangeError],
    [() => twin.delayNext('1' as unknown as number, 5), TypeError],
  ])('refuses bad arguments (%#)', (call, error) => {
    expect(call).toThrow(error);
  });
});

describe('ids', () => {
  it('the same seed gives the same ids, UUID-shaped', async () => {
    const a = await startTwin({ seed: 7 });
    const b = await startTwin({ seed: 7 });
    try {
      const [x, y] = await Promise.all([send(a.url, '/sms/1/binary/multi', { body: V1 }), send(b.url, '/sms/1/binary/multi', { body: V1 })]);
      expect(x.json).toEqual(y.json);
      for (const id of [x.json.bulkId, ...x.json.messages.map((m: { messageId: string }) => m.messageId)]) {
        expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      }
      expect(new Set([x.json.bulkId, ...x.json.messages.map((m: { messageId: string }) => m.messageId)]).size).toBe(3);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('options', () => {
  it.each([
    [{ port: -1 }, RangeError],
    [{ port: '80' }, TypeError],
    [{ host: 1 }, TypeError],
    [{ bodyLimit: 0 }, RangeError],
    [{ logLimit: -1 }, RangeError],
    [{ seed: 2 ** 32 }, RangeError],
    [{ headersTimeout: 2000, requestTimeout: 1000 }, RangeError],
    [null, TypeError],
  ])('refuses %j', async (options, error) => {
    await expect(startTwin(options as never)).rejects.toThrow(error);
  });

  it('close() twice is harmless', async () => {
    const extra = await startTwin();
    await extra.close();
    await expect(extra.close()).resolves.toBeUndefined();
  });
});

describe('v3 text and binary together', () => {
  it('an issue in a binary message after a text message keeps its index', async () => {
    const body = {
      messages: [
        { sender: 'InfoSMS', destinations: [{ to: '41793026727' }], content: { text: 'Hello' } },
        { sender: 'InfoSMS', destinations: [{ to: '41793026727' }], content: { hex: '48 6g' } },
      ],
    };
    const answer = await send(twin.url, '/sms/3/messages', { body });
    expect(answer.status).toBe(400);
    expect(answer.json.issues.map((i: { path: unknown }) => i.path)).toEqual([['messages', 1, 'content', 'hex']]);
  });
});
