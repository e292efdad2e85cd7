/**
 * Bytes to the binary API's spaced hex (`"0f c2 4a bf"`).
 *
 * @module
 */

import { assertBytes, assertOptionalBoolean, assertStringFits, describe, optionNames, readOptions } from '../../internal/args.js';

/**
 * Options of {@link toHex}.
 *
 * @group Hex
 */
export interface ToHexOptions {
  /** Written between bytes. Default one space, the API's format; `''` gives unspaced hex. */
  readonly separator?: string;
  /** Uppercase digits (`"0F C2"`). Default `false`. */
  readonly uppercase?: boolean;
}

const TO_HEX_OPTIONS = /* @__PURE__ */ optionNames<ToHexOptions>({ separator: true, uppercase: true });

const asciiCodes = (digits: string): Uint8Array => Uint8Array.from(digits, (c) => c.charCodeAt(0));
const LOWER_DIGITS = /* @__PURE__ */ asciiCodes('0123456789abcdef');
const UPPER_DIGITS = /* @__PURE__ */ asciiCodes('0123456789ABCDEF');
const ASCII = /* @__PURE__ */ new TextDecoder('utf-8');

/** Both digits of a byte as one little-endian 16-bit value (high digit first in memory). */
const pairTable = (digits: Uint8Array): Uint16Array =>
  new Uint16Array(256).map((_, byte) => (digits[byte >> 4] as number) | ((digits[byte & 0x0f] as number) << 8));
const LOWER_PAIRS = /* @__PURE__ */ pairTable(LOWER_DIGITS);
const UPPER_PAIRS = /* @__PURE__ */ pairTable(UPPER_DIGITS);
const LITTLE_ENDIAN = /* @__PURE__ */ (() => new Uint8Array(new Uint16Array([1]).buffer)[0] === 1)();

/**
 * Scratch memory that a host may offer: Node's `Buffer` allocates from a pool
 * and turns ASCII bytes into a string (`latin1Slice`) faster than
 * `TextDecoder`. Only ever used as scratch, never returned, so the result is
 * the same string on every host (proven by test/codecs/hex/to-hex.fast-path.test.ts).
 *
 * @internal
 */
export interface HexScratchHost {
  allocUnsafe(size: number): Uint8Array & { latin1Slice(start: number, end: number): string };
}

/** Node's `Buffer` when the host has one with what {@link HexScratchHost} needs, else `undefined`. */
export const HOST_SCRATCH: HexScratchHost | undefined = /* @__PURE__ */ (() => {
  const candidate = (globalThis as { Buffer?: { allocUnsafe?: unknown; prototype?: { latin1Slice?: unknown } } }).Buffer;
  return typeof candidate?.allocUnsafe === 'function' && typeof candidate.prototype?.latin1Slice === 'function'
    ? (candidate as unknown as HexScratchHost)
    : undefined;
})();

/**
 * Formats bytes as hex, two digits per byte, lowercase, one space between
 * bytes: the `binary.hex` format of `POST /sms/1/binary/multi`.
 *
 * Spec: the provider's binary API (`binary.hex`); no 3GPP section applies.
 *
 * @param bytes - any bytes (a `Buffer` works, being a `Uint8Array`)
 * @param options - `separator` (default `' '`) and `uppercase` (default `false`)
 * @returns the hex; `''` for no bytes
 * @throws `TypeError` when `bytes` is not a `Uint8Array` or an option has the wrong type
 * @throws `RangeError` when the hex would be longer than the longest string a host can hold
 *   (2^29 − 24 characters: over 178,956,963 bytes with the default separator), checked before anything is allocated
 *
 * @example
 * ```ts
 * toHex(Uint8Array.of(0x0f, 0xc2));
 * // '0f c2'
 * toHex(Uint8Array.of(0x0f, 0xc2), { separator: ':', uppercase: true });
 * // '0F:C2'
 * ```
 *
 * @group Hex
 */
export function toHex(bytes: Uint8Array, options?: ToHexOptions): string {
  const fn = 'toHex';
  assertBytes(fn, 'bytes', bytes);
  if (options === undefined) {
    if (bytes.length === 0) return '';
    assertStringFits(fn, 'the hex', hexLength(bytes.length, 1));
    return formatHex(bytes, false, ' ', HOST_SCRATCH);
  }
  const opts = readOptions<ToHexOptions>(fn, options, TO_HEX_OPTIONS);
  const separator = opts.separator === undefined ? ' ' : opts.separator;
  if (typeof separator !== 'string') throw new TypeError(`${fn}: separator must be a string, got ${describe(separator)}`);
  assertOptionalBoolean(fn, 'uppercase', opts.uppercase);
  if (bytes.length === 0) return '';
  assertStringFits(fn, 'the hex', hexLength(bytes.length, separator.length));
  if (separator.length > 1 || (separator.length === 1 && separator.charCodeAt(0) > 0x7f)) {
    return joinWithSeparator(bytes, opts.uppercase === true, separator);
  }
  return formatHex(bytes, opts.uppercase === true, separator, HOST_SCRATCH);
}

/**
 * The length of the hex of `count` bytes (at least one) with a separator of
 * `separatorLength` units between them.
 *
 * @internal
 */
export function hexLength(count: number, separatorLength: number): number {
  return count * 2 + (count - 1) * separatorLength;
}

/**
 * Formats at least one byte with an empty or one-character ASCII separator,
 * through the host's scratch memory when `host` is given, else portably.
 * Both give the same string.
 *
 * @internal
 */
export function formatHex(bytes: Uint8Array, uppercase: boolean, separator: string, host: HexScratchHost | undefined): string {
  const count = bytes.length;
  const digits = uppercase ? UPPER_DIGITS : LOWER_DIGITS;
  const stride = separator.length === 0 ? 2 : 3;
  const sep = separator.charCodeAt(0);
  const length = count * stride - (stride - 2);
  if (host === undefined) {
    const out = new Uint8Array(length + 1);
    writeDigits(bytes, digits, stride, sep, out, 0, count, 0);
    return ASCII.decode(out.subarray(0, length));
  }
  const scratch = host.allocUnsafe(length + 8);
  const start = (4 - (scratch.byteOffset & 3)) & 3;
  if (stride === 3) writeSpaced(bytes, uppercase, sep, scratch, start);
  else writeDigits(bytes, digits, 2, sep, scratch, 0, count, start);
  return scratch.latin1Slice(start, start + length);
}

/**
 * The default hex (lowercase, one space between bytes) of `head` followed by
 * `body`, as `toHex` of their concatenation gives it: what a builder writes
 * for a header and the payload behind it, without joining them first.
 *
 * @internal
 */
export function hexOfJoined(head: Uint8Array, body: Uint8Array, host: HexScratchHost | undefined = HOST_SCRATCH): string {
  const count = head.length + body.length;
  if (count === 0) return '';
  const length = count * 3 - 1;
  if (host === undefined) {
    const out = new Uint8Array(length + 1);
    writeDigits(head, LOWER_DIGITS, 3, SPACE, out, 0, head.length, 0);
    writeDigits(body, LOWER_DIGITS, 3, SPACE, out, 0, body.length, head.length * 3);
    return ASCII.decode(out.subarray(0, length));
  }
  const scratch = host.allocUnsafe(length + 8);
  const start = (4 - (scratch.byteOffset & 3)) & 3;
  writeSpaced(head, false, SPACE, scratch, start);
  writeSpaced(body, false, SPACE, scratch, start + head.length * 3);
  return scratch.latin1Slice(start, start + length);
}

const SPACE = 0x20;

/**
 * Writes every byte as two digits and the separator at `out[offset..]`: the
 * first few one at a time until the write position is 4-byte aligned (three
 * characters a byte, so at most three of them), then four bytes at a time as
 * three aligned 32-bit words where the host is little-endian, then the rest.
 */
function writeSpaced(bytes: Uint8Array, uppercase: boolean, sep: number, out: Uint8Array, offset: number): void {
  const count = bytes.length;
  const digits = uppercase ? UPPER_DIGITS : LOWER_DIGITS;
  if (!LITTLE_ENDIAN) {
    writeDigits(bytes, digits, 3, sep, out, 0, count, offset);
    return;
  }
  // k bytes bring (base + 3k) to a multiple of 4: k ≡ 3 × (4 − base) (mod 4), 3 being its own inverse.
  const base = (out.byteOffset + offset) & 3;
  const lead = Math.min(count, (3 * ((4 - base) & 3)) & 3);
  writeDigits(bytes, digits, 3, sep, out, 0, lead, offset);
  const done = lead + writeQuads(bytes, lead, uppercase ? UPPER_PAIRS : LOWER_PAIRS, sep, out, offset + lead * 3);
  writeDigits(bytes, digits, 3, sep, out, done, count, offset + done * 3);
}

/** Writes bytes `from..to` as digits (each followed by the separator when `stride` is 3) at `offset`. */
function writeDigits(bytes: Uint8Array, digits: Uint8Array, stride: number, sep: number, out: Uint8Array, from: number, to: number, offset: number): void {
  for (let i = from, o = offset; i < to; i++, o += stride) {
    const byte = bytes[i] as number;
    out[o] = digits[byte >> 4] as number;
    out[o + 1] = digits[byte & 0x0f] as number;
    if (stride === 3) out[o + 2] = sep;
  }
}

/**
 * Writes bytes from `from` on, four at a time, as three aligned 32-bit words
 * (`hh_h hh_h h_hh_`, little-endian), each followed by the separator, at the
 * aligned `offset`; returns how many bytes it wrote (a multiple of four).
 */
function writeQuads(bytes: Uint8Array, from: number, pairs: Uint16Array, sep: number, out: Uint8Array, offset: number): number {
  const quads = (bytes.length - from) >> 2;
  if (quads <= 0) return 0;
  const words = new Uint32Array(out.buffer, out.byteOffset + offset, quads * 3);
  const sep8 = sep << 8;
  const sep16 = sep << 16;
  const sep24 = sep << 24;
  for (let q = 0, i = from, k = 0; q < quads; q++, i += 4, k += 3) {
    const p1 = pairs[bytes[i + 1] as number] as number;
    words[k] = (pairs[bytes[i] as number] as number) | sep16 | (p1 << 24);
    words[k + 1] = (p1 >> 8) | sep8 | ((pairs[bytes[i + 2] as number] as number) << 16);
    words[k + 2] = sep | ((pairs[bytes[i + 3] as number] as number) << 8) | sep24;
  }
  return quads * 4;
}

/** Bytes per piece of {@link joinWithSeparator}: the array of pair strings it reuses holds this many. */
const JOIN_CHUNK = 0x2000;

/** The two digits of every byte as a string, shared by every call. */
const pairStrings = (digits: Uint8Array): readonly string[] =>
  Object.freeze(Array.from({ length: 256 }, (_, byte) => String.fromCharCode(digits[byte >> 4] as number, digits[byte & 0x0f] as number)));
const LOWER_PAIR_STRINGS = /* @__PURE__ */ pairStrings(LOWER_DIGITS);
const UPPER_PAIR_STRINGS = /* @__PURE__ */ pairStrings(UPPER_DIGITS);

/**
 * Formats at least one byte with any separator (longer than one character, or
 * not ASCII) without a string per byte: the shared two-digit strings of a
 * 256-entry table are joined with the separator a fixed-size piece at a time,
 * and the pieces joined once more. The memory at its peak is the pieces plus
 * the result, about twice the output.
 *
 * @internal
 */
export function joinWithSeparator(bytes: Uint8Array, uppercase: boolean, separator: string): string {
  const pairs = uppercase ? UPPER_PAIR_STRINGS : LOWER_PAIR_STRINGS;
  const count = bytes.length;
  const piece: string[] = new Array<string>(Math.min(count, JOIN_CHUNK));
  const pieces: string[] = [];
  for (let start = 0; start < count; start += JOIN_CHUNK) {
    const end = Math.min(count, start + JOIN_CHUNK);
    if (end - start < piece.length) piece.length = end - start;
    for (let i = start; i < end; i++) piece[i - start] = pairs[bytes[i] as number] as string;
    pieces.push(piece.join(separator));
  }
  return pieces.length === 1 ? (pieces[0] as string) : pieces.join(separator);
}
