/**
 * The twin's HTTP server: routing, credentials, negotiation, the bounded
 * body read, scripted faults, the log; endpoints.ts has what each endpoint
 * checks and answers.
 *
 * @module
 */

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createIssue } from '../errors.js';
import { assertIntegerInRange, assertString, optionNames, readOptions } from '../internal/args.js';
import { errorBody, pathKey } from './answers.js';
import { ROUTES, type Route } from './endpoints.js';
import { idSource } from './ids.js';
import { redactHeaders, RequestLog } from './log.js';
import { type Format, requestFormat, responseFormat } from './negotiate.js';
import { jsonSyntaxError, type SyntaxPosition } from './syntax.js';
import type { ScriptedFault, Twin, TwinIssue, TwinOptions, TwinRequest } from './types.js';
import { readXml, writeXml } from './xml.js';

const FN = 'startTwin';
const MAX_DELAY = 60_000;
const MAX_TIMEOUT = 3_600_000;
/** Authorization schemes the provider takes: API key, Basic, IBSSO token, OAuth 2 bearer token. */
const SCHEMES: ReadonlySet<string> = /* @__PURE__ */ new Set(['app', 'basic', 'ibsso', 'bearer']);
const UTF8 = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });

const TWIN_OPTIONS = /* @__PURE__ */ optionNames<TwinOptions>({ port: true, host: true, bodyLimit: true, bodyTimeout: true, headersTimeout: true, requestTimeout: true, logLimit: true, seed: true });

/** The settings a twin runs with, read once from {@link TwinOptions}. */
interface Plan {
  readonly port: number;
  readonly host: string;
  readonly bodyLimit: number;
  readonly bodyTimeout: number;
  readonly headersTimeout: number;
  readonly requestTimeout: number;
  readonly logLimit: number;
  readonly seed: number | undefined;
}

function plan(options: TwinOptions | undefined): Plan {
  const o = readOptions<TwinOptions>(FN, options, TWIN_OPTIONS);
  const int = (name: keyof TwinOptions, fallback: number, min: number, max: number): number => {
    const value = o[name] ?? fallback;
    assertIntegerInRange(FN, name, value, min, max);
    return value;
  };
  const host = o.host ?? '127.0.0.1';
  assertString(FN, 'host', host);
  const headersTimeout = int('headersTimeout', 10_000, 1, MAX_TIMEOUT);
  const requestTimeout = int('requestTimeout', Math.max(30_000, headersTimeout), 1, MAX_TIMEOUT);
  if (requestTimeout < headersTimeout) throw new RangeError(`${FN}: requestTimeout (${requestTimeout}) must be at least headersTimeout (${headersTimeout})`);
  return {
    port: int('port', 0, 0, 65_535),
    host,
    bodyLimit: int('bodyLimit', 1_048_576, 1, 2 ** 31 - 1),
    bodyTimeout: int('bodyTimeout', 10_000, 1, MAX_TIMEOUT),
    headersTimeout,
    requestTimeout,
    logLimit: int('logLimit', 1_000, 0, 10_000_000),
    seed: o.seed === undefined ? undefined : int('seed', 0, 0, 0xffff_ffff),
  };
}

/** What reading a body gave. */
type BodyRead = { readonly ok: true; readonly bytes: Buffer } | { readonly ok: false; readonly status: 408 | 413; readonly text: string } | { readonly ok: false; readonly status: 0 };

/**
 * Reads the body, at most `limit` bytes, pausing at most `idle` ms between
 * chunks. Past the limit, or on a pause, it stops reading and says so; the
 * caller answers and closes the connection. A client gone mid-body gives
 * status 0 (nobody to answer).
 */
function readBody(req: IncomingMessage, limit: number, idle: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    let timer: NodeJS.Timeout | undefined;
    const finish = (result: BodyRead): void => {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('close', onClose).off('error', onClose);
      if (!result.ok) req.pause();
      resolve(result);
    };
    const arm = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => finish({ ok: false, status: 408, text: `the body paused for more than ${idle} ms` }), idle);
    };
    const onData = (chunk: Buffer): void => {
      length += chunk.length;
      if (length > limit) finish({ ok: false, status: 413, text: `the body is larger than the limit of ${limit} bytes` });
      else {
        chunks.push(chunk);
        arm();
      }
    };
    const onEnd = (): void => finish({ ok: true, bytes: Buffer.concat(chunks, length) });
    const onClose = (): void => finish({ ok: false, status: 0 });
    req.on('data', onData).on('end', onEnd).on('close', onClose).on('error', onClose);
    arm();
  });
}

/** The offset of the first byte that starts no valid UTF-8 sequence (RFC 3629); only called once decoding failed. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    const second = bytes[i + 1] as number;
    // The second byte's range rules out overlong forms, surrogates and code points past U+10FFFF.
    const low = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    if (length > 1 && (second < low || second > high)) return i;
    for (let k = 2; k < length; k++) if (((bytes[i + k] as number) & 0xc0) !== 0x80) return i;
    i += length;
  }
  return i;
}

/** The body text as a value, or the issue that says why it is not one. */
function parseBody(bytes: Buffer, format: Format): { ok: true; value: unknown } | { ok: false; issue: TwinIssue } {
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    const index = firstInvalidUtf8(bytes);
    return { ok: false, issue: { ...createIssue('startTwin', 'BODY_NOT_UTF8', { index, path: [] }), path: [], severity: 'error', index } };
  }
  if (format === 'xml') {
    const read = readXml(text);
    if (read.ok) return { ok: true, value: read.value };
    return { ok: false, issue: syntaxIssue('BODY_XML_SYNTAX', read.error) };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const found = jsonSyntaxError(text) ?? { message: 'the JSON is nested too deeply to read', index: 0, line: 1, column: 1 };
    return { ok: false, issue: syntaxIssue('BODY_JSON_SYNTAX', found) };
  }
}

/** The issue of a syntax error: the code and message of the error table, the position of the error. */
function syntaxIssue(code: 'BODY_JSON_SYNTAX' | 'BODY_XML_SYNTAX', error: SyntaxPosition): TwinIssue {
  const { message, ...where } = error;
  const issue = createIssue('startTwin', code, { actual: where.line, limit: where.column, detail: message });
  return { path: [], code: issue.code, message: issue.message, severity: 'error', ...where };
}

/**
 * Starts an offline twin of the provider's SMS endpoints on `node:http`:
 * `POST /sms/1/binary/single`, `/sms/1/binary/multi` (JSON or XML),
 * `/sms/2/binary/advanced`, `/sms/3/messages` and `/sms/1/preview`. It
 * checks credentials (401), methods (405), paths (404), `Content-Type` (415)
 * and `Accept` (406), the body size (413, refused by `Content-Length`
 * before it is read) and pace (408), its syntax (400 with the position) and
 * every field (400 with smshex's issues), and answers a valid body 200 in the
 * provider's response of that version, with smsCount as smshex counts it.
 *
 * Spec: the provider's SMS API reference (v1 binary single/multi, v2
 * binary advanced, v3 messages, preview), as summed up in smshex's README.
 *
 * @param options - port (default 0: a free one), host (default 127.0.0.1),
 *   limits and timeouts, `logLimit`, `seed`
 * @returns the running twin: `url`, `requests`, `failNext`, `delayNext`, `close()`
 * @throws `TypeError` / `RangeError` for a malformed option; the `listen`
 *   error (`EADDRINUSE`, `EACCES`) when the port cannot be had
 *
 * @example
 * ```ts
 * const twin = await startTwin({ seed: 1 });
 * const response = await fetch(`${twin.url}/sms/1/preview`, {
 *   method: 'POST',
 *   headers: { Authorization: 'App test', 'Content-Type': 'application/json' },
 *   body: JSON.stringify({ text: 'Hi' }),
 * });
 * response.status; // 200
 * await twin.close();
 * ```
 */
export async function startTwin(options?: TwinOptions): Promise<Twin> {
  const settings = plan(options);
  const log = new RequestLog(settings.logLimit);
  const ids = idSource(settings.seed);
  const faults: ScriptedFault[] = [];
  const delays = new Set<{ timer: NodeJS.Timeout; resolve: () => void }>();
  let seq = 0;
  let closing = false;

  const server = createServer({
    headersTimeout: settings.headersTimeout,
    requestTimeout: settings.requestTimeout,
    // How often Node checks the two timeouts above (its default, 30 s, would outlast short ones).
    connectionsCheckingInterval: Math.max(10, Math.min(1_000, Math.floor(settings.headersTimeout / 2))),
    keepAliveTimeout: 5_000,
  });

  const wait = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const entry = { timer: setTimeout(() => (delays.delete(entry), resolve()), ms), resolve };
      delays.add(entry);
    });

  const send = (
    req: IncomingMessage,
    res: ServerResponse,
    record: Omit<TwinRequest, 'response' | 'seq'>,
    status: number,
    format: Format,
    body: unknown,
    extra: { xmlRoot?: string; close?: boolean; headers?: Record<string, string> } = {},
  ): void => {
    const text = format === 'xml' ? writeXml(extra.xmlRoot ?? (status === 200 ? 'response' : 'requestError'), status === 200 || !isErrorBody(body) ? body : unwrapError(body)) : JSON.stringify(body);
    seq++;
    log.add({ seq, ...record, response: { status, format, body } });
    if (res.headersSent || res.destroyed) return;
    const headers: Record<string, string | number> = {
      'Content-Type': format === 'xml' ? 'application/xml; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Length': Buffer.byteLength(text),
      ...extra.headers,
    };
    if (extra.close === true || closing) {
      headers['Connection'] = 'close';
      res.shouldKeepAlive = false;
    }
    res.writeHead(status, headers);
    res.end(text, () => {
      // An unread body: the connection cannot carry another request.
      if (extra.close === true) req.socket.destroySoon();
    });
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q === -1 ? url : url.slice(0, q);
    const endpoint: Route | undefined = ROUTES.get(path);
    const base = { method: req.method ?? '', path, query: q === -1 ? '' : url.slice(q + 1), headers: redactHeaders(req.headers), endpoint: endpoint?.path, body: undefined, issues: [] as TwinIssue[] };
    const hasBody = req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
    // Until the body is read, an error answer closes the connection (what is left of the body cannot be skipped safely).
    const early = (status: number, format: Format, text: string, headers?: Record<string, string>): void =>
      send(req, res, base, status, format, errorBody(status, text), { close: hasBody, ...(headers === undefined ? {} : { headers }) });

    if (endpoint === undefined) return early(404, 'json', `no endpoint ${path}: the twin serves ${[...ROUTES.keys()].join(', ')}`);
    if (req.method !== 'POST') return early(405, 'json', `${req.method ?? ''} ${path} is not allowed: use POST`, { Allow: 'POST' });
    const contentType = requestFormat(req.headers['content-type'], endpoint.formats);
    const answerFormat = responseFormat(req.headers.accept, endpoint.formats, contentType.ok ? contentType.format : 'json');
    if (answerFormat === undefined) return early(406, 'json', `Accept ${JSON.stringify(req.headers.accept)} allows none of ${endpoint.formats.map((f) => `application/${f}`).join(', ')}`);
    const authorization = req.headers.authorization?.trim() ?? '';
    const space = authorization.indexOf(' ');
    if (space < 1 || !SCHEMES.has(authorization.slice(0, space).toLowerCase()) || authorization.slice(space + 1).trim() === '') {
      const text = authorization === '' ? 'Invalid login details: no Authorization header' : 'Invalid login details: Authorization must be "App <key>", "Basic <credentials>", "IBSSO <token>" or "Bearer <token>"';
      return early(401, answerFormat, text, { 'WWW-Authenticate': 'App, Basic, IBSSO, Bearer' });
    }
    if (!contentType.ok) return early(415, answerFormat, contentType.reason);
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > settings.bodyLimit) return early(413, answerFormat, `the body (Content-Length ${declared}) is larger than the limit of ${settings.bodyLimit} bytes`);

    const read = await readBody(req, settings.bodyLimit, settings.bodyTimeout);
    if (!read.ok) {
      if (read.status === 0) return;
      return send(req, res, base, read.status, answerFormat, errorBody(read.status, read.text), { close: true });
    }
    const fault = faults.shift();
    if (fault?.delay !== undefined) await wait(fault.delay);
    if (closing || res.destroyed) return;
    if (fault?.status !== undefined) {
      const text = fault.status === 429 ? 'Too many requests' : fault.status === 503 ? 'Service unavailable' : 'Something went wrong. Please contact support.';
      return send(req, res, base, fault.status, answerFormat, errorBody(fault.status, `${text} (scripted by the twin)`), fault.status === 429 ? { headers: { 'Retry-After': '1' } } : {});
    }
    const parsed = parseBody(read.bytes, contentType.format);
    if (!parsed.ok) return send(req, res, { ...base, issues: [parsed.issue] }, 400, answerFormat, errorBody(400, parsed.issue.message, [parsed.issue]), { xmlRoot: 'requestError' });
    const record = { ...base, body: parsed.value, issues: endpoint.check(parsed.value) };
    const errors = record.issues.filter((issue) => issue.severity === 'error');
    if (errors.length > 0) {
      const first = errors[0] as TwinIssue;
      const text = `Bad request: ${first.message}${errors.length > 1 ? ` (and ${errors.length - 1} more)` : ''}`;
      return send(req, res, record, 400, answerFormat, errorBody(400, text, record.issues));
    }
    return send(req, res, record, 200, answerFormat, endpoint.answer(parsed.value, ids), { xmlRoot: endpoint.xmlRoot });
  };

  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the twin: answer 500 and keep serving.
      if (!res.headersSent && !res.destroyed) {
        const text = `the twin failed: ${error instanceof Error ? error.message : String(error)}`;
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8', Connection: 'close' }).end(JSON.stringify(errorBody(500, text)));
      }
    });
  });
  // A malformed request line or headers: answer 400 if the socket can still take it, and close.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable && error.code !== 'ECONNRESET') {
      const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
      socket.end(`HTTP/1.1 ${status} ${status === 408 ? 'Request Timeout' : status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
    }
    socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  let closed: Promise<void> | undefined;

  const count = (fn: string, value: unknown): number => {
    assertIntegerInRange(fn, 'count', value, 1, 1_000_000);
    return value;
  };
  return {
    url: `http://${shown}:${address.port}`,
    host: address.address,
    port: address.port,
    get requests() {
      return log.list();
    },
    get droppedRequests() {
      return log.dropped;
    },
    clearRequests: () => log.clear(),
    failNext(times: number, status: 429 | 500 | 503) {
      const n = count('failNext', times);
      if (status !== 429 && status !== 500 && status !== 503) throw new RangeError(`failNext: status must be 429, 500 or 503, got ${String(status)}`);
      for (let i = 0; i < n; i++) faults.push({ status });
    },
    delayNext(times: number, ms: number) {
      const n = count('delayNext', times);
      assertIntegerInRange('delayNext', 'ms', ms, 0, MAX_DELAY);
      for (let i = 0; i < n; i++) faults.push({ delay: ms });
    },
    get pendingFaults() {
      return faults.length;
    },
    connections: () => new Promise((resolve, reject) => server.getConnections((error, n) => (error ? reject(error) : resolve(n)))),
    server,
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing = true;
        for (const entry of delays) {
          clearTimeout(entry.timer);
          entry.resolve();
        }
        delays.clear();
        server.close(() => resolve());
        server.closeIdleConnections();
        // Requests in flight get a moment to be answered, then every socket goes.
        setImmediate(() => server.closeAllConnections());
      });
      return closed;
    },
  };
}

function isErrorBody(body: unknown): body is { requestError: unknown; issues?: readonly TwinIssue[] } {
  return body !== null && typeof body === 'object' && 'requestError' in body;
}

/**
 * An error body's XML form: `<requestError><serviceException>…</serviceException><issues>…</issues></requestError>`,
 * paths written as `messages[0].to`. A field path is no XML element name, so
 * `validationErrors` becomes a list: `<validationError><field>messages[0].to</field><texts><text>…</text></texts></validationError>`.
 * Each issue's elements come in one order: path, code, message, severity, then index, line, column when known.
 */
function unwrapError(body: { requestError: unknown; issues?: readonly TwinIssue[] }): unknown {
  const { requestError, issues } = body;
  const { serviceException } = requestError as { serviceException: { messageId: string; text: string; validationErrors?: Record<string, string[]> } };
  const { validationErrors, ...exception } = serviceException;
  const inner = {
    serviceException: validationErrors === undefined ? exception : { ...exception, validationErrors: Object.entries(validationErrors).map(([field, texts]) => ({ field, texts })) },
  };
  if (issues === undefined) return inner;
  return {
    ...inner,
    issues: issues.map(({ path, code, message, severity, index, line, column }) => ({ path: pathKey(path), code, message, severity, index, line, column })),
  };
}
