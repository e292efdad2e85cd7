/**
 * The decoding tables of the legacy character sets, taken from iconv-lite
 * once at load: every byte is decoded and kept only when iconv-lite encodes
 * the character back to the same byte. That drops the bytes a character set
 * leaves undefined (iconv-lite would decode them to U+FFFD and encode "?")
 * and the bytes 0x80–0xFF of ASCII.
 *
 * @module
 */

import iconv from 'iconv-lite';
import { UNDEFINED } from './single-byte.js';

const ALL_BYTES = /* @__PURE__ */ Uint8Array.from({ length: 256 }, (_, byte) => byte);

/**
 * The 256-entry table of `encoding` (an iconv-lite encoding name): the UTF-16
 * unit of each byte, or `UNDEFINED`.
 *
 * @internal
 */
export function tableFromIconv(encoding: string): Uint16Array {
  const decoded = iconv.decode(ALL_BYTES, encoding);
  if (decoded.length !== 256) throw new Error(`smshex/legacy: ${encoding} is not a single-byte encoding in iconv-lite`);
  const table = new Uint16Array(256);
  for (let byte = 0; byte < 256; byte++) {
    const char = decoded.charAt(byte);
    const back = char === '\ufffd' ? undefined : iconv.encode(char, encoding);
    table[byte] = back !== undefined && back.length === 1 && back[0] === byte ? char.charCodeAt(0) : UNDEFINED;
  }
  return table;
}

/**
 * The table of 8-bit data: byte `b` is the character U+00`b`, so text with
 * characters U+0000–U+00FF carries bytes through unchanged.
 *
 * @internal
 */
export function octetTable(): Uint16Array {
  return Uint16Array.from(ALL_BYTES);
}
