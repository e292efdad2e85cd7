/**
 * How many SMS a text costs, before sending it.
 *
 * @module
 */

import type { Replacement } from '../codecs/gsm7/codec.js';
import type { LanguageCode } from '../codecs/gsm7/tables/index.js';
import { assertString } from '../internal/args.js';
import type { SegmentCount } from './count.js';
import { type ChoiceMaker, choosePlan, nonGsmCharactersOf, reasonOf } from './choose.js';
import { compileSegmentOptions, type CompiledSegmentOptions, type SegmentOptions } from './plan.js';

/**
 * What {@link estimateSegments} returns: the numbers of the count
 * ({@link SegmentCount}: `encoding`, `dataCoding`, `smsCount`, `units`,
 * `unitsPerSegment`, `unitsRemaining`, `exceedsMaxParts`, and `splitGraphemes` with `keepGraphemes`)
 * and the detail.
 *
 * @group Segments
 */
export interface SegmentEstimate extends SegmentCount {
  /** The distinct characters that forced UCS-2 (outside every GSM 7-bit table considered), in order of first appearance; empty for GSM, and empty when every character is in some table but no one table combination holds them all (then `reason` names the characters outside the closest one). */
  readonly nonGsmCharacters: readonly string[];
  /** Octets of User Data Header each part carries (0 for one plain part). */
  readonly headerOctets: number;
  /**
   * The code of the national language whose locking-shift table is used (IE 0x25 in every part), if
   * any: `NATIONAL_LANGUAGES[code]` is the language object the `lockingShift` option takes.
   */
  readonly lockingShiftCode?: LanguageCode;
  /** The code of the national language whose single-shift table is used (IE 0x24 in every part), if any. */
  readonly singleShiftCode?: LanguageCode;
  /** Why this coding and these tables were chosen, in one sentence. */
  readonly reason: string;
  /** The text as it will be sent: the input, or its transliteration when `transliterate` was asked for. */
  readonly text: string;
  /** Every transliteration made (empty unless `transliterate` was asked for). */
  readonly replacements: readonly Replacement[];
  /** The part limit in force (255 unless `maxParts` lowered it). */
  readonly maxParts: number;
}

/**
 * Estimates the parts (`smsCount`) a text costs and how full the last one is.
 * The coding is chosen as the cheapest among the candidates the options
 * allow: the default alphabet, national language tables (`language`,
 * `lockingShift`/`singleShift`), UCS-2; the count follows the same split as
 * {@link splitText}: an extension character or a surrogate pair (with
 * `keepGraphemes`, a grapheme cluster) is never divided, so 153 `]` take 3
 * parts, not 2. Without language or transliteration options it is one pass
 * over GSM 7-bit text (two over UCS-2 text) with a plan compiled at load.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24.1 (concatenation), §9.2.3.24.15/16 (shift IEs);
 * TS 23.038 §6.2.1 (septets), Annex A (national tables), §6.2.3 (UCS2).
 *
 * @param text - the message text
 * @param options - see {@link SegmentOptions}
 * @returns the estimate
 * @throws {@link SmsHexError} `GSM7_UNMAPPABLE` when `dataCoding: 0` is forced on text outside the
 *   tables; `UCS2_LONE_SURROGATE` for a lone surrogate in UCS-2 text; `CODING_UNMAPPABLE` for a legacy coding
 * @throws `TypeError` / `RangeError` for a wrong argument type or option
 *
 * @example
 * ```ts
 * estimateSegments('x'.repeat(161));
 * // { encoding: 'gsm7', dataCoding: 0, smsCount: 2, units: 161, unitsPerSegment: 153,
 * //   unitsRemaining: 145, nonGsmCharacters: [], headerOctets: 6, … }
 * estimateSegments('Hi 😀').nonGsmCharacters;
 * // ['😀']
 * estimateSegments("Şişli'de güzel bir gün", { language: TURKISH });
 * // { encoding: 'gsm7', smsCount: 1, singleShiftCode: 'tr', headerOctets: 4, unitsPerSegment: 155, … }
 * ```
 *
 * @group Segments
 */
export function estimateSegments(text: string, options?: SegmentOptions): SegmentEstimate {
  return estimateNamed('estimateSegments', text, options);
}

/**
 * {@link estimateSegments}, naming `fn` in its errors.
 *
 * @internal
 */
export function estimateNamed(fn: string, text: string, options?: SegmentOptions): SegmentEstimate {
  assertString(fn, 'text', text);
  return estimateCompiled(fn, text, compileSegmentOptions(fn, options));
}

/**
 * {@link estimateSegments} of one text under options compiled once.
 *
 * @internal
 */
export function estimateCompiled(fn: string, text: string, options: CompiledSegmentOptions): SegmentEstimate {
  return choosePlan(fn, text, options, makeEstimate);
}

/** The estimate of a choice, made directly from what {@link choosePlan} decided. */
const makeEstimate: ChoiceMaker<SegmentEstimate> = (plan, sent, replacements, measure, graphemes, candidate, why, rival, options, note) => {
  const multi = measure.smsCount > 1;
  const nonGsmCharacters = nonGsmCharactersOf(why, sent, options);
  const because = reasonOf(why, sent, options, plan, candidate, rival, nonGsmCharacters);
  const reason = note === undefined ? because : `${because}; ${note}`;
  const estimate: { -readonly [K in keyof SegmentEstimate]: SegmentEstimate[K] } = {
    encoding: measure.encoding,
    dataCoding: measure.dataCoding,
    smsCount: measure.smsCount,
    units: measure.units,
    unitsPerSegment: measure.unitsPerSegment,
    unitsRemaining: measure.unitsRemaining,
    nonGsmCharacters,
    headerOctets: multi ? plan.multiHeaderOctets : plan.singleHeaderOctets,
    reason,
    text: sent,
    replacements,
    maxParts: plan.maxParts,
    exceedsMaxParts: measure.exceedsMaxParts,
  };
  if (candidate?.lockingShift !== undefined) estimate.lockingShiftCode = candidate.lockingShift.code;
  if (candidate?.singleShift !== undefined) estimate.singleShiftCode = candidate.singleShift.code;
  if (graphemes !== null) estimate.splitGraphemes = measure.splitGraphemes ?? [];
  return estimate;
};
