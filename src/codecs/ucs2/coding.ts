/**
 * UCS-2 as a coding value: UTF-16BE, two octets a unit, a surrogate pair an
 * atom that is never split. 3GPP TS 23.038 §6.2.3.
 *
 * @internal
 * @module
 */

import { createError } from '../../errors.js';
import { surrogateAtom } from '../../internal/text.js';
import type { PayloadCoding } from '../coding.js';
import { encodeUcs2Units, readUcs2 } from './codec.js';

/** @internal */
export const UCS2_CODING: PayloadCoding = /* @__PURE__ */ Object.freeze({
  encoding: 'ucs2',
  octetsPerUnit: 2,
  encode: encodeUcs2Units,
  decode: readUcs2,
  opensAtom(bytes: Uint8Array, unit: number): boolean {
    // Encoded text is well-formed, so a high surrogate is always followed by its low one.
    return ((bytes[2 * unit] as number) & 0xfc) === 0xd8;
  },
  atom(fn: string, bytes: Uint8Array, unit: number): number {
    const value = ((bytes[2 * unit] as number) << 8) | (bytes[2 * unit + 1] as number);
    const next = 2 * unit + 3 < bytes.length ? ((bytes[2 * unit + 2] as number) << 8) | (bytes[2 * unit + 3] as number) : -1;
    const width = surrogateAtom(value, next);
    if (width !== 0) return width;
    throw createError(fn, 'UCS2_LONE_SURROGATE', { index: 2 * unit, value: String.fromCharCode(value) });
  },
} as const);
