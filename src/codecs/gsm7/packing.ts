/**
 * GSM 7-bit packing: septets into octets, least significant bit first, with
 * optional fill bits so that the septets start on a septet boundary after a
 * User Data Header. 3GPP TS 23.038 §6.1.2.1 and TS 23.040 §9.2.3.24.
 *
 * This module knows nothing of characters; it moves 7-bit values.
 *
 * @module
 */

import { createError } from '../../errors.js';
import { assertBytes, assertIntegerInRange } from '../../internal/args.js';

/**
 * Packs septets (one per byte, each 0x00–0x7f) into octets: septet `i` occupies
 * bits `fillBits + 7i` onwards, least significant bit first. The result has
 * `ceil((7 × septets.length + fillBits) / 8)` octets; the first `fillBits`
 * bits and any spare bits at the end are zero.
 *
 * Spec: 3GPP TS 23.038 §6.1.2.1; fill bits per TS 23.040 §9.2.3.24.
 *
 * @param septets - unpacked septets, one per byte
 * @param fillBits - 0–6 zero bits before the first septet (default 0)
 * @returns the packed octets
 * @throws {@link SmsHexError} `GSM7_INVALID_SEPTET` for a byte above 0x7f
 * @throws `TypeError` / `RangeError` for a wrong argument type or fill bits outside 0–6
 *
 * @example
 * ```ts
 * toHex(packSeptets(encodeGsm7('hellohello')));
 * // 'e8 32 9b fd 46 97 d9 ec 37'
 * ```
 *
 * @group Codecs
 */
export function packSeptets(septets: Uint8Array, fillBits = 0): Uint8Array {
  const fn = 'packSeptets';
  assertBytes(fn, 'septets', septets);
  assertIntegerInRange(fn, 'fillBits', fillBits, 0, 6);
  const count = septets.length;
  const out = new Uint8Array(Math.ceil((count * 7 + fillBits) / 8));
  let bitPosition = fillBits;
  for (let i = 0; i < count; i++) {
    const septet = septets[i] as number;
    if (septet > 0x7f) throw createError(fn, 'GSM7_INVALID_SEPTET', { index: i, actual: septet });
    const byteIndex = bitPosition >> 3;
    const shift = bitPosition & 7;
    out[byteIndex] = (out[byteIndex] as number) | ((septet << shift) & 0xff);
    if (shift > 1) out[byteIndex + 1] = septet >> (8 - shift);
    bitPosition += 7;
  }
  return out;
}

/**
 * Unpacks `septetCount` septets from packed octets, skipping `fillBits` bits
 * first: the inverse of {@link packSeptets}. Bits past the last septet are
 * ignored.
 *
 * Spec: 3GPP TS 23.038 §6.1.2.1; fill bits per TS 23.040 §9.2.3.24.
 *
 * @param octets - packed octets
 * @param septetCount - how many septets to read (the TP-UDL in septets, less the header's)
 * @param fillBits - 0–6 bits to skip before the first septet (default 0)
 * @returns the septets, one per byte
 * @throws {@link SmsHexError} `GSM7_TRUNCATED` when the octets are too few for the septets asked for
 * @throws `TypeError` / `RangeError` for a wrong argument type, a negative count or fill bits outside 0–6
 *
 * @example
 * ```ts
 * decodeGsm7(unpackSeptets(parseHex('e8 32 9b fd 46 97 d9 ec 37'), 10));
 * // 'hellohello'
 * ```
 *
 * @group Codecs
 */
export function unpackSeptets(octets: Uint8Array, septetCount: number, fillBits = 0): Uint8Array {
  const fn = 'unpackSeptets';
  assertBytes(fn, 'octets', octets);
  assertIntegerInRange(fn, 'septetCount', septetCount, 0, Number.MAX_SAFE_INTEGER);
  assertIntegerInRange(fn, 'fillBits', fillBits, 0, 6);
  const needed = Math.ceil((septetCount * 7 + fillBits) / 8);
  if (octets.length < needed) {
    throw createError(fn, 'GSM7_TRUNCATED', {
      actual: octets.length,
      limit: septetCount,
      detail: `${needed} are needed with ${fillBits} fill bits`,
    });
  }
  const out = new Uint8Array(septetCount);
  let bitPosition = fillBits;
  for (let i = 0; i < septetCount; i++) {
    const byteIndex = bitPosition >> 3;
    const shift = bitPosition & 7;
    let value = (octets[byteIndex] as number) >> shift;
    if (shift > 1) value |= (octets[byteIndex + 1] as number) << (8 - shift);
    out[i] = value & 0x7f;
    bitPosition += 7;
  }
  return out;
}
