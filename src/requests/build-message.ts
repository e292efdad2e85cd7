/**
 * One message input of `buildRequest` to its parts: the input's keys, the
 * sender, the destinations and the delivery fields checked with the
 * validator's rules, then the payload built and split.
 *
 * @internal
 * @module
 */

import { SmsHexError, type IssuePath } from '../errors.js';
import { buildMessagesNamed, type BinaryMessageInput, type BinaryPayload } from '../binary/build.js';
import { checkReference, type ReferenceGenerator } from '../binary/reference.js';
import { describe } from '../internal/args.js';
import type { DeliveryFields, RequestMessageInput } from './build-types.js';
import type { Endpoint } from './endpoints.js';
import { checkNumber, checkSender, MAX_TO_LENGTH } from './address-fields.js';
import { checkDeliveryTimeWindow, checkRegional, checkSendAt, checkValidityMinutes } from './delivery-fields.js';
import { checkBoolean, checkString, checkUrl, MAX_CALLBACK_DATA } from './fields.js';
import { nearMiss } from './keys.js';
import { fieldError, isRecord, label, Report } from './report.js';
import type { Destination } from './v2.js';

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
export const DELIVERY_KEYS = [
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

export function unsupported(report: Report, path: IssuePath, key: string, endpoint: Endpoint): void {
  report.add('FIELD_UNSUPPORTED', path, { value: key, detail: `${endpoint} has no such field; ${carriers(key)} ${carriers(key).includes(' and ') ? 'do' : 'does'}` });
}

/** Throws the first error of `report` as an {@link SmsHexError}. */
export function throwFirst(report: Report): void {
  const error = report.issues.find((issue) => issue.severity === 'error');
  if (error !== undefined) throw new SmsHexError(error);
}

export type Generators = { readonly 8: ReferenceGenerator; readonly 16: ReferenceGenerator };

/** One part, with what its envelope needs. */
export interface BuiltMessage {
  readonly from: string | undefined;
  readonly destinations: readonly Destination[];
  readonly binary: BinaryPayload;
  readonly delivery: DeliveryFields;
  readonly path: IssuePath;
}

export function buildOne(fn: string, input: RequestMessageInput, path: IssuePath, endpoint: Endpoint, now: number, generators: Generators): BuiltMessage[] {
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
  // A key copied as undefined is one not given: the builder reads every field as `!== undefined`.
  for (const key of PAYLOAD_KEYS) payloadInput[key] = input[key];
  if (payloadInput.reference === undefined) payloadInput.reference = generators[referenceBits];
  let parts;
  try {
    parts = buildMessagesNamed(fn, payloadInput as unknown as BinaryMessageInput);
  } catch (error) {
    throw locate(fn, error, path, input);
  }
  if (parts.length > 1 && destinations.some((d) => d.messageId !== undefined)) {
    const k = destinations.findIndex((d) => d.messageId !== undefined);
    throw fieldError(fn, 'FIELD_INVALID', [...path, 'to', k, 'messageId'], {
      value: 'messageId',
      detail: `a messageId names one message, and this payload needs ${parts.length} parts, each its own message: leave messageId out, or send one part`,
    });
  }
  return parts.map((part) => ({ from: input.from, destinations, binary: part.binary, delivery, path }));
}

function readDestinations(report: Report, to: unknown, path: IssuePath, maxLength: number | undefined): Destination[] {
  const list: unknown[] = Array.isArray(to) ? to : [to];
  if (list.length === 0) report.add('TO_INVALID', path, { value: '[]', detail: 'expected at least one destination' });
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

/**
 * An error of the payload builder, at its place in `messages`: the payload
 * field (`[0, 'text']`) for a payload error, `[0, 'udh', …]` for a header
 * element's. Other exceptions pass unchanged.
 */
function locate(fn: string, error: unknown, path: IssuePath, input: RequestMessageInput): unknown {
  if (!(error instanceof SmsHexError)) return error;
  const payloadKey = input.text !== undefined ? 'text' : input.bytes !== undefined ? 'bytes' : 'hex';
  const at: IssuePath = error.path === undefined ? [...path, payloadKey] : error.code.startsWith('UDH_') ? [...path, 'udh', ...error.path] : [...path, ...error.path];
  const prefix = `${fn}: `;
  const message = error.message.startsWith(prefix) ? `${label(fn, at)}: ${error.message.slice(prefix.length)}` : error.message;
  const issue = error.toIssue();
  return new SmsHexError({ ...issue, message, path: at });
}
