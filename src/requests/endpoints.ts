/**
 * The provider's binary SMS endpoints, the fields each envelope has, and
 * what a validated message contributes to the checks across messages.
 *
 * @module
 */

import type { IssuePath } from '../errors.js';
import type { PayloadInfo } from './payload.js';

/**
 * The endpoints whose bodies smshex builds and validates.
 *
 * @group Request bodies
 */
export type Endpoint = '/sms/1/binary/single' | '/sms/1/binary/multi' | '/sms/2/binary/advanced' | '/sms/3/messages';

/**
 * Every {@link Endpoint}, oldest first.
 *
 * @group Request bodies
 */
export const ENDPOINTS: readonly Endpoint[] = /* @__PURE__ */ Object.freeze([
  '/sms/1/binary/single',
  '/sms/1/binary/multi',
  '/sms/2/binary/advanced',
  '/sms/3/messages',
] as const);

/** The top-level fields of each envelope. */
export const TOP_FIELDS: { readonly [E in Endpoint]: readonly string[] } = {
  '/sms/1/binary/single': ['from', 'to', 'binary'],
  '/sms/1/binary/multi': ['messages'],
  '/sms/2/binary/advanced': ['bulkId', 'messages', 'sendingSpeedLimit'],
  '/sms/3/messages': ['messages', 'options'],
};

/** The fields of one message of each envelope (v1 single: the body itself). */
export const MESSAGE_FIELDS: { readonly [E in Endpoint]: readonly string[] } = {
  '/sms/1/binary/single': ['from', 'to', 'binary'],
  '/sms/1/binary/multi': ['from', 'to', 'binary'],
  '/sms/2/binary/advanced': [
    'from',
    'destinations',
    'binary',
    'callbackData',
    'intermediateReport',
    'notifyContentType',
    'notifyUrl',
    'validityPeriod',
    'sendAt',
    'deliveryTimeWindow',
    'flash',
    'regional',
    'entityId',
    'applicationId',
  ],
  '/sms/3/messages': ['sender', 'destinations', 'content', 'options', 'webhooks'],
};

/** The endpoints other than `endpoint` that have `key` at this level, for "it is a field of …". */
export function fieldElsewhere(level: 'top' | 'message', endpoint: Endpoint, key: string): string | undefined {
  const table = level === 'top' ? TOP_FIELDS : MESSAGE_FIELDS;
  const owners = ENDPOINTS.filter((e) => e !== endpoint && e !== '/sms/1/binary/single' && table[e].includes(key));
  if (level === 'top' && endpoint !== '/sms/1/binary/single' && TOP_FIELDS['/sms/1/binary/single'].includes(key)) owners.unshift('/sms/1/binary/single');
  return owners.length === 0 ? undefined : owners.join(' and ');
}

/** What a checked message contributes to the checks across messages and to the smsCount. */
export interface CheckedMessage {
  /** Where the message is in the body (`[]` for v1 single). */
  readonly path: IssuePath;
  /** Where its payload is. */
  readonly payloadPath: IssuePath;
  /** The sender, digits only when numeric; `''` when absent; `undefined` when invalid. */
  readonly from: string | undefined;
  /** The usable destinations, as digits, one per entry: a number listed twice (`TO_DUPLICATE`) is here twice, and counted twice. */
  readonly destinations: readonly string[];
  /** The payload, when it is sound. */
  readonly payload: PayloadInfo | undefined;
}
