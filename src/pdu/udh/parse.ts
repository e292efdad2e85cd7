/**
 * User Data Header octets to information elements, with the octet offset of
 * every problem. 3GPP TS 23.040 §9.2.3.24.
 *
 * @module
 */

import { createError, createIssue, uninspectableIssue, type IssueDetails, type SmsHexErrorCode, type SmsHexIssue } from '../../errors.js';
import { assertBytes, describe } from '../../internal/args.js';
import {
  IEI_CONCAT_16,
  IEI_CONCAT_8,
  IEI_LOCKING_SHIFT,
  IEI_PORTS_16,
  IEI_PORTS_8,
  IEI_SINGLE_SHIFT,
  MAX_UDH_OCTETS,
  type ParsedUdh,
  type UdhElement,
} from './elements.js';
import { CONCAT_16_DATA_OCTETS, CONCAT_8_DATA_OCTETS, PORTS_16_DATA_OCTETS, PORTS_8_DATA_OCTETS, SHIFT_DATA_OCTETS } from './size.js';

/**
 * What {@link safeParseUdh} returns.
 *
 * @group User data header
 */
export type SafeParseUdhResult =
  | { readonly ok: true; readonly udh: ParsedUdh }
  | { readonly ok: false; readonly error: SmsHexIssue };

/**
 * A problem found by {@link readUdh}: its code, the octet offset from the
 * start of the header, and the details for the message. Callers turn it
 * into an issue, mapping the offset where the octets came from hex.
 *
 * @internal
 */
export interface UdhFault {
  readonly code: SmsHexErrorCode;
  readonly octet: number;
  readonly details: IssueDetails;
}

/** Names of the typed elements, for messages. */
const IE_NAMES: ReadonlyMap<number, string> = /* @__PURE__ */ new Map([
  [IEI_CONCAT_8, 'concatenation with 8-bit reference'],
  [IEI_CONCAT_16, 'concatenation with 16-bit reference'],
  [IEI_PORTS_8, 'application ports, 8-bit'],
  [IEI_PORTS_16, 'application ports, 16-bit'],
  [IEI_SINGLE_SHIFT, 'national language single shift'],
  [IEI_LOCKING_SHIFT, 'national language locking shift'],
]);

/** Data length each typed element must have. */
const IE_LENGTHS: ReadonlyMap<number, number> = /* @__PURE__ */ new Map([
  [IEI_CONCAT_8, CONCAT_8_DATA_OCTETS],
  [IEI_CONCAT_16, CONCAT_16_DATA_OCTETS],
  [IEI_PORTS_8, PORTS_8_DATA_OCTETS],
  [IEI_PORTS_16, PORTS_16_DATA_OCTETS],
  [IEI_SINGLE_SHIFT, SHIFT_DATA_OCTETS],
  [IEI_LOCKING_SHIFT, SHIFT_DATA_OCTETS],
]);

/**
 * Parses the User Data Header at the start of `bytes` (the TP-User-Data, or
 * the API's payload when esmClass has 0x40 set). Octets after the header are
 * ignored. Elements smshex knows become typed elements; any other element
 * is returned as `raw` with its data unchanged. Repeated elements are all
 * returned in order (TS 23.040 says a receiver uses the last one).
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24 (UDH), §9.2.3.24.1 and .24.8 (concatenation),
 * .24.3 and .24.4 (ports), .24.15 and .24.16 (national language shifts).
 *
 * @param bytes - the header, length octet (UDHL) first, optionally followed by the payload
 * @returns `{ length, elements }`, `length` being UDHL + 1
 * @throws {@link SmsHexError} with the octet offset (`index`): `UDH_TRUNCATED` (no length octet,
 *   or the declared length runs past the end), `UDH_TOO_LONG` (more than 140 octets),
 *   `UDH_IE_OVERRUN` (an element runs past the header), `UDH_IE_LENGTH` (a known element of the
 *   wrong length), `UDH_CONCAT_TOTAL` (total 0), `UDH_CONCAT_SEQUENCE` (sequence 0 or above total)
 * @throws `TypeError` when `bytes` is not a `Uint8Array`
 *
 * @example
 * ```ts
 * parseUdh(parseHex('05 00 03 2a 03 01 48 69'));
 * // { length: 6, elements: [{ type: 'concat', reference: 42, total: 3, sequence: 1, referenceBits: 8 }] }
 * parseUdh(parseHex('05 00 03 2a 03 04'));
 * // throws SmsHexError: parseUdh: concatenation sequence out of range at octet 5: sequence 4 is above the total 3
 * ```
 *
 * @group User data header
 */
export function parseUdh(bytes: Uint8Array): ParsedUdh {
  const fn = 'parseUdh';
  assertBytes(fn, 'bytes', bytes);
  const result = readUdh(bytes);
  if ('elements' in result) return result;
  throw createError(fn, result.code, { ...result.details, index: result.octet, octet: result.octet });
}

/**
 * Parses a User Data Header without throwing: the safe variant of
 * {@link parseUdh} for headers from elsewhere.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24.
 *
 * @param bytes - the header (any value: a non-`Uint8Array` gives an `INPUT_TYPE` issue)
 * @returns `{ ok: true, udh }` or `{ ok: false, error }` with the code, message and octet offset
 * @throws never
 *
 * @example
 * ```ts
 * safeParseUdh(parseHex('05 00 03 2a 03 01'));
 * // { ok: true, udh: { length: 6, elements: [{ type: 'concat', ... }] } }
 * safeParseUdh(parseHex('05 00 03 2a'));
 * // { ok: false, error: { code: 'UDH_TRUNCATED', index: 0, message: 'safeParseUdh: user data header
 * //   is truncated at octet 0: the length octet declares 5 octets, 3 follow' } }
 * ```
 *
 * @group User data header
 */
export function safeParseUdh(bytes: Uint8Array): SafeParseUdhResult {
  const fn = 'safeParseUdh';
  let result: ParsedUdh | UdhFault;
  try {
    if (!(bytes instanceof Uint8Array)) {
      return { ok: false, error: createIssue(fn, 'INPUT_TYPE', { detail: 'a Uint8Array', value: describe(bytes) }) };
    }
    result = readUdh(bytes);
  } catch {
    return { ok: false, error: uninspectableIssue(fn, 'a Uint8Array') };
  }
  if ('elements' in result) return { ok: true, udh: result };
  return { ok: false, error: createIssue(fn, result.code, { ...result.details, index: result.octet, octet: result.octet }) };
}

/**
 * Reads the header at the start of `bytes`, returning it or the first fault.
 *
 * @internal
 */
export function readUdh(bytes: Uint8Array): ParsedUdh | UdhFault {
  if (bytes.length === 0) return fault('UDH_TRUNCATED', 0, 'there is no length octet');
  const length = (bytes[0] as number) + 1;
  if (length > MAX_UDH_OCTETS) {
    return { code: 'UDH_TOO_LONG', octet: 0, details: { actual: length, limit: MAX_UDH_OCTETS } };
  }
  if (length > bytes.length) {
    return fault('UDH_TRUNCATED', 0, `the length octet declares ${length - 1} octets, ${bytes.length - 1} follow`);
  }
  const elements: UdhElement[] = [];
  let offset = 1;
  while (offset < length) {
    if (offset + 1 >= length) return fault('UDH_IE_OVERRUN', offset, `element 0x${hex2(bytes[offset])} has no length octet`);
    const id = bytes[offset] as number;
    const size = bytes[offset + 1] as number;
    const start = offset + 2;
    const end = start + size;
    if (end > length) {
      return fault('UDH_IE_OVERRUN', offset, `element 0x${hex2(id)} declares ${size} octets, ${length - start} are left in the header`);
    }
    const element = readElement(bytes, id, start, size, offset);
    if ('code' in element) return element;
    elements.push(element);
    offset = end;
  }
  return { length, elements };
}

function readElement(bytes: Uint8Array, id: number, start: number, size: number, offset: number): UdhElement | UdhFault {
  const expected = IE_LENGTHS.get(id);
  if (expected === undefined) return { type: 'raw', id, data: bytes.slice(start, start + size) };
  if (size !== expected) {
    return fault('UDH_IE_LENGTH', offset, `element 0x${hex2(id)} (${IE_NAMES.get(id)}) has ${size} data octets, expected ${expected}`);
  }
  const byte = (i: number): number => bytes[start + i] as number;
  const word = (i: number): number => (byte(i) << 8) | byte(i + 1);
  switch (id) {
    case IEI_CONCAT_8:
    case IEI_CONCAT_16: {
      const wide = id === IEI_CONCAT_16;
      const totalAt = wide ? 2 : 1;
      const total = byte(totalAt);
      const sequence = byte(totalAt + 1);
      if (total === 0) return fault('UDH_CONCAT_TOTAL', start + totalAt, 'the total is 0');
      if (sequence === 0) return fault('UDH_CONCAT_SEQUENCE', start + totalAt + 1, 'sequence 0: parts are numbered from 1');
      if (sequence > total) {
        return fault('UDH_CONCAT_SEQUENCE', start + totalAt + 1, `sequence ${sequence} is above the total ${total}`);
      }
      return { type: 'concat', reference: wide ? word(0) : byte(0), total, sequence, referenceBits: wide ? 16 : 8 };
    }
    case IEI_PORTS_8:
      return { type: 'ports', destination: byte(0), source: byte(1), portBits: 8 };
    case IEI_PORTS_16:
      return { type: 'ports', destination: word(0), source: word(2), portBits: 16 };
    default:
      return { type: id === IEI_SINGLE_SHIFT ? 'singleShift' : 'lockingShift', language: byte(0) };
  }
}

function fault(code: SmsHexErrorCode, octet: number, detail: string): UdhFault {
  return { code, octet, details: { detail } };
}

function hex2(value: number | undefined): string {
  return (value ?? 0).toString(16).padStart(2, '0');
}
