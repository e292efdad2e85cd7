/**
 * Bytes to the binary API's spaced hex (`"0f c2 4a bf"`).
 *
 * @module
 */

import { assertBytes, assertOptionalBoolean, describe, readOptions } from '../internal/args.js';

/** Options of {@link toHex}. */
export interface ToHexOptions {
  /** Written between bytes. Default one space, the API's format; `''` gives unspaced hex. */
  readonly separator?: string;
  /** Uppercase digits (`"0F C2"`). Default `false`. */
  readonly uppercase?: boolean;
}

const LOWER_DIGITS = new Uint8Array([...'0123456789abcdef'].map((c) => c.charCodeAt(0)));
const UPPER_DIGITS = new Uint8Array([...'0123456789ABCDEF'].map((c) => c.charCodeAt(0)));
const ASCII = new TextDecoder('utf-8');

/**
 * Formats bytes as hex, two digits per byte, lowercase, one space between
 * bytes: the `binary.hex` format of `POST /sms/1/binary/multi`.
 *
 * Spec: the provider's binary API (`binary.hex`); no 3GPP section applies.
 *
 * @param bytes - any bytes (a `Buffer` works, being a `Uint8Array`)
 * @param options - `separator` (default `' '`) and `uppercase` (default `false`)
 * @returns the hex; `''` for no bytes
 * @throws `TypeError` when `bytes` is not a `Uint8Array` or an option has the wrong type
 *
 * @example
 * ```ts
 * toHex(Uint8Array.of(0x0f, 0xc2));
 * // '0f c2'
 * toHex(Uint8Array.of(0x0f, 0xc2), { separator: ':', uppercase: true });
 * // '0F:C2'
 * ```
 */
export function toHex(bytes: Uint8Array, options?: ToHexOptions): string {
  const fn = 'toHex';
  assertBytes(fn, 'bytes', bytes);
  const opts = readOptions<ToHexOptions>(fn, options);
  const separator = opts.separator === undefined ? ' ' : opts.separator;
  if (typeof separator !== 'string') throw new TypeError(`${fn}: separator must be a string, got ${describe(separator)}`);
  assertOptionalBoolean(fn, 'uppercase', opts.uppercase);
  const count = bytes.length;
  if (count === 0) return '';
  const digits = opts.uppercase === true ? UPPER_DIGITS : LOWER_DIGITS;
  if (separator.length > 1 || (separator.length === 1 && separator.charCodeAt(0) > 0x7f)) {
    return joinWithSeparator(bytes, digits, separator);
  }
  const stride = separator.length === 0 ? 2 : 3;
  const sep = separator.charCodeAt(0);
  const out = new Uint8Array(count * stride - (stride - 2));
  for (let i = 0, o = 0; i < count; i++, o += stride) {
    const byte = bytes[i] as number;
    out[o] = digits[byte >> 4] as number;
    out[o + 1] = digits[byte & 0x0f] as number;
    if (stride === 3 && i + 1 < count) out[o + 2] = sep;
  }
  return ASCII.decode(out);
}

function joinWithSeparator(bytes: Uint8Array, digits: Uint8Array, separator: string): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] as number;
    if (i > 0) out += separator;
    out += String.fromCharCode(digits[byte >> 4] as number, digits[byte & 0x0f] as number);
  }
  return out;
}
