/**
 * The one pass over a text that counts its units and finds where parts
 * begin. An extension character (2 septets) and a surrogate pair (2 UTF-16
 * units) are atoms: a part that cannot hold the whole atom ends one unit
 * early and the atom starts the next part. With grapheme breaks, a part
 * ends at the last grapheme boundary that fits instead.
 *
 * @internal
 * @module
 */

import { unmappable } from '../codecs/gsm7/codec.js';
import { lookupSeptet, NONE } from '../codecs/gsm7/table.js';
import { createError } from '../errors.js';
import { surrogateAtom } from '../internal/text.js';
import type { SegmentPlan } from './plan.js';

/** What one pass over a text finds. */
export interface TextMeasure {
  /** Units of the whole text (septets, UTF-16 units or octets). */
  readonly units: number;
  /** Parts needed. */
  readonly parts: number;
  /** Units in the last part. */
  readonly lastUnits: number;
}

/**
 * Measures `text` under `plan`; when `starts` is given, pushes the UTF-16
 * index where each part after the first begins (multi-part case only).
 * `breaks`, when given, marks with 1 the indices where a part may begin
 * (grapheme boundaries); a part then ends at the last such index that fits,
 * or inside a cluster only when the cluster alone exceeds a part.
 * Throws `GSM7_UNMAPPABLE` / `UCS2_LONE_SURROGATE` with the index, or, with
 * `stopOnUnmappable`, returns `null` at the first character outside the tables.
 *
 * @internal
 */
export function walkText(
  fn: string,
  text: string,
  plan: SegmentPlan,
  starts: number[] | null,
  breaks?: Uint8Array | null,
  stopOnUnmappable?: false,
): TextMeasure;
export function walkText(
  fn: string,
  text: string,
  plan: SegmentPlan,
  starts: number[] | null,
  breaks: Uint8Array | null,
  stopOnUnmappable: boolean,
): TextMeasure | null;
export function walkText(
  fn: string,
  text: string,
  plan: SegmentPlan,
  starts: number[] | null,
  breaks: Uint8Array | null = null,
  stopOnUnmappable = false,
): TextMeasure | null {
  if (starts === null && breaks === null) {
    if (plan.encoding === 'gsm7') return countSeptets(fn, text, plan, stopOnUnmappable);
    if (plan.encoding === 'ucs2') return countUtf16Units(fn, text, plan);
  }
  const capacity = plan.multiCapacity;
  const length = text.length;
  const gsm = plan.encoding === 'gsm7';
  const ucs2 = plan.encoding === 'ucs2';
  const locking = plan.charset.locking;
  const single = plan.charset.single;
  let units = 0;
  let parts = 1;
  let current = 0;
  let partStart = 0;
  let lastBreak = 0;
  let unitsAtBreak = 0;
  for (let i = 0; i < length; ) {
    const unit = text.charCodeAt(i);
    let width = 1;
    if (gsm) {
      if (lookupSeptet(locking, unit) === NONE) {
        if (lookupSeptet(single, unit) === NONE) {
          if (stopOnUnmappable) return null;
          throw unmappable(fn, text, i);
        }
        width = 2;
      }
    } else if (ucs2 && unit >= 0xd800 && unit <= 0xdfff) {
      width = surrogateAtom(unit, text.charCodeAt(i + 1));
      if (width === 0) throw createError(fn, 'UCS2_LONE_SURROGATE', { index: i, value: text.charAt(i) });
    }
    if (breaks !== null && breaks[i] === 1) {
      lastBreak = i;
      unitsAtBreak = current;
    }
    units += width;
    if (current + width > capacity) {
      parts++;
      const carried = current - unitsAtBreak;
      if (breaks !== null && lastBreak > partStart && carried + width <= capacity) {
        partStart = lastBreak;
        current = carried + width;
      } else {
        partStart = i;
        current = width;
      }
      lastBreak = partStart;
      unitsAtBreak = 0;
      if (starts !== null) starts.push(partStart);
    } else current += width;
    i += gsm ? 1 : ucs2 ? width : 1;
  }
  if (units <= plan.singleCapacity) {
    if (starts !== null) starts.length = 0;
    return { units, parts: 1, lastUnits: units };
  }
  return { units, parts, lastUnits: current };
}

/**
 * The hot path of {@link walkText}: counting GSM 7-bit text without recording
 * where parts begin. The table lookups are written out (two typed-array loads
 * for characters below U+0100) instead of going through `lookupSeptet`.
 */
function countSeptets(fn: string, text: string, plan: SegmentPlan, stopOnUnmappable: boolean): TextMeasure | null {
  const capacity = plan.multiCapacity;
  const lockingLow = plan.charset.locking.encodeLow;
  const singleLow = plan.charset.single.encodeLow;
  const locking = plan.charset.locking;
  const single = plan.charset.single;
  const length = text.length;
  let units = 0;
  let parts = 1;
  let current = 0;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    let width: number;
    if (unit < 256) width = (lockingLow[unit] as number) >= 0 ? 1 : (singleLow[unit] as number) >= 0 ? 2 : 0;
    else width = lookupSeptet(locking, unit) !== NONE ? 1 : lookupSeptet(single, unit) !== NONE ? 2 : 0;
    if (width === 0) {
      if (stopOnUnmappable) return null;
      throw unmappable(fn, text, i);
    }
    units += width;
    if (current + width > capacity) {
      parts++;
      current = width;
    } else current += width;
  }
  return units <= plan.singleCapacity ? { units, parts: 1, lastUnits: units } : { units, parts, lastUnits: current };
}

/** The hot path of {@link walkText} for UCS-2: counting UTF-16 units, a surrogate pair as one atom of two. */
function countUtf16Units(fn: string, text: string, plan: SegmentPlan): TextMeasure {
  const capacity = plan.multiCapacity;
  const length = text.length;
  let parts = 1;
  let current = 0;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdfff) {
      if (surrogateAtom(unit, text.charCodeAt(i + 1)) === 0) throw createError(fn, 'UCS2_LONE_SURROGATE', { index: i, value: text.charAt(i) });
      width = 2;
      i++;
    }
    if (current + width > capacity) {
      parts++;
      current = width;
    } else current += width;
  }
  return length <= plan.singleCapacity ? { units: length, parts: 1, lastUnits: length } : { units: length, parts, lastUnits: current };
}

/**
 * Marks the indices where an extended grapheme cluster begins (and the end),
 * using `Intl.Segmenter`.
 *
 * @internal
 */
export function graphemeBreaks(text: string): Uint8Array {
  const breaks = new Uint8Array(text.length + 1);
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  for (const segment of segmenter.segment(text)) breaks[segment.index] = 1;
  breaks[text.length] = 1;
  return breaks;
}
