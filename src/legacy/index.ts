/**
 * `smshex/legacy`: the SMPP 3.4 data codings beyond GSM 7-bit and UCS-2, as
 * {@link TextCoding} values to pass to core functions:
 * `encodeText(text, { dataCoding: 3, codings: LEGACY_CODINGS })`.
 *
 * The character tables come from iconv-lite, this subpath's only dependency;
 * the core `smshex` entry never loads it. Nothing is registered globally:
 * importing this module changes nothing until a coding is passed to a call.
 *
 * @packageDocumentation
 * @module smshex/legacy
 */

import type { TextCoding } from '../codecs/coding.js';
import { singleByteCoding } from './single-byte.js';
import { octetTable, tableFromIconv } from './tables.js';

export type { TextCoding } from '../codecs/coding.js';

/**
 * dataCoding 1: IA5 (CCITT T.50) / ASCII (ANSI X3.4), bytes 0x00–0x7F.
 * A byte above 0x7F does not decode; a character outside ASCII does not encode.
 *
 * Spec: SMPP 3.4 §5.2.19, value 0x01.
 *
 * @example
 * ```ts
 * toHex(IA5.encode('Hi!'));
 * // '48 69 21'
 * IA5.encode('é');
 * // throws SmsHexError CODING_UNMAPPABLE: 'IA5.encode: character "é" at index 0 cannot be written in IA5 (ASCII)'
 * ```
 *
 * @group Legacy codings
 */
export const IA5: TextCoding = /* @__PURE__ */ singleByteCoding(1, 'IA5 (ASCII)', 'IA5', /* @__PURE__ */ tableFromIconv('ascii'));

/**
 * dataCoding 3: Latin-1 (ISO-8859-1), all 256 bytes (0x80–0x9F are the C1 controls).
 *
 * Spec: SMPP 3.4 §5.2.19, value 0x03.
 *
 * @example
 * ```ts
 * toHex(ISO_8859_1.encode('café'));
 * // '63 61 66 e9'
 * ISO_8859_1.encode('€');
 * // throws SmsHexError CODING_UNMAPPABLE at index 0
 * ```
 *
 * @group Legacy codings
 */
export const ISO_8859_1: TextCoding = /* @__PURE__ */ singleByteCoding(3, 'ISO-8859-1 (Latin-1)', 'ISO_8859_1', /* @__PURE__ */ tableFromIconv('iso-8859-1'));

/**
 * dataCoding 6: Cyrillic (ISO-8859-5).
 *
 * Spec: SMPP 3.4 §5.2.19, value 0x06.
 *
 * @example
 * ```ts
 * toHex(ISO_8859_5.encode('Привет'));
 * // 'bf e0 d8 d2 d5 e2'
 * ```
 *
 * @group Legacy codings
 */
export const ISO_8859_5: TextCoding = /* @__PURE__ */ singleByteCoding(6, 'ISO-8859-5 (Cyrillic)', 'ISO_8859_5', /* @__PURE__ */ tableFromIconv('iso-8859-5'));

/**
 * dataCoding 7: Latin/Hebrew (ISO-8859-8). The bytes 0xA1, 0xBF–0xDE, 0xFB,
 * 0xFC and 0xFF are undefined and do not decode. Text is in logical order;
 * this coding does not reorder right-to-left text.
 *
 * Spec: SMPP 3.4 §5.2.19, value 0x07.
 *
 * @example
 * ```ts
 * toHex(ISO_8859_8.encode('שלום'));
 * // 'f9 ec e5 ed'
 * ```
 *
 * @group Legacy codings
 */
export const ISO_8859_8: TextCoding = /* @__PURE__ */ singleByteCoding(7, 'ISO-8859-8 (Hebrew)', 'ISO_8859_8', /* @__PURE__ */ tableFromIconv('iso-8859-8'));

/**
 * dataCoding 2: octet unspecified (8-bit data). Bytes pass through: byte
 * `b` decodes to the character U+00`b` and back, so a character above U+00FF
 * does not encode. For real binary payloads pass bytes, not text.
 *
 * Spec: SMPP 3.4 §5.2.19, value 0x02 (SMPP 3.4 notes it for TDMA and CDMA).
 *
 * @example
 * ```ts
 * OCTET_UNSPECIFIED_2.decode(Uint8Array.of(0x00, 0xff));
 * // '\u0000ÿ'
 * ```
 *
 * @group Legacy codings
 */
export const OCTET_UNSPECIFIED_2: TextCoding = /* @__PURE__ */ singleByteCoding(2, '8-bit data', 'OCTET_UNSPECIFIED_2', /* @__PURE__ */ octetTable());

/**
 * dataCoding 4: octet unspecified (8-bit data), the one used on GSM
 * (TS 23.038 §4 also reads 0x04 as 8-bit data). Bytes pass through as for
 * {@link OCTET_UNSPECIFIED_2}.
 *
 * Spec: SMPP 3.4 §5.2.19, value 0x04; 3GPP TS 23.038 §4.
 *
 * @example
 * ```ts
 * toHex(OCTET_UNSPECIFIED_4.encode('\u0001\u00ff'));
 * // '01 ff'
 * ```
 *
 * @group Legacy codings
 */
export const OCTET_UNSPECIFIED_4: TextCoding = /* @__PURE__ */ singleByteCoding(4, '8-bit data', 'OCTET_UNSPECIFIED_4', /* @__PURE__ */ octetTable());

/**
 * Every legacy coding, in data coding order (1, 2, 3, 4, 6, 7): pass it as
 * the `codings` option of core functions.
 *
 * Spec: SMPP 3.4 §5.2.19.
 *
 * @example
 * ```ts
 * import { decodeText, encodeText } from 'smshex';
 * import { LEGACY_CODINGS } from 'smshex/legacy';
 *
 * encodeText('café', { dataCoding: 3, codings: LEGACY_CODINGS }).hex;
 * // '63 61 66 e9'
 * decodeText(Uint8Array.of(0xf9, 0xec, 0xe5, 0xed), 7, { codings: LEGACY_CODINGS });
 * // 'שלום'
 * ```
 *
 * @group Legacy codings
 */
export const LEGACY_CODINGS: readonly TextCoding[] = /* @__PURE__ */ Object.freeze([
  IA5,
  OCTET_UNSPECIFIED_2,
  ISO_8859_1,
  OCTET_UNSPECIFIED_4,
  ISO_8859_5,
  ISO_8859_8,
]);
