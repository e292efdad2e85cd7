/**
 * The v1 envelopes: `POST /sms/1/binary/single` (`{ from?, to, binary }`)
 * and `POST /sms/1/binary/multi` (`{ messages: [ { from?, to, binary } ] }`).
 *
 * Spec: the provider's `/sms/1/binary/multi` page (the seed page) and
 * `binary-api.md`; `from` alphanumeric 3–11 or numeric 3–14, `to` in international format.
 *
 * @module
 */

import type { IssuePath } from '../errors.js';
import type { BinaryPayload } from '../binary/build.js';
import { fieldElsewhere, MESSAGE_FIELDS, type CheckedMessage, type Endpoint } from './endpoints.js';
import { checkSender, checkV1To } from './address-fields.js';
import { checkKeys } from './keys.js';
import { checkPayload } from './payload.js';
import { field, valueOf, type Report } from './report.js';

/**
 * The body of `POST /sms/1/binary/single`: one payload to one or more destinations.
 *
 * @group Request bodies
 */
export interface V1SingleBody {
  /** Sender ID, when given. */
  readonly from?: string;
  /** Destination number(s) in international format. */
  readonly to: string | string[];
  /** The payload. */
  readonly binary: BinaryPayload;
}

/**
 * One message of a `/sms/1/binary/multi` body (the same shape as the single body).
 *
 * @group Request bodies
 */
export type V1Message = V1SingleBody;

/**
 * The body of `POST /sms/1/binary/multi`.
 *
 * @group Request bodies
 */
export interface V1MultiBody {
  /** The messages, one per part of every input. */
  readonly messages: V1Message[];
}

/**
 * Checks one v1 message (or the v1 single body) at `path`.
 *
 * @internal
 */
export function checkV1Message(report: Report, message: object, path: IssuePath, endpoint: Endpoint): CheckedMessage {
  checkKeys(report, message, path, MESSAGE_FIELDS[endpoint], (key) => fieldElsewhere(path.length === 0 ? 'top' : 'message', endpoint, key));
  const fromValue = valueOf(report, message, 'from', path);
  const from = fromValue === undefined ? '' : checkSender(report, fromValue, [...path, 'from']);
  const hint = field(report, message, 'destinations', [...path, 'destinations']).found
    ? '; this message has "destinations", which /sms/2/binary/advanced and /sms/3/messages use'
    : '';
  const destinations = checkV1To(report, field(report, message, 'to', [...path, 'to']), [...path, 'to'], hint);
  const payloadPath = [...path, 'binary'];
  const payload = checkPayload(report, valueOf(report, message, 'binary', path), payloadPath);
  return { path, payloadPath, from, destinations, payload };
}
