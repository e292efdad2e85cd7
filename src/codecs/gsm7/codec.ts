/**
 * GSM 7-bit text codec, encoding side: text to unpacked septets (one per
 * byte, as the binary API's dataCoding 0 carries them); `decode.ts` goes
 * back. 3GPP TS 23.038 §6.2.1.
 *
 * @module
 */

import { createError, type SmsHexError } from '../../errors.js';
import { assertOneOf, assertString, optionNames, readOptions } from '../../internal/args.js';
import { DEFAULT_CHARSET, ESCAPE, type Gsm7Charset } from './charset.js';
import { charsetFromOptions, SHIFT_TABLE_OPTIONS, type ShiftTableOptions } from './resolve-charset.js';
import { lookupSeptet, NONE } from './table.js';
import { codePointAt, surrogateAtom } from '../../internal/text.js';

/**
 * One character that {@link encodeGsm7} replaced because the tables do not hold it.
 *
 * @group Codecs
 */
export interface Replacement {
  /** UTF-16 index of the character in the input text. */
  readonly index: number;
  /** The character that was replaced (a whole code point, so an emoji is one entry). */
  readonly from: string;
  /** What was written in its place. */
  readonly to: string;
}

/**
 * Options of {@link encodeGsm7}: what to do with an unmappable character, and
 * which national language tables to encode with (`lockingShift`,
 * `singleShift`; see {@link ShiftTableOptions}).
 *
 * @group Codecs
 */
export interface EncodeGsm7Options extends ShiftTableOptions {
  /**
   * What to do with a character outside the tables: `'error'` (default)
   * throws `GSM7_UNMAPPABLE`; `'replace'` writes {@link EncodeGsm7Options.replacement}
   * instead and reports every replacement in the result.
   */
  readonly onUnmappable?: 'error' | 'replace';
  /** The replacement for `'replace'`; must itself be GSM 7-bit. Default `'?'`. */
  readonly replacement?: string;
}

const ENCODE_GSM7_OPTIONS = /* @__PURE__ */ optionNames<EncodeGsm7Options>({ onUnmappable: true, replacement: true, lockingShift: true, singleShift: true });

/**
 * What {@link encodeGsm7} returns when asked to replace unmappable characters.
 *
 * @group Codecs
 */
export interface Gsm7EncodeResult {
  /** Unpacked septets, one per byte. */
  readonly bytes: Uint8Array;
  /**
   * Every replacement made, in input order; empty when none was needed. Built
   * when first read (the call itself keeps only where the replaced runs are),
   * then the same frozen array on every read.
   */
  readonly replacements: readonly Replacement[];
}

/**
 * Encodes text as GSM 7-bit septets, unpacked: one septet per byte, an
 * extension-table character (`€ [ ] { } ~ ^ \ |` and form feed) as the two
 * bytes `1b xx`. This is the form the binary API's dataCoding 0 payloads use;
 * {@link packSeptets} gives the packed form of the air interface.
 *
 * With `lockingShift` and/or `singleShift` (language objects such as `TURKISH`, see
 * {@link NATIONAL_LANGUAGES}) it encodes with exactly those national language
 * tables instead of the default alphabet / extension table; a character outside
 * them is unmappable. The receiver learns the tables from UDH IEs 0x25 / 0x24,
 * which the caller must send (see {@link resolveCharset} for the identifiers).
 *
 * Spec: 3GPP TS 23.038 §6.2.1 (default alphabet), §6.2.1.1 (extension table),
 * §6.2.1.2 and Annex A (national language tables).
 *
 * @param text - the text to encode
 * @param options - `onUnmappable: 'replace'` to substitute instead of throwing (reported);
 *   `lockingShift` / `singleShift` to use national language tables
 * @returns the septets; with `onUnmappable: 'replace'`, `{ bytes, replacements }`
 * @throws {@link SmsHexError} `GSM7_UNMAPPABLE` with the character's index when a
 *   character is outside the tables (and `'replace'` was not asked for)
 * @throws `TypeError` when `text` is not a string or an option has the wrong type (a language
 *   code string where a language object belongs included); `RangeError` for an unknown
 *   `onUnmappable`, a replacement that is not GSM 7-bit itself, or
 *   `lockingShift: SPANISH` (Spanish has no locking-shift table)
 *
 * @example
 * ```ts
 * toHex(encodeGsm7('Test message.'));
 * // '54 65 73 74 20 6d 65 73 73 61 67 65 2e'
 * toHex(encodeGsm7('5€'));
 * // '35 1b 65'
 * encodeGsm7('π', { onUnmappable: 'replace' });
 * // { bytes: Uint8Array [0x3f], replacements: [{ index: 0, from: 'π', to: '?' }] }
 * toHex(encodeGsm7('Şişli', { lockingShift: TURKISH, singleShift: TURKISH }));
 * // '1c 69 1d 6c 69'
 * toHex(encodeGsm7('más', { singleShift: SPANISH }));
 * // '6d 1b 61 73'
 * ```
 *
 * @group Codecs
 */
export function encodeGsm7(text: string, options?: EncodeGsm7Options & { readonly onUnmappable?: 'error' }): Uint8Array;
export function encodeGsm7(text: string, options: EncodeGsm7Options & { readonly onUnmappable: 'replace' }): Gsm7EncodeResult;
export function encodeGsm7(text: string, options?: EncodeGsm7Options): Uint8Array | Gsm7EncodeResult;
export function encodeGsm7(text: string, options?: EncodeGsm7Options): Uint8Array | Gsm7EncodeResult {
  const fn = 'encodeGsm7';
  assertString(fn, 'text', text);
  if (options === undefined) return encodeSeptets(fn, text, DEFAULT_CHARSET);
  const opts = readOptions<EncodeGsm7Options>(fn, options, ENCODE_GSM7_OPTIONS);
  const charset = charsetFromOptions(fn, opts);
  const mode = opts.onUnmappable === undefined ? 'error' : opts.onUnmappable;
  assertOneOf(fn, 'onUnmappable', mode, ['error', 'replace'] as const);
  if (mode === 'error') {
    if (opts.replacement !== undefined) throw new TypeError(`${fn}: replacement is only used with onUnmappable: 'replace'`);
    return encodeSeptets(fn, text, charset);
  }
  const replacement = opts.replacement === undefined ? '?' : opts.replacement;
  assertString(fn, 'replacement', replacement);
  return encodeSeptetsReplacing(fn, text, charset, replacement);
}

/**
 * Encodes with a charset, throwing `GSM7_UNMAPPABLE` for the first character
 * outside it. The hot path: while every character is in the locking-shift
 * table, one lookup per UTF-16 unit into an output sized to the text; the
 * first escape (or unmappable character) hands over to
 * {@link encodeSeptetsFrom}, which sizes the rest exactly.
 *
 * @internal
 */
export function encodeSeptets(fn: string, text: string, charset: Gsm7Charset): Uint8Array {
  return encodeSeptetsOrNull(fn, text, charset, false) as Uint8Array;
}

/**
 * {@link encodeSeptets}, or with `stopOnUnmappable`, `null` at the first
 * character outside the tables instead of the error: what `encodeText` uses to
 * choose the coding and encode in one pass.
 *
 * @internal
 */
export function encodeSeptetsOrNull(fn: string, text: string, charset: Gsm7Charset, stopOnUnmappable: boolean): Uint8Array | null {
  const length = text.length;
  const locking = charset.locking;
  const lockingLow = locking.encodeLow;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    const septet = unit < 256 ? (lockingLow[unit] as number) : lookupSeptet(locking, unit);
    if (septet < 0) return encodeSeptetsFrom(fn, text, charset, out, i, stopOnUnmappable);
    out[i] = septet;
  }
  return out;
}

/**
 * Encodes `text` from `start` on, after `prefix[0..start)` already holds the
 * septets of the characters before (one each): counts the septets of the
 * rest first (an escape pair is two), so the output is allocated once.
 */
function encodeSeptetsFrom(fn: string, text: string, charset: Gsm7Charset, prefix: Uint8Array, start: number, stopOnUnmappable: boolean): Uint8Array | null {
  const length = text.length;
  const locking = charset.locking;
  const single = charset.single;
  let size = start;
  for (let i = start; i < length; i++) {
    const unit = text.charCodeAt(i);
    if (lookupSeptet(locking, unit) !== NONE) size += 1;
    else if (lookupSeptet(single, unit) !== NONE) size += 2;
    else if (stopOnUnmappable) return null;
    else throw unmappable(fn, text, i);
  }
  const out = new Uint8Array(size);
  out.set(prefix.subarray(0, start));
  writeSeptets(text, start, length, charset, out, start);
  return out;
}

/**
 * Encodes with a charset into `out`, which holds at least two bytes per
 * UTF-16 unit (so an escape pair always fits): one pass, checking as it
 * writes; returns the septets written, a view of `out`. `GSM7_UNMAPPABLE`
 * for the first character outside the tables, as {@link encodeSeptets}.
 *
 * @internal
 */
export function encodeSeptetsInto(fn: string, text: string, charset: Gsm7Charset, out: Uint8Array): Uint8Array {
  const length = text.length;
  const locking = charset.locking;
  const lockingLow = locking.encodeLow;
  const single = charset.single;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    const septet = unit < 256 ? (lockingLow[unit] as number) : lookupSeptet(locking, unit);
    if (septet >= 0) {
      out[n++] = septet;
      continue;
    }
    const extension = lookupSeptet(single, unit);
    if (extension === NONE) throw unmappable(fn, text, i);
    out[n++] = ESCAPE;
    out[n++] = extension;
  }
  return out.subarray(0, n);
}

/**
 * Writes the septets of `text[from..to)`, every unit of which the charset
 * holds, at `out[n..]`; returns the index after the last septet written.
 */
function writeSeptets(text: string, from: number, to: number, charset: Gsm7Charset, out: Uint8Array, n: number): number {
  const locking = charset.locking;
  const single = charset.single;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    const septet = lookupSeptet(locking, unit);
    if (septet !== NONE) {
      out[n++] = septet;
    } else {
      out[n++] = ESCAPE;
      out[n++] = lookupSeptet(single, unit);
    }
  }
  return n;
}

/**
 * Encodes with a charset, writing `replacement` for every code point outside
 * it. Two passes over the text and no object per character: the first sizes
 * the output exactly and notes the replaced code points as runs of UTF-16
 * indices (two `Int32Array` entries per run of adjacent replacements), the
 * second writes the septets. The list of {@link Replacement} objects is built
 * from the runs when `replacements` is first read.
 */
function encodeSeptetsReplacing(fn: string, text: string, charset: Gsm7Charset, replacement: string): Gsm7EncodeResult {
  let substitute: Uint8Array;
  try {
    substitute = encodeSeptets(fn, replacement, charset);
  } catch {
    throw new RangeError(`${fn}: the replacement ${JSON.stringify(replacement)} must itself be GSM 7-bit`);
  }
  const locking = charset.locking;
  const single = charset.single;
  const length = text.length;
  let runs: Int32Array = new Int32Array(16);
  let ends = 0; // entries of `runs` in use: start, end, start, end, …
  let size = 0;
  for (let i = 0; i < length; ) {
    const unit = text.charCodeAt(i);
    if (lookupSeptet(locking, unit) !== NONE) size += 1;
    else if (lookupSeptet(single, unit) !== NONE) size += 2;
    else {
      const end = i + (surrogateAtom(unit, text.charCodeAt(i + 1)) === 2 ? 2 : 1);
      size += substitute.length;
      if (ends > 0 && runs[ends - 1] === i) {
        runs[ends - 1] = end;
      } else {
        if (ends === runs.length) runs = grow(runs);
        runs[ends++] = i;
        runs[ends++] = end;
      }
      i = end;
      continue;
    }
    i++;
  }
  const out = new Uint8Array(size);
  let n = 0;
  let i = 0;
  for (let r = 0; r < ends; r += 2) {
    n = writeSeptets(text, i, runs[r] as number, charset, out, n);
    const end = runs[r + 1] as number;
    for (i = runs[r] as number; i < end; i += surrogateAtom(text.charCodeAt(i), text.charCodeAt(i + 1)) === 2 ? 2 : 1) {
      out.set(substitute, n);
      n += substitute.length;
    }
  }
  writeSeptets(text, i, length, charset, out, n);
  return withReplacements(out, text, runs.subarray(0, ends), replacement);
}

/** `runs` with room for twice as many entries. */
function grow(runs: Int32Array): Int32Array {
  const bigger = new Int32Array(runs.length * 2);
  bigger.set(runs);
  return bigger;
}

/**
 * The result of {@link encodeSeptetsReplacing}: `replacements` is an
 * enumerable property whose frozen list of frozen {@link Replacement}s is
 * built from the runs on first read (and kept, so every read gives the same
 * array); until then the result holds the text and the runs, not an object
 * per replaced character. Assigning to it replaces the list, as it would a
 * plain property.
 */
function withReplacements(bytes: Uint8Array, text: string, runs: Int32Array, to: string): Gsm7EncodeResult {
  if (runs.length === 0) return { bytes, replacements: Object.freeze([]) };
  let source: string | undefined = text;
  let list: readonly Replacement[] | undefined;
  const result = { bytes } as Gsm7EncodeResult;
  Object.defineProperty(result, 'replacements', {
    enumerable: true,
    configurable: true,
    get(): readonly Replacement[] {
      if (list === undefined) {
        list = replacementList(source as string, runs, to);
        source = undefined;
      }
      return list;
    },
    set(value: readonly Replacement[]) {
      list = value;
      source = undefined;
    },
  });
  return result;
}

/**
 * Every replacement the runs note, one frozen object per code point, in input
 * order; the `from` strings are shared between the replacements of one
 * character (a text of one foreign script repeats few characters).
 */
function replacementList(text: string, runs: Int32Array, to: string): readonly Replacement[] {
  const list: Replacement[] = [];
  const characters = new Map<number, string>();
  for (let r = 0; r < runs.length; r += 2) {
    const end = runs[r + 1] as number;
    for (let index = runs[r] as number; index < end; ) {
      const code = text.codePointAt(index) as number;
      let from = characters.get(code);
      if (from === undefined) characters.set(code, (from = codePointAt(text, index)));
      list.push(Object.freeze({ index, from, to }));
      index += from.length;
    }
  }
  return Object.freeze(list);
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

/**
 * The index of the first character outside the charset, or -1 when every
 * character can be encoded.
 *
 * @internal
 */
export function findUnmappable(text: string, charset: Gsm7Charset): number {
  const locking = charset.locking;
  const single = charset.single;
  const lockingLow = locking.encodeLow;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 256 && (lockingLow[unit] as number) >= 0) continue;
    if (lookupSeptet(locking, unit) === NONE && lookupSeptet(single, unit) === NONE) return i;
  }
  return -1;
}

/**
 * Whether every character of `text` is in the GSM 7-bit default alphabet or
 * its extension table (or, given `lockingShift` / `singleShift`, in exactly
 * those national language tables), so that it can be sent with dataCoding 0.
 *
 * Spec: 3GPP TS 23.038 §6.2.1, §6.2.1.1 and Annex A.
 *
 * @param text - any text
 * @param options - `lockingShift` / `singleShift`: national language tables (language objects such as `TURKISH`)
 * @returns `true` when {@link encodeGsm7} with the same tables would succeed
 * @throws `TypeError` when `text` is not a string or options are malformed
 * @throws `RangeError` for `lockingShift: SPANISH`
 *
 * @example
 * ```ts
 * isGsm7('Price: 5€ [approx]'); // true
 * isGsm7('ç');                  // false: only the capital Ç is in the alphabet
 * isGsm7('ç', { singleShift: SPANISH }); // true
 * ```
 *
 * @group Codecs
 */
export function isGsm7(text: string, options?: ShiftTableOptions): boolean {
  assertString('isGsm7', 'text', text);
  const opts = options === undefined ? options : readOptions<ShiftTableOptions>('isGsm7', options, SHIFT_TABLE_OPTIONS);
  return findUnmappable(text, charsetFromOptions('isGsm7', opts)) === -1;
}
