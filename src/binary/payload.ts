/**
 * The pieces shared by everything that reads a `binary` object: the header
 * (when UDHI is set), the payload behind it, its text, and issues positioned
 * in the hex the octets came from. Nothing here throws for bad data: every
 * problem comes back as an issue for the caller to throw or collect.
 *
 * @internal
 * @module
 */

import { createIssue, SmsHexError, type IssuePath, type SmsHexIssue } from '../errors.js';
import { ESCAPE, type Gsm7Charset } from '../codecs/gsm7/charset.js';
import { decodeSeptets, unassigned } from '../codecs/gsm7/codec.js';
import { NATIONAL_LANGUAGES } from '../codecs/gsm7/tables/index.js';
import type { NationalLanguage } from '../codecs/gsm7/tables/language.js';
import { charsetFromOptions, type ShiftTableOptions } from '../codecs/gsm7/resolve-charset.js';
import { decodeUcs2Units } from '../codecs/ucs2/codec.js';
import { describeDataCoding } from '../pdu/dcs.js';
import type { ConcatElement, ParsedUdh, ShiftElement } from '../pdu/udh/elements.js';
import { readUdh } from '../pdu/udh/parse.js';

/** Whether a character code is a hex digit. */
const isHexDigit = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);

/**
 * The character index in `hex` where octet `octet` starts, for hex that
 * parsed (strictly or leniently): digits are counted in pairs, separators and
 * `0x` prefixes skipped. Past the last octet: the length of the text.
 *
 * @internal
 */
export function hexIndexOfOctet(hex: string, octet: number): number {
  let digits = 0;
  for (let i = 0; i < hex.length; i++) {
    const code = hex.charCodeAt(i);
    if (!isHexDigit(code)) continue;
    if (digits % 2 === 0 && code === 0x30 && (hex.charCodeAt(i + 1) | 0x20) === 0x78) continue;
    if (digits === 2 * octet) return i;
    digits++;
  }
  return hex.length;
}

/**
 * Where an octet of a payload sits in its source: the index in the hex
 * string, the octet offset within that message and the field path.
 *
 * @internal
 */
export type Locator = (octet: number) => { readonly index: number; readonly octet: number; readonly path?: IssuePath };

/**
 * The locator of one message's octets parsed from `hex`.
 *
 * @internal
 */
export function hexLocator(hex: string, path?: IssuePath): Locator {
  return (octet) => ({ index: hexIndexOfOctet(hex, octet), octet, path });
}

/** The User Data Header and the payload behind it. */
export interface SplitPayload {
  /** The header, when UDHI was set. */
  readonly udh?: ParsedUdh;
  /** Offset of the payload in the octets (the header's length, or 0). */
  readonly start: number;
}

/**
 * Reads the header at the start of `bytes` when `udhi` is set, returning the
 * header or the fault as an issue positioned by `locate`.
 *
 * @internal
 */
export function readHeader(fn: string, bytes: Uint8Array, udhi: boolean, locate: Locator): SplitPayload | SmsHexIssue {
  if (!udhi) return { start: 0 };
  const result = readUdh(bytes);
  if ('elements' in result) return { udh: result, start: result.length };
  return createIssue(fn, result.code, { ...result.details, ...locate(result.octet) });
}

/** National language identifier (TS 23.038 §6.2.1.2.4) to the language's code. */
const LANGUAGE_BY_IDENTIFIER: ReadonlyMap<number, NationalLanguage> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ Object.values(NATIONAL_LANGUAGES).map((language) => [language.identifier, language]),
);

/** The national language tables a header selects, and the shift elements that select none. */
export interface ShiftChoice {
  /** The tables, for `resolveCharset`. */
  readonly options: ShiftTableOptions;
  /** Shift elements naming an identifier without such a table: a receiver ignores them. */
  readonly unsupported: readonly ShiftElement[];
}

/**
 * The national language tables a header's shift elements select (the last
 * of each kind counts, as TS 23.040 §9.2.3.24 has receivers do). An
 * identifier with no such table in TS 23.038 Annex A (an unknown language,
 * or a locking shift for Spanish) is ignored, as a non-supporting receiver
 * does (TS 23.040 §9.2.3.24.15 and §9.2.3.24.16), and listed in `unsupported`.
 *
 * @internal
 */
export function shiftChoice(udh: ParsedUdh | undefined): ShiftChoice {
  let lockingShift: NationalLanguage | undefined;
  let singleShift: NationalLanguage | undefined;
  const unsupported: ShiftElement[] = [];
  for (const element of udh?.elements ?? []) {
    if (element.type !== 'singleShift' && element.type !== 'lockingShift') continue;
    const language = LANGUAGE_BY_IDENTIFIER.get(element.language);
    const hasTable = language !== undefined && (element.type === 'singleShift' || language.lockingShift !== undefined);
    if (!hasTable) unsupported.push(element);
    else if (element.type === 'singleShift') singleShift = language;
    else lockingShift = language;
  }
  const options: { lockingShift?: NationalLanguage; singleShift?: NationalLanguage } = {};
  if (lockingShift !== undefined) options.lockingShift = lockingShift;
  if (singleShift !== undefined) options.singleShift = singleShift;
  return { options, unsupported };
}

/**
 * The character set for GSM 7-bit text under a header: the default alphabet
 * and extension table, or the national tables its shift elements select.
 *
 * @internal
 */
export function charsetFor(fn: string, udh: ParsedUdh | undefined): Gsm7Charset {
  return charsetFromOptions(fn, shiftChoice(udh).options);
}

/**
 * The text alphabet a data coding byte announces under SMPP 3.4 §5.2.19 (and
 * the TS 23.038 §4 groups SMPP defers to): `'gsm7'` for 0 and e.g. 0xF0–0xF3
 * (GSM 7-bit with a message class), `'ucs2'` for 8; `undefined` for 8-bit
 * data, other character sets, reserved values and compressed text.
 *
 * @internal
 */
export function textAlphabet(dataCoding: number): 'gsm7' | 'ucs2' | undefined {
  const description = describeDataCoding(dataCoding);
  if (description.compressed || description.group === 'reserved') return undefined;
  return description.alphabet === 'gsm7' || description.alphabet === 'ucs2' ? description.alphabet : undefined;
}

/**
 * Decodes the payload `bytes[start..end)` as text when its data coding
 * announces GSM 7-bit (one septet per byte, as the API carries it) or UCS-2
 * ({@link textAlphabet}); `undefined` for other codings.
 * A problem comes back as an issue positioned by `locate` (given the octet
 * offset from the start of `bytes`).
 *
 * @internal
 */
export function payloadText(
  fn: string,
  bytes: Uint8Array,
  start: number,
  dataCoding: number,
  charset: Gsm7Charset,
  locate: Locator,
): string | undefined | SmsHexIssue {
  const alphabet = textAlphabet(dataCoding);
  if (alphabet === undefined) return undefined;
  const payload = bytes.subarray(start);
  try {
    return alphabet === 'gsm7' ? decodeSeptets(fn, payload, charset, start) : decodeUcs2Units(fn, payload, start);
  } catch (error) {
    if (!(error instanceof SmsHexError) || error.index === undefined) throw error;
    return relocate(fn, error, bytes, start, charset, locate);
  }
}

/** Rebuilds a codec error with its position in the source and the field path. */
function relocate(fn: string, error: SmsHexError, bytes: Uint8Array, start: number, charset: Gsm7Charset, locate: Locator): SmsHexIssue {
  const octet = error.index as number;
  const base = locate(octet);
  switch (error.code) {
    case 'GSM7_UNASSIGNED_SEPTET': {
      const located = unassigned(fn, charset, bytes[octet] as number, base.index, afterEscape(bytes, start, octet)).toIssue();
      return base.path === undefined ? located : { ...located, path: base.path };
    }
    case 'GSM7_INVALID_SEPTET':
      return createIssue(fn, error.code, { ...base, actual: bytes[octet] as number });
    case 'UCS2_ODD_LENGTH':
      return createIssue(fn, error.code, { ...base, actual: bytes.length - start });
    case 'UCS2_LONE_SURROGATE':
      return createIssue(fn, error.code, {
        ...base,
        value: String.fromCharCode(((bytes[octet] as number) << 8) | (bytes[octet + 1] as number)),
      });
    default:
      return createIssue(fn, error.code, base);
  }
}

/** Whether the septet at `octet` follows an escape, reading escape pairs from `start`. */
function afterEscape(bytes: Uint8Array, start: number, octet: number): boolean {
  let escaped = false;
  for (let i = start; i < octet; i++) escaped = !escaped && bytes[i] === ESCAPE;
  return escaped;
}

/**
 * The concatenation element that counts in a header: the last one, as TS
 * 23.040 §9.2.3.24 has receivers use the last of a repeated element.
 *
 * @internal
 */
export function lastConcat(udh: ParsedUdh | undefined): ConcatElement | undefined {
  let found: ConcatElement | undefined;
  for (const element of udh?.elements ?? []) if (element.type === 'concat') found = element;
  return found;
}

/**
 * The sequence numbers 1..`total` that `has` lacks, phrased for a message:
 * `part 2 of 3 is` / `parts 1, 3, … (40 in all) of 50 are`.
 *
 * @internal
 */
export function describeMissing(total: number, has: (sequence: number) => boolean): string | undefined {
  const missing: number[] = [];
  let count = 0;
  for (let s = 1; s <= total; s++) {
    if (has(s)) continue;
    count++;
    if (missing.length < 10) missing.push(s);
  }
  if (count === 0) return undefined;
  const list = count > 10 ? `${missing.join(', ')}, … (${count} in all)` : missing.join(', ');
  return count === 1 ? `part ${list} of ${total} is` : `parts ${list} of ${total} are`;
}
