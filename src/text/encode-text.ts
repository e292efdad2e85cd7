/**
 * Text to a payload with the cheapest of the two standard codings.
 *
 * @module
 */

import { encodeSeptetsOrNull } from '../codecs/gsm7/codec.js';
import type { LanguageCode } from '../codecs/gsm7/tables/index.js';
import { shiftSelection, type ShiftTableOptions } from '../codecs/gsm7/resolve-charset.js';
import { hexLength, toHex } from '../codecs/hex/to-hex.js';
import { assertString, assertStringFits, optionNames, readOptions } from '../internal/args.js';
import { UCS2_CODING } from '../codecs/ucs2/coding.js';
import { assertDataCoding, findCoding, octetCoding, readCodings, type TextCoding } from '../codecs/coding.js';

/**
 * The data coding byte for the GSM 7-bit default alphabet (SMPP 3.4 §5.2.19, TS 23.038 §4).
 *
 * @group Codecs
 */
export const DATA_CODING_GSM7 = 0;
/**
 * The data coding byte for UCS-2 (SMPP 3.4 §5.2.19, TS 23.038 §4).
 *
 * @group Codecs
 */
export const DATA_CODING_UCS2 = 8;

/**
 * Options of {@link encodeText}: the coding, for GSM 7-bit the national
 * language tables to use (`lockingShift`, `singleShift`; see {@link ShiftTableOptions}),
 * and text codings for other data codings.
 *
 * @group Codecs
 */
export interface EncodeTextOptions extends ShiftTableOptions {
  /**
   * `'auto'` (default): 0 when the text fits the GSM 7-bit tables, else 8. `0` or `8`
   * forces the coding; any other data coding byte needs its coding in
   * {@link EncodeTextOptions.codings}.
   */
  readonly dataCoding?: 'auto' | number;
  /**
   * Text codings for data codings other than 0 and 8, e.g. `LEGACY_CODINGS`
   * from `smshex/legacy`. `'auto'` never picks one of them.
   */
  readonly codings?: readonly TextCoding[];
}

/**
 * What {@link encodeText} returns; `D` is the data coding, `0 | 8` unless `codings` were passed.
 *
 * @group Codecs
 */
export interface EncodedText<D extends number = 0 | 8> {
  /** The data coding byte: 0 (GSM 7-bit, unpacked septets), 8 (UCS-2), or a passed coding's. */
  readonly dataCoding: D;
  /** The payload: septets one per byte for 0, UTF-16BE for 8, the coding's octets otherwise. */
  readonly bytes: Uint8Array;
  /** The payload as the API's spaced hex. */
  readonly hex: string;
  /**
   * The code of the national language whose locking-shift table the septets
   * use (dataCoding 0 only, when asked for): the message must carry UDH IE
   * 0x25 with its identifier. `NATIONAL_LANGUAGES[code]` is the language
   * object the `lockingShift` option takes.
   */
  readonly lockingShiftCode?: LanguageCode;
  /**
   * The code of the national language whose single-shift table the septets
   * use (dataCoding 0 only, when asked for): the message must carry UDH IE
   * 0x24 with its identifier.
   */
  readonly singleShiftCode?: LanguageCode;
}

const ENCODE_TEXT_OPTIONS = /* @__PURE__ */ optionNames<EncodeTextOptions>({ dataCoding: true, codings: true, lockingShift: true, singleShift: true });

/**
 * Encodes text for the binary API, choosing the coding: GSM 7-bit (dataCoding
 * 0, septets unpacked one per byte) when every character is in the GSM 7-bit
 * tables, else UCS-2 (dataCoding 8). The tables are the default alphabet and
 * extension table or, given `lockingShift` / `singleShift`, exactly those
 * national language tables; the result then names the tables it used, and the
 * message must carry UDH IEs 0x25 / 0x24 with their identifiers. One message's
 * payload, without segmentation; see `buildBinaryMessages` for long text.
 * Other data codings (1, 3, 6, 7, 2, 4) are used when asked for and their
 * coding is passed in `codings` (see `smshex/legacy`).
 *
 * Spec: 3GPP TS 23.038 §4 (data coding scheme), §6.2.1 (GSM 7-bit), §6.2.1.2 and
 * Annex A (national language tables), §6.2.3 (UCS2); SMPP 3.4 §5.2.19 for the other data codings.
 *
 * @param text - the text
 * @param options - `dataCoding`: `'auto'` (default), `0`, `8` or a passed coding's byte;
 *   `lockingShift` / `singleShift`: language objects such as `TURKISH` (see {@link NATIONAL_LANGUAGES});
 *   `codings`: the text codings to use for other bytes
 * @returns `{ dataCoding, bytes, hex }`, plus `lockingShiftCode` / `singleShiftCode` when GSM 7-bit used national tables
 * @throws {@link SmsHexError} `GSM7_UNMAPPABLE` with the index when `dataCoding: 0` is forced
 *   and a character is outside the tables; `UCS2_LONE_SURROGATE` for a lone surrogate in UCS-2;
 *   `CODING_UNMAPPABLE` with the index when a passed coding lacks a character
 * @throws `TypeError` for a wrong argument type (a language code string such as `'tr'`
 *   where a language object belongs included); `RangeError` for a data coding that is
 *   not 0–255, or not 0/8 and without a matching coding in `codings`, or
 *   `lockingShift: SPANISH` (Spanish has no locking-shift table), or when the hex would be
 *   longer than the longest string a host can hold (2^29 − 24 characters)
 *
 * @example
 * ```ts
 * encodeText('Test message.');
 * // { dataCoding: 0, bytes: Uint8Array(13), hex: '54 65 73 74 20 6d 65 73 73 61 67 65 2e' }
 * encodeText('测试短信。');
 * // { dataCoding: 8, bytes: Uint8Array(10), hex: '6d 4b 8b d5 77 ed 4f e1 30 02' }
 * encodeText('Şişli', { lockingShift: TURKISH, singleShift: TURKISH });
 * // { dataCoding: 0, bytes: Uint8Array(5), hex: '1c 69 1d 6c 69', lockingShiftCode: 'tr', singleShiftCode: 'tr' }
 *
 * import { LEGACY_CODINGS } from 'smshex/legacy';
 * encodeText('Привет', { dataCoding: 6, codings: LEGACY_CODINGS });
 * // { dataCoding: 6, bytes: Uint8Array(6), hex: 'bf e0 d8 d2 d5 e2' }
 * ```
 *
 * @group Codecs
 */
export function encodeText(
  text: string,
  options?: EncodeTextOptions & { readonly dataCoding?: 'auto' | 0 | 8; readonly codings?: undefined },
): EncodedText;
export function encodeText(text: string, options?: EncodeTextOptions): EncodedText<number>;
export function encodeText(text: string, options?: EncodeTextOptions): EncodedText<number> {
  const fn = 'encodeText';
  assertString(fn, 'text', text);
  const opts = readOptions<EncodeTextOptions>(fn, options, ENCODE_TEXT_OPTIONS);
  const codings = readCodings(fn, opts.codings);
  const requested: unknown = opts.dataCoding === undefined ? 'auto' : opts.dataCoding;
  if (typeof requested === 'string' && requested !== 'auto') {
    throw new RangeError(`${fn}: dataCoding must be 'auto' or a data coding byte 0-255, got '${requested}'`);
  }
  if (requested !== 'auto') assertDataCoding(fn, requested);
  const shifts = shiftSelection(fn, opts);
  // GSM 7-bit and UCS-2 write at least one byte per UTF-16 unit: check before encoding.
  const standard = requested === 'auto' || requested === DATA_CODING_GSM7 || requested === DATA_CODING_UCS2;
  if (standard && text.length > 0) assertStringFits(fn, 'the hex', hexLength(text.length, 1));
  const charset = shifts.charset;
  // 'auto' encodes GSM 7-bit and falls back to UCS-2 at the first character outside the tables: one pass, not two.
  const septets = requested === 'auto' || requested === DATA_CODING_GSM7 ? encodeSeptetsOrNull(fn, text, charset, requested === 'auto') : null;
  const dataCoding = requested === 'auto' ? (septets === null ? DATA_CODING_UCS2 : DATA_CODING_GSM7) : requested;
  if (septets !== null) {
    const bytes = septets;
    if (bytes.length > 0) assertStringFits(fn, 'the hex', hexLength(bytes.length, 1));
    const result: { -readonly [K in keyof EncodedText<number>]: EncodedText<number>[K] } = { dataCoding, bytes, hex: toHex(bytes) };
    if (shifts.lockingShift !== undefined) result.lockingShiftCode = shifts.lockingShift.code;
    if (shifts.singleShift !== undefined) result.singleShiftCode = shifts.singleShift.code;
    return result;
  }
  const bytes = (dataCoding === DATA_CODING_UCS2 ? UCS2_CODING : octetCoding(findCoding(fn, dataCoding, codings))).encode(fn, text);
  if (bytes.length > 0) assertStringFits(fn, 'the hex', hexLength(bytes.length, 1));
  return { dataCoding, bytes, hex: toHex(bytes) };
}
