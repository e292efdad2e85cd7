/**
 * The public types of `smshex/twin`.
 *
 * @module
 */

import type { Server } from 'node:http';
import type { SmsHexErrorCode } from '../errors.js';
import type { GradedIssue } from '../requests/report.js';
import type { Endpoint } from '../requests/endpoints.js';

/** The endpoints the twin serves, by path. */
export type TwinEndpoint = Endpoint | '/sms/1/preview';

/**
 * Codes of the twin's own issues, about a body before its fields are read:
 * `BODY_JSON_SYNTAX` / `BODY_XML_SYNTAX` (with the position), and
 * `BODY_NOT_UTF8` (with the byte offset). They are codes of smshex's one
 * error table (`SmsHexErrorCode`, README "Error codes", docs/errors.md).
 * Issues about fields carry the request layer's codes (`TO_INVALID`, `HEX_INVALID_CHAR`, …).
 */
export type TwinIssueCode = Extract<SmsHexErrorCode, 'BODY_JSON_SYNTAX' | 'BODY_XML_SYNTAX' | 'BODY_NOT_UTF8'>;

/**
 * One problem with a request body, as the 400 answer and the log report it:
 * smshex's one issue type, `SmsHexIssue`, as `validateRequest` grades it: with the `path` (`[]` for the
 * body as a whole) and the `severity` always there (`'error'` makes the
 * answer 400; warnings and infos are reported beside a 200). Its code is a
 * field code of the request layer (`TO_INVALID`, `HEX_INVALID_CHAR`, …) or a
 * {@link TwinIssueCode}; a syntax error has its `index`, `line` and `column`
 * in the body text (`BODY_NOT_UTF8` its byte offset as `index`).
 */
export type TwinIssue = GradedIssue;

/** One request the twin answered, as {@link Twin.requests} lists it. */
export interface TwinRequest {
  /** 1 for the first request the twin answered, counting on across {@link Twin.clearRequests}. */
  readonly seq: number;
  readonly method: string;
  /** The path, without the query string. */
  readonly path: string;
  /** The query string without `?`, `''` when none. */
  readonly query: string;
  /** Header names lower-cased; `authorization` (scheme kept), `cookie` and similar redacted. */
  readonly headers: Readonly<Record<string, string | string[]>>;
  /** The endpoint, when the path is one. */
  readonly endpoint: TwinEndpoint | undefined;
  /** The body as read (JSON, or the object the XML form stands for); `undefined` when not read or unreadable. */
  readonly body: unknown;
  /** The problems found in the body, warnings included. */
  readonly issues: readonly TwinIssue[];
  /** What the twin answered. */
  readonly response: {
    readonly status: number;
    readonly format: 'json' | 'xml';
    /** The answer's body as an object (before it was written as JSON or XML). */
    readonly body: unknown;
  };
}

/** A scripted answer: see {@link Twin.failNext} and {@link Twin.delayNext}. */
export interface ScriptedFault {
  /** Answer this status instead of the real answer. */
  readonly status?: 429 | 500 | 503;
  /** Wait this many milliseconds before answering. */
  readonly delay?: number;
}

/** Options of {@link startTwin}. */
export interface TwinOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  readonly port?: number;
  /** Address to listen on (default `127.0.0.1`: only this machine can connect). */
  readonly host?: string;
  /** Largest request body in bytes (default 1 MiB = 1,048,576); larger gets 413 without being read. */
  readonly bodyLimit?: number;
  /** Milliseconds a body may pause between chunks before the twin answers 408 and closes (default 10,000). */
  readonly bodyTimeout?: number;
  /** Milliseconds to receive all the headers (Node's `headersTimeout`; default 10,000). */
  readonly headersTimeout?: number;
  /** Milliseconds to receive the whole request (Node's `requestTimeout`; default 30,000). */
  readonly requestTimeout?: number;
  /** Most entries kept in {@link Twin.requests} (default 1,000, the oldest dropped first); 0 keeps none. */
  readonly logLimit?: number;
  /** Makes every generated id deterministic: the same seed (an integer 0–4294967295) gives the same ids in the same order. */
  readonly seed?: number;
}

/** A running twin: what {@link startTwin} resolves to. */
export interface Twin {
  /** `http://host:port`, to use as the SDK's `baseUrl`. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** What was received and answered, oldest first (a new array on each read). */
  readonly requests: TwinRequest[];
  /** How many answered requests the log did not keep (its cap, or `logLimit: 0`) since the last clear. */
  readonly droppedRequests: number;
  /** Empties {@link Twin.requests}. */
  clearRequests(): void;
  /**
   * Makes the next `count` requests that reach an endpoint with credentials
   * answer `status` (429, 500 or 503) in the provider's error shape; a 429
   * carries `Retry-After: 1`. Queued after faults already scripted.
   */
  failNext(count: number, status: 429 | 500 | 503): void;
  /** Makes the next `count` such requests wait `ms` milliseconds (at most 60,000) before their real answer. */
  delayNext(count: number, ms: number): void;
  /** Scripted faults not used yet. */
  readonly pendingFaults: number;
  /** Open connections right now (Node's `server.getConnections`). */
  connections(): Promise<number>;
  /** The `node:http` server, for what the twin does not wrap. */
  readonly server: Server;
  /** Stops listening, ends every connection and waiting delay; resolves when closed. Calling it again is harmless. */
  close(): Promise<void>;
}
