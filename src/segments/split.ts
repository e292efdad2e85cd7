/**
 * Text into the parts of a concatenated SMS.
 *
 * @module
 */

import { encodeSeptets } from '../gsm7/codec.js';
import { createError } from '../errors.js';
import { assertString } from '../internal/args.js';
import { encodeUcs2Units } from '../ucs2/codec.js';
import { planFor, readSegmentOptions, type SegmentOptions, type SegmentPlan } from './plan.js';
import { walkText } from './walk.js';

/** One part of a split text. */
export interface TextPart {
  /** The part's text. */
  readonly text: string;
  /** UTF-16 index in the whole text where the part begins. */
  readonly start: number;
  /** The part's payload without header: septets one per byte (GSM 7-bit) or UTF-16BE (UCS-2). */
  readonly bytes: Uint8Array;
  /** Units the part uses: septets or UTF-16 units. */
  readonly units: number;
}

/**
 * Splits text into the parts it is sent as, with the same coding choice and
 * capacities as {@link estimateSegments}: one part of up to 160 septets or
 * 70 UTF-16 units, else parts of 153/67 (152/66 with 16-bit references). An
 * extension character or a surrogate pair is never divided between parts.
 * Joining the parts' `text` gives back the input.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24.1, TS 23.038 §6.2.1 and §6.2.3.
 *
 * @param text - the message text
 * @param options - as {@link estimateSegments}
 * @returns the parts, at least one (one empty part for empty text)
 * @throws {@link SmsHexError} `MESSAGE_TOO_LONG` when more than `maxParts` (255) parts are needed;
 *   `GSM7_UNMAPPABLE` (forced GSM) or `UCS2_LONE_SURROGATE` with the index
 * @throws `TypeError` / `RangeError` for a wrong argument type or option
 *
 * @example
 * ```ts
 * splitText(']'.repeat(153)).map((part) => part.units);
 * // [152, 152, 2]: each ']' is 2 septets and is never split
 * ```
 */
export function splitText(text: string, options?: SegmentOptions): TextPart[] {
  const fn = 'splitText';
  assertString(fn, 'text', text);
  const plan = planFor(text, readSegmentOptions(fn, options));
  return splitPlanned(fn, text, plan);
}

/**
 * Splits under an already resolved plan.
 *
 * @internal
 */
export function splitPlanned(fn: string, text: string, plan: SegmentPlan): TextPart[] {
  const starts: number[] = [];
  const measure = walkText(fn, text, plan, starts);
  if (measure.parts > plan.maxParts) throw createError(fn, 'MESSAGE_TOO_LONG', { actual: measure.parts, limit: plan.maxParts });
  const parts: TextPart[] = [];
  let start = 0;
  for (let p = 0; p <= starts.length; p++) {
    const end = p < starts.length ? (starts[p] as number) : text.length;
    const slice = text.slice(start, end);
    const bytes = plan.encoding === 'GSM7' ? encodeSeptets(fn, slice, plan.charset) : encodeUcs2Units(fn, slice);
    parts.push({ text: slice, start, bytes, units: plan.encoding === 'GSM7' ? bytes.length : slice.length });
    start = end;
  }
  return parts;
}
