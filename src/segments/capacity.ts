/**
 * How much one SMS holds: 140 octets of user data, of which a User Data
 * Header takes its share. 3GPP TS 23.040 §9.2.3.16 (TP-UDL), §9.2.3.24 (UDH)
 * and TS 23.038 §6.1.2.1 (septets).
 *
 * @module
 */

import { assertIntegerInRange, assertOneOf } from '../internal/args.js';
import type { Encoding } from '../codecs/coding.js';
import { USER_DATA_OCTETS, USER_DATA_SEPTETS } from '../pdu/limits.js';

const ENCODINGS: readonly Encoding[] = /* @__PURE__ */ Object.freeze(['gsm7', 'ucs2', '8bit']);

/**
 * The units one part holds after a header of `udhOctets` octets (length octet
 * included): GSM 7-bit loses the header's octets rounded up to whole septets
 * (the fill bits of §9.2.3.24), so 6 octets cost 7 septets and leave 153;
 * UCS-2 counts whole 16-bit units (67 after 6 octets, 66 after 7); 8-bit
 * data counts octets (134, 133).
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24 and TS 23.038 §6.1.2.1.
 *
 * @param encoding - `'gsm7'`, `'ucs2'` or `'8bit'`
 * @param udhOctets - the header's size in octets, its length octet included, 0–140
 * @returns the septets, UCS-2 units or octets left for the text
 * @throws `RangeError` for another encoding or a size outside 0–140; `TypeError` for a size that is not a number
 *
 * @example
 * ```ts
 * partCapacity('gsm7', 0); // 160
 * partCapacity('gsm7', 6); // 153
 * partCapacity('ucs2', 7); // 66
 * ```
 *
 * @group Segments
 */
export function partCapacity(encoding: Encoding, udhOctets: number): number {
  const fn = 'partCapacity';
  assertOneOf(fn, 'encoding', encoding, ENCODINGS);
  assertIntegerInRange(fn, 'udhOctets', udhOctets, 0, USER_DATA_OCTETS);
  return capacityOf(encoding, udhOctets);
}

/**
 * {@link partCapacity} without the argument checks, for callers that computed
 * the header size themselves (it may exceed 140, giving a capacity below 0).
 *
 * @internal
 */
export function capacityOf(encoding: Encoding, udhOctets: number): number {
  switch (encoding) {
    case 'gsm7':
      return USER_DATA_SEPTETS - Math.ceil((udhOctets * 8) / 7);
    case 'ucs2':
      return Math.floor((USER_DATA_OCTETS - udhOctets) / 2);
    default:
      return USER_DATA_OCTETS - udhOctets;
  }
}
