/**
 * `binary` objects of the API back to header, octets and text (the parts of
 * a concatenated message are joined by `reassemble.ts`). 3GPP TS 23.040 §9.2.3.24.
 *
 * @module
 */

import { createIssue, SmsHexError, uninspectableIssue, type IssuePath, type SmsHexIssue } from '../errors.js';
import { scan } from '../codecs/hex/scan.js';
import { describe } from '../internal/args.js';
import { ESM_CLASS_UDHI, type ParsedUdh } from '../pdu/udh/elements.js';
import { charsetFor, hexLocator, payloadText, readHeader } from './payload.js';

/**
 * The `binary` object of one message, as the API carries it (esmClass optional).
 *
 * @group Binary messages
 */
export interface DecodableBinary {
  /** The payload as hex (`"05 00 03 2a 02 01 48 69"`); spaced, unspaced and `0x` forms are accepted. */
  readonly hex: string;
  /** SMPP data_coding: 0 GSM 7-bit (septets one per byte), 8 UCS-2, 4 8-bit data, … */
  readonly dataCoding: number;
  /** SMPP esm_class; bit 0x40 (UDHI) says the payload begins with a User Data Header. Default 0. */
  readonly esmClass?: number;
}

/**
 * What {@link decodeBinaryMessage} returns.
 *
 * @group Binary messages
 */
export interface DecodedBinaryMessage {
  /** The User Data Header, when esmClass has 0x40 set. */
  readonly udh?: ParsedUdh;
  /** The payload after the header. */
  readonly bytes: Uint8Array;
  /** The payload as text, when dataCoding announces GSM 7-bit (0, 0xF0–0xF3, …) or UCS-2 (8). */
  readonly text?: string;
}

/**
 * Decodes one `binary` object: its User Data Header when esmClass has 0x40
 * (UDHI) set, the payload behind it, and its text when dataCoding announces
 * GSM 7-bit (0, or a GSM group such as 0xF0–0xF3 with a message class; one
 * unpacked septet per byte, as the API carries it) or UCS-2 (8). Other
 * codings (8-bit data, legacy character sets, compressed text) give no text.
 *
 * GSM 7-bit text is read with the national language tables the header's
 * shift elements (IEI 0x24 / 0x25) select; an identifier without such a
 * table is ignored, as a receiver that does not support it does (TS 23.040
 * §9.2.3.24.15 and §9.2.3.24.16).
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24 (UDH), .24.15 / .24.16 (shifts); TS 23.038 §6.2.1,
 * §6.2.1.2.4, Annex A and §6.2.3; SMPP 3.4 §5.2.12 (esm_class) and §5.2.19 (data_coding).
 *
 * @param binary - `{ hex, dataCoding, esmClass? }`
 * @returns `{ udh?, bytes, text? }`
 * @throws {@link SmsHexError} with `path: ['hex']` and `index` the character position in the
 *   hex: the `HEX_*` codes for malformed hex, the `UDH_*` codes for a malformed header (the
 *   message names the octet too), `GSM7_INVALID_SEPTET` / `GSM7_UNASSIGNED_SEPTET` /
 *   `GSM7_TRAILING_ESCAPE` / `UCS2_ODD_LENGTH` / `UCS2_LONE_SURROGATE` for a payload that is
 *   not text in its coding
 * @throws `TypeError` / `RangeError` when `binary` is not an object, `hex` not a string, or
 *   `dataCoding` / `esmClass` not integers 0–255
 *
 * @example
 * ```ts
 * decodeBinaryMessage({ hex: '05 00 03 2a 02 01 48 69', dataCoding: 0, esmClass: 0x40 });
 * // { udh: { length: 6, elements: [{ type: 'concat', reference: 42, total: 2, sequence: 1,
 * //   referenceBits: 8 }] }, bytes: Uint8Array [0x48, 0x69], text: 'Hi' }
 * decodeBinaryMessage({ hex: '6d 4b 8B d5', dataCoding: 8 });
 * // { bytes: Uint8Array [0x6d, 0x4b, 0x8b, 0xd5], text: '测试' }
 * decodeBinaryMessage({ hex: '06 24 01 01 25 01 01 1c 69 1d 6c 69', dataCoding: 0, esmClass: 0x40 }).text;
 * // 'Şişli' (Turkish single and locking shift)
 * ```
 *
 * @group Binary messages
 */
export function decodeBinaryMessage(binary: DecodableBinary): DecodedBinaryMessage {
  const fn = 'decodeBinaryMessage';
  const read = readBinary(fn, binary, 'binary');
  const decoded = decodeRead(fn, read, ['hex'], true);
  if ('code' in decoded) throw new SmsHexError(decoded);
  const { all, start, ...rest } = decoded;
  return { ...rest, bytes: all.slice(start) };
}

/** A `binary` object whose shape was checked. @internal */
export interface ReadBinary {
  readonly hex: string;
  readonly dataCoding: number;
  readonly esmClass: number;
}

/** What is wrong with the shape of a `binary` argument: which error, what was expected and what came. */
export interface ShapeProblem {
  readonly error: 'type' | 'range';
  readonly expected: string;
  readonly got: string;
}

/** Checks the shape of a `binary` object without throwing. */
export function inspectBinary(binary: unknown, name: string): ReadBinary | ShapeProblem {
  if (binary === null || typeof binary !== 'object' || Array.isArray(binary)) {
    return { error: 'type', expected: `${name} to be an object`, got: describe(binary) };
  }
  const { hex, dataCoding, esmClass = 0 } = binary as Partial<Record<keyof DecodableBinary, unknown>>;
  if (typeof hex !== 'string') return { error: 'type', expected: `${name}.hex to be a string`, got: describe(hex) };
  for (const [field, value] of [['dataCoding', dataCoding], ['esmClass', esmClass]] as const) {
    if (typeof value !== 'number') return { error: 'type', expected: `${name}.${field} to be a number`, got: describe(value) };
    if (!Number.isInteger(value) || value < 0 || value > 255) {
      return { error: 'range', expected: `${name}.${field} to be an integer from 0 to 255`, got: String(value) };
    }
  }
  return { hex, dataCoding: dataCoding as number, esmClass: esmClass as number };
}

/** Checks the argument types of a `binary` object: `TypeError` / `RangeError` when wrong. */
export function readBinary(fn: string, binary: unknown, name: string): ReadBinary {
  const read = inspectBinary(binary, name);
  if (!('error' in read)) return read;
  const message = `${fn}: expected ${read.expected}, got ${read.got}`;
  throw read.error === 'type' ? new TypeError(message) : new RangeError(message);
}

/** A checked `binary` object decoded: all its octets, where the payload starts, the header and the text. */
interface DecodedRead {
  readonly all: Uint8Array;
  readonly start: number;
  readonly udh?: ParsedUdh;
  readonly text?: string;
}

/**
 * Decodes a checked `binary` object, or returns the first issue, positioned
 * in its hex under `path`. Without `withText` the payload is not decoded.
 */
export function decodeRead(fn: string, read: ReadBinary, path: IssuePath, withText: boolean): DecodedRead | SmsHexIssue {
  const all = scan(fn, read.hex, false, Number.MAX_SAFE_INTEGER);
  if (!(all instanceof Uint8Array)) return { ...all, path };
  const locate = hexLocator(read.hex, path);
  const split = readHeader(fn, all, (read.esmClass & ESM_CLASS_UDHI) !== 0, locate);
  if ('code' in split) return split;
  const text = withText ? payloadText(fn, all, split.start, read.dataCoding, charsetFor(fn, split.udh), locate) : undefined;
  if (typeof text === 'object') return text;
  return { all, start: split.start, ...(split.udh === undefined ? {} : { udh: split.udh }), ...(text === undefined ? {} : { text }) };
}

/**
 * What {@link safeDecodeBinaryMessage} returns.
 *
 * @group Binary messages
 */
export type SafeDecodeResult =
  | { readonly ok: true; readonly message: DecodedBinaryMessage }
  | { readonly ok: false; readonly error: SmsHexIssue };

/**
 * {@link decodeBinaryMessage} without throwing: for `binary` objects from
 * elsewhere. A malformed argument (not an object, `hex` not a string,
 * `dataCoding` / `esmClass` not integers 0–255) is reported as an input-type issue.
 *
 * Spec: as {@link decodeBinaryMessage}.
 *
 * @param binary - anything; `{ hex, dataCoding, esmClass? }` to decode
 * @returns `{ ok: true, message }` or `{ ok: false, error }` with the code, message, `index` in the hex and `path`
 * @throws never: an argument that throws when read (a proxy, a throwing getter) is reported as an input-type issue
 *
 * @example
 * ```ts
 * safeDecodeBinaryMessage({ hex: '48 69', dataCoding: 0 });
 * // { ok: true, message: { bytes: Uint8Array [0x48, 0x69], text: 'Hi' } }
 * safeDecodeBinaryMessage({ hex: '48 69', dataCoding: 0, esmClass: 0x40 });
 * // { ok: false, error: { code: 'UDH_TRUNCATED', index: 0, path: ['hex'], message: 'safeDecodeBinaryMessage:
 * //   user data header is truncated at octet 0: the length octet declares 72 octets, 1 follow' } }
 * ```
 *
 * @group Binary messages
 */
export function safeDecodeBinaryMessage(binary: unknown): SafeDecodeResult {
  const fn = 'safeDecodeBinaryMessage';
  let read: ReadBinary | ShapeProblem;
  try {
    read = inspectBinary(binary, 'binary');
  } catch {
    return { ok: false, error: uninspectableIssue(fn, 'a readable binary object') };
  }
  if ('error' in read) return { ok: false, error: createIssue(fn, 'INPUT_TYPE', { detail: read.expected, value: read.got }) };
  const decoded = decodeRead(fn, read, ['hex'], true);
  if ('code' in decoded) return { ok: false, error: decoded };
  const { all, start, ...rest } = decoded;
  return { ok: true, message: { ...rest, bytes: all.slice(start) } };
}
