/**
 * Proof with the official client: bodies smshex builds for
 * /sms/2/binary/advanced go through @infobip-api/sdk's own validation and
 * over HTTP to a local server (127.0.0.1, port 0, closed by the test), and
 * what the SDK actually sent validates clean and decodes back to the texts.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Infobip, AuthType } from '@infobip-api/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRequest, decodeBinaryMessage, parseResponse, reassemble, validateRequest, type V2Body } from '../../src/index.js';

interface Captured {
  method: string | undefined;
  url: string | undefined;
  headers: IncomingHttpHeaders;
  body: string;
}

const captured: Captured[] = [];
let server: Server;
let baseUrl: string;

const RESPONSE = {
  bulkId: 'BULK-ID-123-xyz',
  messages: [{ to: '41793026727', messageId: 'm-1', status: { groupId: 1, groupName: 'PENDING', id: 26, name: 'PENDING_ACCEPTED', description: 'Message sent to next instance' } }],
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= 1_000_000) chunks.push(chunk); // bounded: a runaway client cannot fill memory
    });
    request.on('end', () => {
      captured.push({ method: request.method, url: request.url, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(200, { 'content-type': 'application/json', connection: 'close' });
      response.end(JSON.stringify(RESPONSE));
    });
  });
  server.keepAliveTimeout = 1;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const TEXTS = ['Test message.', '测试短信。', 'A long text that needs more than one part: '.repeat(6)];
const NOW = Date.UTC(2021, 7, 1);

describe('@infobip-api/sdk sends what buildRequest makes for /sms/2/binary/advanced', () => {
  it('passes the SDK validation, and the captured request validates clean and decodes back', async () => {
    const body: V2Body = buildRequest(
      TEXTS.map((text, i) => ({
        from: 'InfoSMS',
        to: [{ to: '41793026727' }, { to: `4179302673${i}` }],
        text,
        callbackData: `text ${i}`,
        validityPeriod: 720,
        sendAt: '2021-08-25T16:00:00.000+0000',
        deliveryTimeWindow: { days: ['MONDAY', 'TUESDAY'], from: { hour: 6, minute: 0 }, to: { hour: 15, minute: 30 } },
      })),
      { endpoint: '/sms/2/binary/advanced', bulkId: 'BULK-ID-123-xyz', now: NOW },
    );
    const infobip = new Infobip({ baseUrl, apiKey: 'test-key', authType: AuthType.ApiKey });
    const sent = (await infobip.channels.sms.send({ type: 'binary', ...body })) as unknown;

    // The SDK returns its validation error instead of throwing it: an HTTP response means it accepted the body.
    expect(sent).not.toBeInstanceOf(Error);
    expect((sent as { status: number }).status).toBe(200);
    expect(parseResponse((sent as { data: unknown }).data, { endpoint: '/sms/2/binary/advanced' })).toMatchObject({ ok: true, bulkId: 'BULK-ID-123-xyz' });

    expect(captured).toHaveLength(1);
    const request = captured[0] as Captured;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/sms/2/binary/advanced');
    expect(request.headers['content-type']).toMatch(/^application\/json/);
    expect(request.headers.authorization).toBe('App test-key');
    const wire = JSON.parse(request.body) as Record<string, unknown>;
    // The SDK adds its own "type" discriminator to the body; everything else is smshex's.
    expect(wire).toEqual({ ...body, type: 'binary' });
    const { type, ...received } = wire;
    expect(type).toBe('binary');
    expect(validateRequest(received, { now: NOW })).toEqual({ ok: true, endpoint: '/sms/2/binary/advanced', detected: true, issues: [] });

    const messages = (received as unknown as V2Body).messages;
    // The first two texts fit one SMS each; the third is every message after them.
    expect(messages.slice(0, 2).map((message) => decodeBinaryMessage(message.binary).text)).toEqual(TEXTS.slice(0, 2));
    expect(messages.length).toBeGreaterThan(3);
    expect(reassemble(messages.slice(2).map((m) => m.binary))).toBe(TEXTS[2]);
  });

  it('fails the SDK validation for a v1 body, which is why the envelope matters', async () => {
    const infobip = new Infobip({ baseUrl, apiKey: 'test-key', authType: AuthType.ApiKey });
    const v1 = buildRequest([{ to: '41793026727', text: 'Hi' }], { endpoint: '/sms/1/binary/multi' });
    const before = captured.length;
    const sent = (await infobip.channels.sms.send({ type: 'binary', ...v1 })) as unknown;
    expect(sent).toBeInstanceOf(Error);
    expect(String(sent)).toContain('message.destinations');
    expect(captured).toHaveLength(before);
  });
});
