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
import type { Scratch } from '../coding.js';


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
 *
 * @group Codecs
 */
export function encodeUcs2(text: string): Uint8Array {
  const fn = 'encodeUcs2';
  assertString(fn, 'text', text);
  return encodeUcs2Units(fn, text);
}

/**
 * What a host may offer to write UTF-16 natively: Node's
 * `Buffer.prototype.ucs2Write` (one copy in C++, where a `charCodeAt` loop
 * reads one unit per call) and `swap16` (to big-endian in place), both
 * called on the result's own plain `Uint8Array`, so nothing pooled is ever
 * returned and no host buffer object is made. Probed once at load, so a host
 * whose methods only take their own buffers, or write otherwise, falls back
 * to the portable loop.
 *
 * @internal
 */
export interface Utf16Host {
  write(this: Uint8Array, text: string, offset: number, length: number): number;
  swap(this: Uint8Array): Uint8Array;
}

/** Node's `Buffer` methods when the host has them and they pass the probe, else `undefined`. */
export const HOST_UTF16: Utf16Host | undefined = /* @__PURE__ */ (() => {
  const proto = (globalThis as { Buffer?: { prototype?: { ucs2Write?: unknown; swap16?: unknown } } }).Buffer?.prototype;
  const write = proto?.ucs2Write;
  const swap = proto?.swap16;
  if (typeof write !== 'function' || typeof swap !== 'function') return undefined;
  const host = { write, swap } as Utf16Host;
  try {
    // Short and long (the native swap) probes: U+0141, then a high surrogate.
    for (const size of [4, 256]) {
      const probe = new Uint8Array(size);
      if (host.write.call(probe, '\u0141\ud83d'.repeat(size / 4), 0, size) !== size) return undefined;
      host.swap.call(probe);
      if (probe[0] !== 0x01 || probe[1] !== 0x41 || probe[size - 2] !== 0xd8 || probe[size - 1] !== 0x3d) return undefined;
    }
    return host;
  } catch {
    return undefined;
  }
})();

type WellFormed = (this: string) => boolean;
/** `String.prototype.isWellFormed` (ES2024) where the host has it: a native scan for lone surrogates. */
const IS_WELL_FORMED = /* @__PURE__ */ (() => {
  const method = (String.prototype as { isWellFormed?: unknown }).isWellFormed;
  return typeof method === 'function' ? (method as WellFormed) : undefined;
})();

/**
 * Below this many units the portable loop costs what the native calls do
 * (measured on Node 20: even at 64 units, 2× faster at 160, 3–4× at 1,000),
 * and a result of 32 units or fewer lives in V8's own heap, which a native
 * call would first move out.
 */
const NATIVE_MIN_UNITS = 64;
/** From this many bytes the native swap beats a loop (Node's own threshold). */
const NATIVE_SWAP_BYTES = 128;

/**
 * Encodes UTF-16BE, naming `fn` in errors: natively through the host when it
 * can, else the portable loop; both give the same bytes and the same error
 * (proven by test/codecs/ucs2/codec.fast-path.test.ts).
 *
 * @internal
 */
export function encodeUcs2Units(fn: string, text: string, scratch?: Scratch): Uint8Array {
  const out = scratch === undefined ? new Uint8Array(text.length * 2) : scratch(text.length * 2);
  return HOST_UTF16 !== undefined && text.length >= NATIVE_MIN_UNITS ? encodeUcs2Native(fn, text, HOST_UTF16, out) : encodeUcs2Portable(fn, text, out);
}

/**
 * The native path: the host writes UTF-16LE into `out` (the result's own
 * memory, or scratch) and swaps it to big-endian in place. Lone surrogates are checked exactly: a
 * native scan (`isWellFormed`) when the host has one, else the bytes; only a
 * text that fails it is searched for the first lone surrogate, with the same
 * rule and error as the portable loop.
 *
 * @internal
 */
export function encodeUcs2Native(fn: string, text: string, host: Utf16Host, out: Uint8Array = new Uint8Array(text.length * 2)): Uint8Array {
  const size = text.length * 2;
  host.write.call(out, text, 0, size);
  let checked = false;
  if (size >= NATIVE_SWAP_BYTES) {
    host.swap.call(out);
    checked = IS_WELL_FORMED !== undefined && IS_WELL_FORMED.call(text);
  } else {
    // Swapped here, noting on the way whether any unit is a surrogate at all.
    let surrogates = 0;
    for (let o = 0; o < size; o += 2) {
      const low = out[o] as number;
      const high = out[o + 1] as number;
      out[o] = high;
      out[o + 1] = low;
      surrogates |= (high & 0xf8) === 0xd8 ? 1 : 0;
    }
    checked = surrogates === 0;
  }
  if (!checked) {
    const lone = loneSurrogateIndex(out);
    if (lone >= 0) throw createError(fn, 'UCS2_LONE_SURROGATE', { index: lone, value: text.charAt(lone) });
  }
  return out;
}

/** The UTF-16 index of the first lone surrogate in UTF-16BE bytes, or -1. */
function loneSurrogateIndex(bytes: Uint8Array): number {
  const count = bytes.length >> 1;
  for (let i = 0; i < count; i++) {
    const unit = ((bytes[2 * i] as number) << 8) | (bytes[2 * i + 1] as number);
    if ((unit & 0xf800) !== 0xd800) continue;
    const next = i + 1 < count ? ((bytes[2 * i + 2] as number) << 8) | (bytes[2 * i + 3] as number) : -1;
    if (surrogateAtom(unit, next) === 0) return i;
    i++;
  }
  return -1;
}

/**
 * The portable loop, for hosts without a native writer and for short texts,
 * into `out` (`2 × text.length` bytes).
 *
 * @internal
 */
export function encodeUcs2Portable(fn: string, text: string, out: Uint8Array = new Uint8Array(text.length * 2)): Uint8Array {
  const length = text.length;
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
 *
 * @group Codecs
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
