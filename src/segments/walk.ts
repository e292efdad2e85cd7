/**
 * The one pass over a text that counts its units and finds where parts
 * begin. An extension character (2 septets) and a surrogate pair (2 UTF-16
 * units) are atoms: a part that cannot hold the whole atom ends one unit
 * early and the atom starts the next part.
 *
 * @internal
 * @module
 */

import { unmappable } from '../gsm7/codec.js';
import { lookupSeptet, NONE } from '../gsm7/table.js';
import { createError } from '../errors.js';
import type { SegmentPlan } from './plan.js';

/** What one pass over a text finds. */
export interface TextMeasure {
  /** Units of the whole text (septets, UTF-16 units). */
  readonly units: number;
  /** Parts needed. */
  readonly parts: number;
  /** Units in the last part. */
  readonly lastUnits: number;
}

/**
 * Measures `text` under `plan`; when `starts` is given, pushes the UTF-16
 * index where each part after the first begins (multi-part case only).
 * Throws `GSM7_UNMAPPABLE` / `UCS2_LONE_SURROGATE` with the index.
 *
 * @internal
 */
export function walkText(fn: string, text: string, plan: SegmentPlan, starts: number[] | null): TextMeasure {
  const capacity = plan.multiCapacity;
  const length = text.length;
  let units = 0;
  let parts = 1;
  let current = 0;
  if (plan.encoding === 'GSM7') {
    const locking = plan.charset.locking;
    const single = plan.charset.single;
    for (let i = 0; i < length; i++) {
      const unit = text.charCodeAt(i);
      let width = 1;
      if (lookupSeptet(locking, unit) === NONE) {
        if (lookupSeptet(single, unit) === NONE) throw unmappable(fn, text, i);
        width = 2;
      }
      units += width;
      if (current + width > capacity) {
        parts++;
        current = width;
        if (starts !== null) starts.push(i);
      } else current += width;
    }
  } else {
    for (let i = 0; i < length; i++) {
      const unit = text.charCodeAt(i);
      let width = 1;
      if (unit >= 0xd800 && unit <= 0xdfff) {
        const next = text.charCodeAt(i + 1);
        if (unit > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) {
          throw createError(fn, 'UCS2_LONE_SURROGATE', { index: i, value: text.charAt(i) });
        }
        width = 2;
      }
      units += width;
      if (current + width > capacity) {
        parts++;
        current = width;
        if (starts !== null) starts.push(i);
      } else current += width;
      i += width - 1;
    }
  }
  if (units <= plan.singleCapacity) {
    if (starts !== null) starts.length = 0;
    return { units, parts: 1, lastUnits: units };
  }
  return { units, parts, lastUnits: current };
}
