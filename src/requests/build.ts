/**
 * One message model, every envelope: `buildRequest(messages, { endpoint })`
 * turns messages (a sender, destinations, a payload and the delivery fields)
 * into the body of any of the provider's binary endpoints, one message per
 * part, checking its inputs with the validator's own rules first.
 *
 * @module
 */

import { createError, SmsHexError, type IssuePath } from '../errors.js';
import { buildMessagesNamed, type BinaryMessageInput, type BinaryPayload, type MessageContent } from '../binary/build.js';
import { checkReference, createReferenceGenerator, type ReferenceGenerator } from '../binary/reference.js';
import { assertOneOf, describe, readOptions } from '../internal/args.js';
import type { SegmentOptions } from '../segments/plan.js';
import type { UdhElement } from '../pdu/udh/elements.js';
import { ENDPOINTS, type Endpoint } from './endpoints.js';
import {
  checkBoolean,
  checkDeliveryTimeWindow,
  checkNumber,
  checkRegional,
  checkSender,
  checkSendAt,
  checkSpeedLimit,
  checkString,
  checkUrl,
  checkValidityMinutes,
  MAX_BULK_ID,
  MAX_CALLBACK_DATA,
  MAX_TO_LENGTH,
} from './fields.js';
import { nearMiss } from './keys.js';
import { isRecord, label, Report } from './report.js';
import type { V1MultiBody, V1SingleBody } from './v1.js';
import type { DeliveryTimeWindow, Destination, RegionalOptions, SendingSpeedLimit, V2Body, V2Message } from './v2.js';
import type { V3Body, V3Message, V3MessageOptions, V3RequestOptions, V3Webhooks } from './v3.js';
import { checkRequest } from './validate.js';

/** A destination of a message input: a number, or a number with the message ID to report it under (v2, v3). */
export type DestinationInput = string | Destination;

/** The delivery fields of one message (v2 names; v3 carries them under `options` and `webhooks`). */
export interface DeliveryFields {
  /** v2 `callbackData`, v3 `webhooks.callbackData`: at most 4,000 characters. */
  readonly callbackData?: string;
  /** v2 `notifyUrl`, v3 `webhooks.delivery.url`. */
  readonly notifyUrl?: string;
  /** v2 `notifyContentType`, v3 `webhooks.contentType`. */
  readonly notifyContentType?: 'application/json' | 'application/xml';
  /** v2 `intermediateReport`, v3 `webhooks.delivery.intermediateReport`. */
  readonly intermediateReport?: boolean;
  /** Minutes (v2 `validityPeriod`, v3 `options.validityPeriod` in MINUTES); past 2,880 the provider uses 2,880. */
  readonly validityPeriod?: number;
  /** v2 `sendAt`; v3 `options.schedule.sendAt` (one for the whole request). A `Date` is written in the documented format. */
  readonly sendAt?: string | Date;
  /** v2 `deliveryTimeWindow`, v3 `options.deliveryTimeWindow`. */
  readonly deliveryTimeWindow?: DeliveryTimeWindow;
  /** v2 `flash`, v3 `options.flash`. */
  readonly flash?: boolean;
  /** v2 `regional`, v3 `options.regional`. */
  readonly regional?: RegionalOptions;
  /** v2 `entityId`, v3 `options.platform.entityId`. */
  readonly entityId?: string;
  /** v2 `applicationId`, v3 `options.platform.applicationId`. */
  readonly applicationId?: string;
  /** v3 `options.campaignReferenceId` only. */
  readonly campaignReferenceId?: string;
}

/**
 * One message to build: a sender, destinations, the segment options of
 * today, and the delivery fields the chosen envelope supports; its content
 * is {@link RequestMessageInput}'s.
 */
export interface RequestMessageFields extends SegmentOptions, DeliveryFields {
  /** Sender ID (v3 `sender`, required there). */
  readonly from?: string;
  /** A number, `{ to, messageId? }`, or a list of them. */
  readonly to: DestinationInput | readonly DestinationInput[];
  /** The concatenation reference, or a generator to draw it from; by default one generator per call. */
  readonly reference?: number | ReferenceGenerator;
  /** Further information elements every part carries (application ports, …). */
  readonly udh?: readonly UdhElement[];
}

/** One message to build: the {@link RequestMessageFields} and exactly one of `text`, `bytes` and `hex` ({@link MessageContent}). */
export type RequestMessageInput = RequestMessageFields & MessageContent;

/** Options of {@link buildRequest}. */
export interface BuildRequestOptions<E extends Endpoint = Endpoint> {
  /** The endpoint the body is for. */
  readonly endpoint: E;
  /** v2 `bulkId`, v3 `options.schedule.bulkId`. */
  readonly bulkId?: string;
  /** v2 `sendingSpeedLimit`, v3 `options.schedule.sendingSpeedLimit`. */
  readonly sendingSpeedLimit?: SendingSpeedLimit;
  /** v3 `options.includeSmsCountInResponse`. */
  readonly includeSmsCountInResponse?: boolean;
  /**
   * The generator references are drawn from (its `bits` must match the
   * messages' `referenceBits`); by default one 8-bit and one 16-bit
   * generator for this call, so no two concatenated messages to one destination share a reference.
   */
  readonly references?: ReferenceGenerator;
  /** The clock `sendAt` is checked against (default now). */
  readonly now?: Date | number;
}

/** The body type of each endpoint. */
export interface RequestBodies {
  /** One payload to one or more destinations. */
  '/sms/1/binary/single': V1SingleBody;
  /** Messages with `to` and `binary`. */
  '/sms/1/binary/multi': V1MultiBody;
  /** Messages with `destinations`, `binary` and delivery fields. */
  '/sms/2/binary/advanced': V2Body;
  /** Messages with `sender`, `destinations`, `content`, `options` and `webhooks`. */
  '/sms/3/messages': V3Body;
}

const FN = 'buildRequest';
const V2_AND_V3 = '/sms/2/binary/advanced and /sms/3/messages';

/** The input keys of the payload and its segment options. */
const PAYLOAD_KEYS = [
  'text',
  'bytes',
  'hex',
  'reference',
  'udh',
  'dataCoding',
  'referenceBits',
  'maxParts',
  'language',
  'languages',
  'lockingShift',
  'singleShift',
  'transliterate',
  'keepGraphemes',
  'codings',
] as const;
const DELIVERY_KEYS = [
  'callbackData',
  'notifyUrl',
  'notifyContentType',
  'intermediateReport',
  'validityPeriod',
  'sendAt',
  'deliveryTimeWindow',
  'flash',
  'regional',
  'entityId',
  'applicationId',
] as const;
const INPUT_KEYS: readonly string[] = /* @__PURE__ */ ['from', 'to', 'campaignReferenceId'].concat(PAYLOAD_KEYS, DELIVERY_KEYS);

/** The endpoints that can carry each input field beyond sender, destinations and payload. */
function carriers(key: string): string {
  if (key === 'campaignReferenceId' || key === 'includeSmsCountInResponse') return '/sms/3/messages';
  return V2_AND_V3;
}

/**
 * Builds the request body of `endpoint` from messages, one message object per
 * part (with the destinations of its input), their references drawn from one
 * generator per call (or `options.references`).
 *
 * Every input is checked with the validator's rules before anything is
 * built, whatever the number of parts: the sender, each destination, a
 * `reference` outside 0–255 (0–65535 with `referenceBits: 16`), every
 * delivery field, and a field the envelope cannot carry, which names the
 * envelope that can. The body is then checked by {@link validateRequest};
 * the builder never returns a body with an error.
 *
 * Spec: the provider's endpoint references; TS 23.040 §9.2.3.24.
 *
 * @param messages - one or more {@link RequestMessageInput}
 * @param options - `endpoint` (required), request-level fields, `references`, `now`
 * @returns the body, typed per endpoint
 * @throws {@link SmsHexError} with code and path for bad input (`FROM_INVALID`, `TO_INVALID`,
 *   `REFERENCE_INVALID`, `FIELD_UNSUPPORTED`, `FIELD_INVALID`, `SEND_AT_INVALID`, `UNKNOWN_FIELD`,
 *   and the codec and segment errors of `buildBinaryMessages`)
 * @throws `TypeError` / `RangeError` for malformed arguments
 *
 * @example
 * ```ts
 * buildRequest([{ from: 'InfoSMS', to: { to: '41793026727', messageId: 'm-1' }, text: 'Hi' }], { endpoint: '/sms/3/messages' });
 * // { messages: [{ sender: 'InfoSMS', destinations: [{ to: '41793026727', messageId: 'm-1' }],
 * //                content: { hex: '48 69', dataCoding: 0, esmClass: 0 } }] }
 * ```
 */
export function buildRequest<E extends Endpoint>(messages: readonly RequestMessageInput[], options: BuildRequestOptions<E>): RequestBodies[E] {
  return buildRequestNamed(FN, messages, options);
}

/**
 * {@link buildRequest}, naming `fn` in errors.
 *
 * @internal
 */
export function buildRequestNamed<E extends Endpoint>(fn: string, messages: readonly RequestMessageInput[], options: BuildRequestOptions<E>): RequestBodies[E] {
  const opts = readOptions<BuildRequestOptions<E>>(fn, options);
  const endpoint = opts.endpoint;
  assertOneOf(fn, 'endpoint', endpoint, ENDPOINTS);
  if (!Array.isArray(messages) || messages.length === 0) throw new TypeError(`${fn}: messages must be a non-empty array, got ${describe(messages)}`);
  const now = opts.now === undefined ? Date.now() : opts.now instanceof Date ? opts.now.getTime() : opts.now;
  if (typeof now !== 'number' || !Number.isFinite(now)) throw new TypeError(`${fn}: now must be a Date or a number of milliseconds, got ${describe(opts.now)}`);
  const report = new Report(fn, 1000, 'error');
  const requestFields = readRequestFields(report, opts, endpoint, now);
  throwFirst(report);
  const generators = referenceGenerators(fn, opts.references);
  const built: BuiltMessage[] = [];
  for (let i = 0; i < messages.length; i++) {
    const input: unknown = messages[i];
    if (!isRecord(input)) throw new TypeError(`${fn}: messages[${i}] must be an object, got ${describe(input)}`);
    built.push(...buildOne(fn, input as RequestMessageInput, [i], endpoint, now, generators));
  }
  const body = assemble(fn, endpoint, built, requestFields) as RequestBodies[E];
  // The safety net: the builder never returns what its validator rejects.
  const { result } = checkRequest(fn, body, { endpoint, now, maxIssues: 1000 });
  const error = result.issues.find((issue) => issue.severity === 'error');
  if (error !== undefined) throw new SmsHexError(error);
  return body;
}

/** Request-level fields, checked. */
interface RequestFields {
  readonly bulkId?: string;
  readonly sendingSpeedLimit?: SendingSpeedLimit;
  readonly includeSmsCountInResponse?: boolean;
}

function readRequestFields(report: Report, opts: Partial<BuildRequestOptions>, endpoint: Endpoint, now: number): RequestFields {
  void now;
  const out: { -readonly [K in keyof RequestFields]: RequestFields[K] } = {};
  const v1 = endpoint === '/sms/1/binary/single' || endpoint === '/sms/1/binary/multi';
  if (opts.bulkId !== undefined) {
    if (v1) unsupported(report, ['bulkId'], 'bulkId', endpoint);
    else if (checkString(report, opts.bulkId, ['bulkId'], { nonEmpty: true, clippedPast: MAX_BULK_ID }) !== undefined) out.bulkId = opts.bulkId;
  }
  if (opts.sendingSpeedLimit !== undefined) {
    if (v1) unsupported(report, ['sendingSpeedLimit'], 'sendingSpeedLimit', endpoint);
    else {
      checkSpeedLimit(report, opts.sendingSpeedLimit, ['sendingSpeedLimit']);
      out.sendingSpeedLimit = opts.sendingSpeedLimit;
    }
  }
  if (opts.includeSmsCountInResponse !== undefined) {
    if (endpoint !== '/sms/3/messages') unsupported(report, ['includeSmsCountInResponse'], 'includeSmsCountInResponse', endpoint);
    else if (checkBoolean(report, opts.includeSmsCountInResponse, ['includeSmsCountInResponse']) !== undefined) {
      out.includeSmsCountInResponse = opts.includeSmsCountInResponse;
    }
  }
  return out;
}

function unsupported(report: Report, path: IssuePath, key: string, endpoint: Endpoint): void {
  report.add('FIELD_UNSUPPORTED', path, { value: key, detail: `${endpoint} has no such field; ${carriers(key)} ${carriers(key).includes(' and ') ? 'do' : 'does'}` });
}

/** Throws the first error of `report` as an {@link SmsHexError}. */
function throwFirst(report: Report): void {
  const error = report.issues.find((issue) => issue.severity === 'error');
  if (error !== undefined) throw new SmsHexError(error);
}

type Generators = { readonly 8: ReferenceGenerator; readonly 16: ReferenceGenerator };

function referenceGenerators(fn: string, given: unknown): Generators {
  if (given === undefined) return { 8: createReferenceGenerator({ bits: 8 }), 16: createReferenceGenerator({ bits: 16 }) };
  if (given === null || typeof given !== 'object' || typeof (given as ReferenceGenerator).next !== 'function') {
    throw new TypeError(`${fn}: references must be a reference generator, got ${describe(given)}`);
  }
  const generator = given as ReferenceGenerator;
  return generator.bits === 16
    ? { 8: createReferenceGenerator({ bits: 8 }), 16: generator }
    : { 8: generator, 16: createReferenceGenerator({ bits: 16 }) };
}

/** One part, with what its envelope needs. */
interface BuiltMessage {
  readonly from: string | undefined;
  readonly destinations: readonly Destination[];
  readonly binary: BinaryPayload;
  readonly delivery: DeliveryFields;
  readonly path: IssuePath;
}

function buildOne(fn: string, input: RequestMessageInput, path: IssuePath, endpoint: Endpoint, now: number, generators: Generators): BuiltMessage[] {
  const report = new Report(fn, 1000, 'error');
  const v1 = endpoint === '/sms/1/binary/single' || endpoint === '/sms/1/binary/multi';
  for (const key of Object.keys(input)) {
    if (INPUT_KEYS.includes(key)) continue;
    const suggestion = nearMiss(key, INPUT_KEYS);
    report.add('UNKNOWN_FIELD', [...path, key], {
      value: key,
      detail: suggestion === undefined ? 'a message input has no such field' : `did you mean \`${suggestion}\`?`,
    });
    throwFirst(report);
  }
  const from = input.from === undefined ? undefined : checkSender(report, input.from, [...path, 'from']);
  if (input.from === undefined && endpoint === '/sms/3/messages') {
    report.add('FROM_INVALID', [...path, 'from'], { detail: '/sms/3/messages requires a sender: give "from"' });
  }
  throwFirst(report);
  const destinations = readDestinations(report, input.to, [...path, 'to'], v1 ? undefined : MAX_TO_LENGTH);
  throwFirst(report);
  if (v1 && destinations.some((d) => d.messageId !== undefined)) {
    const k = destinations.findIndex((d) => d.messageId !== undefined);
    unsupported(report, [...path, 'to', k, 'messageId'], 'messageId', endpoint);
  }
  const delivery = readDelivery(report, input, path, endpoint, now);
  throwFirst(report);
  const referenceBits = input.referenceBits === 16 ? 16 : 8;
  checkReference(fn, input.reference, referenceBits, [...path, 'reference']);
  const numbers = destinations.map((d) => d.to);
  const payloadInput: Record<string, unknown> = { to: numbers.length === 1 ? numbers[0] : numbers };
  for (const key of PAYLOAD_KEYS) if (input[key] !== undefined) payloadInput[key] = input[key];
  if (payloadInput.reference === undefined) payloadInput.reference = generators[referenceBits];
  const parts = buildMessagesNamed(fn, payloadInput as unknown as BinaryMessageInput);
  if (parts.length > 1 && destinations.some((d) => d.messageId !== undefined)) {
    const k = destinations.findIndex((d) => d.messageId !== undefined);
    throw createError(fn, 'FIELD_INVALID', {
      path: [...path, 'to', k, 'messageId'],
      value: 'messageId',
      detail: `a messageId names one message, and this payload needs ${parts.length} parts, each its own message: leave messageId out, or send one part`,
    });
  }
  return parts.map((part) => ({ from: input.from, destinations, binary: part.binary, delivery, path }));
}

function readDestinations(report: Report, to: unknown, path: IssuePath, maxLength: number | undefined): Destination[] {
  const list: unknown[] = Array.isArray(to) ? to : [to];
  if (list.length === 0) {
    report.add('TO_INVALID', path, { value: '[]', detail: 'expected at least one destination' });
    return [];
  }
  const out: Destination[] = [];
  for (let k = 0; k < list.length; k++) {
    const entry = list[k];
    const entryPath = Array.isArray(to) ? [...path, k] : path;
    if (typeof entry === 'string') {
      if (checkNumber(report, entry, entryPath, maxLength) !== undefined) out.push({ to: entry });
      continue;
    }
    if (isRecord(entry) && typeof (entry as { to?: unknown }).to === 'string') {
      const { to: number, messageId, ...rest } = entry as { to: string; messageId?: unknown };
      const extra = Object.keys(rest);
      if (extra.length > 0) {
        report.add('UNKNOWN_FIELD', [...entryPath, extra[0] as string], { value: extra[0], detail: 'a destination is { to, messageId? }' });
        continue;
      }
      if (checkNumber(report, number, [...entryPath, 'to'], maxLength) === undefined) continue;
      if (messageId === undefined) out.push({ to: number });
      else if (checkString(report, messageId, [...entryPath, 'messageId'], { nonEmpty: true }) !== undefined) out.push({ to: number, messageId: messageId as string });
      continue;
    }
    report.add('TO_INVALID', entryPath, {
      value: describe(entry),
      detail: 'expected a number in international format ("41793026727") or { to, messageId? }',
    });
  }
  return out;
}

function readDelivery(report: Report, input: RequestMessageInput, path: IssuePath, endpoint: Endpoint, now: number): DeliveryFields {
  const out: Record<string, unknown> = {};
  const v1 = endpoint === '/sms/1/binary/single' || endpoint === '/sms/1/binary/multi';
  for (const key of [...DELIVERY_KEYS, 'campaignReferenceId'] as const) {
    const value = input[key];
    if (value === undefined) continue;
    const at = [...path, key];
    if (v1 || (key === 'campaignReferenceId' && endpoint !== '/sms/3/messages')) {
      unsupported(report, at, key, endpoint);
      return out;
    }
    switch (key) {
      case 'callbackData':
        checkString(report, value, at, { max: MAX_CALLBACK_DATA });
        break;
      case 'notifyUrl':
        checkUrl(report, value, at);
        break;
      case 'notifyContentType':
        checkString(report, value, at, { oneOf: ['application/json', 'application/xml'] });
        break;
      case 'intermediateReport':
      case 'flash':
        checkBoolean(report, value, at);
        break;
      case 'validityPeriod':
        checkValidityMinutes(report, value, at);
        break;
      case 'sendAt': {
        const text = value instanceof Date ? (Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().replace('Z', '+0000')) : value;
        checkSendAt(report, text, at, now);
        out[key] = text;
        continue;
      }
      case 'deliveryTimeWindow':
        checkDeliveryTimeWindow(report, value, at);
        break;
      case 'regional':
        checkRegional(report, value, at);
        break;
      default:
        checkString(report, value, at, { nonEmpty: true });
    }
    out[key] = value;
  }
  return out as DeliveryFields;
}

function assemble(fn: string, endpoint: Endpoint, built: readonly BuiltMessage[], request: RequestFields): unknown {
  switch (endpoint) {
    case '/sms/1/binary/single': {
      if (built.length !== 1) {
        throw createError(fn, 'FIELD_UNSUPPORTED', {
          path: [(built[1] as BuiltMessage).path[0] as number],
          value: 'messages',
          detail: `/sms/1/binary/single carries one message and these inputs make ${built.length} (parts count as messages); /sms/1/binary/multi, /sms/2/binary/advanced and /sms/3/messages carry several`,
        });
      }
      return v1Message(built[0] as BuiltMessage) satisfies V1SingleBody;
    }
    case '/sms/1/binary/multi':
      return { messages: built.map(v1Message) } satisfies V1MultiBody;
    case '/sms/2/binary/advanced': {
      const body: { -readonly [K in keyof V2Body]: V2Body[K] } = { messages: [] };
      if (request.bulkId !== undefined) body.bulkId = request.bulkId;
      body.messages = built.map(v2Message);
      if (request.sendingSpeedLimit !== undefined) body.sendingSpeedLimit = request.sendingSpeedLimit;
      return body;
    }
    default:
      return v3Body(fn, built, request);
  }
}

function v1Message(message: BuiltMessage): V1SingleBody {
  const numbers = message.destinations.map((d) => d.to);
  const to = numbers.length === 1 ? (numbers[0] as string) : numbers;
  return message.from === undefined ? { to, binary: { ...message.binary } } : { from: message.from, to, binary: { ...message.binary } };
}

function copyDestinations(destinations: readonly Destination[]): Destination[] {
  return destinations.map((d) => (d.messageId === undefined ? { to: d.to } : { to: d.to, messageId: d.messageId }));
}

function v2Message(message: BuiltMessage): V2Message {
  const out: Record<string, unknown> = {};
  if (message.from !== undefined) out.from = message.from;
  out.destinations = copyDestinations(message.destinations);
  out.binary = { ...message.binary };
  for (const key of DELIVERY_KEYS) if (message.delivery[key] !== undefined) out[key] = message.delivery[key];
  return out as unknown as V2Message;
}

function v3Body(fn: string, built: readonly BuiltMessage[], request: RequestFields): V3Body {
  const sendAt = built.find((m) => m.delivery.sendAt !== undefined);
  for (const message of built) {
    if (message.delivery.sendAt !== sendAt?.delivery.sendAt) {
      throw createError(fn, 'FIELD_UNSUPPORTED', {
        path: [...message.path, 'sendAt'],
        value: 'sendAt',
        detail: '/sms/3/messages schedules the whole request at one options.schedule.sendAt, and these messages differ; /sms/2/binary/advanced takes sendAt per message',
      });
    }
  }
  const messages = built.map(v3Message);
  const body: { -readonly [K in keyof V3Body]: V3Body[K] } = { messages };
  const options: { -readonly [K in keyof V3RequestOptions]: V3RequestOptions[K] } = {};
  const schedule: Record<string, unknown> = {};
  if (request.bulkId !== undefined) schedule.bulkId = request.bulkId;
  if (sendAt !== undefined) schedule.sendAt = sendAt.delivery.sendAt;
  if (request.sendingSpeedLimit !== undefined) schedule.sendingSpeedLimit = request.sendingSpeedLimit;
  if (Object.keys(schedule).length > 0) options.schedule = schedule;
  if (request.includeSmsCountInResponse !== undefined) options.includeSmsCountInResponse = request.includeSmsCountInResponse;
  if (Object.keys(options).length > 0) body.options = options;
  return body;
}

function v3Message(message: BuiltMessage): V3Message {
  const d = message.delivery;
  const options: Record<string, unknown> = {};
  if (d.entityId !== undefined || d.applicationId !== undefined) {
    options.platform = { ...(d.entityId === undefined ? {} : { entityId: d.entityId }), ...(d.applicationId === undefined ? {} : { applicationId: d.applicationId }) };
  }
  if (d.validityPeriod !== undefined) options.validityPeriod = { amount: d.validityPeriod, timeUnit: 'MINUTES' };
  if (d.deliveryTimeWindow !== undefined) options.deliveryTimeWindow = d.deliveryTimeWindow;
  if (d.campaignReferenceId !== undefined) options.campaignReferenceId = d.campaignReferenceId;
  if (d.regional !== undefined) options.regional = d.regional;
  if (d.flash !== undefined) options.flash = d.flash;
  const webhooks: Record<string, unknown> = {};
  if (d.notifyUrl !== undefined || d.intermediateReport !== undefined) {
    webhooks.delivery = {
      ...(d.notifyUrl === undefined ? {} : { url: d.notifyUrl }),
      ...(d.intermediateReport === undefined ? {} : { intermediateReport: d.intermediateReport }),
    };
  }
  if (d.notifyContentType !== undefined) webhooks.contentType = d.notifyContentType;
  if (d.callbackData !== undefined) webhooks.callbackData = d.callbackData;
  const out: Record<string, unknown> = {
    sender: message.from,
    destinations: copyDestinations(message.destinations),
    content: { ...message.binary },
  };
  if (Object.keys(options).length > 0) out.options = options as V3MessageOptions;
  if (Object.keys(webhooks).length > 0) out.webhooks = webhooks as V3Webhooks;
  return out as unknown as V3Message;
}
