/**
 * The lean count: how many SMS a text costs, and nothing else.
 *
 * @module
 */

import type { Encoding } from '../codecs/coding.js';
import { assertString } from '../internal/args.js';
import { type ChoiceMaker, choosePlan } from './choose.js';
import { compileSegmentOptions, type CompiledSegmentOptions, type SegmentOptions } from './plan.js';

/**
 * What {@link countSegments} returns: the numbers of a {@link SegmentEstimate},
 * without its detail (the text, the characters that forced UCS-2, the reason,
 * the tables, the header size); `splitGraphemes` only with `keepGraphemes`. Each field equals the estimate's field of
 * the same name for the same text and options.
 *
 * @group Segments
 */
export interface SegmentCount {
  /** The coding: `'gsm7'` (dataCoding 0), `'ucs2'` (8), or `'8bit'` for a legacy coding counted in octets. */
  readonly encoding: Encoding;
  /** The data coding byte to send with. */
  readonly dataCoding: number;
  /** SMS parts billed: 1 for empty text. May exceed `maxParts`; see `exceedsMaxParts`. */
  readonly smsCount: number;
  /** Units of the whole text: septets (an extension character is 2), UTF-16 units, or octets. */
  readonly units: number;
  /** Units one part holds as split: 160/70 for one part, 153/67 (or 152/66 with 16-bit references) for several. */
  readonly unitsPerSegment: number;
  /** How many more units fit in the last part before another part is needed. */
  readonly unitsRemaining: number;
  /** `true` when `smsCount` exceeds `maxParts`: splitting or building would fail with `MESSAGE_TOO_LONG`. */
  readonly exceedsMaxParts: boolean;
  /**
   * Only with `keepGraphemes`: the UTF-16 indices (in the text as sent) where a part begins inside a
   * grapheme cluster, because that cluster alone is longer than one part and had to be cut; empty when
   * every cluster stayed whole.
   */
  readonly splitGraphemes?: readonly number[];
}

/**
 * Counts the parts (`smsCount`) a text costs, with the same coding choice,
 * options and split as {@link estimateSegments}, returning only the numbers:
 * a small object of seven fields (eight with `keepGraphemes`), and no string
 * or array built for it. Use
 * it where texts are counted in bulk or on every keystroke; use
 * {@link estimateSegments} when the answer is shown to a person (which
 * characters forced UCS-2, why, which tables, the transliterated text).
 *
 * Spec: as {@link estimateSegments}.
 *
 * @param text - the message text
 * @param options - see {@link SegmentOptions}
 * @returns the count
 * @throws {@link SmsHexError} as {@link estimateSegments}: `GSM7_UNMAPPABLE` when `dataCoding: 0`
 *   is forced on text outside the tables; `UCS2_LONE_SURROGATE` for a lone surrogate in UCS-2 text;
 *   `CODING_UNMAPPABLE` for a legacy coding
 * @throws `TypeError` / `RangeError` for a wrong argument type or option
 *
 * @example
 * ```ts
 * countSegments('x'.repeat(161));
 * // { encoding: 'gsm7', dataCoding: 0, smsCount: 2, units: 161, unitsPerSegment: 153,
 * //   unitsRemaining: 145, exceedsMaxParts: false }
 * countSegments('Hi 😀').encoding;
 * // 'ucs2'
 * ```
 *
 * @group Segments
 */
export function countSegments(text: string, options?: SegmentOptions): SegmentCount {
  const fn = 'countSegments';
  assertString(fn, 'text', text);
  return countCompiled(fn, text, compileSegmentOptions(fn, options));
}

/**
 * {@link countSegments} of one text under options compiled once.
 *
 * @internal
 */
export function countCompiled(fn: string, text: string, options: CompiledSegmentOptions): SegmentCount {
  return choosePlan(fn, text, options, makeCount);
}

/** The count of a choice: the walk's own measure, which has the count's shape (`TextMeasure` in walk.ts). */
const makeCount: ChoiceMaker<SegmentCount> = (_plan, _text, _replacements, measure) => measure;
