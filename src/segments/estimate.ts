/**
 * How many SMS a text costs, before sending it.
 *
 * @module
 */

import { DEFAULT_CHARSET, type Gsm7Charset } from '../gsm7/charset.js';
import { lookupSeptet, NONE } from '../gsm7/table.js';
import { assertString } from '../internal/args.js';
import { codePointAt } from '../internal/text.js';
import type { Encoding } from './capacity.js';
import { planFor, readSegmentOptions, type SegmentOptions } from './plan.js';
import { walkText } from './walk.js';

/** What {@link estimateSegments} returns. */
export interface SegmentEstimate {
  /** The coding: `'GSM7'` (dataCoding 0) or `'UCS2'` (dataCoding 8). */
  readonly encoding: Extract<Encoding, 'GSM7' | 'UCS2'>;
  /** The data coding byte to send with. */
  readonly dataCoding: number;
  /** SMS parts billed: 1 for empty text. May exceed `maxParts`; see `exceedsMaxParts`. */
  readonly smsCount: number;
  /** Units of the whole text: septets (an extension character is 2) or UTF-16 units. */
  readonly units: number;
  /** Units one part holds as split: 160/70 for one part, 153/67 (or 152/66 with 16-bit references) for several. */
  readonly unitsPerSegment: number;
  /** How many more units fit in the last part before another part is needed. */
  readonly unitsRemaining: number;
  /** The distinct characters outside the GSM 7-bit tables, in order of first appearance (empty for GSM). */
  readonly nonGsmCharacters: readonly string[];
  /** Octets of User Data Header each part carries (0 for one plain part). */
  readonly headerOctets: number;
  /** The part limit in force (255 unless `maxParts` lowered it). */
  readonly maxParts: number;
  /** `true` when `smsCount` exceeds `maxParts`: splitting or building would fail with `MESSAGE_TOO_LONG`. */
  readonly exceedsMaxParts: boolean;
}

const NO_CHARACTERS: readonly string[] = Object.freeze([]);

/**
 * Estimates the parts (`smsCount`) a text costs and how full the last one is,
 * choosing the coding as {@link encodeText} does. The count follows the same
 * split as {@link splitText}: an extension character or a surrogate pair is
 * never divided, so 153 `]` take 3 parts, not 2. Does the work of one pass
 * and allocates only its result.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24.1 (concatenation), TS 23.038 §6.2.1 (septets), §6.2.3 (UCS2).
 *
 * @param text - the message text
 * @param options - `dataCoding` (`'auto'`, 0, 8), `referenceBits` (8, 16), `maxParts` (1–255)
 * @returns the estimate
 * @throws {@link SmsHexError} `GSM7_UNMAPPABLE` when `dataCoding: 0` is forced on text outside the
 *   tables; `UCS2_LONE_SURROGATE` for a lone surrogate in UCS-2 text
 * @throws `TypeError` / `RangeError` for a wrong argument type or option
 *
 * @example
 * ```ts
 * estimateSegments('x'.repeat(161));
 * // { encoding: 'GSM7', dataCoding: 0, smsCount: 2, units: 161, unitsPerSegment: 153,
 * //   unitsRemaining: 145, nonGsmCharacters: [], headerOctets: 6, maxParts: 255, exceedsMaxParts: false }
 * estimateSegments('Hi 😀').nonGsmCharacters;
 * // ['😀']
 * ```
 */
export function estimateSegments(text: string, options?: SegmentOptions): SegmentEstimate {
  const fn = 'estimateSegments';
  assertString(fn, 'text', text);
  const opts = readSegmentOptions(fn, options);
  const plan = planFor(text, opts);
  const measure = walkText(fn, text, plan, null);
  const multi = measure.parts > 1;
  const unitsPerSegment = multi ? plan.multiCapacity : plan.singleCapacity;
  return {
    encoding: plan.encoding === 'GSM7' ? 'GSM7' : 'UCS2',
    dataCoding: plan.dataCoding,
    smsCount: measure.parts,
    units: measure.units,
    unitsPerSegment,
    unitsRemaining: unitsPerSegment - measure.lastUnits,
    nonGsmCharacters: plan.encoding === 'GSM7' ? NO_CHARACTERS : outsideCharset(text, DEFAULT_CHARSET),
    headerOctets: multi ? plan.multiHeaderOctets : plan.singleHeaderOctets,
    maxParts: plan.maxParts,
    exceedsMaxParts: measure.parts > plan.maxParts,
  };
}

/**
 * The distinct code points of `text` outside `charset`, in order of first appearance.
 *
 * @internal
 */
export function outsideCharset(text: string, charset: Gsm7Charset): readonly string[] {
  const seen = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (lookupSeptet(charset.locking, unit) !== NONE || lookupSeptet(charset.single, unit) !== NONE) continue;
    const character = codePointAt(text, i);
    seen.add(character);
    i += character.length - 1;
  }
  return seen.size === 0 ? NO_CHARACTERS : Object.freeze([...seen]);
}
