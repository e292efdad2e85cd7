/**
 * From the caller's options to a segmentation plan: which coding, which
 * character tables, how many header octets every part carries, and so how
 * many units one part holds.
 *
 * @internal
 * @module
 */

import { DEFAULT_CHARSET, type Gsm7Charset } from '../codecs/gsm7/charset.js';
import type { CompiledLanguage, NationalLanguage, ShiftSelection } from '../codecs/gsm7/tables/language.js';
import { requireLanguage, shiftSelection, type ShiftTableOptions } from '../codecs/gsm7/resolve-charset.js';
import { assertIntegerInRange, assertOneOf, assertOptionalBoolean, describe, readOptions } from '../internal/args.js';
import { findCoding, readCodings, type TextCoding } from '../codecs/coding.js';
import { readProfiles, type TransliterationOption, type TransliterationProfile } from '../text/transliterate/transliterate.js';
import { MAX_PARTS } from '../pdu/limits.js';
import { concatElementOctets, headerOctets } from '../pdu/udh/size.js';
import { type Encoding, capacityOf } from './capacity.js';

/**
 * Options shared by {@link estimateSegments}, {@link splitText} and (with the
 * message fields) `buildBinaryMessages`.
 */
export interface SegmentOptions extends ShiftTableOptions {
  /**
   * `'auto'` (default): GSM 7-bit (0) when the text fits the GSM 7-bit tables
   * considered, else UCS-2 (8). `0` or `8` forces it; another data coding byte
   * needs its coding in `codings` (see `smshex/legacy`), counted in octets.
   */
  readonly dataCoding?: 'auto' | number;
  /** Size of the concatenation reference: 8 (default, IE 0x00, 6-octet header) or 16 (IE 0x08, 7 octets). */
  readonly referenceBits?: 8 | 16;
  /** The most parts allowed, 1–255 (default 255, the most TS 23.040 allows). */
  readonly maxParts?: number;
  /**
   * National language tables to consider (TS 23.038 Annex A): `'none'`
   * (default), a language (`TURKISH`, `SPANISH`, `NATIONAL_LANGUAGES.hi`, …:
   * its tables as needed), or `'auto'` (every language in `languages`, and
   * UCS-2, whichever gives the fewest parts). The recipient's handset must
   * support the tables. Not together with explicit `lockingShift` / `singleShift`.
   */
  readonly language?: NationalLanguage | 'auto' | 'none';
  /**
   * With `language: 'auto'` (and required by it), the languages the recipient's
   * handset supports, e.g. `[TURKISH]` or `Object.values(NATIONAL_LANGUAGES)` for all 13.
   */
  readonly languages?: readonly NationalLanguage[];
  /** Transliteration before coding: `'none'` (default), a profile, or several; every replacement is reported. */
  readonly transliterate?: TransliterationOption;
  /** Never end a part inside an extended grapheme cluster (a flag, a skin-tone emoji, a letter with marks). */
  readonly keepGraphemes?: boolean;
  /** Text codings for data codings other than 0 and 8 (e.g. `LEGACY_CODINGS` from `smshex/legacy`). */
  readonly codings?: readonly TextCoding[];
}

/** How the tables were asked for. */
export type LanguageChoice =
  | { readonly kind: 'none' }
  | { readonly kind: 'explicit'; readonly selection: ShiftSelection }
  | { readonly kind: 'language'; readonly languages: readonly CompiledLanguage[] }
  | { readonly kind: 'auto'; readonly languages: readonly CompiledLanguage[] };

/**
 * The options, checked and resolved.
 *
 * @internal
 */
export interface ResolvedSegmentOptions {
  readonly dataCoding: 'auto' | number;
  readonly coding: TextCoding | undefined;
  readonly referenceBits: 8 | 16;
  readonly maxParts: number;
  readonly language: LanguageChoice;
  readonly profiles: readonly TransliterationProfile[];
  readonly keepGraphemes: boolean;
}

/**
 * A resolved plan.
 *
 * @internal
 */
export interface SegmentPlan {
  readonly encoding: Encoding;
  readonly dataCoding: number;
  readonly charset: Gsm7Charset;
  /** The text coding for `'8BIT'` text (legacy codings). */
  readonly coding: TextCoding | undefined;
  readonly referenceBits: 8 | 16;
  readonly maxParts: number;
  /** Octets of information elements every part carries besides concatenation. */
  readonly fixedElementOctets: number;
  /** Header octets (length octet included) of a message sent as one part; 0 without elements. */
  readonly singleHeaderOctets: number;
  /** Header octets of each part of a concatenated message. */
  readonly multiHeaderOctets: number;
  /** Units of a message sent as one part. */
  readonly singleCapacity: number;
  /** Units of each part of a concatenated message. */
  readonly multiCapacity: number;
}

/**
 * Reads and checks the options of a segmenting function.
 *
 * @internal
 */
export function readSegmentOptions(fn: string, options: unknown): ResolvedSegmentOptions {
  const opts = readOptions<SegmentOptions>(fn, options);
  const dataCoding = opts.dataCoding === undefined ? 'auto' : opts.dataCoding;
  let coding: TextCoding | undefined;
  if (dataCoding !== 'auto' && dataCoding !== 0 && dataCoding !== 8) {
    if (typeof dataCoding === 'string') throw new RangeError(`${fn}: dataCoding must be 'auto' or a data coding byte 0-255, got '${dataCoding}'`);
    assertIntegerInRange(fn, 'dataCoding', dataCoding, 0, 255);
    coding = findCoding(fn, dataCoding, readCodings(fn, opts.codings));
  } else readCodings(fn, opts.codings);
  const referenceBits = opts.referenceBits === undefined ? 8 : opts.referenceBits;
  assertOneOf(fn, 'referenceBits', referenceBits, [8, 16] as const);
  const maxParts = opts.maxParts === undefined ? MAX_PARTS : opts.maxParts;
  assertIntegerInRange(fn, 'maxParts', maxParts, 1, MAX_PARTS);
  assertOptionalBoolean(fn, 'keepGraphemes', opts.keepGraphemes);
  return {
    dataCoding,
    coding,
    referenceBits,
    maxParts,
    language: readLanguage(fn, opts),
    profiles: readProfiles(fn, opts.transliterate),
    keepGraphemes: opts.keepGraphemes === true,
  };
}

function readLanguage(fn: string, opts: Partial<SegmentOptions>): LanguageChoice {
  const language = opts.language === undefined ? 'none' : opts.language;
  const explicit = opts.lockingShift !== undefined || opts.singleShift !== undefined;
  if (opts.languages !== undefined && language !== 'auto') {
    throw new TypeError(`${fn}: languages limits language: 'auto'; it has no meaning with language ${describe(language)}`);
  }
  if (explicit) {
    if (language !== 'none') throw new TypeError(`${fn}: give either language or lockingShift/singleShift, not both`);
    return { kind: 'explicit', selection: shiftSelection(fn, { lockingShift: opts.lockingShift, singleShift: opts.singleShift }) };
  }
  if (language === 'none') return { kind: 'none' };
  if (language === 'auto') {
    if (!Array.isArray(opts.languages)) {
      throw new TypeError(
        `${fn}: language 'auto' needs languages, the national languages to try (e.g. [TURKISH] or Object.values(NATIONAL_LANGUAGES)), got ${describe(opts.languages)}`,
      );
    }
    const languages = (opts.languages as unknown[]).map((value, i) => requireLanguage(fn, `languages[${i}]`, value));
    return { kind: 'auto', languages };
  }
  return { kind: 'language', languages: [requireLanguage(fn, 'language', language, "'none', 'auto' or ")] };
}

/**
 * Builds a plan for a known encoding and charset.
 *
 * @internal
 */
export function makePlan(
  encoding: Encoding,
  dataCoding: number,
  options: { readonly referenceBits: 8 | 16; readonly maxParts: number },
  fixedElementOctets = 0,
  charset: Gsm7Charset = DEFAULT_CHARSET,
  coding: TextCoding | undefined = undefined,
): SegmentPlan {
  const singleHeaderOctets = headerOctets(fixedElementOctets);
  const multiHeaderOctets = headerOctets(fixedElementOctets + concatElementOctets(options.referenceBits));
  return {
    encoding,
    dataCoding,
    charset,
    coding,
    referenceBits: options.referenceBits,
    maxParts: options.maxParts,
    fixedElementOctets,
    singleHeaderOctets,
    multiHeaderOctets,
    singleCapacity: capacityOf(encoding, singleHeaderOctets),
    multiCapacity: capacityOf(encoding, multiHeaderOctets),
  };
}

const DEFAULT_LIMITS = { referenceBits: 8, maxParts: MAX_PARTS } as const;
/**
 * The GSM 7-bit plan of a call without options (default alphabet, 8-bit references, 255 parts), made once.
 *
 * @internal
 */
export const DEFAULT_GSM7_PLAN: SegmentPlan = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ makePlan('GSM7', 0, DEFAULT_LIMITS));
/**
 * The UCS-2 plan of a call without options, made once.
 *
 * @internal
 */
export const DEFAULT_UCS2_PLAN: SegmentPlan = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ makePlan('UCS2', 8, DEFAULT_LIMITS));
