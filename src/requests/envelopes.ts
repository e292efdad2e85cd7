/**
 * The parts built from `buildRequest`'s inputs, put into the envelope of
 * each endpoint: v1 single and multi, v2 advanced, v3 messages.
 *
 * @internal
 * @module
 */

import { fieldError } from './report.js';
import type { BuiltMessage } from './build-message.js';
import { DELIVERY_KEYS } from './build-message.js';
import type { Endpoint } from './endpoints.js';
import type { V1MultiBody, V1SingleBody } from './v1.js';
import type { Destination, SendingSpeedLimit, V2Body, V2Message } from './v2.js';
import type { V3Body, V3Message, V3MessageOptions, V3RequestOptions, V3Webhooks } from './v3.js';

/** Request-level fields, checked. */
export interface RequestFields {
  readonly bulkId?: string;
  readonly sendingSpeedLimit?: SendingSpeedLimit;
  readonly includeSmsCountInResponse?: boolean;
}

export function assemble(fn: string, endpoint: Endpoint, built: readonly BuiltMessage[], request: RequestFields): unknown {
  switch (endpoint) {
    case '/sms/1/binary/single': {
      if (built.length !== 1) {
        throw fieldError(fn, 'FIELD_UNSUPPORTED', [(built[1] as BuiltMessage).path[0] as number], {
          value: 'messages',
          detail: `/sms/1/binary/single carries one message and these inputs make ${built.length} (parts count as messages); /sms/1/binary/multi, /sms/2/binary/advanced and /sms/3/messages carry several`,
        });
      }
      return v1Message(built[0] as BuiltMessage) satisfies V1SingleBody;
    }
    case '/sms/1/binary/multi':
      return { messages: built.map(v1Message) } satisfies V1MultiBody;
    case '/sms/2/binary/advanced': {
      // In the documented order: bulkId, messages, sendingSpeedLimit.
      const messages = built.map(v2Message);
      const body: V2Body = request.bulkId === undefined ? { messages } : { bulkId: request.bulkId, messages };
      return request.sendingSpeedLimit === undefined ? body : { ...body, sendingSpeedLimit: request.sendingSpeedLimit };
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
      throw fieldError(fn, 'FIELD_UNSUPPORTED', [...message.path, 'sendAt'], {
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
