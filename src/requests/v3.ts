/**
 * The v3 envelope, `POST /sms/3/messages`: text and binary in one endpoint,
 * where binary content is `content: { hex, dataCoding?, esmClass? }`.
 *
 * Spec: the provider's `/sms/3/messages` reference and the generated models
 * `SmsRequest`, `SmsMessage`, `SmsBinaryContent`, `SmsMessageOptions`,
 * `SmsMessageRequestOptions`, `SmsWebhooks`, `SmsDestination`
 * (infobip/infobip-api-java-client, `src/main/java/com/infobip/model/`).
 *
 * @module
 */

import type { IssuePath } from '../errors.js';
import type { BinaryPayload } from '../binary/build.js';
import { fieldElsewhere, MESSAGE_FIELDS, TOP_FIELDS, type CheckedMessage } from './endpoints.js';
import { checkDestinations, checkSender } from './address-fields.js';
import { checkDeliveryTimeWindow, checkRegional, checkSendAt, checkSpeedLimit, checkValidityPeriod } from './delivery-fields.js';
import { checkBoolean, checkString, checkUrl, fieldName, MAX_BULK_ID, MAX_CALLBACK_DATA } from './fields.js';
import { checkKeys } from './keys.js';
import { checkPayload, PAYLOAD_FIELDS } from './payload.js';
import { field, isRecord, shown, valueOf, type Report } from './report.js';
import type { DeliveryTimeWindow, Destination, RegionalOptions, SendingSpeedLimit } from './v2.js';

const ENDPOINT = '/sms/3/messages';

/**
 * v3's validity period.
 *
 * @group Request bodies
 */
export interface ValidityPeriod {
  /** How long, in `timeUnit`s. */
  readonly amount: number;
  /** MINUTES when absent. */
  readonly timeUnit?: 'SECONDS' | 'MINUTES' | 'HOURS';
}

/**
 * `messages[].options`.
 *
 * @group Request bodies
 */
export interface V3MessageOptions {
  /** The entity and application the message is sent for. */
  readonly platform?: { readonly entityId?: string; readonly applicationId?: string };
  /** How long the provider tries to deliver it; 48 hours at most. */
  readonly validityPeriod?: ValidityPeriod;
  /** The days and hours the message may be delivered in. */
  readonly deliveryTimeWindow?: DeliveryTimeWindow;
  /** A campaign the message belongs to. */
  readonly campaignReferenceId?: string;
  /** Registration data some countries require. */
  readonly regional?: RegionalOptions;
  /** A flash SMS (message class 0), shown at once. */
  readonly flash?: boolean;
}

/**
 * `messages[].webhooks`.
 *
 * @group Request bodies
 */
export interface V3Webhooks {
  /** Where delivery reports are posted, and which. */
  readonly delivery?: { readonly url?: string; readonly intermediateReport?: boolean; readonly notify?: boolean };
  /** The content type of delivery reports. */
  readonly contentType?: 'application/json' | 'application/xml';
  /** Returned in delivery reports; at most 4,000 characters. */
  readonly callbackData?: string;
}

/**
 * One message of a `/sms/3/messages` body, with binary content.
 *
 * @group Request bodies
 */
export interface V3Message {
  /** Sender ID (required): alphanumeric 3–11 characters or numeric 3–14 digits. */
  readonly sender: string;
  /** Where it goes, with an optional messageId each. */
  readonly destinations: Destination[];
  /** The binary payload: `{ hex, dataCoding, esmClass }`. */
  readonly content: BinaryPayload;
  /** Delivery options. */
  readonly options?: V3MessageOptions;
  /** Delivery reports. */
  readonly webhooks?: V3Webhooks;
}

/**
 * The request-level `options` of v3.
 *
 * @group Request bodies
 */
export interface V3RequestOptions {
  /** The bulk ID, the time to send at and the sending speed, for the whole request. */
  readonly schedule?: { readonly bulkId?: string; readonly sendAt?: string; readonly sendingSpeedLimit?: SendingSpeedLimit };
  /** URL shortening and click tracking. */
  readonly tracking?: {
    readonly shortenUrl?: boolean;
    readonly trackClicks?: boolean;
    readonly trackingUrl?: string;
    readonly removeProtocol?: boolean;
    readonly customDomain?: string;
  };
  /** Whether the response reports the smsCount. */
  readonly includeSmsCountInResponse?: boolean;
  /** Conversion tracking. */
  readonly conversionTracking?: { readonly useConversionTracking?: boolean; readonly conversionTrackingName?: string };
}

/**
 * The body of `POST /sms/3/messages`.
 *
 * @group Request bodies
 */
export interface V3Body {
  /** The messages, one per part of every input. */
  readonly messages: V3Message[];
  /** Options of the whole request. */
  readonly options?: V3RequestOptions;
}

/** The keys of the text form of `content`. */
const TEXT_CONTENT_FIELDS = ['text', 'transliteration', 'language'] as const;

/** One checker per nested object of v3: its known keys and how each value is checked. */
type Rules = Readonly<Record<string, (report: Report, value: unknown, path: IssuePath, now: number) => void>>;

const string = (report: Report, value: unknown, path: IssuePath): void => void checkString(report, value, path, { nonEmpty: true });
const boolean = (report: Report, value: unknown, path: IssuePath): void => void checkBoolean(report, value, path);
const nested =
  (rules: Rules) =>
  (report: Report, value: unknown, path: IssuePath, now: number): void =>
    checkObject(report, value, path, rules, now);

const MESSAGE_OPTIONS: Rules = {
  platform: /* @__PURE__ */ nested({ entityId: string, applicationId: string }),
  validityPeriod: (report, value, path) => checkValidityPeriod(report, value, path),
  deliveryTimeWindow: (report, value, path) => checkDeliveryTimeWindow(report, value, path),
  campaignReferenceId: string,
  regional: (report, value, path) => checkRegional(report, value, path),
  flash: boolean,
};

const WEBHOOKS: Rules = {
  delivery: /* @__PURE__ */ nested({ url: (report, value, path) => void checkUrl(report, value, path), intermediateReport: boolean, notify: boolean }),
  contentType: (report, value, path) => void checkString(report, value, path, { oneOf: ['application/json', 'application/xml'] }),
  callbackData: (report, value, path) => void checkString(report, value, path, { max: MAX_CALLBACK_DATA }),
};

const REQUEST_OPTIONS: Rules = {
  schedule: /* @__PURE__ */ nested({
    bulkId: (report, value, path) => void checkString(report, value, path, { nonEmpty: true, clippedPast: MAX_BULK_ID }),
    sendAt: (report, value, path, now) => void checkSendAt(report, value, path, now),
    sendingSpeedLimit: (report, value, path) => checkSpeedLimit(report, value, path),
  }),
  tracking: /* @__PURE__ */ nested({ shortenUrl: boolean, trackClicks: boolean, trackingUrl: string, removeProtocol: boolean, customDomain: string }),
  includeSmsCountInResponse: boolean,
  conversionTracking: /* @__PURE__ */ nested({ useConversionTracking: boolean, conversionTrackingName: string }),
};

/** Checks an object of known keys, each by its rule. */
function checkObject(report: Report, value: unknown, path: IssuePath, rules: Rules, now: number): void {
  if (!isRecord(value)) {
    report.add('FIELD_INVALID', path, { value: fieldName(path), detail: `expected an object, got ${shown(value)}` });
    return;
  }
  checkKeys(report, value, path, Object.keys(rules));
  for (const [key, rule] of Object.entries(rules)) {
    const inner = valueOf(report, value, key, path);
    if (inner !== undefined) rule(report, inner, [...path, key], now);
  }
}

/**
 * Checks the top-level fields of a v3 body other than `messages`.
 *
 * @internal
 */
export function checkV3Top(report: Report, body: object, now: number): void {
  checkKeys(report, body, [], TOP_FIELDS[ENDPOINT], (key) => fieldElsewhere('top', ENDPOINT, key));
  const options = valueOf(report, body, 'options', []);
  if (options !== undefined) checkObject(report, options, ['options'], REQUEST_OPTIONS, now);
}

/**
 * Checks one v3 message at `path`.
 *
 * @internal
 */
export function checkV3Message(report: Report, message: object, path: IssuePath, now: number): CheckedMessage {
  checkKeys(report, message, path, MESSAGE_FIELDS[ENDPOINT], (key) => fieldElsewhere('message', ENDPOINT, key));
  const at = (key: string): IssuePath => [...path, key];
  const get = (key: string): unknown => valueOf(report, message, key, path);
  const senderValue = get('sender');
  let from: string | undefined;
  if (senderValue === undefined) {
    const hint = field(report, message, 'from', at('from')).found ? '; this message has "from", which v1 and v2 use' : '';
    report.add('FROM_INVALID', at('sender'), { detail: `"sender" is required in /sms/3/messages${hint}` });
  } else from = checkSender(report, senderValue, at('sender'));
  const hint = field(report, message, 'to', at('to')).found ? '; this message has "to", which /sms/1/binary/multi uses' : '';
  const destinations = checkDestinations(report, field(report, message, 'destinations', at('destinations')), at('destinations'), ['to', 'messageId', 'networkId'], hint);
  const content = get('content');
  let payload;
  if (isRecord(content) && !Object.prototype.hasOwnProperty.call(content, 'hex') && Object.prototype.hasOwnProperty.call(content, 'text')) {
    // The text form of content: not binary, checked for its shape only.
    checkKeys(report, content, at('content'), TEXT_CONTENT_FIELDS);
    checkString(report, valueOf(report, content, 'text', at('content')), [...at('content'), 'text']);
  } else {
    if (isRecord(content) && Object.prototype.hasOwnProperty.call(content, 'text')) {
      report.add('REQUEST_SHAPE', [...at('content'), 'text'], { detail: `content is either text ({ "text" }) or binary ({ ${PAYLOAD_FIELDS.map((f) => `"${f}"`).join(', ')} }), not both` });
    }
    payload = checkPayload(report, content, at('content'));
  }
  const options = get('options');
  if (options !== undefined) checkObject(report, options, at('options'), MESSAGE_OPTIONS, now);
  const webhooks = get('webhooks');
  if (webhooks !== undefined) checkObject(report, webhooks, at('webhooks'), WEBHOOKS, now);
  return { path, payloadPath: at('content'), from, destinations, payload };
}
