/**
 * GSM 7-bit text codec, decoding side: unpacked septets (one per byte) back
 * to text, with the default tables or national ones, every problem
 * positioned. 3GPP TS 23.038 §6.2.1, §6.2.1.1 and Annex A.
 *
 * @module
 */

import { createIssue, SmsHexError, type IssuePath, type Locate, type SmsHexIssue } from '../../errors.js';
import { assertBytes, readOptions } from '../../internal/args.js';
import { unitsToString } from '../../internal/text.js';
import { ESCAPE, type Gsm7Charset } from './charset.js';
import { charsetFromOptions, SHIFT_TABLE_OPTIONS, type ShiftTableOptions } from './resolve-charset.js';
import { NO_CHAR } from './table.js';

/**
 * Decodes unpacked GSM 7-bit septets (one per byte) to text, with the default
 * alphabet and extension table or, given `lockingShift` / `singleShift`, with
 * exactly those national language tables.
 *
 * Two rules of the standard apply where a table has no character:
 * - An escape (0x1B) followed by a code the single-shift table does not
 *   define is shown as the character of that code in the locking-shift table
 *   in force (the default alphabet, or the national locking-shift table), as
 *   TS 23.038 §6.2.1.1 and the notes to the Annex A.2 tables prescribe; an
 *   escape followed by another escape (reserved for a further extension table)
 *   is shown as a space. `1b 0d` (CR2) therefore reads as the locking table's CR.
 * - A septet with no character in the locking-shift table (the gaps of the
 *   Indic tables, e.g. 0x0C in Bengali), or an escaped code unassigned in both
 *   tables, is never substituted: it throws `GSM7_UNASSIGNED_SEPTET` with its index.
 *
 * Spec: 3GPP TS 23.038 §6.2.1, §6.2.1.1, §6.2.1.2 and Annex A.
 *
 * @param septets - unpacked septets, one per byte (use {@link unpackSeptets} first for packed data)
 * @param options - `lockingShift` / `singleShift`: the national language tables the message
 *   announces in UDH IEs 0x25 / 0x24 (language objects such as `TURKISH`, see {@link NATIONAL_LANGUAGES})
 * @returns the text
 * @throws {@link SmsHexError} `GSM7_INVALID_SEPTET` for a byte above 0x7f (with its index);
 *   `GSM7_UNASSIGNED_SEPTET` for a septet the tables leave unassigned (with its index);
 *   `GSM7_TRAILING_ESCAPE` when the last byte is a lone escape
 * @throws `TypeError` when `septets` is not a `Uint8Array` or options are malformed
 * @throws `RangeError` for `lockingShift: SPANISH`
 *
 * @example
 * ```ts
 * decodeGsm7(parseHex('54 65 73 74 1b 65'));
 * // 'Test€'
 * decodeGsm7(Uint8Array.of(0x09));
 * // 'Ç'
 * decodeGsm7(parseHex('1c 69 1d 6c 69'), { lockingShift: TURKISH, singleShift: TURKISH });
 * // 'Şişli'
 * decodeGsm7(parseHex('15 0c'), { lockingShift: BENGALI });
 * // SmsHexError GSM7_UNASSIGNED_SEPTET: septet 0x0c at index 1 is not a character: …
 * ```
 *
 * @group Codecs
 */
export function decodeGsm7(septets: Uint8Array, options?: ShiftTableOptions): string {
  const fn = 'decodeGsm7';
  assertBytes(fn, 'septets', septets);
  return decodeSeptets(fn, septets, charsetFromOptions(fn, readOptions<ShiftTableOptions>(fn, options, SHIFT_TABLE_OPTIONS)));
}

/**
 * Decodes septets with a charset, throwing the issue {@link readSeptets} finds;
 * positions are `indexOffset` + the septet's index.
 *
 * @internal
 */
export function decodeSeptets(fn: string, septets: Uint8Array, charset: Gsm7Charset, indexOffset = 0): string {
  const text = readSeptets(fn, septets, charset, indexOffset);
  if (typeof text === 'string') return text;
  throw new SmsHexError(text);
}

/**
 * Decodes septets with a charset, or returns the first problem as an issue.
 * Septet `i` is position `offset + i`; `locate`, when given, maps that
 * position to the index and path the issue reports (a septet's place in the
 * hex it was parsed from), else the position is the index.
 *
 * @internal
 */
export function readSeptets(fn: string, septets: Uint8Array, charset: Gsm7Charset, offset = 0, locate?: Locate): string | SmsHexIssue {
  const length = septets.length;
  const units = new Uint16Array(length);
  const locking = charset.locking.decode;
  const single = charset.single.decode;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const septet = septets[i] as number;
    if (septet > 0x7f) return createIssue(fn, 'GSM7_INVALID_SEPTET', { ...where(offset + i, locate), actual: septet });
    if (septet !== ESCAPE) {
      const unit = locking[septet] as number;
      if (unit === NO_CHAR) return unassignedIssue(fn, charset, septet, where(offset + i, locate), false);
      units[n++] = unit;
      continue;
    }
    if (i + 1 >= length) return createIssue(fn, 'GSM7_TRAILING_ESCAPE', where(offset + i, locate));
    const code = septets[++i] as number;
    if (code > 0x7f) return createIssue(fn, 'GSM7_INVALID_SEPTET', { ...where(offset + i, locate), actual: code });
    const extended = single[code] as number;
    if (extended !== NO_CHAR) units[n++] = extended;
    else if (code === ESCAPE) units[n++] = 0x20;
    else {
      const fallback = locking[code] as number;
      if (fallback === NO_CHAR) return unassignedIssue(fn, charset, code, where(offset + i, locate), true);
      units[n++] = fallback;
    }
  }
  return unitsToString(units, n);
}

/** The index and path an issue at `position` reports. */
function where(position: number, locate: Locate | undefined): { readonly index: number; readonly path?: IssuePath } {
  return locate === undefined ? { index: position } : locate(position);
}

/** The `GSM7_UNASSIGNED_SEPTET` issue for `septet`, naming the table(s) that leave it unassigned. */
function unassignedIssue(
  fn: string,
  charset: Gsm7Charset,
  septet: number,
  at: { readonly index: number; readonly path?: IssuePath },
  escaped: boolean,
): SmsHexIssue {
  const locking = charset.locking.table;
  const detail = escaped
    ? `unassigned after the escape in the ${charset.single.table.name} (${charset.single.table.spec}) and in the ${locking.name} (${locking.spec})`
    : `unassigned in the ${locking.name} (${locking.spec})`;
  return createIssue(fn, 'GSM7_UNASSIGNED_SEPTET', { ...at, actual: septet, detail });
}
