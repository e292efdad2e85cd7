/**
 * The twin under hostile or broken clients: a client gone mid-body, a slow
 * body and slow headers (ended by the twin's timeouts), 1,000 concurrent
 * connections, oversized bodies. Through all of them it keeps answering
 * other clients, never crashes, and leaks no socket: the server's own count
 * (`server.getConnections`) goes back to zero. No clock is read here: the
 * timeouts are short so the tests end soon, and only outcomes are asserted.
 */
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTwin, type Twin } from '../../src/twin/index.js';
import { AUTH, send } from './http.js';

let twin: Twin;
beforeAll(async () => {
  twin = await startTwin({ bodyLimit: 10_000, bodyTimeout: 200, headersTimeout: 500, requestTimeout: 5_000, logLimit: 50 });
});
afterAll(async () => {
  await twin.close();
});

const BODY = JSON.stringify({ messages: [{ from: 'InfoSMS', to: '41793026727', binary: { hex: '48 69' } }] });
const head = (length: number | 'chunked', extra = ''): string =>
  `POST /sms/1/binary/multi HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: ${AUTH}\r\nContent-Type: application/json\r\n` +
  `${length === 'chunked' ? 'Transfer-Encoding: chunked' : `Content-Length: ${length}`}\r\n${extra}\r\n`;

interface Raw {
  readonly socket: Socket;
  /** Everything the twin wrote, once it closed the connection (or the client did). */
  readonly received: Promise<string>;
}

/** A raw TCP client: connects, writes `data` if given, collects what comes back. */
function raw(data?: string, port = twin.port): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    let text = '';
    const received = new Promise<string>((done) => socket.on('close', () => done(text)));
    socket.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    socket.on('error', () => {});
    socket.once('connect', () => {
      if (data !== undefined) socket.write(data);
      resolve({ socket, received });
    });
    socket.once('error', reject);
  });
}

/** Waits (boundedly) until the server counts `n` open connections; returns the last count. */
async function settle(n = 0, server: Twin = twin): Promise<number> {
  let count = await server.connections();
  for (let i = 0; i < 1_000 && count !== n; i++) {
    await sleep(10);
    count = await server.connections();
  }
  return count;
}

/** The twin still answers a well-behaved client. */
async function stillAnswers(): Promise<void> {
  const answer = await send(twin.url, '/sms/1/binary/multi', { body: BODY });
  expect(answer.status).toBe(200);
}

afterEach(async () => {
  expect(await settle(0)).toBe(0);
});

describe('faults', () => {
  it('a client that disconnects mid-body: no answer owed, no socket left, others served', async () => {
    const client = await raw(`${head(1_000)}{"messages": [`);
    await stillAnswers();
    client.socket.destroy();
    await client.received;
    expect(await settle(0)).toBe(0);
    await stillAnswers();
  });

  it('a slow body (slowloris): the body timeout answers 408 and closes, while others are served', async () => {
    const client = await raw(`${head(BODY.length)}${BODY.slice(0, 10)}`);
    await stillAnswers();
    const text = await client.received;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(text).toContain('"messageId":"REQUEST_TIMEOUT"');
    await stillAnswers();
  });

  it('slow headers: the headers timeout ends the connection, while others are served', async () => {
    const client = await raw('POST /sms/1/binary/multi HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    await stillAnswers();
    const text = await client.received;
    expect(text).toMatch(/^(HTTP\/1\.1 408 |$)/);
    await stillAnswers();
  });

  it('an oversized body by Content-Length: 413 before a byte of it is sent, connection closed', async () => {
    const client = await raw(head(20_000_000));
    const text = await client.received;
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text).toContain('Connection: close');
    expect(text).toContain('"messageId":"PAYLOAD_TOO_LARGE"');
    await stillAnswers();
  });

  it('an oversized chunked body: 413 once the limit is passed, the rest never read', async () => {
    const client = await raw(head('chunked'));
    const chunk = 'x'.repeat(4_000);
    for (let i = 0; i < 4; i++) client.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    const text = await client.received;
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text).toContain('larger than the limit of 10000 bytes');
    await stillAnswers();
  });

  it('a request line that is not HTTP: 400 and closed', async () => {
    const client = await raw('HELLO\r\n\r\n');
    expect(await client.received).toMatch(/^HTTP\/1\.1 400 /);
    await stillAnswers();
  });

  // Its own twin, with the default 10 s headers timeout: connections held open without a request outlive the short one above.
  it('1,000 concurrent connections, all open at once, each answered 200', async () => {
    const N = 1_000;
    const big = await startTwin({ logLimit: 10 });
    try {
      const clients: Raw[] = [];
      // Opened 100 at a time, so the listen backlog (511) never overflows into SYN retries.
      for (let i = 0; i < N; i += 100) clients.push(...(await Promise.all(Array.from({ length: 100 }, () => raw(undefined, big.port)))));
      expect(await settle(N, big)).toBe(N);
      const request = `${head(BODY.length, 'Connection: close\r\n')}${BODY}`;
      for (const client of clients) client.socket.write(request);
      const answers = await Promise.all(clients.map((client) => client.received));
      expect(answers.filter((text) => text.startsWith('HTTP/1.1 200 ')).length).toBe(N);
      expect(await settle(0, big)).toBe(0);
      expect((await send(big.url, '/sms/1/binary/multi', { body: BODY })).status).toBe(200);
    } finally {
      await big.close();
    }
  }, 60_000);

  it('keep-alive connections are counted and closed by close()', async () => {
    const extra = await startTwin();
    const sockets = await Promise.all(
      Array.from({ length: 5 }, () => new Promise<Socket>((resolve) => {
        const socket = connect({ host: '127.0.0.1', port: extra.port }, () => resolve(socket));
        socket.on('error', () => {});
      })),
    );
    const closed = sockets.map((socket) => new Promise((resolve) => socket.on('close', resolve)));
    let count = await extra.connections();
    for (let i = 0; i < 500 && count !== 5; i++) count = (await sleep(10), await extra.connections());
    expect(count).toBe(5);
    await extra.close();
    await Promise.all(closed);
    expect(sockets.every((socket) => socket.destroyed)).toBe(true);
  });
});
