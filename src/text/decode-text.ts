/**
 * A payload back to text under its data coding.
 *
 * @module
 */

import { gsm7Coding } from '../codecs/gsm7/coding.js';
import { SmsHexError } from '../errors.js';
import { charsetFromOptions, type ShiftTableOptions } from '../codecs/gsm7/resolve-charset.js';
import { assertBytes, optionNames, readOptions } from '../internal/args.js';
import { UCS2_CODING } from '../codecs/ucs2/coding.js';
import { assertDataCoding, findCoding, octetCoding, readCodings, type TextCoding } from '../codecs/coding.js';
import { DATA_CODING_GSM7, DATA_CODING_UCS2 } from './encode-text.js';

/**
 * Options of {@link decodeText}: the same tables as {@link encodeText} takes
 * (`lockingShift`, `singleShift`, for dataCoding 0; see {@link ShiftTableOptions}),
 * and text codings for other data codings.
 *
 * @group Codecs
 */
export interface DecodeTextOptions extends ShiftTableOptions {
  /** Text codings for data codings other than 0 and 8, e.g. `LEGACY_CODINGS` from `smshex/legacy`. */
  readonly codings?: readonly TextCoding[];
}

const DECODE_TEXT_OPTIONS = /* @__PURE__ */ optionNames<DecodeTextOptions>({ codings: true, lockingShift: true, singleShift: true });

/**
 * Decodes one payload (without a User Data Header) to text: dataCoding 0 as
 * unpacked GSM 7-bit septets (one per byte, the API's form) with the default
 * alphabet or, given `lockingShift` / `singleShift`, exactly those national
 * language tables; 8 as UCS-2; and any other data coding with the matching
 * coding from `codings`.
 *
 * Spec: 3GPP TS 23.038 §6.2.1 (GSM 7-bit), §6.2.3 (UCS2); SMPP 3.4 §5.2.19 for the other data codings.
 *
 * @param bytes - the payload
 * @param dataCoding - the data coding byte it was sent with
 * @param options - `lockingShift` / `singleShift`: the national language tables of dataCoding 0
 *   (language objects such as `TURKISH`); `codings`: the text codings for bytes other than 0 and 8
 * @returns the text
 * @throws {@link SmsHexError} what the coding's decoder throws: `GSM7_INVALID_SEPTET`,
 *   `GSM7_TRAILING_ESCAPE`, `UCS2_ODD_LENGTH`, `UCS2_LONE_SURROGATE` or `CODING_UNDEFINED_BYTE`, with the offset
 * @throws `TypeError` for a wrong argument type (a language code string included); `RangeError` for a
 *   data coding that is not 0–255, or not 0/8 and without a matching coding in `codings`, or
 *   `lockingShift: SPANISH`
 *
 * @example
 * ```ts
 * decodeText(parseHex('54 65 73 74'), 0);
 * // 'Test'
 * decodeText(parseHex('6d 4b 8b d5'), 8);
 * // '测试'
 * decodeText(parseHex('1c 69 1d 6c 69'), 0, { lockingShift: TURKISH, singleShift: TURKISH });
 * // 'Şişli'
 *
 * import { LEGACY_CODINGS } from 'smshex/legacy';
 * decodeText(parseHex('63 61 66 e9'), 3, { codings: LEGACY_CODINGS });
 * // 'café'
 * ```
 *
 * @group Codecs
 */
export function decodeText(bytes: Uint8Array, dataCoding: number, options?: DecodeTextOptions): string {
  const fn = 'decodeText';
  assertBytes(fn, 'bytes', bytes);
  assertDataCoding(fn, dataCoding);
  const opts = readOptions<DecodeTextOptions>(fn, options, DECODE_TEXT_OPTIONS);
  const codings = readCodings(fn, opts.codings);
  const charset = charsetFromOptions(fn, opts);
  const coding =
    dataCoding === DATA_CODING_GSM7 ? gsm7Coding(charset) : dataCoding === DATA_CODING_UCS2 ? UCS2_CODING : octetCoding(findCoding(fn, dataCoding, codings));
  const text = coding.decode(fn, bytes);
  if (typeof text === 'string') return text;
  throw new SmsHexError(text);
}
