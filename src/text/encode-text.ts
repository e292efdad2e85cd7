/**
 * Text to a payload with the cheapest of the two standard codings.
 *
 * @module
 */

import { DEFAULT_CHARSET } from '../gsm7/charset.js';
import { encodeSeptets, findUnmappable } from '../gsm7/codec.js';
import { toHex } from '../hex/to-hex.js';
import { assertString, readOptions } from '../internal/args.js';
import { encodeUcs2Units } from '../ucs2/codec.js';

/** The data coding byte for the GSM 7-bit default alphabet (SMPP 3.4 §5.2.19, TS 23.038 §4). */
export const DATA_CODING_GSM7 = 0;
/** The data coding byte for UCS-2 (SMPP 3.4 §5.2.19, TS 23.038 §4). */
export const DATA_CODING_UCS2 = 8;

/** Options of {@link encodeText}. */
export interface EncodeTextOptions {
  /** `'auto'` (default): 0 when the text is GSM 7-bit, else 8. `0` or `8` forces the coding. */
  readonly dataCoding?: 'auto' | 0 | 8;
}

/** What {@link encodeText} returns. */
export interface EncodedText {
  /** The data coding byte: 0 (GSM 7-bit, unpacked septets) or 8 (UCS-2). */
  readonly dataCoding: 0 | 8;
  /** The payload: septets one per byte for 0, UTF-16BE for 8. */
  readonly bytes: Uint8Array;
  /** The payload as the API's spaced hex. */
  readonly hex: string;
}

/**
 * Encodes text for the binary API, choosing the coding: GSM 7-bit (dataCoding
 * 0, septets unpacked one per byte) when every character is in the default
 * alphabet or its extension table, else UCS-2 (dataCoding 8). One message's
 * payload, without segmentation; see `buildBinaryMessages` for long text.
 *
 * Spec: 3GPP TS 23.038 §4 (data coding scheme), §6.2.1 (GSM 7-bit), §6.2.3 (UCS2).
 *
 * @param text - the text
 * @param options - `dataCoding`: `'auto'` (default), `0` or `8`
 * @returns `{ dataCoding, bytes, hex }`
 * @throws {@link SmsHexError} `GSM7_UNMAPPABLE` with the index when `dataCoding: 0` is forced
 *   and a character is outside the tables; `UCS2_LONE_SURROGATE` for a lone surrogate in UCS-2
 * @throws `TypeError` / `RangeError` for a wrong argument type or an unknown coding
 *
 * @example
 * ```ts
 * encodeText('Test message.');
 * // { dataCoding: 0, bytes: Uint8Array(13), hex: '54 65 73 74 20 6d 65 73 73 61 67 65 2e' }
 * encodeText('测试短信。');
 * // { dataCoding: 8, bytes: Uint8Array(10), hex: '6d 4b 8b d5 77 ed 4f e1 30 02' }
 * ```
 */
export function encodeText(text: string, options?: EncodeTextOptions): EncodedText {
  const fn = 'encodeText';
  assertString(fn, 'text', text);
  const opts = readOptions<EncodeTextOptions>(fn, options);
  const requested = opts.dataCoding === undefined ? 'auto' : opts.dataCoding;
  if (requested !== 'auto' && requested !== 0 && requested !== 8) {
    const shown = typeof requested === 'number' || typeof requested === 'string' ? String(requested) : typeof requested;
    if (typeof requested !== 'number' && typeof requested !== 'string') {
      throw new TypeError(`${fn}: dataCoding must be 'auto', 0 or 8, got ${shown}`);
    }
    throw new RangeError(`${fn}: dataCoding must be 'auto', 0 or 8, got ${shown}`);
  }
  const dataCoding: 0 | 8 =
    requested === 'auto' ? (findUnmappable(text, DEFAULT_CHARSET) === -1 ? DATA_CODING_GSM7 : DATA_CODING_UCS2) : requested;
  const bytes = dataCoding === DATA_CODING_GSM7 ? encodeSeptets(fn, text, DEFAULT_CHARSET) : encodeUcs2Units(fn, text);
  return { dataCoding, bytes, hex: toHex(bytes) };
}
