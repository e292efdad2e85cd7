/**
 * `binary` objects of the API back to header, octets and text, and the parts
 * of a concatenated message back to its text. 3GPP TS 23.040 §9.2.3.24.
 *
 * @module
 */

import { createError, createIssue, SmsHexError, uninspectableIssue, type IssuePath, type SmsHexIssue } from '../errors.js';
import { scan } from '../codecs/hex/scan.js';
import { describe } from '../internal/args.js';
import type { Gsm7Charset } from '../codecs/gsm7/charset.js';
import { ESM_CLASS_UDHI, type ConcatElement, type ParsedUdh } from '../pdu/udh/elements.js';
import { checkConcatParts } from './concat-check.js';
import { charsetFor, hexLocator, lastConcat, payloadText, readHeader, textAlphabet, type Locator } from './payload.js';

/** The `binary` object of one message, as the API carries it (esmClass optional). */
export interface DecodableBinary {
  /** The payload as hex (`"05 00 03 2a 02 01 48 69"`); spaced, unspaced and `0x` forms are accepted. */
  readonly hex: string;
  /** SMPP data_coding: 0 GSM 7-bit (septets one per byte), 8 UCS-2, 4 8-bit data, … */
  readonly dataCoding: number;
  /** SMPP esm_class; bit 0x40 (UDHI) says the payload begins with a User Data Header. Default 0. */
  readonly esmClass?: number;
}

/** What {@link decodeBinaryMessage} returns. */
export interface DecodedBinaryMessage {
  /** The User Data Header, when esmClass has 0x40 set. */
  readonly udh?: ParsedUdh;
  /** The payload after the header. */
  readonly bytes: Uint8Array;
  /** The payload as text, when dataCoding announces GSM 7-bit (0, 0xF0–0xF3, …) or UCS-2 (8). */
  readonly text?: string;
}

/** A message as `buildBinaryMessages` emits it, or just its `binary` object. */
export type ReassembleInput = DecodableBinary | { readonly binary: DecodableBinary };

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
 */
export function decodeBinaryMessage(binary: DecodableBinary): DecodedBinaryMessage {
  const fn = 'decodeBinaryMessage';
  const read = readBinary(fn, binary, 'binary');
  const decoded = decodeRead(fn, read, ['hex'], true);
  if ('code' in decoded) throw new SmsHexError(decoded);
  const { all, start, ...rest } = decoded;
  return { ...rest, bytes: all.slice(start) };
}

interface ReadBinary {
  readonly hex: string;
  readonly dataCoding: number;
  readonly esmClass: number;
}

/** What is wrong with the shape of a `binary` argument: which error, what was expected and what came. */
interface ShapeProblem {
  readonly error: 'type' | 'range';
  readonly expected: string;
  readonly got: string;
}

/** Checks the shape of a `binary` object without throwing. */
function inspectBinary(binary: unknown, name: string): ReadBinary | ShapeProblem {
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
function readBinary(fn: string, binary: unknown, name: string): ReadBinary {
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
function decodeRead(fn: string, read: ReadBinary, path: IssuePath, withText: boolean): DecodedRead | SmsHexIssue {
  const all = scan(fn, read.hex, false, Number.MAX_SAFE_INTEGER);
  if (!(all instanceof Uint8Array)) return { ...all, path };
  const locate = hexLocator(read.hex, path);
  const split = readHeader(fn, all, (read.esmClass & ESM_CLASS_UDHI) !== 0, locate);
  if ('code' in split) return split;
  const text = withText ? payloadText(fn, all, split.start, read.dataCoding, charsetFor(fn, split.udh), locate) : undefined;
  if (typeof text === 'object') return text;
  return { all, start: split.start, ...(split.udh === undefined ? {} : { udh: split.udh }), ...(text === undefined ? {} : { text }) };
}

/** One decoded part of a concatenated message. */
interface Part {
  readonly position: number;
  readonly path: IssuePath;
  readonly hex: string;
  readonly all: Uint8Array;
  readonly start: number;
  readonly dataCoding: number;
  readonly concat: ConcatElement | undefined;
  readonly udh: ParsedUdh | undefined;
}

/**
 * Joins the parts of one concatenated message back into its text, in
 * sequence order, whatever order they are given in. Every part must carry a
 * concatenation element (the last one in its header counts, as TS 23.040
 * prescribes) with the same reference and total, and the same dataCoding (one
 * that announces GSM 7-bit or UCS-2 text); the payloads are joined before decoding, so an escape or surrogate
 * pair split across parts still decodes. A single message without a
 * concatenation element is its own text. GSM 7-bit parts are each read
 * with the national language tables their own header selects; consecutive
 * parts under the same tables are joined before decoding.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24.1, §9.2.3.24.8 and §9.2.3.24.15/16.
 *
 * @param messages - the messages (`{ binary: { hex, dataCoding, esmClass } }`, as
 *   `buildBinaryMessages` emits them) or bare `binary` objects
 * @returns the text
 * @throws {@link SmsHexError} `REASSEMBLE_INCOMPLETE` naming the missing sequence numbers (or no
 *   messages at all); `REASSEMBLE_MISMATCH` naming the part whose reference, total, dataCoding or
 *   sequence disagrees, or that has no concatenation element, or whose coding carries no text;
 *   any error of {@link decodeBinaryMessage}, with the part's `path` (`[i, 'binary', 'hex']`)
 * @throws `TypeError` / `RangeError` as {@link decodeBinaryMessage}, or when `messages` is not an array
 *
 * @example
 * ```ts
 * reassemble([
 *   { binary: { hex: '05 00 03 2a 02 02 21', dataCoding: 0, esmClass: 0x40 } },
 *   { binary: { hex: '05 00 03 2a 02 01 48 69', dataCoding: 0, esmClass: 0x40 } },
 * ]);
 * // 'Hi!'
 * reassemble([{ binary: { hex: '05 00 03 2a 02 01 48 69', dataCoding: 0, esmClass: 0x40 } }]);
 * // throws SmsHexError: reassemble: cannot reassemble: reference 42: part 2 of 2 is missing
 * ```
 */
export function reassemble(messages: readonly ReassembleInput[]): string {
  return reassembleNamed('reassemble', messages);
}

function reassembleNamed(fn: string, messages: readonly ReassembleInput[]): string {
  if (!Array.isArray(messages)) throw new TypeError(`${fn}: messages must be an array, got ${describe(messages)}`);
  if (messages.length === 0) throw createError(fn, 'REASSEMBLE_INCOMPLETE', { detail: 'no messages were given' });
  // Every message's shape first, then the data, as safeReassemble checks: both report the same first problem.
  for (let i = 0; i < messages.length; i++) {
    const { binary, name } = unwrap(messages[i], i);
    readBinary(fn, binary, name);
  }
  // Array.from visits the holes of a sparse array too (map skips them).
  const parts = Array.from(messages, (message, i) => readPart(fn, message, i));
  const first = parts[0] as Part;
  if (parts.length === 1 && first.concat === undefined) return joinText(fn, parts);
  const bySequence = checkParts(fn, parts);
  return joinText(fn, bySequence);
}

/** A message's `binary` object, its name for argument errors and its path for data errors. */
function unwrap(message: unknown, i: number): { binary: unknown; name: string; path: IssuePath } {
  const wrapped = message !== null && typeof message === 'object' && 'binary' in message;
  return wrapped
    ? { binary: (message as { binary: unknown }).binary, name: `messages[${i}].binary`, path: [i, 'binary'] }
    : { binary: message, name: `messages[${i}]`, path: [i] };
}

function readPart(fn: string, message: unknown, i: number): Part {
  const { binary, name, path } = unwrap(message, i);
  const read = readBinary(fn, binary, name);
  const decoded = decodeRead(fn, read, [...path, 'hex'], false);
  if ('code' in decoded) throw new SmsHexError(decoded);
  return {
    position: i,
    path,
    hex: read.hex,
    all: decoded.all,
    start: decoded.start,
    dataCoding: read.dataCoding,
    concat: lastConcat(decoded.udh),
    udh: decoded.udh,
  };
}

/** Checks that the parts belong together and are complete (the first issue throws); returns them in sequence order. */
function checkParts(fn: string, parts: readonly Part[]): Part[] {
  const { issues, bySequence } = checkConcatParts(parts);
  const issue = issues[0];
  if (issue === undefined) return bySequence.map((i) => parts[i as number] as Part);
  if (issue.kind === 'missing') {
    const reference = (parts[0] as Part).concat as ConcatElement;
    throw createError(fn, 'REASSEMBLE_INCOMPLETE', { detail: `reference ${reference.reference}: ${issue.missing} missing` });
  }
  const part = parts[issue.part] as Part;
  const concat = part.concat as ConcatElement;
  switch (issue.kind) {
    case 'element':
      throw mismatch(fn, part, 'it has no concatenation element');
    case 'reference': {
      const against = parts[issue.against] as Part;
      const reference = against.concat as ConcatElement;
      throw mismatch(fn, part, `its reference ${concat.reference} (${concat.referenceBits}-bit) differs from ${reference.reference} (${reference.referenceBits}-bit) in message ${against.position}`);
    }
    case 'total': {
      const against = parts[issue.against] as Part;
      throw mismatch(fn, part, `its total ${concat.total} differs from ${(against.concat as ConcatElement).total} in message ${against.position}`);
    }
    case 'coding': {
      const against = parts[issue.against] as Part;
      throw mismatch(fn, part, `its dataCoding ${part.dataCoding} differs from ${against.dataCoding} in message ${against.position}`);
    }
    case 'duplicate':
      throw mismatch(fn, part, `sequence ${issue.sequence} already came in message ${(parts[issue.against] as Part).position}`);
  }
}

function mismatch(fn: string, part: Part, why: string): SmsHexError {
  return createError(fn, 'REASSEMBLE_MISMATCH', { path: part.path, detail: `message ${part.position}: ${why}` });
}

/**
 * Joins the payloads in order and decodes them, positioning a problem in its
 * part's hex. Each part is read with the tables its own header selects (the
 * shift elements apply per part, TS 23.040 §9.2.3.24.15/16): consecutive
 * parts under the same tables are decoded as one, so an escape or surrogate
 * pair split between them still decodes; where the tables change, decoding
 * starts afresh.
 */
function joinText(fn: string, parts: readonly Part[]): string {
  const first = parts[0] as Part;
  if (textAlphabet(first.dataCoding) === undefined) {
    throw mismatch(fn, first, `dataCoding ${first.dataCoding} carries no GSM 7-bit or UCS-2 text`);
  }
  const gsm = textAlphabet(first.dataCoding) === 'gsm7';
  let text = '';
  for (let from = 0; from < parts.length; ) {
    const charset = charsetFor(fn, (parts[from] as Part).udh);
    let to = from + 1;
    while (to < parts.length && (!gsm || sameTables(charsetFor(fn, (parts[to] as Part).udh), charset))) to++;
    text += decodeRun(fn, parts.slice(from, to), charset);
    from = to;
  }
  return text;
}

function sameTables(a: Gsm7Charset, b: Gsm7Charset): boolean {
  return a.locking === b.locking && a.single === b.single;
}

/** Decodes the joined payloads of consecutive parts that share one character set. */
function decodeRun(fn: string, parts: readonly Part[], charset: Gsm7Charset): string {
  const first = parts[0] as Part;
  let size = 0;
  for (const part of parts) size += part.all.length - part.start;
  const joined = new Uint8Array(size);
  const starts: number[] = [];
  let offset = 0;
  for (const part of parts) {
    starts.push(offset);
    joined.set(part.all.subarray(part.start), offset);
    offset += part.all.length - part.start;
  }
  const locate: Locator = (octet) => {
    let which = 0;
    while (which + 1 < parts.length && (starts[which + 1] as number) <= octet) which++;
    const part = parts[which] as Part;
    return hexLocator(part.hex, [...part.path, 'hex'])(octet - (starts[which] as number) + part.start);
  };
  const text = payloadText(fn, joined, 0, first.dataCoding, charset, locate);
  if (typeof text === 'string') return text;
  throw new SmsHexError(text as SmsHexIssue);
}

/** What {@link safeDecodeBinaryMessage} returns. */
export type SafeDecodeResult =
  | { readonly ok: true; readonly message: DecodedBinaryMessage }
  | { readonly ok: false; readonly error: SmsHexIssue };

/** What {@link safeReassemble} returns. */
export type SafeReassembleResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: SmsHexIssue };

/**
 * {@link decodeBinaryMessage} without throwing: for `binary` objects from
 * elsewhere. A malformed argument (not an object, `hex` not a string,
 * `dataCoding` / `esmClass` not integers 0–255) is an `INPUT_TYPE` issue.
 *
 * Spec: as {@link decodeBinaryMessage}.
 *
 * @param binary - anything; `{ hex, dataCoding, esmClass? }` to decode
 * @returns `{ ok: true, message }` or `{ ok: false, error }` with the code, message, `index` in the hex and `path`
 * @throws never: an argument that throws when read (a proxy, a throwing getter) is an `INPUT_TYPE` issue
 *
 * @example
 * ```ts
 * safeDecodeBinaryMessage({ hex: '48 69', dataCoding: 0 });
 * // { ok: true, message: { bytes: Uint8Array [0x48, 0x69], text: 'Hi' } }
 * safeDecodeBinaryMessage({ hex: '48 69', dataCoding: 0, esmClass: 0x40 });
 * // { ok: false, error: { code: 'UDH_TRUNCATED', index: 0, path: ['hex'], message: 'safeDecodeBinaryMessage:
 * //   user data header is truncated at octet 0: the length octet declares 72 octets, 1 follow' } }
 * ```
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

/**
 * {@link reassemble} without throwing. A malformed argument (not an array,
 * a message that is not a `binary` object or `{ binary }`) is an
 * `INPUT_TYPE` issue.
 *
 * Spec: as {@link reassemble}.
 *
 * @param messages - anything; the parts of one concatenated message to join
 * @returns `{ ok: true, text }` or `{ ok: false, error }` naming what is missing or inconsistent
 * @throws never: an argument that throws when read (a proxy, a throwing getter) is an `INPUT_TYPE` issue
 *
 * @example
 * ```ts
 * safeReassemble([{ binary: { hex: '05 00 03 2a 02 01 48 69', dataCoding: 0, esmClass: 0x40 } }]);
 * // { ok: false, error: { code: 'REASSEMBLE_INCOMPLETE',
 * //   message: 'safeReassemble: cannot reassemble: reference 42: part 2 of 2 is missing' } }
 * ```
 */
export function safeReassemble(messages: unknown): SafeReassembleResult {
  const fn = 'safeReassemble';
  try {
    return safeReassembleUnguarded(fn, messages);
  } catch (error) {
    // The thrown value may itself be a hostile proxy: even instanceof on it is guarded.
    const ours = ((): boolean => {
      try {
        return error instanceof SmsHexError;
      } catch {
        return false;
      }
    })();
    if (ours) return { ok: false, error: (error as SmsHexError).toIssue() };
    return { ok: false, error: uninspectableIssue(fn, 'a readable array') };
  }
}

function safeReassembleUnguarded(fn: string, messages: unknown): SafeReassembleResult {
  if (!Array.isArray(messages)) {
    return { ok: false, error: createIssue(fn, 'INPUT_TYPE', { detail: 'messages to be an array', value: describe(messages) }) };
  }
  for (let i = 0; i < messages.length; i++) {
    const { binary, name } = unwrap(messages[i], i);
    const read = inspectBinary(binary, name);
    if ('error' in read) return { ok: false, error: createIssue(fn, 'INPUT_TYPE', { detail: read.expected, value: read.got }) };
  }
  return { ok: true, text: reassembleNamed(fn, messages as ReassembleInput[]) };
}
