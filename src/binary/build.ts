/**
 * Text or bytes to ready `binary` message objects, one message per part
 * (the request bodies around them are built in `src/requests`).
 *
 * @module
 */

import type { Scratch } from '../codecs/coding.js';
import { createError } from '../errors.js';
import { scanOrThrow } from '../codecs/hex/scan.js';
import { hexOfJoined, HOST_SCRATCH, toHex } from '../codecs/hex/to-hex.js';
import { assertIntegerInRange, assertKnownKeys, describe, optionNames } from '../internal/args.js';
import { choosePlan } from '../segments/choose.js';
import { DEFAULT_CHARSET } from '../codecs/gsm7/charset.js';
import { compileSegmentOptions, makePlan, readSegmentOptions, SEGMENT_OPTIONS, type SegmentOptions, type SegmentPlan } from '../segments/plan.js';
import { splitPayload } from '../segments/split-payload.js';
import { splitPayloads } from '../segments/split.js';
import { buildUdhNamed } from '../pdu/udh/build.js';
import { ESM_CLASS_UDHI, type UdhElement } from '../pdu/udh/elements.js';
import { shiftTableElements } from '../pdu/udh/shift.js';
import { concatSequenceOffset, SHIFT_ELEMENT_OCTETS } from '../pdu/udh/size.js';
import { checkReference, createReferenceGenerator, randomReference, type ReferenceGenerator } from './reference.js';

/**
 * The `binary` object of one message: spaced hex, data coding and esm_class.
 *
 * @group Binary messages
 */
export interface BinaryPayload {
  /** The payload (header first, when there is one) as lowercase spaced hex. */
  readonly hex: string;
  /** The data coding byte (SMPP 3.4 §5.2.19): 0 GSM 7-bit, 8 UCS-2, … */
  readonly dataCoding: number;
  /** SMPP 3.4 §5.2.12 esm_class: 0x40 (UDHI) when the payload begins with a User Data Header. */
  readonly esmClass: number;
}

/**
 * One message of a `/sms/1/binary/multi` body.
 *
 * @group Binary messages
 */
export interface BinaryMessage {
  /** Sender ID, when given. */
  readonly from?: string;
  /** Destination number(s) in international format. */
  readonly to: string | string[];
  /** The payload. */
  readonly binary: BinaryPayload;
}

/**
 * What a message carries: exactly one of `text`, `bytes` and `hex`, as a
 * type, so that `{ to, text, hex }` or `{ to }` fails to compile instead of
 * at run time (where it is still checked: a `TypeError` names the fields).
 *
 * @group Binary messages
 */
export type MessageContent =
  | {
      /** Text to encode and split. */
      readonly text: string;
      readonly bytes?: never;
      readonly hex?: never;
    }
  | {
      readonly text?: never;
      /** A ready payload: septets one per byte (dataCoding 0), UTF-16BE (8) or octets (others). */
      readonly bytes: Uint8Array;
      readonly hex?: never;
    }
  | {
      readonly text?: never;
      readonly bytes?: never;
      /** A ready payload as hex (lenient format, see `parseHex`). */
      readonly hex: string;
    };

/**
 * The fields of a {@link BinaryMessageInput} besides its content: the
 * destination, the sender, the reference, extra header elements and the
 * segment options of {@link SegmentOptions} (coding, references, part limit,
 * national language tables, transliteration, grapheme-safe splitting, legacy codings).
 *
 * @group Binary messages
 */
export interface BinaryMessageFields extends SegmentOptions {
  /** Destination number, or numbers, in international format (`41793026727`). */
  readonly to: string | readonly string[];
  /** Sender ID. */
  readonly from?: string;
  /** The concatenation reference, or a generator to draw it from; random when absent. */
  readonly reference?: number | ReferenceGenerator;
  /** Further information elements every part carries (application ports, …); not concatenation, which is added as needed. */
  readonly udh?: readonly UdhElement[];
}

/**
 * What to build: the {@link BinaryMessageFields} and exactly one of `text`, `bytes` and `hex` ({@link MessageContent}).
 *
 * @group Binary messages
 */
export type BinaryMessageInput = BinaryMessageFields & MessageContent;

/** The fields a {@link BinaryMessageInput} may have: its own, the segment options, and the content. */
const INPUT_FIELDS = /* @__PURE__ */ optionNames<Omit<BinaryMessageFields, keyof SegmentOptions>>(
  { to: true, from: true, reference: true, udh: true },
  ['text', 'bytes', 'hex'],
  SEGMENT_OPTIONS,
);

const NO_ELEMENTS: readonly UdhElement[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Builds the messages for one input: one message per part. A single part has
 * no header and esmClass 0 unless `udh` elements were asked for; with a
 * header, esmClass has 0x40 (UDHI) set and every part carries the same
 * reference and total and its own sequence from 1. For dataCoding 0 the hex
 * is the header octets followed by the part's septets unpacked, one per byte
 * (the SMSC packs them); otherwise the header followed by the part's bytes.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24 and §9.2.3.24.1; SMPP 3.4 §5.2.12 (esm_class).
 *
 * @param input - see {@link BinaryMessageInput}
 * @returns the messages, ready to put in a request body
 * @throws {@link SmsHexError} `MESSAGE_EMPTY` for an empty payload and no `udh` elements,
 *   `MESSAGE_TOO_LONG`, `GSM7_UNMAPPABLE`, `UCS2_LONE_SURROGATE`, `CODING_UNMAPPABLE` (a legacy
 *   coding), hex errors (`HEX_*`) for a bad `hex`, `GSM7_INVALID_SEPTET`/`UCS2_ODD_LENGTH` for a
 *   bad payload, and the errors of {@link buildUdh} (`UDH_VALUE_RANGE`, `UDH_TOO_LONG`) for bad `udh` elements
 * @throws `TypeError` / `RangeError` for a malformed input (none or several of text/bytes/hex, bad `to`, …)
 *
 * @example
 * ```ts
 * buildBinaryMessages({ to: '41793026727', text: 'Test message.' });
 * // [{ to: '41793026727',
 * //    binary: { hex: '54 65 73 74 20 6d 65 73 73 61 67 65 2e', dataCoding: 0, esmClass: 0 } }]
 * buildBinaryMessages({ to: '41793026727', text: 'x'.repeat(161), reference: 0x2a })[1].binary.hex.slice(0, 17);
 * // '05 00 03 2a 02 02'
 * ```
 *
 * @group Binary messages
 */
export function buildBinaryMessages(input: BinaryMessageInput): BinaryMessage[] {
  return buildMessagesNamed('buildBinaryMessages', input);
}

/**
 * The reference generators of one call that builds many inputs: references
 * drawn for it come from generators local to it, so two messages to the same
 * destination in one call never share one (TS 23.040 §9.2.3.24.1). Gives the
 * generator for an input's reference size.
 *
 * @internal
 */
export function callReferences(): (input: unknown) => ReferenceGenerator {
  let eight: ReferenceGenerator | undefined;
  let sixteen: ReferenceGenerator | undefined;
  return (input) =>
    input !== null && typeof input === 'object' && (input as BinaryMessageInput).referenceBits === 16
      ? (sixteen ??= createReferenceGenerator({ referenceBits: 16 }))
      : (eight ??= createReferenceGenerator({ referenceBits: 8 }));
}

/**
 * The shared builder, naming `fn` in errors.
 *
 * @internal
 */
export function buildMessagesNamed(fn: string, input: BinaryMessageInput, defaultReferences?: ReferenceGenerator): BinaryMessage[] {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new TypeError(`${fn}: input must be an object, got ${describe(input)}`);
  }
  assertKnownKeys(fn, input, INPUT_FIELDS, 'field');
  const to = readDestination(fn, input.to);
  if (input.from !== undefined && (typeof input.from !== 'string' || input.from.length === 0)) {
    throw new TypeError(`${fn}: from must be a non-empty string when given, got ${describe(input.from)}`);
  }
  const extra = readExtraElements(fn, input.udh);
  const extraElementOctets = extra.length === 0 ? 0 : buildUdhNamed(fn, extra).length - 1;
  const { plan, payloads } = planAndSplit(fn, input, extraElementOctets);
  const referenceBits = plan.referenceBits;
  checkReference(fn, input.reference, referenceBits, ['reference']);
  const shifts = plan.charset === DEFAULT_CHARSET ? NO_ELEMENTS : shiftTableElements(plan.charset);
  const fixed = shifts.length === 0 ? extra : extra.length === 0 ? shifts : [...shifts, ...extra];

  if (payloads.length === 1 && (payloads[0] as Uint8Array).length === 0 && fixed.length === 0) throw createError(fn, 'MESSAGE_EMPTY');
  const total = payloads.length;
  const concatenated = total > 1;
  const reference = concatenated ? readReference(fn, input.reference ?? defaultReferences, referenceBits, to) : 0;
  // The header is built (and checked) once; the parts differ only in the concatenation
  // sequence octet, which follows UDHL, IEI, IEDL, the reference and the total.
  const elements: readonly UdhElement[] = concatenated
    ? [{ type: 'concat', reference, total, sequence: 1, referenceBits }, ...fixed]
    : fixed;
  const header = elements.length === 0 ? null : buildUdhNamed(fn, elements);
  const sequenceOffset = concatSequenceOffset(referenceBits);
  const messages: BinaryMessage[] = [];
  for (let index = 0; index < total; index++) {
    const payload = payloads[index] as Uint8Array;
    if (concatenated) (header as Uint8Array)[sequenceOffset] = index + 1;
    const hex = header === null ? toHex(payload) : hexOfJoined(header, payload);
    const binary: BinaryPayload = { hex, dataCoding: plan.dataCoding, esmClass: header === null ? 0 : ESM_CLASS_UDHI };
    messages.push(input.from === undefined ? { to: copyDestination(to), binary } : { from: input.from, to: copyDestination(to), binary });
  }
  return messages;
}

/**
 * Where the payloads of a text go while its messages are built: the host's
 * pool (Node's `Buffer`) where there is one, since only their hex leaves
 * {@link buildMessagesNamed}; elsewhere each coding allocates its own.
 */
const PAYLOAD_SCRATCH: Scratch | undefined = /* @__PURE__ */ ((host) =>
  host === undefined ? undefined : (size: number): Uint8Array => host.allocUnsafe(size))(HOST_SCRATCH);

function planAndSplit(fn: string, input: BinaryMessageInput, extraElementOctets: number): { plan: SegmentPlan; payloads: Uint8Array[] } {
  // Read as given: the types say exactly one, but untyped callers are checked here.
  const content = input as { readonly text?: unknown; readonly bytes?: unknown; readonly hex?: unknown };
  const given = (content.text !== undefined ? 1 : 0) + (content.bytes !== undefined ? 1 : 0) + (content.hex !== undefined ? 1 : 0);
  if (given !== 1) throw new TypeError(`${fn}: give exactly one of text, bytes and hex (got ${given})`);
  if (content.text !== undefined) {
    if (typeof content.text !== 'string') throw new TypeError(`${fn}: text must be a string, got ${describe(content.text)}`);
    const choice = choosePlan(fn, content.text, compileSegmentOptions(fn, input, extraElementOctets, null));
    return { plan: choice.plan, payloads: splitPayloads(fn, choice, PAYLOAD_SCRATCH) };
  }
  // A ready payload: the coding is what the caller says; nothing is chosen or transliterated.
  for (const option of ['language', 'languages', 'transliterate', 'keepGraphemes', 'codings'] as const) {
    if (input[option] !== undefined) throw new TypeError(`${fn}: ${option} applies to text, not to a ready payload (bytes or hex)`);
  }
  const options = readSegmentOptions(fn, { ...input, dataCoding: undefined }, null);
  const dataCoding = input.dataCoding;
  if (dataCoding === undefined || dataCoding === 'auto') {
    throw new RangeError(`${fn}: with bytes or hex, dataCoding must be given (0 septets, 8 UCS-2, or another data coding byte)`);
  }
  assertIntegerInRange(fn, 'dataCoding', dataCoding, 0, 255);
  let bytes: Uint8Array;
  if (content.bytes !== undefined) {
    if (!(content.bytes instanceof Uint8Array)) throw new TypeError(`${fn}: bytes must be a Uint8Array, got ${describe(content.bytes)}`);
    bytes = content.bytes;
  } else {
    if (typeof content.hex !== 'string') throw new TypeError(`${fn}: hex must be a string, got ${describe(content.hex)}`);
    bytes = scanOrThrow(fn, content.hex, false);
  }
  const encoding = dataCoding === 0 ? 'gsm7' : dataCoding === 8 ? 'ucs2' : '8bit';
  const explicit = options.language.kind === 'explicit' ? options.language.selection : undefined;
  if (explicit !== undefined && encoding !== 'gsm7') throw new TypeError(`${fn}: lockingShift/singleShift apply to dataCoding 0 only`);
  const shifts = explicit === undefined ? 0 : explicit.shiftElements * SHIFT_ELEMENT_OCTETS;
  const plan = makePlan(encoding, dataCoding, options, extraElementOctets + shifts, explicit?.charset);
  return { plan, payloads: splitPayload(fn, bytes, plan) };
}

function readDestination(fn: string, to: unknown): string | readonly string[] {
  if (typeof to === 'string') {
    if (to.length === 0) throw new RangeError(`${fn}: to must not be empty`);
    return to;
  }
  // Array.from reads a hole as undefined, where every() would skip it and let it through as a destination.
  if (Array.isArray(to) && to.length > 0 && Array.from(to as unknown[]).every((d) => typeof d === 'string' && d.length > 0)) return to as readonly string[];
  throw new TypeError(`${fn}: to must be a non-empty string or a non-empty array of non-empty strings, got ${describe(to)}`);
}

function copyDestination(to: string | readonly string[]): string | string[] {
  return typeof to === 'string' ? to : [...to];
}

function readExtraElements(fn: string, udh: unknown): readonly UdhElement[] {
  if (udh === undefined) return NO_ELEMENTS;
  if (!Array.isArray(udh)) throw new TypeError(`${fn}: udh must be an array of elements, got ${describe(udh)}`);
  for (const element of udh as unknown[]) {
    if (element !== null && typeof element === 'object' && (element as { type?: unknown }).type === 'concat') {
      throw new RangeError(`${fn}: udh must not contain a concat element: concatenation is added as the parts need it`);
    }
  }
  return udh as UdhElement[];
}

function readReference(fn: string, reference: unknown, bits: 8 | 16, to: string | readonly string[]): number {
  if (reference === undefined) return randomReference(bits);
  if (typeof reference === 'number') {
    assertIntegerInRange(fn, 'reference', reference, 0, bits === 8 ? 0xff : 0xffff);
    return reference;
  }
  if (reference !== null && typeof reference === 'object' && typeof (reference as ReferenceGenerator).next === 'function') {
    const generator = reference as ReferenceGenerator;
    if (generator.referenceBits !== bits) throw new RangeError(`${fn}: the reference generator draws ${generator.referenceBits}-bit references, referenceBits is ${bits}`);
    const drawn = generator.next(to);
    assertIntegerInRange(fn, 'reference (from the generator)', drawn, 0, bits === 8 ? 0xff : 0xffff);
    return drawn;
  }
  throw new TypeError(`${fn}: reference must be a number or a reference generator, got ${describe(reference)}`);
}

