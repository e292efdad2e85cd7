/**
 * toXml: its exact messages.
 */
import { describe, expect, it } from 'vitest';
import { buildRequest, ENDPOINTS, toXml, validateRequest, type V1MultiBody } from '../../src/index.js';
import { readXml } from '../../src/twin/xml.js';

describe('toXml messages', () => {
  const message = { to: 'a', binary: { hex: '41', dataCoding: 0, esmClass: 0 } };
  it.each([
    ['indent "x "', { messages: [] }, { indent: 'x ' }, TypeError, 'indent must be a string of spaces or tabs, got a string'],
    ['indent " x"', { messages: [] }, { indent: ' x' }, TypeError, 'indent must be a string of spaces or tabs, got a string'],
    ['indent 5', { messages: [] }, { indent: 5 }, TypeError, 'indent must be a string of spaces or tabs, got a number'],
    ['no request', null, undefined, TypeError, "request must be an object with a messages array (or v1 single's to and binary), got null"],
    ['a null message', { messages: [null] }, undefined, TypeError, 'messages[0] must be an object, got null'],
    ['a null binary', { messages: [{ to: 'a', binary: null }] }, undefined, TypeError, 'messages[0].binary must be an object, got null'],
    ['a control character', { messages: [{ ...message, to: 'a\u0001' }] }, undefined, RangeError, '"a\\u0001" has a character XML cannot carry at index 1'],
  ])('%s', (_, request, options, kind, text) => {
    const convert = (): string => toXml(request as unknown as Parameters<typeof toXml>[0], options as Parameters<typeof toXml>[1]);
    expect(convert).toThrow(kind);
    expect(convert).toThrow(expect.objectContaining({ message: `toXml: ${text}` }));
  });
});

describe('toXml: the envelopes the provider accepts as XML', () => {
  const message = { from: 'InfoSMS', to: ['41793026727', '41793026731'], text: 'Test message.' };
  const messages = [message];

  it('writes /sms/1/binary/single with the message fields under <request>', () => {
    const body = buildRequest(messages, { endpoint: '/sms/1/binary/single' });
    expect(toXml(body)).toBe(
      '<request><from>InfoSMS</from><to><to>41793026727</to><to>41793026731</to></to><binary><hex>54 65 73 74 20 6d 65 73 73 61 67 65 2e</hex><dataCoding>0</dataCoding><esmClass>0</esmClass></binary></request>',
    );
  });

  it.each(['/sms/1/binary/single', '/sms/1/binary/multi'] as const)('%s: the XML reads back (as the twin reads it) to a body that validates clean', (endpoint) => {
    const body = buildRequest([{ ...message, text: 'x'.repeat(200) }], { endpoint: '/sms/1/binary/multi' });
    const json = endpoint === '/sms/1/binary/multi' ? body : buildRequest(messages, { endpoint });
    const read = readXml(toXml(json, { indent: '  ' }));
    expect(read.ok).toBe(true);
    const value = (read as { value: unknown }).value;
    expect(value).toEqual(json);
    expect(validateRequest(value, { endpoint })).toMatchObject({ ok: true, issues: [] });
  });

  it.each(ENDPOINTS.slice(2))('refuses a %s body, naming it JSON only', (endpoint) => {
    const body = buildRequest([{ ...message, text: 'Hi' }], { endpoint });
    expect(() => toXml(body as unknown as V1MultiBody)).toThrow(
      new TypeError(`toXml: this is a ${endpoint} body, which the provider takes as JSON only; XML is for /sms/1/binary/single and /sms/1/binary/multi`),
    );
  });
});
