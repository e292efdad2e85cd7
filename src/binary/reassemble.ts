/**
 * The parts of a concatenated message back to its text: each part decoded
 * as `decode.ts` decodes one message, checked with `concat-check.ts`, the
 * payloads joined and decoded. 3GPP TS 23.040 §9.2.3.24.1, .24.8, .24.15/16.
 *
 * @module
 */

import { createError, createIssue, SmsHexError, uninspectableIssue, type IssuePath, type SmsHexIssue } from '../errors.js';
import { describe } from '../internal/args.js';
import type { Gsm7Charset } from '../codecs/gsm7/charset.js';
import type { ConcatElement, ParsedUdh } from '../pdu/udh/elements.js';
import { checkConcatParts, CONCAT_CODES, type ConcatIssue } from './concat-check.js';
import { decodeRead, inspectBinary, readBinary, type DecodableBinary } from './decode.js';
import { charsetFor, hexLocator, lastConcat, payloadText, textAlphabet, type Locator } from './payload.js';

/**
 * A message as `buildBinaryMessages` emits it, or just its `binary` object.
 *
 * @group Binary messages
 */
export type ReassembleInput = DecodableBinary | { readonly binary: DecodableBinary };

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
 * @throws {@link SmsHexError} `CONCAT_SEQUENCE_MISSING` naming the missing sequence numbers (or no
 *   messages at all); naming the part: `CONCAT_ELEMENT_MISSING` (no concatenation element),
 *   `CONCAT_REFERENCE_MISMATCH`, `CONCAT_TOTAL_MISMATCH`, `CONCAT_CODING_MISMATCH` (its reference,
 *   total or dataCoding differs), `CONCAT_SEQUENCE_DUPLICATE` (its sequence came before),
 *   `DATA_CODING_NOT_TEXT` (its coding carries no text);
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
 * // throws SmsHexError: reassemble: a concatenated message is incomplete: reference 42: part 2 of 2 is missing
 * ```
 *
 * @group Binary messages
 */
export function reassemble(messages: readonly ReassembleInput[]): string {
  return reassembleNamed('reassemble', messages);
}

function reassembleNamed(fn: string, messages: readonly ReassembleInput[]): string {
  if (!Array.isArray(messages)) throw new TypeError(`${fn}: messages must be an array, got ${describe(messages)}`);
  if (messages.length === 0) throw createError(fn, CONCAT_CODES.missing, { detail: 'no messages were given' });
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
    throw createError(fn, CONCAT_CODES.missing, { detail: `reference ${reference.reference}: ${issue.missing} missing` });
  }
  const part = parts[issue.part] as Part;
  const concat = part.concat as ConcatElement;
  switch (issue.kind) {
    case 'element':
      throw mismatch(fn, issue, part, 'it has no concatenation element');
    case 'reference': {
      const against = parts[issue.against] as Part;
      const reference = against.concat as ConcatElement;
      throw mismatch(fn, issue, part, `its reference ${concat.reference} (${concat.referenceBits}-bit) differs from ${reference.reference} (${reference.referenceBits}-bit) in message ${against.position}`);
    }
    case 'total': {
      const against = parts[issue.against] as Part;
      throw mismatch(fn, issue, part, `its total ${concat.total} differs from ${(against.concat as ConcatElement).total} in message ${against.position}`);
    }
    case 'coding': {
      const against = parts[issue.against] as Part;
      throw mismatch(fn, issue, part, `its dataCoding ${part.dataCoding} differs from ${against.dataCoding} in message ${against.position}`);
    }
    case 'duplicate':
      throw mismatch(fn, issue, part, `sequence ${issue.sequence} already came in message ${(parts[issue.against] as Part).position}`);
  }
}

function mismatch(fn: string, issue: ConcatIssue, part: Part, why: string): SmsHexError {
  return createError(fn, CONCAT_CODES[issue.kind], { path: part.path, detail: `message ${part.position}: ${why}` });
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
    throw createError(fn, 'DATA_CODING_NOT_TEXT', { path: first.path, value: String(first.dataCoding), detail: `message ${first.position}` });
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

/**
 * What {@link safeReassemble} returns.
 *
 * @group Binary messages
 */
export type SafeReassembleResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: SmsHexIssue };

/**
 * {@link reassemble} without throwing. A malformed argument (not an array,
 * a message that is not a `binary` object or `{ binary }`) is an
 * `INPUT_TYPE` issue.
 *
 * Spec: as {@link reassemble}.
 *
 * @param messages - anything; the parts of one concatenated message to join
 * @returns `{ ok: true, text }` or `{ ok: false, error }` naming what is missing or inconsistent
 * @throws never: an argument that throws when read (a proxy, a throwing getter) is reported as an input-type issue
 *
 * @example
 * ```ts
 * safeReassemble([{ binary: { hex: '05 00 03 2a 02 01 48 69', dataCoding: 0, esmClass: 0x40 } }]);
 * // { ok: false, error: { code: 'CONCAT_SEQUENCE_MISSING',
 * //   message: 'safeReassemble: a concatenated message is incomplete: reference 42: part 2 of 2 is missing' } }
 * ```
 *
 * @group Binary messages
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
