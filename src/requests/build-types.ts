/**
 * The public types of `buildRequest`: the message input, its delivery
 * fields, the options and the body of each endpoint.
 *
 * @module
 */

import type { MessageContent } from '../binary/build.js';
import type { ReferenceGenerator } from '../binary/reference.js';
import type { UdhElement } from '../pdu/udh/elements.js';
import type { SegmentOptions } from '../segments/plan.js';
import type { Endpoint } from './endpoints.js';
import type { V1MultiBody, V1SingleBody } from './v1.js';
import type { DeliveryTimeWindow, Destination, RegionalOptions, SendingSpeedLimit, V2Body } from './v2.js';
import type { V3Body } from './v3.js';

/**
 * A destination of a message input: a number, or a number with the message ID to report it under (v2, v3).
 *
 * @group Request bodies
 */
export type DestinationInput = string | Destination;

/**
 * The delivery fields of one message (v2 names; v3 carries them under `options` and `webhooks`).
 *
 * @group Request bodies
 */
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
 *
 * @group Request bodies
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

/**
 * One message to build: the {@link RequestMessageFields} and exactly one of `text`, `bytes` and `hex` ({@link MessageContent}).
 *
 * @group Request bodies
 */
export type RequestMessageInput = RequestMessageFields & MessageContent;

/**
 * Options of {@link buildRequest}.
 *
 * @group Request bodies
 */
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
   * The generator references are drawn from (its `referenceBits` must match the
   * messages' `referenceBits`); by default one 8-bit and one 16-bit
   * generator for this call, so no two concatenated messages to one destination share a reference.
   */
  readonly references?: ReferenceGenerator;
  /** The clock `sendAt` is checked against (default now). */
  readonly now?: Date | number;
}

/**
 * The body type of each endpoint.
 *
 * @group Request bodies
 */
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
