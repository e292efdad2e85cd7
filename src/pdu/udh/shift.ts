/**
 * The national language shift elements (IE 0x24 / 0x25) a GSM 7-bit
 * character set needs in the header, so that a receiver reads the septets with
 * the same tables. The codec layer knows the tables and their identifiers; the
 * elements are built here, in the header layer.
 *
 * @module
 */

import { describe } from '../../internal/args.js';
import type { Gsm7Charset } from '../../codecs/gsm7/charset.js';
import type { ShiftElement } from './elements.js';

/**
 * The UDH information elements a message encoded with `charset` must carry so
 * that the receiver reads its septets with the same tables: IE 0x24 (single
 * shift) and/or IE 0x25 (locking shift), each with the national language
 * identifier, in that order; none for the default tables. Each element takes
 * three octets (identifier, length 1, language), so one shift makes a 4-octet
 * header on its own (`03 24 01 01`) and both a 7-octet one.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24.15 and §9.2.3.24.16; TS 23.038 §6.2.1.2.4.
 *
 * @param charset - a character set from {@link resolveCharset}
 * @returns the elements, for {@link buildUdh} / {@link udhLength}; empty for the default tables
 * @throws `TypeError` when `charset` is not an object
 *
 * @example
 * ```ts
 * shiftTableElements(resolveCharset({ lockingShift: TURKISH, singleShift: TURKISH }));
 * // [{ type: 'singleShift', language: 1 }, { type: 'lockingShift', language: 1 }]
 * toHex(buildUdh(shiftTableElements(resolveCharset({ singleShift: SPANISH }))));
 * // '03 24 01 02'
 * ```
 *
 * @group National language tables
 */
export function shiftTableElements(charset: Gsm7Charset): ShiftElement[] {
  if (charset === null || typeof charset !== 'object') {
    throw new TypeError(`shiftTableElements: charset must be an object, got ${describe(charset)}`);
  }
  const elements: ShiftElement[] = [];
  if (charset.singleShiftLanguage !== undefined) elements.push({ type: 'singleShift', language: charset.singleShiftLanguage });
  if (charset.lockingShiftLanguage !== undefined) elements.push({ type: 'lockingShift', language: charset.lockingShiftLanguage });
  return elements;
}

