/**
 * The pieces shared by everything that reads a `binary` object: the header
 * (when UDHI is set), the payload behind it, its text, and issues positioned
 * in the hex the octets came from. Nothing here throws for bad data: every
 * problem comes back as an issue for the caller to throw or collect.
 *
 * @internal
 * @module
 */

import { createIssue, type IssuePath, type SmsHexIssue } from '../errors.js';
import type { Gsm7Charset } from '../codecs/gsm7/charset.js';
import { gsm7Coding } from '../codecs/gsm7/coding.js';
import { octetIndices } from '../codecs/hex/scan.js';
import { NATIONAL_LANGUAGES } from '../codecs/gsm7/tables/index.js';
import type { NationalLanguage } from '../codecs/gsm7/tables/language.js';
import { charsetFromOptions, type ShiftTableOptions } from '../codecs/gsm7/resolve-charset.js';
import { UCS2_CODING } from '../codecs/ucs2/coding.js';
import { describeDataCoding } from '../pdu/dcs.js';
import type { ConcatElement, ParsedUdh, ShiftElement } from '../pdu/udh/elements.js';
import { readUdh } from '../pdu/udh/parse.js';

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
  // The scanner that parsed the hex says where each octet's digits are; asked only when
  // an issue is reported, so a payload without one never pays for it. Past the last octet: the end.
  let indices: readonly number[] | undefined;
  return (octet) => {
    indices ??= octetIndices(hex);
    return { index: indices[octet] ?? hex.length, octet, path };
  };
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
  return (alphabet === 'gsm7' ? gsm7Coding(charset) : UCS2_CODING).decode(fn, payload, start, locate);
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
