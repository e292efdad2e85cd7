/**
 * The shape of a text coding beyond the two the core builds in (0 GSM 7-bit,
 * 8 UCS-2), and how core functions find the one a caller passed. There is no
 * registry: a caller hands the codings to each call (`{ codings }`), so
 * nothing is global and the core never loads a coding it was not given.
 *
 * @module
 */

import type { Locate, SmsHexIssue } from '../errors.js';
import { assertIntegerInRange, describe } from '../internal/args.js';

/**
 * A text coding for one data coding byte: the legacy codings of
 * `smshex/legacy` (1 IA5, 3 Latin-1, 6 Cyrillic, 7 Hebrew, 2 and 4 8-bit
 * data) have this shape, and so can a caller's own. Core functions take them
 * explicitly through their `codings` option.
 *
 * Contract: `encode` throws {@link SmsHexError} `CODING_UNMAPPABLE` with the
 * index and the character for anything it cannot write (never a silent
 * substitute); `decode` throws `CODING_UNDEFINED_BYTE` with the offset of a
 * byte the coding does not define. For the single-byte codings of
 * `smshex/legacy`, every character is exactly one octet.
 *
 * Spec: SMPP 3.4 §5.2.19 (`data_coding` values).
 *
 * @example
 * ```ts
 * import { encodeText } from 'smshex';
 * import { LEGACY_CODINGS, ISO_8859_1 } from 'smshex/legacy';
 *
 * ISO_8859_1.dataCoding;                    // 3
 * ISO_8859_1.encode('café');                // Uint8Array [0x63, 0x61, 0x66, 0xe9]
 * encodeText('café', { dataCoding: 3, codings: LEGACY_CODINGS }).hex;
 * // '63 61 66 e9'
 * ```
 *
 * @group Codecs
 */
export interface TextCoding {
  /** The data coding byte this coding is sent with (0–255, never the built-in 0 or 8). */
  readonly dataCoding: number;
  /** A name for people and messages, e.g. `'ISO-8859-1 (Latin-1)'`. */
  readonly name: string;
  /** Text to octets; throws `CODING_UNMAPPABLE` for a character the coding lacks. */
  encode(text: string): Uint8Array;
  /** Octets to text; throws `CODING_UNDEFINED_BYTE` for a byte the coding does not define. */
  decode(bytes: Uint8Array): string;
}

/**
 * The data codings the core encodes and decodes without being given a coding.
 *
 * @internal
 */
export const BUILT_IN_DATA_CODINGS: readonly number[] = /* @__PURE__ */ Object.freeze([0, 8]);

/**
 * Checks a `codings` option: `undefined` or an array of {@link TextCoding}
 * with distinct data codings other than the built-in 0 and 8.
 *
 * @internal
 */
export function readCodings(fn: string, value: unknown): readonly TextCoding[] {
  if (value === undefined) return NO_CODINGS;
  if (!Array.isArray(value)) throw new TypeError(`${fn}: codings must be an array of text codings, got ${describe(value)}`);
  const seen = new Set<number>();
  for (let i = 0; i < value.length; i++) {
    const coding: unknown = value[i];
    if (!isTextCoding(coding)) {
      throw new TypeError(`${fn}: codings[${i}] must be a text coding { dataCoding, name, encode, decode }, got ${describe(coding)}`);
    }
    assertIntegerInRange(fn, `codings[${i}].dataCoding`, coding.dataCoding, 0, 255);
    if (BUILT_IN_DATA_CODINGS.includes(coding.dataCoding)) {
      throw new RangeError(`${fn}: codings[${i}] has dataCoding ${coding.dataCoding}, which is built in and cannot be replaced`);
    }
    if (seen.has(coding.dataCoding)) throw new RangeError(`${fn}: codings has dataCoding ${coding.dataCoding} twice`);
    seen.add(coding.dataCoding);
  }
  return value as readonly TextCoding[];
}

const NO_CODINGS: readonly TextCoding[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The coding for `dataCoding` among `codings`, or a `RangeError` that says
 * where the legacy codings come from.
 *
 * @internal
 */
export function findCoding(fn: string, dataCoding: number, codings: readonly TextCoding[]): TextCoding {
  for (const coding of codings) if (coding.dataCoding === dataCoding) return coding;
  throw new RangeError(
    `${fn}: dataCoding ${dataCoding} needs a text coding: the core knows 0 (GSM 7-bit) and 8 (UCS-2); ` +
      `import { LEGACY_CODINGS } from 'smshex/legacy' (1, 2, 3, 4, 6, 7) and pass { codings: LEGACY_CODINGS }`,
  );
}

/**
 * Checks a `dataCoding` argument: an integer 0–255 (`TypeError` for a
 * non-number, `RangeError` otherwise).
 *
 * @internal
 */
export function assertDataCoding(fn: string, value: unknown): asserts value is number {
  assertIntegerInRange(fn, 'dataCoding', value, 0, 255);
}

/**
 * Runs a caller-supplied coding's `encode` and checks it kept the contract.
 *
 * @internal
 */
export function encodeWith(fn: string, coding: TextCoding, text: string): Uint8Array {
  const bytes: unknown = coding.encode(text);
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`${fn}: the coding ${JSON.stringify(coding.name)} returned ${describe(bytes)}, not a Uint8Array`);
  }
  return bytes;
}

/**
 * Runs a caller-supplied coding's `decode` and checks it kept the contract.
 *
 * @internal
 */
export function decodeWith(fn: string, coding: TextCoding, bytes: Uint8Array): string {
  const text: unknown = coding.decode(bytes);
  if (typeof text !== 'string') {
    throw new TypeError(`${fn}: the coding ${JSON.stringify(coding.name)} returned ${describe(text)}, not a string`);
  }
  return text;
}

function isTextCoding(value: unknown): value is TextCoding {
  if (value === null || typeof value !== 'object') return false;
  const c = value as Partial<Record<keyof TextCoding, unknown>>;
  return typeof c.name === 'string' && typeof c.encode === 'function' && typeof c.decode === 'function' && typeof c.dataCoding === 'number';
}

/**
 * The units a coding counts in: septets (`'gsm7'`), UTF-16 units (`'ucs2'`) or octets (`'8bit'`).
 *
 * @group Codecs
 */
export type Encoding = 'gsm7' | 'ucs2' | '8bit';

/**
 * A coding as a value: what every layer above the codecs asks instead of
 * branching on which coding it is. GSM 7-bit (one per pair of tables), UCS-2,
 * and the octet codings (8-bit data, the legacy single-byte codings) each
 * have one.
 *
 * @internal
 */
export interface PayloadCoding {
  /** The units it counts in. */
  readonly encoding: Encoding;
  /** Octets of one unit: 2 for UCS-2, 1 otherwise. */
  readonly octetsPerUnit: 1 | 2;
  /**
   * Text to payload octets; throws positioned at the character's index in `text`.
   * With `scratch`, the octets may be a view of memory it gives (see {@link Scratch}).
   */
  encode(fn: string, text: string, scratch?: Scratch): Uint8Array;
  /**
   * Payload octets to text, or the first problem as an issue: octet `i` is
   * position `offset + i`, reported where `locate` says (else at the position).
   */
  decode(fn: string, bytes: Uint8Array, offset?: number, locate?: Locate): string | SmsHexIssue;
  /**
   * Units of the atom that must not be split (an escape pair, a surrogate
   * pair; else one unit) starting at unit `unit` of a ready payload; throws
   * positioned for octets that are not a valid payload of the coding.
   */
  atom(fn: string, bytes: Uint8Array, unit: number): number;
  /**
   * Whether unit `unit` of a payload this coding encoded (valid, so not
   * checked) is the first of a two-unit atom: an escape, a high surrogate.
   * Lets a payload just encoded be cut at its part boundaries without
   * reading the units between them.
   */
  opensAtom(bytes: Uint8Array, unit: number): boolean;
}

/**
 * Memory for a result that its caller uses up before the call that asked
 * for it returns (a builder's payload, which only its hex outlives): `size`
 * bytes, their content undefined. A coding may write there instead of
 * allocating an array of its own, which on V8 costs more than encoding a
 * short text when it is over 64 bytes; the host's pool (Node's `Buffer`)
 * hands out such memory for almost nothing. Nothing written there is ever
 * returned to a caller of the library.
 *
 * @internal
 */
export type Scratch = (size: number) => Uint8Array;

/**
 * The octet coding for a data coding other than 0 and 8: a caller's or a
 * legacy {@link TextCoding} for text, or none for 8-bit data given as bytes
 * (which is never encoded or decoded as text).
 *
 * @internal
 */
export function octetCoding(coding: TextCoding | undefined): PayloadCoding {
  return coding === undefined ? OCTETS : { encoding: '8bit', octetsPerUnit: 1, encode: (fn, text) => encodeWith(fn, coding, text), decode: (fn, bytes) => decodeWith(fn, coding, bytes), atom: () => 1, opensAtom: () => false };
}

const OCTETS: PayloadCoding = /* @__PURE__ */ Object.freeze({
  encoding: '8bit',
  octetsPerUnit: 1,
  encode: (fn: string): Uint8Array => {
    throw new TypeError(`${fn}: 8-bit data without a text coding has no text`);
  },
  decode: (fn: string): string => {
    throw new TypeError(`${fn}: 8-bit data without a text coding has no text`);
  },
  atom: (): number => 1,
  opensAtom: (): boolean => false,
});
