/**
 * Information elements to User Data Header octets. 3GPP TS 23.040 §9.2.3.24.
 *
 * @module
 */

import { createError, type IssueDetails, type SmsHexErrorCode } from '../../errors.js';
import { describe, isDetached } from '../../internal/args.js';
import {
  IEI_CONCAT_16,
  IEI_CONCAT_8,
  IEI_LOCKING_SHIFT,
  IEI_PORTS_16,
  IEI_PORTS_8,
  IEI_SINGLE_SHIFT,
  MAX_UDH_OCTETS,
  TYPED_IEIS,
  type UdhElement,
} from './elements.js';

import {
  CONCAT_16_DATA_OCTETS as CONCAT_16_LENGTH,
  CONCAT_8_DATA_OCTETS as CONCAT_8_LENGTH,
  IE_HEADER_OCTETS as IE_HEADER,
  PORTS_16_DATA_OCTETS as PORTS_16_LENGTH,
  PORTS_8_DATA_OCTETS as PORTS_8_LENGTH,
  SHIFT_DATA_OCTETS as SHIFT_LENGTH,
} from './size.js';

/**
 * Builds a User Data Header, its length octet (UDHL) first, from information
 * elements, in the order given. Every value is checked, so the header always
 * parses back with {@link parseUdh} to the same elements.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24 (UDH), §9.2.3.24.1 and .24.8 (concatenation),
 * .24.3 and .24.4 (ports), .24.15 and .24.16 (national language shifts).
 *
 * @param elements - the elements (an empty array gives the one-octet header `00`)
 * @returns the header octets, UDHL included
 * @throws {@link SmsHexError} with the element's `path` (`[i, field]`): `UDH_VALUE_RANGE` for a
 *   reference, port, language, identifier or data length out of range or not an integer;
 *   `UDH_CONCAT_TOTAL` for a total outside 1–255; `UDH_CONCAT_SEQUENCE` for a sequence outside
 *   1–total; `UDH_TOO_LONG` when the header would exceed 140 octets
 * @throws `TypeError` when `elements` is not an array, an element is not an object of a known
 *   `type`, or a field has the wrong type; `RangeError` for `referenceBits`/`portBits` other than 8 or 16
 *
 * @example
 * ```ts
 * toHex(buildUdh([{ type: 'concat', reference: 0x2a, total: 3, sequence: 1, referenceBits: 8 }]));
 * // '05 00 03 2a 03 01'
 * toHex(buildUdh([{ type: 'ports', destination: 0x1581, source: 0, portBits: 16 }]));
 * // '06 05 04 15 81 00 00'
 * ```
 *
 * @group User data header
 */
export function buildUdh(elements: readonly UdhElement[]): Uint8Array {
  return buildUdhNamed('buildUdh', elements);
}

/**
 * {@link buildUdh}, naming `fn` in its errors.
 *
 * @internal
 */
export function buildUdhNamed(fn: string, elements: readonly UdhElement[]): Uint8Array {
  const length = measure(fn, elements);
  if (length > MAX_UDH_OCTETS) throw createError(fn, 'UDH_TOO_LONG', { actual: length, limit: MAX_UDH_OCTETS });
  const out = new Uint8Array(length);
  out[0] = length - 1;
  let offset = 1;
  for (let i = 0; i < elements.length; i++) offset = writeElement(fn, elements[i] as UdhElement, i, out, offset);
  return out;
}

/**
 * The size in octets of the header {@link buildUdh} would build from
 * `elements`, its length octet included: what a segmenter subtracts from a
 * part's 140 octets. Checks the elements' shape, not their values.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24.
 *
 * @param elements - the elements
 * @returns 1 + the sum of 2 + each element's data length (6 for an 8-bit concatenation element alone)
 * @throws `TypeError` / `RangeError` as {@link buildUdh} for a malformed element
 *
 * @example
 * ```ts
 * udhLength([concatElement(0, 2, 1)]);     // 6
 * udhLength([concatElement(0, 2, 1, 16)]); // 7
 * udhLength([]);                           // 1
 * ```
 *
 * @group User data header
 */
export function udhLength(elements: readonly UdhElement[]): number {
  return measure('udhLength', elements);
}

function measure(fn: string, elements: readonly UdhElement[]): number {
  if (!Array.isArray(elements)) throw new TypeError(`${fn}: elements must be an array, got ${describe(elements)}`);
  let length = 1;
  for (let i = 0; i < elements.length; i++) length += IE_HEADER + dataLength(fn, elements[i], i);
  return length;
}

/** The data length of one element, checking its shape. */
function dataLength(fn: string, element: unknown, i: number): number {
  if (element === null || typeof element !== 'object') {
    throw new TypeError(`${fn}: elements[${i}] must be an object, got ${describe(element)}`);
  }
  const e = element as Partial<Record<string, unknown>>;
  switch (e.type) {
    case 'concat':
      return bits(fn, i, 'referenceBits', e.referenceBits) === 8 ? CONCAT_8_LENGTH : CONCAT_16_LENGTH;
    case 'ports':
      return bits(fn, i, 'portBits', e.portBits) === 8 ? PORTS_8_LENGTH : PORTS_16_LENGTH;
    case 'singleShift':
    case 'lockingShift':
      return SHIFT_LENGTH;
    case 'raw':
      if (!(e.data instanceof Uint8Array)) {
        throw new TypeError(`${fn}: elements[${i}].data must be a Uint8Array, got ${describe(e.data)}`);
      }
      if (isDetached(e.data)) {
        throw new TypeError(`${fn}: elements[${i}].data is over a detached ArrayBuffer`);
      }
      return e.data.length;
    default:
      throw new TypeError(
        `${fn}: elements[${i}].type must be 'concat', 'ports', 'singleShift', 'lockingShift' or 'raw', got ${
          typeof e.type === 'string' ? JSON.stringify(e.type) : describe(e.type)
        }`,
      );
  }
}

function bits(fn: string, i: number, name: string, value: unknown): 8 | 16 {
  if (value === 8 || value === 16) return value;
  if (typeof value !== 'number') throw new TypeError(`${fn}: elements[${i}].${name} must be 8 or 16, got ${describe(value)}`);
  throw new RangeError(`${fn}: elements[${i}].${name} must be 8 or 16, got ${value}`);
}

/** Writes one element (already measured) at `offset`, checking its values; returns the next offset. */
function writeElement(fn: string, element: UdhElement, i: number, out: Uint8Array, offset: number): number {
  switch (element.type) {
    case 'concat': {
      const wide = element.referenceBits === 16;
      const reference = integer(fn, i, 'reference', element.reference, 0, wide ? 0xffff : 0xff, 'UDH_VALUE_RANGE');
      const total = integer(fn, i, 'total', element.total, 1, 255, 'UDH_CONCAT_TOTAL');
      const sequence = integer(fn, i, 'sequence', element.sequence, 1, total, 'UDH_CONCAT_SEQUENCE');
      offset = writeHeader(out, offset, wide ? IEI_CONCAT_16 : IEI_CONCAT_8, wide ? CONCAT_16_LENGTH : CONCAT_8_LENGTH);
      offset = writeNumber(out, offset, reference, wide);
      out[offset++] = total;
      out[offset++] = sequence;
      return offset;
    }
    case 'ports': {
      const wide = element.portBits === 16;
      const max = wide ? 0xffff : 0xff;
      const destination = integer(fn, i, 'destination', element.destination, 0, max, 'UDH_VALUE_RANGE');
      const source = integer(fn, i, 'source', element.source, 0, max, 'UDH_VALUE_RANGE');
      offset = writeHeader(out, offset, wide ? IEI_PORTS_16 : IEI_PORTS_8, wide ? PORTS_16_LENGTH : PORTS_8_LENGTH);
      offset = writeNumber(out, offset, destination, wide);
      return writeNumber(out, offset, source, wide);
    }
    case 'singleShift':
    case 'lockingShift': {
      const language = integer(fn, i, 'language', element.language, 0, 255, 'UDH_VALUE_RANGE');
      offset = writeHeader(out, offset, element.type === 'singleShift' ? IEI_SINGLE_SHIFT : IEI_LOCKING_SHIFT, SHIFT_LENGTH);
      out[offset++] = language;
      return offset;
    }
    case 'raw': {
      const id = integer(fn, i, 'id', element.id, 0, 255, 'UDH_VALUE_RANGE');
      if (TYPED_IEIS.has(id)) {
        throw createError(fn, 'UDH_VALUE_RANGE', {
          path: [i, 'id'],
          detail: `elements[${i}].id 0x${id.toString(16).padStart(2, '0')} has a typed element; use that instead of 'raw'`,
        });
      }
      // The header as a whole is at most 140 octets, so the data length already fits its octet.
      offset = writeHeader(out, offset, id, element.data.length);
      out.set(element.data, offset);
      return offset + element.data.length;
    }
  }
}

function writeHeader(out: Uint8Array, offset: number, id: number, length: number): number {
  out[offset] = id;
  out[offset + 1] = length;
  return offset + IE_HEADER;
}

function writeNumber(out: Uint8Array, offset: number, value: number, wide: boolean): number {
  if (wide) out[offset++] = value >> 8;
  out[offset++] = value & 0xff;
  return offset;
}

/** Checks a numeric field: `TypeError` for a non-number, `code` for a value outside `[min, max]`. */
function integer(fn: string, i: number, name: string, value: unknown, min: number, max: number, code: SmsHexErrorCode): number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: elements[${i}].${name} must be a number, got ${describe(value)}`);
  if (!Number.isInteger(value) || value < min || value > max) {
    const details: IssueDetails = { path: [i, name], detail: `elements[${i}].${name} is ${value}; expected an integer from ${min} to ${max}` };
    throw createError(fn, code, details);
  }
  return value;
}
