/**
 * Text into the parts of a concatenated SMS.
 *
 * @module
 */

import { createError, type SmsHexError } from '../errors.js';
import { assertString } from '../internal/args.js';
import { type Choice, choosePlan } from './choose.js';
import { compileSegmentOptions, type SegmentOptions } from './plan.js';
import { walkText } from './walk.js';
import { cutEncodedPayload } from './split-payload.js';
import type { Scratch } from '../codecs/coding.js';

/**
 * One part of a split text.
 *
 * @group Segments
 */
export interface TextPart {
  /** The part's text (after transliteration, when asked for). */
  readonly text: string;
  /** UTF-16 index in the text as sent where the part begins. */
  readonly start: number;
  /** The part's payload without header: septets one per byte (GSM 7-bit), UTF-16BE (UCS-2), or the coding's octets. */
  readonly bytes: Uint8Array;
  /** Units the part uses: septets, UTF-16 units or octets. */
  readonly units: number;
}

/**
 * Splits text into the parts it is sent as, with the same coding choice and
 * capacities as {@link estimateSegments}: one part of up to 160 septets or
 * 70 UTF-16 units, else parts of 153/67 (152/66 with 16-bit references;
 * less with national language shift IEs). An extension character or a
 * surrogate pair is never divided between parts; with `keepGraphemes`, no
 * grapheme cluster either. Joining the parts' `text` gives back the text
 * (transliterated, when asked for).
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24.1, TS 23.038 §6.2.1, Annex A and §6.2.3.
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
 *
 * @group Segments
 */
export function splitText(text: string, options?: SegmentOptions): TextPart[] {
  const fn = 'splitText';
  assertString(fn, 'text', text);
  return splitChosen(fn, choosePlan(fn, text, compileSegmentOptions(fn, options)));
}

/**
 * Splits under an already made choice.
 *
 * @internal
 */
export function splitChosen(fn: string, choice: Choice): TextPart[] {
  const coding = choice.plan.payload;
  let start = 0;
  return partTexts(fn, choice).map((slice) => {
    const bytes = coding.encode(fn, slice);
    const part = { text: slice, start, bytes, units: bytes.length / coding.octetsPerUnit };
    start += slice.length;
    return part;
  });
}

/**
 * The payload of every part under an already made choice, without the
 * parts' texts: what a builder puts behind each header. With `scratch`
 * the payloads may be views of its memory (see {@link Scratch}): the
 * caller writes them out before it returns and keeps none of them.
 *
 * @internal
 */
export function splitPayloads(fn: string, choice: Choice, scratch?: Scratch): Uint8Array[] {
  const coding = choice.plan.payload;
  if (choice.graphemes === null && (choice.measure.smsCount > 1 || scratch !== undefined)) {
    // Without grapheme clusters to keep whole, a part ends where the next atom (an extension
    // character's escape pair, a surrogate pair) no longer fits, in the text as in its encoding:
    // the text is encoded once and cut there, one array for every part instead of one each.
    if (choice.measure.exceedsMaxParts) throw tooLong(fn, choice);
    return cutEncodedPayload(fn, coding.encode(fn, choice.text, scratch), choice.plan);
  }
  return partTexts(fn, choice).map((slice) => coding.encode(fn, slice));
}

/** The text of every part, in order (the whole text, not a copy, for one part). */
function partTexts(fn: string, choice: Choice): string[] {
  const text = choice.text;
  const starts = partStarts(fn, choice);
  const texts: string[] = [];
  let start = 0;
  for (let p = 0; p <= starts.length; p++) {
    const end = p < starts.length ? (starts[p] as number) : text.length;
    texts.push(start === 0 && end === text.length ? text : text.slice(start, end));
    start = end;
  }
  return texts;
}

/** `MESSAGE_TOO_LONG` for a choice of more parts than its plan allows. */
function tooLong(fn: string, choice: Choice): SmsHexError {
  return createError(fn, 'MESSAGE_TOO_LONG', { actual: choice.measure.smsCount, limit: choice.plan.maxParts });
}

const NO_STARTS: readonly number[] = /* @__PURE__ */ Object.freeze([]);

/** Where each part after the first begins; `MESSAGE_TOO_LONG` past the part limit. */
function partStarts(fn: string, choice: Choice): readonly number[] {
  const { plan, measure } = choice;
  if (measure.exceedsMaxParts) throw tooLong(fn, choice);
  if (measure.smsCount === 1) return NO_STARTS;
  const starts: number[] = [];
  walkText(fn, choice.text, plan, starts, choice.graphemes);
  return starts;
}
