/**
 * The proof with a real client: the provider's official Node SDK
 * (`@infobip-api/sdk`, pointed at the twin by `baseUrl`) sends binary
 * messages built by smshex; the twin answers 200 with smsCount equal to
 * smshex's estimate, and a deliberately broken body 400 naming the field.
 */
import { Infobip, AuthType } from '@infobip-api/sdk';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildBinaryMessages, buildMultiRequest, compareSmsCount, decodeBinaryMessage, estimateSegments, reassemble } from '../../src/index.js';
import { startTwin, type Twin } from '../../src/twin/index.js';

let twin: Twin;
let infobip: InstanceType<typeof Infobip>;
beforeAll(async () => {
  twin = await startTwin({ seed: 16 });
  infobip = new Infobip({ baseUrl: twin.url, authType: AuthType.ApiKey, apiKey: 'test-key-not-secret' });
});
afterAll(async () => {
  await twin.close();
});
beforeEach(() => twin.clearRequests());

const TEXT = 'Şişli'.repeat(20) + ': a long message in UCS-2, so that it takes more than one part.';
const DESTINATIONS = ['41793026727', '41793026834'];

describe('the official Node SDK against the twin', () => {
  it('sends smshex binary messages to /sms/2/binary/advanced: 200, one messageId per part and destination', async () => {
    const parts = buildBinaryMessages({ from: 'InfoSMS', to: DESTINATIONS, text: TEXT });
    expect(parts.length).toBeGreaterThan(1);
    const messages = parts.map((part) => ({ from: 'InfoSMS', destinations: DESTINATIONS.map((to) => ({ to })), binary: part.binary }));
    const response = await infobip.channels.sms.send({ type: 'binary', messages });
    expect(response.status).toBe(200);
    expect(response.data.messages.length).toBe(parts.length * DESTINATIONS.length);
    const [logged] = twin.requests;
    expect(logged).toMatchObject({ method: 'POST', path: '/sms/2/binary/advanced' });
    // The SDK adds its own "type" discriminator to the body: an unknown field, a warning, not an error.
    expect(logged?.issues.map((i) => [i.path.join('.'), i.code, i.severity])).toEqual([['type', 'UNKNOWN_FIELD', 'warning']]);
    expect(logged?.headers['authorization']).toBe('App [redacted]');
    // What the SDK sent is what smshex built: the parts reassemble to the text.
    const sent = (logged?.body as { messages: Array<{ binary: { hex: string; dataCoding: number; esmClass: number } }> }).messages;
    expect(reassemble(sent.map((m) => m.binary))).toBe(TEXT);
    expect(sent.map((m) => decodeBinaryMessage(m.binary).udh !== undefined)).toEqual(parts.map(() => true));
  });

  it('through the SDK’s client, v3 with includeSmsCountInResponse: smsCount per destination is smshex’s estimate', async () => {
    const parts = buildBinaryMessages({ from: 'InfoSMS', to: DESTINATIONS, text: TEXT });
    const body = {
      messages: parts.map((part) => ({ sender: 'InfoSMS', destinations: DESTINATIONS.map((to) => ({ to })), content: part.binary })),
      options: { includeSmsCountInResponse: true },
    };
    const response = await infobip.channels.sms.http.post('/sms/3/messages', body);
    expect(response.status).toBe(200);
    const estimate = estimateSegments(TEXT).smsCount;
    expect(estimate).toBe(parts.length);
    // The request layer's compareSmsCount lines up countSms of the request with what the twin reported.
    const compared = compareSmsCount(body, response.data, { endpoint: '/sms/3/messages' });
    expect(compared.issues).toEqual([]);
    expect(compared.destinations).toEqual(DESTINATIONS.map((to) => ({ to, expected: estimate, reported: estimate, differs: false })));
  });

  it('through the SDK’s client, v1 multi: smsCount per destination is smshex’s estimate', async () => {
    const body = buildMultiRequest([{ from: 'InfoSMS', to: DESTINATIONS, text: TEXT }]);
    const response = await infobip.channels.sms.http.post('/sms/1/binary/multi', body);
    expect(response.status).toBe(200);
    const estimate = estimateSegments(TEXT).smsCount;
    const compared = compareSmsCount(body, response.data, { endpoint: '/sms/1/binary/multi' });
    expect(compared.issues).toEqual([]);
    expect(compared.destinations).toEqual(DESTINATIONS.map((to) => ({ to, expected: estimate, reported: estimate, differs: false })));
  });

  it('a deliberately broken body gets 400 naming the field', async () => {
    const [part] = buildBinaryMessages({ to: '41793026727', text: 'Hi' });
    const broken = [{ from: 'InfoSMS', destinations: [{ to: '4179302672x' }], binary: { ...part!.binary, hex: part!.binary.hex.replace(' ', '') } }];
    const error = await infobip.channels.sms.send({ type: 'binary', messages: broken });
    expect(error.response.status).toBe(400);
    const { requestError, issues } = error.response.data;
    expect(requestError.serviceException.messageId).toBe('BAD_REQUEST');
    expect(issues.filter((i: { severity: string }) => i.severity === 'error').map((i: { path: unknown[]; code: string }) => [i.path.join('.'), i.code])).toEqual([
      ['messages.0.destinations.0.to', 'TO_INVALID'],
      ['messages.0.binary.hex', 'HEX_MISSING_SEPARATOR'],
    ]);
  });

  it('retry logic meets the scripted 429', async () => {
    twin.failNext(1, 429);
    const [part] = buildBinaryMessages({ to: '41793026727', text: 'Hi' });
    const messages = [{ destinations: [{ to: '41793026727' }], binary: part!.binary }];
    const first = await infobip.channels.sms.send({ type: 'binary', messages });
    expect(first.response.status).toBe(429);
    expect(first.response.headers['retry-after']).toBe('1');
    const second = await infobip.channels.sms.send({ type: 'binary', messages });
    expect(second.status).toBe(200);
  });
});
