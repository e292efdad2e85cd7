/**
 * The one pass over a text that counts its units and finds where parts
 * begin. An extension character (2 septets) and a surrogate pair (2 UTF-16
 * units) are atoms: a part that cannot hold the whole atom ends one unit
 * early and the atom starts the next part. With grapheme clusters kept
 * whole, a part ends at the last grapheme boundary that fits instead.
 *
 * @internal
 * @module
 */

import { unmappable } from '../codecs/gsm7/codec.js';
import { lookupSeptet, NONE } from '../codecs/gsm7/table.js';
import { createError } from '../errors.js';
import { surrogateAtom } from '../internal/text.js';
import type { SegmentCount } from './count.js';
import type { SegmentPlan } from './plan.js';

/**
 * What one pass over a text finds, already in the shape of the lean count
 * ({@link SegmentCount}: the plan's coding, the parts, the units and the room
 * left), so that `countSegments` returns the walk's own object and a count
 * allocates one object, not two.
 */
export type TextMeasure = SegmentCount;

/** The measure of `units` in `parts` parts, `lastUnits` of them in the last, under `plan`. */
function measured(plan: SegmentPlan, units: number, parts: number, lastUnits: number): TextMeasure {
  const unitsPerSegment = parts > 1 ? plan.multiCapacity : plan.singleCapacity;
  return {
    encoding: plan.encoding,
    dataCoding: plan.dataCoding,
    smsCount: parts,
    units,
    unitsPerSegment,
    unitsRemaining: unitsPerSegment - lastUnits,
    exceedsMaxParts: parts > plan.maxParts,
  };
}

/** {@link measured}, with the grapheme cuts of a grapheme-safe walk (a rarer and slower path, so spread). */
function measuredGraphemes(plan: SegmentPlan, units: number, parts: number, lastUnits: number, splitGraphemes: readonly number[]): TextMeasure {
  return { ...measured(plan, units, parts, lastUnits), splitGraphemes };
}

/**
 * Measures `text` under `plan`; when `starts` is given, pushes the UTF-16
 * index where each part after the first begins (multi-part case only).
 * `graphemes`, when given, keeps grapheme clusters whole: a part then ends
 * at the last grapheme boundary that fits, or inside a cluster only when the
 * cluster alone exceeds a part (those cuts are listed in `splitGraphemes`).
 * The boundaries are found near each cut only (see {@link GraphemeFinder}),
 * so the work is linear in the text.
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
  graphemes?: GraphemeFinder | null,
  stopOnUnmappable?: false,
): TextMeasure;
export function walkText(
  fn: string,
  text: string,
  plan: SegmentPlan,
  starts: number[] | null,
  graphemes: GraphemeFinder | null,
  stopOnUnmappable: boolean,
): TextMeasure | null;
export function walkText(
  fn: string,
  text: string,
  plan: SegmentPlan,
  starts: number[] | null,
  graphemes: GraphemeFinder | null = null,
  stopOnUnmappable = false,
): TextMeasure | null {
  if (starts === null && graphemes === null) {
    if (plan.encoding === 'gsm7') return countSeptets(fn, text, plan, stopOnUnmappable);
    if (plan.encoding === 'ucs2') return countUtf16Units(fn, text, plan);
  }
  const capacity = plan.multiCapacity;
  const length = text.length;
  const gsm = plan.encoding === 'gsm7';
  const ucs2 = plan.encoding === 'ucs2';
  const locking = plan.charset.locking;
  const single = plan.charset.single;
  const splits: number[] = [];
  let units = 0;
  let parts = 1;
  let current = 0;
  let partStart = 0;
  // A grapheme boundary at or before partStart: where the next search for a boundary starts segmenting.
  let anchor = 0;
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
    units += width;
    if (current + width > capacity) {
      parts++;
      let cut = i;
      current = width;
      if (graphemes !== null) {
        const boundary = lastBoundary(graphemes, text, anchor, i);
        const carried = boundary > partStart ? (gsm ? septetsBetween(plan, text, boundary, i) : i - boundary) : capacity;
        if (carried + width <= capacity) {
          cut = boundary;
          current = carried + width;
          anchor = boundary;
        } else {
          // The cluster alone is longer than a part: cut inside it, and look back a bounded stretch next time.
          splits.push(i);
          anchor = Math.max(boundary, i - GRAPHEME_LOOKBEHIND);
          if (anchor > 0 && isLowSurrogate(text.charCodeAt(anchor))) anchor--;
        }
      }
      partStart = cut;
      if (starts !== null) starts.push(cut);
    } else current += width;
    i += gsm ? 1 : ucs2 ? width : 1;
  }
  if (units <= plan.singleCapacity) {
    if (starts !== null) starts.length = 0;
    return graphemes === null ? measured(plan, units, 1, units) : measuredGraphemes(plan, units, 1, units, NO_SPLITS);
  }
  return graphemes === null ? measured(plan, units, parts, current) : measuredGraphemes(plan, units, parts, current, Object.freeze(splits));
}

const NO_SPLITS: readonly number[] = /* @__PURE__ */ Object.freeze([]);

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Septets of `text[from, to)`, already known to be in the plan's tables. */
function septetsBetween(plan: SegmentPlan, text: string, from: number, to: number): number {
  const locking = plan.charset.locking;
  let septets = 0;
  for (let i = from; i < to; i++) septets += lookupSeptet(locking, text.charCodeAt(i)) === NONE ? 2 : 1;
  return septets;
}

/**
 * The hot path of {@link walkText}: counting GSM 7-bit text without recording
 * where parts begin. The common character (below U+0100, in the locking-shift
 * table) costs one typed-array load and no arithmetic: the loop only counts
 * the characters that are not, i.e. the extension characters (two septets)
 * and those outside the tables. The parts then follow from the septets
 * alone unless an extension character is present in a text of several parts
 * (where an escape pair may not straddle a cut): only that case walks the
 * text a second time, part by part, in {@link countAtoms}.
 */
function countSeptets(fn: string, text: string, plan: SegmentPlan, stopOnUnmappable: boolean): TextMeasure | null {
  const lockingLow = plan.charset.locking.encodeLow;
  const locking = plan.charset.locking;
  const single = plan.charset.single;
  const length = text.length;
  let escapes = 0;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 256 && (lockingLow[unit] as number) >= 0) continue;
    if (unit >= 256 && lookupSeptet(locking, unit) !== NONE) continue;
    if (lookupSeptet(single, unit) === NONE) {
      if (stopOnUnmappable) return null;
      throw unmappable(fn, text, i);
    }
    escapes++;
  }
  const units = length + escapes;
  if (units <= plan.singleCapacity) return measured(plan, units, 1, units);
  const capacity = plan.multiCapacity;
  if (escapes === 0) {
    const parts = (((units - 1) / capacity) | 0) + 1;
    return measured(plan, units, parts, units - (parts - 1) * capacity);
  }
  return countAtoms(text, plan, units);
}

/** Parts and the last part's septets of GSM 7-bit text known to be in the plan's tables, an escape pair never divided. */
function countAtoms(text: string, plan: SegmentPlan, units: number): TextMeasure {
  const capacity = plan.multiCapacity;
  const lockingLow = plan.charset.locking.encodeLow;
  const locking = plan.charset.locking;
  const length = text.length;
  let parts = 1;
  let current = 0;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    const width = (unit < 256 ? (lockingLow[unit] as number) : lookupSeptet(locking, unit)) >= 0 ? 1 : 2;
    if (current + width > capacity) {
      parts++;
      current = width;
    } else current += width;
  }
  return measured(plan, units, parts, current);
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
  return length <= plan.singleCapacity ? measured(plan, length, 1, length) : measured(plan, length, parts, current);
}

/**
 * UTF-16 units a search for a grapheme boundary looks back past a cut made
 * inside a cluster longer than a part. Everywhere else the search starts at
 * a known boundary, so its answer is the one segmenting the whole text gives.
 *
 * @internal
 */
export const GRAPHEME_LOOKBEHIND = 64;

/**
 * Finds grapheme cluster boundaries near a cut, by running `Intl.Segmenter`
 * on a short window of the text instead of over all of it (which takes time
 * quadratic in the text on V8, and 40 s past 65,535 units). One finder
 * serves one call; it counts its work so tests can bound it.
 *
 * @internal
 */
export interface GraphemeFinder {
  readonly segmenter: Intl.Segmenter;
  /** Windows segmented so far: at most one per part measured. */
  segmentCalls: number;
  /** UTF-16 units segmented so far, summed over the windows. */
  unitsSegmented: number;
}

/** @internal */
export function graphemeFinder(): GraphemeFinder {
  return { segmenter: new Intl.Segmenter(undefined, { granularity: 'grapheme' }), segmentCalls: 0, unitsSegmented: 0 };
}

/**
 * The last grapheme boundary at or before `at`, no earlier than `anchor`
 * (itself taken as a boundary): segments `text[anchor, at + 3)`. A boundary
 * depends on the text before it and on the one code point after it only
 * (UAX #29), so the window's end does not change the answer.
 */
function lastBoundary(finder: GraphemeFinder, text: string, anchor: number, at: number): number {
  const end = Math.min(text.length, at + 3);
  finder.segmentCalls++;
  finder.unitsSegmented += end - anchor;
  const found = finder.segmenter.segment(text.slice(anchor, end)).containing(at - anchor);
  return found === undefined ? at : anchor + found.index;
}
