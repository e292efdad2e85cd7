/**
 * A request body of any of the provider's binary endpoints, checked field by
 * field: a list of issues with paths, never an exception.
 *
 * @module
 */

import type { SmsHexIssue, IssuePath } from '../errors.js';
import { assertIntegerInRange, assertOneOf, describe, optionNames, readOptions } from '../internal/args.js';
import { ENDPOINTS, fieldElsewhere, MESSAGE_FIELDS, TOP_FIELDS, type CheckedMessage, type Endpoint } from './endpoints.js';
import { checkKeys } from './keys.js';
import { checkConcatenation, concatOf, type PartInfo } from './payload.js';
import { field, isArrayLength, isRecord, Report, shown } from './report.js';
import { checkV1Message } from './v1.js';
import { checkV2Message, checkV2Top } from './v2.js';
import { checkV3Message, checkV3Top } from './v3.js';

/**
 * What {@link validateRequest} returns.
 *
 * @group Request bodies
 */
export interface ValidateRequestResult {
  /** `true` when no issue has severity `'error'` (warnings and infos allowed) and checking was not stopped by `maxIssues`. */
  readonly ok: boolean;
  /** The envelope the body was checked as: the one asked for, or the one detected; `undefined` when none could be told. */
  readonly endpoint: Endpoint | undefined;
  /** `true` when `endpoint` was detected from the body's fields (`endpoint: 'auto'`). */
  readonly detected: boolean;
  /**
   * The issues, in the order of the body, then those across messages; at most
   * `maxIssues`, plus one saying where checking stopped. Every issue here has
   * its `path` (`[]` for the body) and its `severity`.
   */
  readonly issues: SmsHexIssue[];
}

/**
 * Options of {@link validateRequest}.
 *
 * @group Request bodies
 */
export interface ValidateRequestOptions {
  /** The endpoint the body is for; `'auto'` (default) detects it from the fields. */
  readonly endpoint?: Endpoint | 'auto';
  /** How `UNKNOWN_FIELD` is graded: `'warning'` (default) or `'error'`. */
  readonly unknownKeys?: 'warning' | 'error';
  /** The clock `sendAt` is checked against: a `Date` or milliseconds since the epoch (default: now). */
  readonly now?: Date | number;
  /**
   * The most issues reported (default 100). At one more, checking stops, a
   * `REQUEST_ISSUES_CAPPED` issue says where, and `ok` is `false`.
   */
  readonly maxIssues?: number;
}

const DEFAULT_MAX_ISSUES = 100;
/** Messages looked at to detect the envelope. */
const DETECT_MESSAGES = 100;

/** What one run of the checks found: the result, plus the messages for smsCount. */
export interface CheckedBody {
  readonly result: ValidateRequestResult;
  readonly messages: readonly CheckedMessage[];
}

const VALIDATE_OPTIONS = /* @__PURE__ */ optionNames<ValidateRequestOptions>({ endpoint: true, unknownKeys: true, now: true, maxIssues: true });

/**
 * Checks a request body of `/sms/1/binary/single`, `/sms/1/binary/multi`,
 * `/sms/2/binary/advanced` or `/sms/3/messages` and reports every problem
 * with its path, without ever throwing:
 * - with `endpoint: 'auto'` (default) the envelope is told from its fields and
 *   named in `endpoint`; a body mixing envelopes (`to` and `destinations`,
 *   `binary` and `content`) is a `REQUEST_ENVELOPE_MIXED` error;
 * - the shape and every field of that envelope: sender (alphanumeric 3–11 or
 *   numeric 3–14), destinations (international format, digits only; at most
 *   50 characters in v2 and v3), `callbackData` ≤ 4,000 and `bulkId` ≤ 100
 *   characters, `validityPeriod` (48 hours at most), `sendAt` (format, at most
 *   180 days after `now`), `deliveryTimeWindow` (days, hours 0–23, minutes 0–59);
 * - the payload (`binary`, or v3's `content`): strict hex, dataCoding and
 *   esmClass 0–255, esmClass 0x40 ⇔ a header, decodable under its coding, at
 *   most one SMS per part; across messages, concatenated parts agree;
 * - unknown keys anywhere are `UNKNOWN_FIELD` (a warning, or an error with
 *   `unknownKeys: 'error'`), with "did you mean" for a near miss; a
 *   `dataCoding` or `esmClass` that defaults while a near miss is present is an `info`.
 *
 * Getters are never called, nothing is written, `__proto__` and the like are
 * errors, and checking stops after `maxIssues` issues.
 *
 * Spec: the provider's endpoint references (README, "Endpoints"); 3GPP TS
 * 23.040 §9.2.3.24, §9.2.3.16; TS 23.038 §6.2.1, §6.2.3; SMPP 3.4 §5.2.12, §5.2.19.
 *
 * @param body - anything, typically `JSON.parse` of a request body
 * @param options - `endpoint`, `unknownKeys`, `now`, `maxIssues`
 * @returns `{ ok, endpoint, detected, issues }`, each issue `{ code, message, path, severity, index? }`
 * @throws `TypeError` / `RangeError` only for malformed options; never for the body
 *
 * @example
 * ```ts
 * validateRequest({ messages: [{ sender: 'InfoSMS', destinations: [{ to: '41793026727' }], content: { hex: '48 69' } }] }).endpoint;
 * // '/sms/3/messages'
 * ```
 *
 * @group Request bodies
 */
export function validateRequest(body: unknown, options?: ValidateRequestOptions): ValidateRequestResult {
  return checkRequest('validateRequest', body, options).result;
}

/**
 * The checks of {@link validateRequest}, naming `fn`, with the checked messages.
 *
 * @internal
 */
export function checkRequest(fn: string, body: unknown, options?: ValidateRequestOptions): CheckedBody {
  const opts = readOptions<ValidateRequestOptions>(fn, options, VALIDATE_OPTIONS);
  const maxIssues = opts.maxIssues ?? DEFAULT_MAX_ISSUES;
  assertIntegerInRange(fn, 'maxIssues', maxIssues, 1, Number.MAX_SAFE_INTEGER);
  const asked = opts.endpoint ?? 'auto';
  assertOneOf(fn, 'endpoint', asked, ['auto', ...ENDPOINTS]);
  const unknownKeys = opts.unknownKeys ?? 'warning';
  assertOneOf(fn, 'unknownKeys', unknownKeys, ['warning', 'error'] as const);
  const now = readClock(fn, opts.now);
  const report = new Report(fn, maxIssues, unknownKeys);
  let endpoint: Endpoint | undefined = asked === 'auto' ? undefined : asked;
  const messages: CheckedMessage[] = [];
  try {
    if (endpoint === undefined) endpoint = detect(report, body);
    if (endpoint !== undefined) checkBody(report, body, endpoint, now, messages);
  } catch {
    // A proxy or exotic object threw outside any one message: say so instead of throwing.
    report.add('REQUEST_UNREADABLE', [], { detail: 'reading the body threw an exception' });
  }
  return { result: { ok: report.ok, endpoint, detected: asked === 'auto', issues: report.issues }, messages };
}

/**
 * The `now` option of the validator and the builder: the current time when absent, a Date's time, or a
 * finite number of milliseconds; anything else is a `TypeError`.
 *
 * @internal
 */
export function readClock(fn: string, now: unknown): number {
  if (now === undefined) return Date.now();
  const time = now instanceof Date ? now.getTime() : now;
  if (typeof time !== 'number' || !Number.isFinite(time)) {
    throw new TypeError(`${fn}: now must be a Date or a number of milliseconds, got ${now instanceof Date ? 'an invalid Date' : describe(now)}`);
  }
  return time;
}

/** Keys that point to an envelope, at the top and in a message. */
const TOP_MARKERS: Readonly<Record<string, readonly Endpoint[]>> = {
  messages: ['/sms/1/binary/multi', '/sms/2/binary/advanced', '/sms/3/messages'],
  bulkId: ['/sms/2/binary/advanced'],
  sendingSpeedLimit: ['/sms/2/binary/advanced'],
  options: ['/sms/3/messages'],
  to: ['/sms/1/binary/single'],
  from: ['/sms/1/binary/single'],
  binary: ['/sms/1/binary/single'],
};

/** In a message: the envelopes that have the key. */
function messageMarker(key: string): readonly Endpoint[] | undefined {
  const owners = (['/sms/1/binary/multi', '/sms/2/binary/advanced', '/sms/3/messages'] as const).filter((e) => MESSAGE_FIELDS[e].includes(key));
  return owners.length === 0 ? undefined : owners;
}

/**
 * Tells the envelope from the keys of the body and its first messages:
 * every known key narrows the candidates; when none is left, the body mixes
 * envelopes, reported with the keys that disagree, and it is checked as the
 * envelope most keys point to.
 */
function detect(report: Report, body: unknown): Endpoint | undefined {
  if (!isRecord(body)) {
    report.add('REQUEST_SHAPE', [], { detail: `the body must be an object with "messages" (or v1 single's "to" and "binary"), got ${describe(body)}` });
    return undefined;
  }
  const votes = new Map<Endpoint, string[]>();
  const vote = (owners: readonly Endpoint[], where: string): void => {
    for (const owner of owners) votes.set(owner, [...(votes.get(owner) ?? []), where]);
  };
  const markers: Array<{ owners: readonly Endpoint[]; where: string }> = [];
  for (const key of Object.getOwnPropertyNames(body)) {
    const owners = TOP_MARKERS[key];
    if (owners !== undefined && Object.prototype.hasOwnProperty.call(TOP_MARKERS, key)) markers.push({ owners, where: `"${key}"` });
  }
  const list = field(report, body, 'messages', ['messages']);
  if (list.found && Array.isArray(list.value)) {
    const items: unknown[] = list.value;
    for (let i = 0; i < items.length && i < DETECT_MESSAGES; i++) {
      const message = field(report, items, i, ['messages', i]);
      if (!message.found || !isRecord(message.value)) continue;
      for (const key of Object.getOwnPropertyNames(message.value)) {
        const owners = messageMarker(key);
        if (owners !== undefined) markers.push({ owners, where: `"${key}" in messages[${i}]` });
      }
    }
  }
  let candidates: readonly Endpoint[] = ENDPOINTS;
  for (const marker of markers) {
    vote(marker.owners, marker.where);
    candidates = candidates.filter((c) => marker.owners.includes(c));
  }
  if (markers.length === 0) {
    report.add('REQUEST_SHAPE', [], {
      detail: `none of the fields tells the endpoint: expected "messages" (${ENDPOINTS.slice(1).join(', ')}) or "to" and "binary" (/sms/1/binary/single)`,
    });
    return undefined;
  }
  if (candidates.length > 0) return candidates[0];
  // Mixed: check it as the envelope most keys point to (the newest on a tie), and say which keys disagree.
  let best: Endpoint = ENDPOINTS[0] as Endpoint;
  for (const endpoint of ENDPOINTS) if ((votes.get(endpoint)?.length ?? 0) >= (votes.get(best)?.length ?? 0)) best = endpoint;
  const others = ENDPOINTS.filter((e) => e !== best && (votes.get(e)?.length ?? 0) > 0 && !(votes.get(e) ?? []).every((w) => (votes.get(best) ?? []).includes(w)));
  const against = others.map((e) => `${(votes.get(e) ?? []).filter((w) => !(votes.get(best) ?? []).includes(w)).slice(0, 3).join(', ')} belong to ${e}`);
  report.add('REQUEST_ENVELOPE_MIXED', [], {
    detail: `checked as ${best} (${(votes.get(best) ?? []).slice(0, 3).join(', ')}), but ${against.join('; ') || 'other fields disagree'}`,
  });
  return best;
}

function checkBody(report: Report, body: unknown, endpoint: Endpoint, now: number, out: CheckedMessage[]): void {
  if (!isRecord(body)) {
    report.add('REQUEST_SHAPE', [], { detail: `the body must be an object, got ${describe(body)}` });
    return;
  }
  if (endpoint === '/sms/1/binary/single') {
    out.push(checkV1Message(report, body, [], endpoint));
  } else {
    if (endpoint === '/sms/2/binary/advanced') checkV2Top(report, body);
    else if (endpoint === '/sms/3/messages') checkV3Top(report, body, now);
    else checkTopKeys(report, body, endpoint);
    if (!checkMessages(report, body, endpoint, now, out)) return;
  }
  if (report.full) {
    report.stop('messages were not compared with each other');
    return;
  }
  const parts: PartInfo[] = [];
  for (const message of out) {
    const concat = concatOf(message.payload);
    if (concat === undefined || message.from === undefined) continue;
    // A repeated destination is warned of once (TO_DUPLICATE), not again as repeated parts.
    const destinations = [...new Set(message.destinations)];
    parts.push({ hexPath: [...message.payloadPath, 'hex'], messagePath: message.path, from: message.from, destinations, concat });
  }
  checkConcatenation(report, parts);
  if (report.full) report.stop('while comparing messages with each other');
}

/** v1 multi has only "messages" at the top. */
function checkTopKeys(report: Report, body: object, endpoint: Endpoint): void {
  checkKeys(report, body, [], TOP_FIELDS[endpoint], (key) => fieldElsewhere('top', endpoint, key));
}

/** Returns `false` when `messages` is unusable (reported). */
function checkMessages(report: Report, body: object, endpoint: Endpoint, now: number, out: CheckedMessage[]): boolean {
  const messages = field(report, body, 'messages', ['messages']);
  if (!messages.found || !Array.isArray(messages.value)) {
    report.add('REQUEST_SHAPE', ['messages'], {
      detail: `"messages" must be a non-empty array of messages, got ${messages.found ? describe(messages.value) : 'nothing'}`,
    });
    return false;
  }
  const list: unknown[] = messages.value;
  const length: unknown = list.length; // a proxy's "length" can be anything
  if (!isArrayLength(length)) {
    report.add('REQUEST_SHAPE', ['messages'], { detail: `"messages" must be an array, got an array-like whose length is ${shown(length)}` });
    return false;
  }
  if (length === 0) {
    report.add('REQUEST_SHAPE', ['messages'], { detail: '"messages" is empty: at least one message is required' });
    return false;
  }
  for (let i = 0; i < length; i++) {
    if (report.full) {
      report.stop(`messages[${i - 1}] was the last checked, of ${length}; raise maxIssues to see more`);
      return false;
    }
    const path: IssuePath = ['messages', i];
    try {
      const read = field(report, list, i, path);
      const message = read.found ? read.value : undefined;
      if (!isRecord(message)) {
        report.add('REQUEST_SHAPE', path, { detail: `a message must be an object, got ${read.found ? describe(message) : 'a hole'}` });
        continue;
      }
      out.push(
        endpoint === '/sms/2/binary/advanced'
          ? checkV2Message(report, message, path, now)
          : endpoint === '/sms/3/messages'
            ? checkV3Message(report, message, path, now)
            : checkV1Message(report, message, path, endpoint),
      );
    } catch {
      report.add('REQUEST_UNREADABLE', path, { detail: 'reading the message threw an exception' });
    }
  }
  return true;
}
