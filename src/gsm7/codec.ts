/**
 * GSM 7-bit text codec: text to unpacked septets (one per byte, as the binary
 * API's dataCoding 0 carries them) and back. 3GPP TS 23.038 §6.2.1.
 *
 * @module
 */

import { createError, type SmsHexError } from '../errors.js';
import { assertBytes, assertString, describe, readOptions } from '../internal/args.js';
import { DEFAULT_CHARSET, ESCAPE, type Gsm7Charset } from './charset.js';
import { lookupSeptet, NO_CHAR, NONE } from './table.js';
import { codePointAt, unitsToString } from '../internal/text.js';

/** One character that {@link encodeGsm7} replaced because the tables do not hold it. */
export interface Replacement {
  /** UTF-16 index of the character in the input text. */
  readonly index: number;
  /** The character that was replaced (a whole code point, so an emoji is one entry). */
  readonly from: string;
  /** What was written in its place. */
  readonly to: string;
}

/** Options of {@link encodeGsm7}. */
export interface EncodeGsm7Options {
  /**
   * What to do with a character outside the tables: `'error'` (default)
   * throws `GSM7_UNMAPPABLE`; `'replace'` writes {@link EncodeGsm7Options.replacement}
   * instead and reports every replacement in the result.
   */
  readonly onUnmappable?: 'error' | 'replace';
  /** The replacement for `'replace'`; must itself be GSM 7-bit. Default `'?'`. */
  readonly replacement?: string;
}

/** What {@link encodeGsm7} returns when asked to replace unmappable characters. */
export interface Gsm7EncodeResult {
  /** Unpacked septets, one per byte. */
  readonly bytes: Uint8Array;
  /** Every replacement made, in input order; empty when none was needed. */
  readonly replacements: readonly Replacement[];
}

/**
 * Encodes text as GSM 7-bit septets, unpacked: one septet per byte, an
 * extension-table character (`€ [ ] { } ~ ^ \ |` and form feed) as the two
 * bytes `1b xx`. This is the form the binary API's dataCoding 0 payloads use;
 * {@link packSeptets} gives the packed form of the air interface.
 *
 * Spec: 3GPP TS 23.038 §6.2.1 (default alphabet) and §6.2.1.1 (extension table).
 *
 * @param text - the text to encode
 * @param options - `onUnmappable: 'replace'` to substitute instead of throwing (reported)
 * @returns the septets; with `onUnmappable: 'replace'`, `{ bytes, replacements }`
 * @throws {@link SmsHexError} `GSM7_UNMAPPABLE` with the character's index when a
 *   character is outside the tables (and `'replace'` was not asked for)
 * @throws `TypeError` when `text` is not a string or options are malformed
 *
 * @example
 * ```ts
 * toHex(encodeGsm7('Test message.'));
 * // '54 65 73 74 20 6d 65 73 73 61 67 65 2e'
 * toHex(encodeGsm7('5€'));
 * // '35 1b 65'
 * encodeGsm7('π', { onUnmappable: 'replace' });
 * // { bytes: Uint8Array [0x3f], replacements: [{ index: 0, from: 'π', to: '?' }] }
 * ```
 */
export function encodeGsm7(text: string, options?: EncodeGsm7Options & { readonly onUnmappable?: 'error' }): Uint8Array;
export function encodeGsm7(text: string, options: EncodeGsm7Options & { readonly onUnmappable: 'replace' }): Gsm7EncodeResult;
export function encodeGsm7(text: string, options?: EncodeGsm7Options): Uint8Array | Gsm7EncodeResult;
export function encodeGsm7(text: string, options?: EncodeGsm7Options): Uint8Array | Gsm7EncodeResult {
  const fn = 'encodeGsm7';
  assertString(fn, 'text', text);
  const opts = readOptions<EncodeGsm7Options>(fn, options);
  const mode = opts.onUnmappable ?? 'error';
  if (mode !== 'error' && mode !== 'replace') {
    throw new TypeError(`${fn}: onUnmappable must be 'error' or 'replace', got ${describe(mode)}`);
  }
  if (mode === 'error') {
    if (opts.replacement !== undefined) throw new TypeError(`${fn}: replacement is only used with onUnmappable: 'replace'`);
    return encodeSeptets(fn, text, DEFAULT_CHARSET);
  }
  const replacement = opts.replacement ?? '?';
  assertString(fn, 'replacement', replacement);
  return encodeSeptetsReplacing(fn, text, DEFAULT_CHARSET, replacement);
}

/**
 * Encodes with a charset, throwing `GSM7_UNMAPPABLE` for the first character
 * outside it. The hot path: one table lookup per UTF-16 unit, no allocation
 * beyond the output.
 *
 * @internal
 */
export function encodeSeptets(fn: string, text: string, charset: Gsm7Charset): Uint8Array {
  const length = text.length;
  let out: Uint8Array = new Uint8Array(length);
  let n = 0;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    const septet = lookupSeptet(charset.locking, unit);
    if (septet !== NONE) {
      out[n++] = septet;
      continue;
    }
    const extended = lookupSeptet(charset.single, unit);
    if (extended === NONE) throw unmappable(fn, text, i);
    // Room for these two septets and one for each unit still to come.
    if (out.length - n < length - i + 1) out = grow(out, n, length - i + 1);
    out[n++] = ESCAPE;
    out[n++] = extended;
  }
  return n === out.length ? out : out.slice(0, n);
}

function encodeSeptetsReplacing(fn: string, text: string, charset: Gsm7Charset, replacement: string): Gsm7EncodeResult {
  let substitute: Uint8Array;
  try {
    substitute = encodeSeptets(fn, replacement, charset);
  } catch {
    throw new RangeError(`${fn}: the replacement ${JSON.stringify(replacement)} must itself be GSM 7-bit`);
  }
  const replacements: Replacement[] = [];
  const parts: number[] = [];
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    const septet = lookupSeptet(charset.locking, unit);
    if (septet !== NONE) {
      parts.push(septet);
      continue;
    }
    const extended = lookupSeptet(charset.single, unit);
    if (extended !== NONE) {
      parts.push(ESCAPE, extended);
      continue;
    }
    const from = codePointAt(text, i);
    replacements.push(Object.freeze({ index: i, from, to: replacement }));
    for (const s of substitute) parts.push(s);
    i += from.length - 1;
  }
  return { bytes: Uint8Array.from(parts), replacements: Object.freeze(replacements) };
}

/**
 * The `GSM7_UNMAPPABLE` error for the character at `index`, naming the whole
 * code point (so an emoji is reported as itself, not half a surrogate pair).
 *
 * @internal
 */
export function unmappable(fn: string, text: string, index: number): SmsHexError {
  return createError(fn, 'GSM7_UNMAPPABLE', { index, value: codePointAt(text, index) });
}

function grow(out: Uint8Array, used: number, remainingUnits: number): Uint8Array {
  const bigger = new Uint8Array(used + remainingUnits * 2);
  bigger.set(out.subarray(0, used));
  return bigger;
}

/**
 * Decodes unpacked GSM 7-bit septets (one per byte) to text. An escape
 * (0x1B) followed by a code the extension table does not define is shown as
 * the default alphabet character of that code, as TS 23.038 §6.2.1.1
 * prescribes; an escape followed by another escape (reserved for a further
 * extension table) is shown as a space, as the note to that table says.
 *
 * Spec: 3GPP TS 23.038 §6.2.1 and §6.2.1.1.
 *
 * @param septets - unpacked septets, one per byte (use {@link unpackSeptets} first for packed data)
 * @returns the text
 * @throws {@link SmsHexError} `GSM7_INVALID_SEPTET` for a byte above 0x7f (with its index);
 *   `GSM7_TRAILING_ESCAPE` when the last byte is a lone escape
 * @throws `TypeError` when `septets` is not a `Uint8Array`
 *
 * @example
 * ```ts
 * decodeGsm7(parseHex('54 65 73 74 1b 65'));
 * // 'Test€'
 * decodeGsm7(Uint8Array.of(0x09));
 * // 'Ç'
 * ```
 */
export function decodeGsm7(septets: Uint8Array): string {
  const fn = 'decodeGsm7';
  assertBytes(fn, 'septets', septets);
  return decodeSeptets(fn, septets, DEFAULT_CHARSET);
}

/**
 * Decodes septets with a charset.
 *
 * @internal
 */
export function decodeSeptets(fn: string, septets: Uint8Array, charset: Gsm7Charset, indexOffset = 0): string {
  const length = septets.length;
  const units = new Uint16Array(length);
  const locking = charset.locking.decode;
  const single = charset.single.decode;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const septet = septets[i] as number;
    if (septet > 0x7f) throw createError(fn, 'GSM7_INVALID_SEPTET', { index: i + indexOffset, actual: septet });
    if (septet !== ESCAPE) {
      const unit = locking[septet] as number;
      if (unit === NO_CHAR) {
        throw createError(fn, 'GSM7_INVALID_SEPTET', { index: i + indexOffset, actual: septet });
      }
      units[n++] = unit;
      continue;
    }
    if (i + 1 >= length) throw createError(fn, 'GSM7_TRAILING_ESCAPE', { index: i + indexOffset });
    const code = septets[++i] as number;
    if (code > 0x7f) throw createError(fn, 'GSM7_INVALID_SEPTET', { index: i + indexOffset, actual: code });
    const extended = single[code] as number;
    if (extended !== NO_CHAR) units[n++] = extended;
    else if (code === ESCAPE) units[n++] = 0x20;
    else {
      const fallback = locking[code] as number;
      if (fallback === NO_CHAR) throw createError(fn, 'GSM7_INVALID_SEPTET', { index: i + indexOffset, actual: code });
      units[n++] = fallback;
    }
  }
  return unitsToString(units, n);
}

/**
 * The index of the first character outside the charset, or -1 when every
 * character can be encoded.
 *
 * @internal
 */
export function findUnmappable(text: string, charset: Gsm7Charset): number {
  const locking = charset.locking;
  const single = charset.single;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (lookupSeptet(locking, unit) === NONE && lookupSeptet(single, unit) === NONE) return i;
  }
  return -1;
}

/**
 * Whether every character of `text` is in the GSM 7-bit default alphabet or
 * its extension table, so that it can be sent with dataCoding 0.
 *
 * Spec: 3GPP TS 23.038 §6.2.1 and §6.2.1.1.
 *
 * @param text - any text
 * @returns `true` when {@link encodeGsm7} would succeed
 * @throws `TypeError` when `text` is not a string
 *
 * @example
 * ```ts
 * isGsm7('Price: 5€ [approx]'); // true
 * isGsm7('ç');                  // false: only the capital Ç is in the alphabet
 * ```
 */
export function isGsm7(text: string): boolean {
  assertString('isGsm7', 'text', text);
  return findUnmappable(text, DEFAULT_CHARSET) === -1;
}
