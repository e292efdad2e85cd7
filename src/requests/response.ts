/**
 * The provider's responses, read into typed results with issues for
 * anything malformed, never throwing; and the smsCount of a request per
 * destination, lined up with what the provider reported.
 *
 * Spec: the seed page's SMSResponse (v1: `to`, `status`, `smsCount`,
 * `messageId`); v2 `{ bulkId, messages: [ { to, status, messageId } ] }`;
 * v3 `SmsResponse` / `SmsResponseDetails` / `SmsMessageResponseDetails` of
 * infobip/infobip-api-java-client (`messageId`, `status`, `destination`,
 * `details.messageCount`).
 *
 * @module
 */

import type { SmsHexIssue, IssuePath } from '../errors.js';
import { assertOneOf, optionNames, readOptions } from '../internal/args.js';
import { ENDPOINTS, type Endpoint } from './endpoints.js';
import { isRecord, Report, shown, valueOf } from './report.js';
import { checkRequest, type ValidateRequestOptions } from './validate.js';

/**
 * The status object of every version.
 *
 * @group Responses
 */
export interface ResponseStatus {
  /** The status group: 1 PENDING, 2 UNDELIVERABLE, 3 DELIVERED, 4 EXPIRED, 5 REJECTED. */
  readonly groupId: number;
  /** The group's name. */
  readonly groupName: string;
  /** The status. */
  readonly id: number;
  /** The status's name, e.g. PENDING_ENROUTE. */
  readonly name: string;
  /** The status in words. */
  readonly description: string;
  /** Present when there is something to do about an error. */
  readonly action?: string;
}

/**
 * One message of a response, in the same shape for every version.
 *
 * @group Responses
 */
export interface ResponseMessage {
  /** The destination (v1 and v2 `to`, v3 `destination`). */
  readonly to: string;
  /** The ID the provider gave (or was given) the message. */
  readonly messageId: string;
  /** Where the message stands. */
  readonly status: ResponseStatus;
  /** The SMS counted for this message: v1 `smsCount`, v3 `details.messageCount`; absent in v2, and in v3 unless asked for. */
  readonly smsCount?: number;
}

/**
 * What {@link parseResponse} returns.
 *
 * @group Responses
 */
export interface ParseResponseResult {
  /** `true` when the response has every field in its type. */
  readonly ok: boolean;
  /** The bulk ID, when the provider gave one. */
  readonly bulkId?: string;
  /** The messages that could be read. */
  readonly messages: ResponseMessage[];
  /** What was missing or malformed, each with its path. */
  readonly issues: SmsHexIssue[];
}

/**
 * Options of {@link parseResponse}.
 *
 * @group Responses
 */
export interface ParseResponseOptions {
  /** The endpoint the response came from. */
  readonly endpoint: Endpoint;
}

const STATUS_NUMBERS = ['groupId', 'id'] as const;
const STATUS_STRINGS = ['groupName', 'name', 'description'] as const;

const RESPONSE_OPTIONS = /* @__PURE__ */ optionNames<ParseResponseOptions>({ endpoint: true });

/**
 * Reads a response of `endpoint` (parsed JSON) into typed messages; every
 * missing or malformed field is a `RESPONSE_SHAPE` issue with its path, and
 * the message it belongs to is left out. Never throws for the body.
 *
 * Spec: see the module.
 *
 * @param body - `JSON.parse` of the response body
 * @param options - `endpoint` (required)
 * @returns `{ ok, bulkId?, messages, issues }`
 * @throws `TypeError` / `RangeError` only for malformed options
 *
 * @example
 * ```ts
 * parseResponse({ messages: [{ to: '41793026727', smsCount: 1, messageId: 'm-1',
 *   status: { groupId: 1, groupName: 'PENDING', id: 7, name: 'PENDING_ENROUTE', description: 'Message sent to next instance' } }] },
 *   { endpoint: '/sms/1/binary/multi' }).messages[0].smsCount;
 * // 1
 * ```
 *
 * @group Responses
 */
export function parseResponse(body: unknown, options: ParseResponseOptions): ParseResponseResult {
  const fn = 'parseResponse';
  const opts = readOptions<ParseResponseOptions>(fn, options, RESPONSE_OPTIONS);
  assertOneOf(fn, 'endpoint', opts.endpoint, ENDPOINTS);
  const endpoint = opts.endpoint;
  const report = new Report(fn, 100);
  const messages: ResponseMessage[] = [];
  let bulkId: string | undefined;
  try {
    if (!isRecord(body)) {
      report.add('RESPONSE_SHAPE', [], { detail: `expected an object with "messages", got ${shown(body)}` });
    } else {
      const bulk = valueOf(report, body, 'bulkId', []);
      if (typeof bulk === 'string') bulkId = bulk;
      else if (bulk !== undefined) report.add('RESPONSE_SHAPE', ['bulkId'], { detail: `"bulkId" must be a string, got ${shown(bulk)}` });
      const list = valueOf(report, body, 'messages', []);
      if (!Array.isArray(list)) report.add('RESPONSE_SHAPE', ['messages'], { detail: `"messages" must be an array, got ${shown(list)}` });
      else {
        const items: unknown[] = list;
        for (let i = 0; i < items.length && !report.full; i++) {
          const message = readMessage(report, valueOf(report, items, String(i), ['messages']), ['messages', i], endpoint);
          if (message !== undefined) messages.push(message);
        }
      }
    }
  } catch {
    report.add('REQUEST_UNREADABLE', [], { detail: 'reading the response threw an exception' });
  }
  const result: { -readonly [K in keyof ParseResponseResult]: ParseResponseResult[K] } = { ok: report.ok, messages, issues: report.issues };
  if (bulkId !== undefined) result.bulkId = bulkId;
  return result;
}

function readMessage(report: Report, value: unknown, path: IssuePath, endpoint: Endpoint): ResponseMessage | undefined {
  if (!isRecord(value)) {
    report.add('RESPONSE_SHAPE', path, { detail: `a message must be an object, got ${shown(value)}` });
    return undefined;
  }
  const v3 = endpoint === '/sms/3/messages';
  const toKey = v3 ? 'destination' : 'to';
  let sound = true;
  const text = (key: string, object: object, at: IssuePath): string => {
    const v = valueOf(report, object, key, at);
    if (typeof v === 'string') return v;
    report.add('RESPONSE_SHAPE', [...at, key], { detail: `"${key}" must be a string, got ${shown(v)}` });
    sound = false;
    return '';
  };
  const to = text(toKey, value, path);
  const messageId = text('messageId', value, path);
  const statusValue = valueOf(report, value, 'status', path);
  const statusPath = [...path, 'status'];
  let status: ResponseStatus | undefined;
  if (!isRecord(statusValue)) {
    report.add('RESPONSE_SHAPE', statusPath, { detail: `"status" must be an object, got ${shown(statusValue)}` });
    sound = false;
  } else {
    const out: Record<string, unknown> = {};
    for (const key of STATUS_NUMBERS) {
      const n = valueOf(report, statusValue, key, statusPath);
      if (typeof n === 'number' && Number.isInteger(n)) out[key] = n;
      else {
        report.add('RESPONSE_SHAPE', [...statusPath, key], { detail: `"${key}" must be an integer, got ${shown(n)}` });
        sound = false;
      }
    }
    for (const key of STATUS_STRINGS) out[key] = text(key, statusValue, statusPath);
    const action = valueOf(report, statusValue, 'action', statusPath);
    if (typeof action === 'string') out.action = action;
    else if (action !== undefined) report.add('RESPONSE_SHAPE', [...statusPath, 'action'], { detail: `"action" must be a string, got ${shown(action)}` });
    status = out as unknown as ResponseStatus;
  }
  let smsCount: number | undefined;
  const countPath = v3 ? [...path, 'details', 'messageCount'] : [...path, 'smsCount'];
  let count: unknown;
  if (v3) {
    const details = valueOf(report, value, 'details', path);
    if (isRecord(details)) count = valueOf(report, details, 'messageCount', [...path, 'details']);
    else if (details !== undefined) report.add('RESPONSE_SHAPE', [...path, 'details'], { detail: `"details" must be an object, got ${shown(details)}` });
  } else count = valueOf(report, value, 'smsCount', path);
  if (typeof count === 'number' && Number.isInteger(count) && count >= 0) smsCount = count;
  else if (count !== undefined) report.add('RESPONSE_SHAPE', countPath, { detail: `the smsCount must be a non-negative integer, got ${shown(count)}` });
  if (!sound || status === undefined) return undefined;
  return smsCount === undefined ? { to, messageId, status } : { to, messageId, status, smsCount };
}

/**
 * The SMS a request sends to one destination.
 *
 * @group Responses
 */
export interface DestinationCount {
  /** The destination, digits only. */
  readonly to: string;
  /** One per message object addressed to it (each message is one SMS part), and per entry when it is listed twice. */
  readonly smsCount: number;
}

/**
 * What {@link countSms} returns.
 *
 * @group Responses
 */
export interface CountSmsResult {
  /** As `validateRequest`: counts of a body with errors are of its sound messages only. */
  readonly ok: boolean;
  /** The envelope the body was read as. */
  readonly endpoint: Endpoint | undefined;
  /** Per destination, in the order first addressed. */
  readonly destinations: DestinationCount[];
  /** The sum over destinations: what the request is billed, by smshex's count. */
  readonly total: number;
  /** The issues of validating the body. */
  readonly issues: SmsHexIssue[];
}

/**
 * The smsCount of a request body per destination: it is validated as by
 * `validateRequest`, and every message with a sound payload counts one SMS
 * for each of its destination entries. A number listed twice in one message
 * counts twice: the provider documents no de-duplication and answers one
 * object per destination entry, so smshex assumes each entry is sent and
 * billed (`validateRequest` warns of the repeat with `TO_DUPLICATE`). Never
 * throws for the body.
 *
 * Spec: the smsCount of the provider's responses (one object per message and destination entry).
 *
 * @param body - a request body of any endpoint
 * @param options - as `validateRequest`
 * @returns `{ ok, endpoint, destinations, total, issues }`
 * @throws `TypeError` / `RangeError` only for malformed options
 *
 * @example
 * ```ts
 * countSms({ messages: [{ to: ['41793026727', '41793026731'], binary: { hex: '48 69' } }] }).total;
 * // 2
 * ```
 *
 * @group Responses
 */
export function countSms(body: unknown, options?: ValidateRequestOptions): CountSmsResult {
  const { result, messages } = checkRequest('countSms', body, options);
  const counts = new Map<string, number>();
  for (const message of messages) {
    if (message.payload === undefined) continue;
    for (const to of message.destinations) counts.set(to, (counts.get(to) ?? 0) + 1);
  }
  const destinations = [...counts].map(([to, smsCount]) => ({ to, smsCount }));
  const total = destinations.reduce((sum, d) => sum + d.smsCount, 0);
  return { ok: result.ok, endpoint: result.endpoint, destinations, total, issues: result.issues };
}

/**
 * One destination in {@link compareSmsCount}.
 *
 * @group Responses
 */
export interface SmsCountComparison {
  /** The destination, digits only. */
  readonly to: string;
  /** smshex's count for the request. */
  readonly expected: number;
  /** The provider's, summed over the response's messages to this destination; `undefined` when it reported none. */
  readonly reported: number | undefined;
  /** `true` when both are known and differ, or the provider reported a destination the request lacks. */
  readonly differs: boolean;
}

/**
 * What {@link compareSmsCount} returns.
 *
 * @group Responses
 */
export interface CompareSmsCountResult {
  /** `true` when both bodies were read without error and no destination differs. */
  readonly ok: boolean;
  /** One row per destination of the request, then any the response alone has. */
  readonly destinations: SmsCountComparison[];
  /** `SMS_COUNT_MISMATCH` for each row that differs, and the issues of reading the request and the response. */
  readonly issues: SmsHexIssue[];
}

/**
 * Lines up smshex's smsCount per destination of a request with what the
 * provider's response reported, so a sender sees where the bill differs from
 * the estimate. v2 responses, and v3 without `includeSmsCountInResponse`,
 * report no count: those rows have `reported: undefined`.
 *
 * Spec: v1 `smsCount`, v3 `details.messageCount` (`SmsMessageResponseDetails`).
 *
 * @param request - the request body sent
 * @param response - the response body received
 * @param options - `endpoint` of both
 * @returns `{ destinations, issues }`
 * @throws `TypeError` / `RangeError` only for malformed options
 *
 * @example
 * ```ts
 * compareSmsCount({ messages: [{ to: '41793026727', binary: { hex: '48 69' } }] },
 *   { messages: [{ to: '41793026727', smsCount: 2, messageId: 'm',
 *     status: { groupId: 1, groupName: 'PENDING', id: 7, name: 'PENDING_ENROUTE', description: '…' } }] },
 *   { endpoint: '/sms/1/binary/multi' }).destinations;
 * // [ { to: '41793026727', expected: 1, reported: 2, differs: true } ]
 * ```
 *
 * @group Responses
 */
export function compareSmsCount(request: unknown, response: unknown, options: ParseResponseOptions): CompareSmsCountResult {
  const opts = readOptions<ParseResponseOptions>('compareSmsCount', options, RESPONSE_OPTIONS);
  assertOneOf('compareSmsCount', 'endpoint', opts.endpoint, ENDPOINTS);
  const counted = countSms(request, { endpoint: opts.endpoint });
  const parsed = parseResponse(response, { endpoint: opts.endpoint });
  const reported = new Map<string, number | undefined>();
  for (const message of parsed.messages) {
    const to = message.to.startsWith('+') ? message.to.slice(1) : message.to;
    const previous = reported.get(to);
    reported.set(to, message.smsCount === undefined ? previous : (previous ?? 0) + message.smsCount);
  }
  const rows: SmsCountComparison[] = [];
  for (const { to, smsCount } of counted.destinations) {
    const got = reported.get(to);
    rows.push({ to, expected: smsCount, reported: got, differs: got !== undefined && got !== smsCount });
  }
  for (const [to, got] of reported) {
    if (!counted.destinations.some((d) => d.to === to)) rows.push({ to, expected: 0, reported: got, differs: true });
  }
  const report = new Report('compareSmsCount', Number.MAX_SAFE_INTEGER);
  for (const row of rows) {
    if (!row.differs) continue;
    report.add('SMS_COUNT_MISMATCH', [], { actual: row.reported ?? 0, limit: row.expected, detail: `for destination ${row.to}` });
  }
  const issues = [...counted.issues.filter((i) => i.severity === 'error'), ...parsed.issues, ...report.issues];
  return { ok: counted.ok && parsed.ok && !rows.some((row) => row.differs), destinations: rows, issues };
}
