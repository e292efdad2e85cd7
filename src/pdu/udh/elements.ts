/**
 * The information elements of a User Data Header as plain data: a tagged
 * union, the identifiers of the elements smshex understands, and their sizes.
 * 3GPP TS 23.040 §9.2.3.24.
 *
 * @module
 */

import { describe } from '../../internal/args.js';
import { USER_DATA_OCTETS } from '../limits.js';

/**
 * IEI 0x00: concatenated short message, 8-bit reference (TS 23.040 §9.2.3.24.1).
 *
 * @group User data header
 */
export const IEI_CONCAT_8 = 0x00;
/**
 * IEI 0x04: application port addressing, 8-bit ports (TS 23.040 §9.2.3.24.3).
 *
 * @group User data header
 */
export const IEI_PORTS_8 = 0x04;
/**
 * IEI 0x05: application port addressing, 16-bit ports (TS 23.040 §9.2.3.24.4).
 *
 * @group User data header
 */
export const IEI_PORTS_16 = 0x05;
/**
 * IEI 0x08: concatenated short message, 16-bit reference (TS 23.040 §9.2.3.24.8).
 *
 * @group User data header
 */
export const IEI_CONCAT_16 = 0x08;
/**
 * IEI 0x24: national language single shift (TS 23.040 §9.2.3.24.15).
 *
 * @group User data header
 */
export const IEI_SINGLE_SHIFT = 0x24;
/**
 * IEI 0x25: national language locking shift (TS 23.040 §9.2.3.24.16).
 *
 * @group User data header
 */
export const IEI_LOCKING_SHIFT = 0x25;

/**
 * SMPP `esm_class` bit 0x40, UDHI: the payload begins with a User Data Header
 * (SMPP 3.4 §5.2.12; TP-UDHI of TS 23.040 §9.2.3.23).
 *
 * @group User data header
 */
export const ESM_CLASS_UDHI = 0x40;

/**
 * The most octets a User Data Header can take, its length octet included:
 * the whole TP-User-Data of one short message (TS 23.040 §9.2.3.16, §9.2.3.24).
 *
 * @group User data header
 */
export const MAX_UDH_OCTETS = USER_DATA_OCTETS;

/**
 * Concatenated short message (IEI 0x00 with an 8-bit reference, 0x08 with a
 * 16-bit one): every part of one message carries the same `reference` and
 * `total`, and its own `sequence` from 1.
 *
 * @group User data header
 */
export interface ConcatElement {
  /** Discriminant: a concatenation element (TS 23.040 §9.2.3.24.1, §9.2.3.24.8). */
  readonly type: 'concat';
  /** The message's reference number: 0–255 for 8 bits, 0–65535 for 16. */
  readonly reference: number;
  /** How many parts the message has, 1–255. */
  readonly total: number;
  /** This part's number, 1–`total`. */
  readonly sequence: number;
  /** 8 (IEI 0x00) or 16 (IEI 0x08). */
  readonly referenceBits: 8 | 16;
}

/**
 * Application port addressing (IEI 0x04 with 8-bit ports, 0x05 with 16-bit ports).
 *
 * @group User data header
 */
export interface PortsElement {
  /** Discriminant: an application port addressing element (TS 23.040 §9.2.3.24.3, §9.2.3.24.4). */
  readonly type: 'ports';
  /** The destination port: 0–255 for 8 bits, 0–65535 for 16. */
  readonly destination: number;
  /** The originator (source) port, same range. */
  readonly source: number;
  /** 8 (IEI 0x04) or 16 (IEI 0x05). */
  readonly portBits: 8 | 16;
}

/**
 * National language single shift (IEI 0x24) or locking shift (IEI 0x25).
 *
 * @group User data header
 */
export interface ShiftElement {
  /** Which shift: single shift, IEI 0x24 (TS 23.040 §9.2.3.24.15), or locking shift, IEI 0x25 (§9.2.3.24.16). */
  readonly type: 'singleShift' | 'lockingShift';
  /** The national language identifier of TS 23.038 §6.2.1.2.4 (1 Turkish, 2 Spanish, 3 Portuguese, …), 0–255. */
  readonly language: number;
}

/**
 * Any other information element, kept as its identifier and data octets, unchanged.
 *
 * @group User data header
 */
export interface RawElement {
  /** Discriminant: an element smshex keeps as it is. */
  readonly type: 'raw';
  /** The information element identifier, 0–255, not one of the identifiers with a typed element. */
  readonly id: number;
  /** The element's data, 0–255 octets. */
  readonly data: Uint8Array;
}

/**
 * One information element of a User Data Header (TS 23.040 §9.2.3.24).
 *
 * @group User data header
 */
export type UdhElement = ConcatElement | PortsElement | ShiftElement | RawElement;

/**
 * A parsed User Data Header.
 *
 * @group User data header
 */
export interface ParsedUdh {
  /** The header's size in octets, its length octet (UDHL) included. */
  readonly length: number;
  /** The information elements in the order they appear. */
  readonly elements: UdhElement[];
}

/**
 * The identifiers that have a typed element, so that a `raw` element never
 * stands for one of them.
 *
 * @internal
 */
export const TYPED_IEIS: ReadonlySet<number> = /* @__PURE__ */ new Set([
  IEI_CONCAT_8,
  IEI_PORTS_8,
  IEI_PORTS_16,
  IEI_CONCAT_16,
  IEI_SINGLE_SHIFT,
  IEI_LOCKING_SHIFT,
]);

/**
 * A concatenation element: the helper every part of a long message uses.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24.1 (8-bit reference) and §9.2.3.24.8 (16-bit).
 *
 * @param reference - the message's reference, 0–255 (8 bits) or 0–65535 (16 bits)
 * @param total - the number of parts, 1–255
 * @param sequence - this part's number, 1–`total`
 * @param referenceBits - 8 (default) or 16
 * @returns the element (checked when it is built into a header by {@link buildUdh})
 * @throws `RangeError` when `referenceBits` is not 8 or 16
 *
 * @example
 * ```ts
 * toHex(buildUdh([concatElement(0x2a, 3, 1)]));
 * // '05 00 03 2a 03 01'
 * ```
 *
 * @group User data header
 */
export function concatElement(reference: number, total: number, sequence: number, referenceBits: 8 | 16 = 8): ConcatElement {
  if (referenceBits !== 8 && referenceBits !== 16) {
    throw new RangeError(`concatElement: referenceBits must be 8 or 16, got ${typeof referenceBits === 'number' ? referenceBits : describe(referenceBits)}`);
  }
  return { type: 'concat', reference, total, sequence, referenceBits };
}
