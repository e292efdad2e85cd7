/**
 * Spaced hex to bytes, with positioned errors: the strict format of the
 * binary API (`"0f c2 4a bf"`) and a lenient superset for hex that people
 * type or paste.
 *
 * @module
 */

import { createIssue, SmsHexError, type SmsHexIssue } from '../../errors.js';
import { assertIntegerInRange, assertOptionalBoolean, describe, optionNames, readOptions } from '../../internal/args.js';
import { MAX_STRING_LENGTH } from '../../internal/limits.js';
import { isBlank, scan } from './scan.js';
import { toHex } from './to-hex.js';

/**
 * Options of {@link parseHex} and {@link safeParseHex}.
 *
 * @group Hex
 */
export interface ParseHexOptions {
  /**
   * `true`: only the API's own format, pairs of hex digits (either case)
   * separated by exactly one space, no surrounding whitespace, at least one
   * byte. `false` (default): also no separators, runs of whitespace, `:` or
   * `-` between bytes, groups of an even number of digits, `0x` prefixes and
   * surrounding whitespace; never a guess (odd digits, stray characters or
   * mixed separators are errors).
   */
  readonly strict?: boolean;
  /** The most bytes accepted; more is `HEX_TOO_LONG`. Default unlimited. */
  readonly maxBytes?: number;
  /**
   * `true`: an empty input (`""`, or in the lenient mode whitespace only) is
   * zero bytes. `false` (default): it is `HEX_EMPTY` in either mode, since a
   * `binary.hex` needs at least one byte.
   */
  readonly allowEmpty?: boolean;
}

const PARSE_HEX_OPTIONS = /* @__PURE__ */ optionNames<ParseHexOptions>({ strict: true, maxBytes: true, allowEmpty: true });

/**
 * What {@link safeParseHex} returns.
 *
 * @group Hex
 */
export type SafeParseHexResult =
  | { readonly ok: true; readonly bytes: Uint8Array; readonly hex: string }
  | { readonly ok: false; readonly error: SmsHexIssue };

/**
 * Parses hex into bytes. The default is the lenient mode because this is
 * the parser for hex that people type or paste; `smshex validate` defaults
 * to the strict mode instead, because it checks hex that is about to be
 * sent as `binary.hex`, which the API reads only in the strict format.
 * Empty or whitespace-only input is `HEX_EMPTY` in both modes unless
 * `allowEmpty: true`.
 *
 * Spec: the provider's binary API (`binary.hex`, two digits per byte, bytes
 * separated by one space); no 3GPP section applies.
 *
 * @param text - the hex
 * @param options - `strict` (default `false`), `maxBytes` and `allowEmpty` (default `false`)
 * @returns the bytes
 * @throws {@link SmsHexError} with the index of the first problem: `HEX_INVALID_CHAR`,
 *   `HEX_ODD_DIGITS`, `HEX_MISSING_SEPARATOR`, `HEX_SEPARATOR`, `HEX_MIXED_SEPARATORS`,
 *   `HEX_WHITESPACE`, `HEX_EMPTY` (empty or whitespace-only input, unless `allowEmpty`) or `HEX_TOO_LONG`
 * @throws `TypeError` / `RangeError` when `text` is not a string or an option is malformed
 *
 * @example
 * ```ts
 * parseHex('0f c2 4a bf');        // Uint8Array [0x0f, 0xc2, 0x4a, 0xbf]
 * parseHex('0x0FC2 0x4ABF');      // Uint8Array [0x0f, 0xc2, 0x4a, 0xbf]
 * parseHex('0fc2', { strict: true });
 * // throws SmsHexError: parseHex: missing separator between bytes at index 2: ...
 * parseHex('0f c2 4g');
 * // throws SmsHexError: parseHex: invalid character "g" at index 7
 * parseHex('  ');
 * // throws SmsHexError: parseHex: no hex digits: at least one byte is required
 * parseHex('', { allowEmpty: true });  // Uint8Array []
 * ```
 *
 * @group Hex
 */
export function parseHex(text: string, options?: ParseHexOptions): Uint8Array {
  const fn = 'parseHex';
  if (typeof text !== 'string') throw new TypeError(`${fn}: text must be a string, got ${describe(text)}`);
  const { strict, maxBytes, allowEmpty } = readParseOptions(fn, options);
  const result = checkEmpty(fn, text, allowEmpty, scan(fn, text, strict, maxBytes));
  if (result instanceof Uint8Array) return result;
  throw new SmsHexError(result);
}

/**
 * Validates and normalizes hex without throwing: the safe variant of
 * {@link parseHex} for hex that a user typed.
 *
 * Spec: the provider's binary API (`binary.hex`).
 *
 * @param text - the hex (any value: a non-string gives an `INPUT_TYPE` issue)
 * @param options - as {@link parseHex}
 * @returns `{ ok: true, bytes, hex }` with `hex` normalized to the API's format, or
 *   `{ ok: false, error }` with the first problem's code, message and index; `HEX_TOO_LONG`
 *   also when the normalized hex would not fit in a string (over 178,956,963 bytes), found
 *   before the bytes are allocated
 * @throws `TypeError` / `RangeError` only for malformed options
 *
 * @example
 * ```ts
 * safeParseHex('0F:C2');
 * // { ok: true, bytes: Uint8Array [0x0f, 0xc2], hex: '0f c2' }
 * safeParseHex('0f c2 4g');
 * // { ok: false, error: { code: 'HEX_INVALID_CHAR', index: 7,
 * //   message: 'safeParseHex: invalid character "g" at index 7' } }
 * ```
 *
 * @group Hex
 */
export function safeParseHex(text: string, options?: ParseHexOptions): SafeParseHexResult {
  const fn = 'safeParseHex';
  const { strict, maxBytes, allowEmpty } = readParseOptions(fn, options);
  if (typeof text !== 'string') {
    return { ok: false, error: createIssue(fn, 'INPUT_TYPE', { detail: 'a string', value: describe(text) }) };
  }
  // The normalized hex, three characters a byte, must fit in one string.
  const hostBytes = Math.floor((MAX_STRING_LENGTH + 1) / 3);
  const result = checkEmpty(fn, text, allowEmpty, scan(fn, text, strict, Math.min(maxBytes, hostBytes)));
  if (result instanceof Uint8Array) return { ok: true, bytes: result, hex: toHex(result) };
  if (result.code === 'HEX_TOO_LONG' && maxBytes > hostBytes) {
    const detail = 'the most whose spaced hex fits in the longest string a host can hold';
    return { ok: false, error: createIssue(fn, 'HEX_TOO_LONG', { index: result.index, limit: hostBytes, detail }) };
  }
  return { ok: false, error: result };
}

function readParseOptions(fn: string, options: unknown): { strict: boolean; maxBytes: number; allowEmpty: boolean } {
  const opts = readOptions<ParseHexOptions>(fn, options, PARSE_HEX_OPTIONS);
  assertOptionalBoolean(fn, 'strict', opts.strict);
  if (opts.maxBytes !== undefined) assertIntegerInRange(fn, 'maxBytes', opts.maxBytes, 0, Number.MAX_SAFE_INTEGER);
  assertOptionalBoolean(fn, 'allowEmpty', opts.allowEmpty);
  return { strict: opts.strict === true, maxBytes: opts.maxBytes ?? Number.MAX_SAFE_INTEGER, allowEmpty: opts.allowEmpty === true };
}

/**
 * Empty or whitespace-only input: `HEX_EMPTY` in both modes unless
 * `allowEmpty`, which accepts `""` (and, lenient, whitespace only) as zero
 * bytes. Looked at only when the scan found no byte or failed.
 */
function checkEmpty(fn: string, text: string, allowEmpty: boolean, result: Uint8Array | SmsHexIssue): Uint8Array | SmsHexIssue {
  if (result instanceof Uint8Array ? result.length > 0 : !isBlank(text)) return result;
  if (!allowEmpty) return createIssue(fn, 'HEX_EMPTY', { index: 0 });
  // Allowed: "" in strict mode (whitespace there stays HEX_WHITESPACE), and what the lenient scan accepted.
  return text === '' ? new Uint8Array(0) : result;
}
