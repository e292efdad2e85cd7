/**
 * UCS-2 codec as SMS carries it: UTF-16 big-endian, two bytes per code unit,
 * a character outside the Basic Multilingual Plane kept as its surrogate
 * pair (what handsets do in practice). 3GPP TS 23.038 §6.2.3.
 *
 * @module
 */

import { createError, createIssue, SmsHexError, type Locate, type SmsHexIssue } from '../../errors.js';
import { assertBytes, assertString } from '../../internal/args.js';
import { surrogateAtom, unitsToString } from '../../internal/text.js';


/**
 * Encodes text as UCS-2 (UTF-16 big-endian), two bytes per UTF-16 code unit.
 *
 * Spec: 3GPP TS 23.038 §6.2.3 (UCS2), with supplementary characters as surrogate pairs.
 *
 * @param text - well-formed text (no lone surrogates)
 * @returns the bytes, `2 × text.length` of them
 * @throws {@link SmsHexError} `UCS2_LONE_SURROGATE` with the index of a lone surrogate
 * @throws `TypeError` when `text` is not a string
 *
 * @example
 * ```ts
 * toHex(encodeUcs2('测试短信。'));
 * // '6d 4b 8b d5 77 ed 4f e1 30 02'
 * toHex(encodeUcs2('😀'));
 * // 'd8 3d de 00'
 * ```
 */
export function encodeUcs2(text: string): Uint8Array {
  const fn = 'encodeUcs2';
  assertString(fn, 'text', text);
  return encodeUcs2Units(fn, text);
}

/**
 * Encodes UTF-16BE, naming `fn` in errors.
 *
 * @internal
 */
export function encodeUcs2Units(fn: string, text: string): Uint8Array {
  const length = text.length;
  const out = new Uint8Array(length * 2);
  for (let i = 0, o = 0; i < length; i++, o += 2) {
    const unit = text.charCodeAt(i);
    if ((unit & 0xf800) === 0xd800) {
      // A surrogate: well-formed only as a high one followed by a low one.
      const low = i + 1 < length ? text.charCodeAt(i + 1) : 0;
      if (surrogateAtom(unit, low) === 0) throw createError(fn, 'UCS2_LONE_SURROGATE', { index: i, value: text.charAt(i) });
      out[o] = unit >> 8;
      out[o + 1] = unit & 0xff;
      i++;
      o += 2;
      out[o] = low >> 8;
      out[o + 1] = low & 0xff;
      continue;
    }
    out[o] = unit >> 8;
    out[o + 1] = unit & 0xff;
  }
  return out;
}

/**
 * Decodes UCS-2 (UTF-16 big-endian) bytes to text.
 *
 * Spec: 3GPP TS 23.038 §6.2.3.
 *
 * @param bytes - big-endian code units
 * @returns the text
 * @throws {@link SmsHexError} `UCS2_ODD_LENGTH` for an odd byte count;
 *   `UCS2_LONE_SURROGATE` with the byte offset of a lone surrogate
 * @throws `TypeError` when `bytes` is not a `Uint8Array`
 *
 * @example
 * ```ts
 * decodeUcs2(parseHex('6d 4b 8B d5 77 ed 4f e1 30 02'));
 * // '测试短信。'
 * ```
 */
export function decodeUcs2(bytes: Uint8Array): string {
  const fn = 'decodeUcs2';
  assertBytes(fn, 'bytes', bytes);
  return decodeUcs2Units(fn, bytes);
}

/**
 * Decodes UCS-2 bytes, throwing the issue {@link readUcs2} finds; positions
 * are `offset` + the byte offset (for a payload behind a header).
 *
 * @internal
 */
export function decodeUcs2Units(fn: string, bytes: Uint8Array, offset = 0): string {
  const text = readUcs2(fn, bytes, offset);
  if (typeof text === 'string') return text;
  throw new SmsHexError(text);
}

/**
 * Decodes UCS-2 bytes, or returns the first problem as an issue. Byte `i` is
 * position `offset + i`; `locate`, when given, maps a position to the index
 * and path the issue reports.
 *
 * @internal
 */
export function readUcs2(fn: string, bytes: Uint8Array, offset = 0, locate?: Locate): string | SmsHexIssue {
  if (bytes.length % 2 !== 0) {
    const position = offset + bytes.length - 1;
    return createIssue(fn, 'UCS2_ODD_LENGTH', { ...(locate === undefined ? { index: position } : locate(position)), actual: bytes.length });
  }
  const count = bytes.length / 2;
  const units = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const unit = ((bytes[2 * i] as number) << 8) | (bytes[2 * i + 1] as number);
    units[i] = unit;
    if ((unit & 0xf800) === 0xd800) {
      const next = i + 1 < count ? ((bytes[2 * i + 2] as number) << 8) | (bytes[2 * i + 3] as number) : -1;
      if (surrogateAtom(unit, next) === 2) {
        units[++i] = next;
        continue;
      }
      const position = offset + 2 * i;
      return createIssue(fn, 'UCS2_LONE_SURROGATE', {
        ...(locate === undefined ? { index: position } : locate(position)),
        value: String.fromCharCode(unit),
      });
    }
  }
  return unitsToString(units, count);
}
