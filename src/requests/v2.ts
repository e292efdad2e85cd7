/**
 * The v2 envelope, `POST /sms/2/binary/advanced`: what the official Node SDK
 * `@infobip-api/sdk` sends for `infobip.channels.sms.send({ type: 'binary', messages })`.
 *
 * Spec: the provider's `/sms/2/binary/advanced` reference and the generated
 * models `SmsAdvancedBinaryRequest`, `SmsBinaryMessage`, `SmsDestination`.
 *
 * @module
 */

import type { IssuePath } from '../errors.js';
import type { BinaryPayload } from '../binary/build.js';
import { fieldElsewhere, MESSAGE_FIELDS, TOP_FIELDS, type CheckedMessage } from './endpoints.js';
import { checkDestinations, checkSender } from './address-fields.js';
import { checkDeliveryTimeWindow, checkRegional, checkSendAt, checkSpeedLimit, checkValidityMinutes } from './delivery-fields.js';
import { checkBoolean, checkString, checkUrl, MAX_BULK_ID, MAX_CALLBACK_DATA } from './fields.js';
import { checkKeys } from './keys.js';
import { checkPayload } from './payload.js';
import { field, valueOf, type Report } from './report.js';

const ENDPOINT = '/sms/2/binary/advanced';

/**
 * A destination of v2 and v3: the number and, optionally, the message ID to report it under.
 *
 * @group Request bodies
 */
export interface Destination {
  /** The number in international format, at most 50 characters. */
  readonly to: string;
  /** The ID the provider reports this message under. */
  readonly messageId?: string;
}

/**
 * A time of day in `deliveryTimeWindow`.
 *
 * @group Request bodies
 */
export interface TimeOfDay {
  /** 0–23. */
  readonly hour: number;
  /** 0–59. */
  readonly minute: number;
}

/**
 * The days and hours a message may be delivered in.
 *
 * @group Request bodies
 */
export interface DeliveryTimeWindow {
  /** The days, MONDAY … SUNDAY. */
  readonly days: Array<'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY'>;
  /** From this time of day (UTC). */
  readonly from?: TimeOfDay;
  /** Until this time of day (UTC). */
  readonly to?: TimeOfDay;
}

/**
 * `regional`: the registration data some countries require.
 *
 * @group Request bodies
 */
export interface RegionalOptions {
  /** India DLT. */
  readonly indiaDlt?: { readonly principalEntityId: string; readonly contentTemplateId?: string; readonly telemarketerId?: string };
  /** Turkey IYS. */
  readonly turkeyIys?: { readonly brandCode?: string; readonly recipientType?: string };
  /** South Korea. */
  readonly southKorea?: { readonly resellerCode?: string; readonly title?: string };
}

/**
 * How fast a bulk is sent.
 *
 * @group Request bodies
 */
export interface SendingSpeedLimit {
  /** Messages per time unit. */
  readonly amount: number;
  /** MINUTE (default), HOUR or DAY. */
  readonly timeUnit?: 'MINUTE' | 'HOUR' | 'DAY';
}

/**
 * One message of a `/sms/2/binary/advanced` body.
 *
 * @group Request bodies
 */
export interface V2Message {
  /** Sender ID: alphanumeric 3–11 characters or numeric 3–14 digits. */
  readonly from?: string;
  /** Where it goes, with an optional messageId each. */
  readonly destinations: Destination[];
  /** The payload. */
  readonly binary: BinaryPayload;
  /** Returned in delivery reports; at most 4,000 characters. */
  readonly callbackData?: string;
  /** Whether to send intermediate delivery reports. */
  readonly intermediateReport?: boolean;
  /** The content type of delivery reports. */
  readonly notifyContentType?: 'application/json' | 'application/xml';
  /** Where delivery reports are posted. */
  readonly notifyUrl?: string;
  /** Minutes; past 2,880 (48 h) the provider uses 2,880. */
  readonly validityPeriod?: number;
  /** `yyyy-MM-dd'T'HH:mm:ss.SSSZ`, at most 180 days ahead. */
  readonly sendAt?: string;
  /** The days and hours the message may be delivered in. */
  readonly deliveryTimeWindow?: DeliveryTimeWindow;
  /** A flash SMS (message class 0), shown at once. */
  readonly flash?: boolean;
  /** Registration data some countries require. */
  readonly regional?: RegionalOptions;
  /** The entity the message is sent for. */
  readonly entityId?: string;
  /** The application the message is sent from. */
  readonly applicationId?: string;
}

/**
 * The body of `POST /sms/2/binary/advanced`.
 *
 * @group Request bodies
 */
export interface V2Body {
  /** Clipped past 100 characters. */
  readonly bulkId?: string;
  /** The messages, one per part of every input. */
  readonly messages: V2Message[];
  /** How fast the bulk is sent. */
  readonly sendingSpeedLimit?: SendingSpeedLimit;
}

/**
 * Checks the top-level fields of a v2 body other than `messages`.
 *
 * @internal
 */
export function checkV2Top(report: Report, body: object): void {
  checkKeys(report, body, [], TOP_FIELDS[ENDPOINT], (key) => fieldElsewhere('top', ENDPOINT, key));
  const bulkId = valueOf(report, body, 'bulkId', []);
  if (bulkId !== undefined) checkString(report, bulkId, ['bulkId'], { nonEmpty: true, clippedPast: MAX_BULK_ID });
  const speed = valueOf(report, body, 'sendingSpeedLimit', []);
  if (speed !== undefined) checkSpeedLimit(report, speed, ['sendingSpeedLimit']);
}

/**
 * Checks one v2 message at `path`.
 *
 * @internal
 */
export function checkV2Message(report: Report, message: object, path: IssuePath, now: number): CheckedMessage {
  checkKeys(report, message, path, MESSAGE_FIELDS[ENDPOINT], (key) => fieldElsewhere('message', ENDPOINT, key));
  const at = (key: string): IssuePath => [...path, key];
  const get = (key: string): unknown => valueOf(report, message, key, path);
  const fromValue = get('from');
  const from = fromValue === undefined ? '' : checkSender(report, fromValue, at('from'));
  const hint = field(report, message, 'to', at('to')).found ? '; this message has "to", which /sms/1/binary/multi uses' : '';
  const destinations = checkDestinations(report, field(report, message, 'destinations', at('destinations')), at('destinations'), ['to', 'messageId'], hint);
  const payload = checkPayload(report, get('binary'), at('binary'));
  checkV2Delivery(report, get, at, now);
  return { path, payloadPath: at('binary'), from, destinations, payload };
}

function checkV2Delivery(report: Report, get: (key: string) => unknown, at: (key: string) => IssuePath, now: number): void {
  const optional = (key: string, check: (value: unknown, path: IssuePath) => unknown): void => {
    const value = get(key);
    if (value !== undefined) check(value, at(key));
  };
  optional('callbackData', (v, p) => checkString(report, v, p, { max: MAX_CALLBACK_DATA }));
  optional('intermediateReport', (v, p) => checkBoolean(report, v, p));
  optional('notifyContentType', (v, p) => checkString(report, v, p, { oneOf: ['application/json', 'application/xml'] }));
  optional('notifyUrl', (v, p) => checkUrl(report, v, p));
  optional('validityPeriod', (v, p) => checkValidityMinutes(report, v, p));
  optional('sendAt', (v, p) => checkSendAt(report, v, p, now));
  optional('deliveryTimeWindow', (v, p) => checkDeliveryTimeWindow(report, v, p));
  optional('flash', (v, p) => checkBoolean(report, v, p));
  optional('regional', (v, p) => checkRegional(report, v, p));
  optional('entityId', (v, p) => checkString(report, v, p, { nonEmpty: true }));
  optional('applicationId', (v, p) => checkString(report, v, p, { nonEmpty: true }));
}
