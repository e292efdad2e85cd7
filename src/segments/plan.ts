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
import { assertIntegerInRange, assertOneOf, assertOptionalBoolean, describe, type OptionNames, optionNames, readOptions } from '../internal/args.js';
import { findCoding, octetCoding, readCodings, type PayloadCoding, type TextCoding } from '../codecs/coding.js';
import { gsm7Coding } from '../codecs/gsm7/coding.js';
import { UCS2_CODING } from '../codecs/ucs2/coding.js';
import { readProfiles, type TransliterationOption, type TransliterationProfile } from '../text/transliterate/transliterate.js';
import { SHIFT_ELEMENT_OCTETS } from '../pdu/udh/size.js';
import { MAX_PARTS } from '../pdu/limits.js';
import { concatElementOctets, headerOctets } from '../pdu/udh/size.js';
import type { Encoding } from '../codecs/coding.js';
import { capacityOf } from './capacity.js';

/**
 * Options shared by {@link estimateSegments}, {@link splitText} and (with the
 * message fields) `buildBinaryMessages`.
 *
 * @group Segments
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
  /**
   * Transliteration before coding: `'none'` (default), a profile, or several; every replacement is reported.
   * A list with `'smart'` (and without `NON_UNICODE`) is applied only when it pays: when the replacements
   * change the coding from UCS-2 to GSM 7-bit without adding a part, or lower the part count; otherwise
   * the text is sent unchanged, no replacement is reported, and `reason` says they would save nothing.
   * Under a forced `dataCoding: 0` or a legacy coding the replacements are always made (they are what makes
   * the text fit); the other profiles always replace. See docs/transliteration.md.
   */
  readonly transliterate?: TransliterationOption;
  /** Never end a part inside an extended grapheme cluster (a flag, a skin-tone emoji, a letter with marks). */
  readonly keepGraphemes?: boolean;
  /** Text codings for data codings other than 0 and 8 (e.g. `LEGACY_CODINGS` from `smshex/legacy`). */
  readonly codings?: readonly TextCoding[];
}

/**
 * The names of {@link SegmentOptions}.
 *
 * @internal
 */
export const SEGMENT_OPTIONS: OptionNames = /* @__PURE__ */ optionNames<SegmentOptions>({
  dataCoding: true,
  referenceBits: true,
  maxParts: true,
  language: true,
  languages: true,
  transliterate: true,
  keepGraphemes: true,
  codings: true,
  lockingShift: true,
  singleShift: true,
});

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
  /** The text coding for `'8bit'` text (legacy codings). */
  readonly coding: TextCoding | undefined;
  /** The coding as a value: what splitting and encoding ask instead of branching on `encoding`. */
  readonly payload: PayloadCoding;
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
 * Reads and checks the options of a segmenting function: an option outside
 * `names` is a `TypeError`; `null` when the caller checked the keys itself
 * (a builder's input, whose other fields are not options).
 *
 * @internal
 */
export function readSegmentOptions(fn: string, options: unknown, names: OptionNames | null = SEGMENT_OPTIONS): ResolvedSegmentOptions {
  const opts = readOptions<SegmentOptions>(fn, options, names ?? undefined);
  const dataCoding = opts.dataCoding === undefined ? 'auto' : opts.dataCoding;
  let coding: TextCoding | undefined;
  if (dataCoding !== 'auto' && dataCoding !== 0 && dataCoding !== 8) {
    if (typeof dataCoding === 'string') throw new RangeError(`${fn}: dataCoding must be 'auto' or a data coding byte 0-255, got '${dataCoding}'`);
    assertIntegerInRange(fn, 'dataCoding', dataCoding, 0, 255);
    coding = findCoding(fn, dataCoding, readCodings(fn, opts.codings));
  } else readCodings(fn, opts.codings);
  const referenceBits = opts.referenceBits === undefined ? 8 : opts.referenceBits;
  assertOneOf(fn, 'referenceBits', referenceBits, REFERENCE_BITS);
  const maxParts = opts.maxParts === undefined ? MAX_PARTS : opts.maxParts;
  assertIntegerInRange(fn, 'maxParts', maxParts, 1, MAX_PARTS);
  assertOptionalBoolean(fn, 'keepGraphemes', opts.keepGraphemes);
  const language = readLanguage(fn, opts);
  const profiles = readProfiles(fn, opts.transliterate);
  const keepGraphemes = opts.keepGraphemes === true;
  if (
    dataCoding === 'auto' && referenceBits === 8 && maxParts === MAX_PARTS && language === NO_LANGUAGE &&
    profiles.length === 0 && !keepGraphemes
  ) {
    return DEFAULT_OPTIONS;
  }
  return { dataCoding, coding, referenceBits, maxParts, language, profiles, keepGraphemes };
}

/**
 * Options compiled once into everything a text needs to be measured and
 * split: the checked options, and the plan of every candidate coding (the
 * GSM 7-bit candidates, default alphabet first, then UCS-2, or the one
 * legacy coding asked for) with the header octets of the caller's own
 * elements already counted. Read-only, and frozen where shared (the default
 * plan); one compiled plan serves any number of texts (`estimateMany`).
 *
 * @internal
 */
export interface CompiledSegmentOptions extends ResolvedSegmentOptions {
  /** Octets of the caller's own information elements (ports, …) every part carries. */
  readonly extraElementOctets: number;
  /** The GSM 7-bit candidates with their plans, the default alphabet first; empty for forced UCS-2 or a legacy coding. */
  readonly gsm: readonly { readonly candidate: ShiftSelection; readonly plan: SegmentPlan }[];
  /** The candidates' selections alone (what the characters outside every table are looked for in). */
  readonly candidates: readonly ShiftSelection[];
  /** The UCS-2 plan. */
  readonly ucs2: SegmentPlan;
  /** The plan of the legacy coding asked for, when one was. */
  readonly octet: SegmentPlan | undefined;
  /** The character set a transliteration aims at: the explicit tables, or the default alphabet. */
  readonly transliterationCharset: Gsm7Charset;
}

/**
 * Compiles segment options (see {@link CompiledSegmentOptions}); a call
 * without options, or with only default values, gets {@link DEFAULT_COMPILED}
 * itself.
 *
 * @internal
 */
export function compileSegmentOptions(fn: string, options: unknown, extraElementOctets = 0, names: OptionNames | null = SEGMENT_OPTIONS): CompiledSegmentOptions {
  const resolved = options === undefined ? DEFAULT_OPTIONS : readSegmentOptions(fn, options, names);
  if (resolved === DEFAULT_OPTIONS && extraElementOctets === 0) return DEFAULT_COMPILED;
  return compileResolved(resolved, extraElementOctets);
}

function compileResolved(options: ResolvedSegmentOptions, extraElementOctets: number): CompiledSegmentOptions {
  // Written out field by field, and frozen only where shared (DEFAULT_COMPILED): a plan compiled
  // for one call never leaves smshex, and spreading or freezing it would cost more than the measuring.
  const all = gsmCandidates(options.language);
  const coding = options.coding;
  const gsm: { readonly candidate: ShiftSelection; readonly plan: SegmentPlan }[] = [];
  if (coding === undefined && options.dataCoding !== 8) {
    for (const candidate of all) {
      const octets = extraElementOctets + candidate.shiftElements * SHIFT_ELEMENT_OCTETS;
      gsm.push({ candidate, plan: makePlan('gsm7', 0, options, octets, candidate.charset) });
    }
  }
  return {
    dataCoding: options.dataCoding,
    coding,
    referenceBits: options.referenceBits,
    maxParts: options.maxParts,
    language: options.language,
    profiles: options.profiles,
    keepGraphemes: options.keepGraphemes,
    extraElementOctets,
    gsm,
    candidates: all,
    ucs2: makePlan('ucs2', 8, options, extraElementOctets),
    octet: coding === undefined ? undefined : makePlan('8bit', coding.dataCoding, options, extraElementOctets, DEFAULT_CHARSET, coding),
    transliterationCharset: options.language.kind === 'explicit' ? options.language.selection.charset : DEFAULT_CHARSET,
  };
}

/** Freezes a compiled plan and everything in it, for a plan shared by every call. */
function freezeCompiled(compiled: CompiledSegmentOptions): CompiledSegmentOptions {
  for (const entry of compiled.gsm) Object.freeze(Object.freeze(entry).plan);
  Object.freeze(compiled.gsm);
  Object.freeze(compiled.ucs2);
  return Object.freeze(compiled);
}

const DEFAULT_SHIFTS: ShiftSelection = /* @__PURE__ */ Object.freeze({ charset: DEFAULT_CHARSET, shiftElements: 0 });
const ONLY_DEFAULT: readonly ShiftSelection[] = /* @__PURE__ */ Object.freeze([DEFAULT_SHIFTS]);

/** The GSM 7-bit candidates, the default alphabet first. */
function gsmCandidates(language: LanguageChoice): readonly ShiftSelection[] {
  if (language.kind === 'none') return ONLY_DEFAULT;
  if (language.kind === 'explicit') return [language.selection];
  const candidates: ShiftSelection[] = [DEFAULT_SHIFTS];
  for (const compiled of language.languages) for (const selection of compiled.selections) candidates.push(selection);
  return candidates;
}

const REFERENCE_BITS: readonly (8 | 16)[] = /* @__PURE__ */ Object.freeze([8, 16] as const);
const NO_LANGUAGE: LanguageChoice = /* @__PURE__ */ Object.freeze({ kind: 'none' });
const NO_PROFILES: readonly TransliterationProfile[] = /* @__PURE__ */ Object.freeze([]);
const DEFAULT_OPTIONS: ResolvedSegmentOptions = /* @__PURE__ */ Object.freeze({
  dataCoding: 'auto',
  coding: undefined,
  referenceBits: 8,
  maxParts: MAX_PARTS,
  language: NO_LANGUAGE,
  profiles: NO_PROFILES,
  keepGraphemes: false,
});

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
  if (language === 'none') return NO_LANGUAGE;
  if (language === 'auto') {
    if (!Array.isArray(opts.languages)) {
      throw new TypeError(
        `${fn}: language 'auto' needs languages, the national languages to try (e.g. [TURKISH] or Object.values(NATIONAL_LANGUAGES)), got ${describe(opts.languages)}`,
      );
    }
    // An index loop, not map: map skips the holes of a sparse array, which then reached the plan as undefined.
    const given = opts.languages as unknown[];
    const languages: CompiledLanguage[] = [];
    for (let i = 0; i < given.length; i++) languages.push(requireLanguage(fn, `languages[${i}]`, given[i]));
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
    payload: encoding === 'gsm7' ? gsm7Coding(charset) : encoding === 'ucs2' ? UCS2_CODING : octetCoding(coding),
    referenceBits: options.referenceBits,
    maxParts: options.maxParts,
    fixedElementOctets,
    singleHeaderOctets,
    multiHeaderOctets,
    singleCapacity: capacityOf(encoding, singleHeaderOctets),
    multiCapacity: capacityOf(encoding, multiHeaderOctets),
  };
}

/**
 * The compiled plan of a call without options (default alphabet or UCS-2,
 * 8-bit references, 255 parts), made once at load.
 *
 * @internal
 */
export const DEFAULT_COMPILED: CompiledSegmentOptions = /* @__PURE__ */ freezeCompiled(/* @__PURE__ */ compileResolved(DEFAULT_OPTIONS, 0));
