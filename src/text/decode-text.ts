/**
 * A payload back to text under its data coding.
 *
 * @module
 */

import { DEFAULT_CHARSET } from '../codecs/gsm7/charset.js';
import { decodeSeptets } from '../codecs/gsm7/codec.js';
import { assertBytes, readOptions } from '../internal/args.js';
import { decodeUcs2Units } from '../codecs/ucs2/codec.js';
import { assertDataCoding, decodeWith, findCoding, readCodings, type TextCoding } from '../codecs/coding.js';
import { DATA_CODING_GSM7, DATA_CODING_UCS2 } from './encode-text.js';

/** Options of {@link decodeText}. */
export interface DecodeTextOptions {
  /** Text codings for data codings other than 0 and 8, e.g. `LEGACY_CODINGS` from `smshex/legacy`. */
  readonly codings?: readonly TextCoding[];
}

/**
 * Decodes one payload (without a User Data Header) to text: dataCoding 0 as
 * unpacked GSM 7-bit septets (one per byte, the API's form), 8 as UCS-2, and
 * any other data coding with the matching coding from `codings`.
 *
 * Spec: 3GPP TS 23.038 §6.2.1 (GSM 7-bit), §6.2.3 (UCS2); SMPP 3.4 §5.2.19 for the other data codings.
 *
 * @param bytes - the payload
 * @param dataCoding - the data coding byte it was sent with
 * @param options - `codings`: the text codings for bytes other than 0 and 8
 * @returns the text
 * @throws {@link SmsHexError} what the coding's decoder throws: `GSM7_INVALID_SEPTET`,
 *   `GSM7_TRAILING_ESCAPE`, `UCS2_ODD_LENGTH`, `UCS2_LONE_SURROGATE` or `CODING_UNDEFINED_BYTE`, with the offset
 * @throws `TypeError` for a wrong argument type; `RangeError` for a data coding that is
 *   not 0–255, or not 0/8 and without a matching coding in `codings`
 *
 * @example
 * ```ts
 * decodeText(parseHex('54 65 73 74'), 0);
 * // 'Test'
 * decodeText(parseHex('6d 4b 8b d5'), 8);
 * // '测试'
 *
 * import { LEGACY_CODINGS } from 'smshex/legacy';
 * decodeText(parseHex('63 61 66 e9'), 3, { codings: LEGACY_CODINGS });
 * // 'café'
 * ```
 */
export function decodeText(bytes: Uint8Array, dataCoding: number, options?: DecodeTextOptions): string {
  const fn = 'decodeText';
  assertBytes(fn, 'bytes', bytes);
  assertDataCoding(fn, dataCoding);
  const opts = readOptions<DecodeTextOptions>(fn, options);
  const codings = readCodings(fn, opts.codings);
  if (dataCoding === DATA_CODING_GSM7) return decodeSeptets(fn, bytes, DEFAULT_CHARSET);
  if (dataCoding === DATA_CODING_UCS2) return decodeUcs2Units(fn, bytes);
  return decodeWith(fn, findCoding(fn, dataCoding, codings), bytes);
}
