/**
 * A {@link TextCoding} for a single-byte character set, built from its
 * 256-entry decoding table: one octet per character, the encoder derived from
 * the decoder, an unmappable character or an undefined byte an error.
 *
 * @module
 */

import { createError } from '../errors.js';
import { assertBytes, assertString } from '../internal/args.js';
import { codePointAt, unitsToString } from '../internal/text.js';
import type { TextCoding } from '../codecs/coding.js';

/** Marks a byte the character set does not define (U+FFFF is a noncharacter, in no table). */
export const UNDEFINED = 0xffff;

/**
 * Builds a frozen single-byte coding. `table[b]` is the UTF-16 code unit of
 * byte `b`, or {@link UNDEFINED}; the reverse lookup is derived from it once.
 *
 * @internal
 */
export function singleByteCoding(dataCoding: number, name: string, exportName: string, table: Uint16Array): TextCoding {
  const decodeTable = Uint16Array.from(table);
  const encodeTable = new Map<number, number>();
  for (let byte = 0; byte < 256; byte++) {
    const unit = decodeTable[byte] as number;
    if (unit !== UNDEFINED && !encodeTable.has(unit)) encodeTable.set(unit, byte);
  }
  const encodeFn = `${exportName}.encode`;
  const decodeFn = `${exportName}.decode`;
  // The methods are frozen too: a coding is a shared constant that nobody may change.
  return Object.freeze({
    dataCoding,
    name,
    encode: Object.freeze((text: string): Uint8Array => {
      assertString(encodeFn, 'text', text);
      const out = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) {
        const byte = encodeTable.get(text.charCodeAt(i));
        if (byte === undefined) throw createError(encodeFn, 'CODING_UNMAPPABLE', { index: i, value: codePointAt(text, i), detail: name });
        out[i] = byte;
      }
      return out;
    }),
    decode: Object.freeze((bytes: Uint8Array): string => {
      assertBytes(decodeFn, 'bytes', bytes);
      const units = new Uint16Array(bytes.length);
      for (let i = 0; i < bytes.length; i++) {
        const byte = bytes[i] as number;
        const unit = decodeTable[byte] as number;
        if (unit === UNDEFINED) throw createError(decodeFn, 'CODING_UNDEFINED_BYTE', { index: i, actual: byte, detail: name });
        units[i] = unit;
      }
      return unitsToString(units, units.length);
    }),
  });
}
