/**
 * A ready payload (septets, UCS-2 bytes or 8-bit data) into parts, with the
 * same capacities and the same atoms as text: an escape pair `1b xx` and a
 * surrogate pair stay whole.
 *
 * @internal
 * @module
 */

import { createError } from '../errors.js';
import type { SegmentPlan } from './plan.js';


/**
 * Splits `bytes` under `plan`, checking that they are a valid payload of
 * the plan's coding. Returns the parts' bytes (subarrays of a copy).
 *
 * @internal
 */
export function splitPayload(fn: string, input: Uint8Array, plan: SegmentPlan): Uint8Array[] {
  return splitCheckedPayload(fn, input.slice(), plan);
}

/**
 * The parts of a payload the plan's coding just encoded (so valid, and held
 * by no caller): subarrays of `bytes` itself, cut where {@link splitPayload}
 * would cut them. Only the unit before each cut is read: a part ends one
 * unit early when that unit opens an atom (an escape, a high surrogate),
 * which then starts the next part whole, even when it alone is more than a
 * part holds (as the text walk puts it).
 *
 * @internal
 */
export function cutEncodedPayload(fn: string, bytes: Uint8Array, plan: SegmentPlan): Uint8Array[] {
  const coding = plan.payload;
  const size = coding.octetsPerUnit;
  const totalUnits = bytes.length / size;
  if (totalUnits <= plan.singleCapacity) return [bytes];
  const capacity = plan.multiCapacity;
  const parts: Uint8Array[] = [];
  let start = 0;
  while (totalUnits - start > capacity) {
    let end = start + capacity;
    if (coding.opensAtom(bytes, end - 1)) end = end - 1 > start ? end - 1 : start + 2;
    parts.push(bytes.subarray(start * size, end * size));
    start = end;
  }
  parts.push(bytes.subarray(start * size));
  if (parts.length > plan.maxParts) throw createError(fn, 'MESSAGE_TOO_LONG', { actual: parts.length, limit: plan.maxParts });
  return parts;
}

/**
 * Splits bytes that need checking (a caller's) under `plan`.
 */
function splitCheckedPayload(fn: string, bytes: Uint8Array, plan: SegmentPlan): Uint8Array[] {
  const coding = plan.payload;
  const octetsPerUnit = coding.octetsPerUnit;
  if (bytes.length % octetsPerUnit !== 0) {
    throw createError(fn, 'UCS2_ODD_LENGTH', { actual: bytes.length, index: bytes.length - 1 });
  }
  const totalUnits = bytes.length / octetsPerUnit;
  const capacity = totalUnits <= plan.singleCapacity ? Number.POSITIVE_INFINITY : plan.multiCapacity;
  const parts: Uint8Array[] = [];
  let partStart = 0;
  let current = 0;
  for (let unit = 0; unit < totalUnits; ) {
    const width = coding.atom(fn, bytes, unit);
    if (current + width > capacity) {
      parts.push(bytes.subarray(partStart * octetsPerUnit, unit * octetsPerUnit));
      partStart = unit;
      current = 0;
    }
    current += width;
    unit += width;
  }
  parts.push(bytes.subarray(partStart * octetsPerUnit));
  if (parts.length > plan.maxParts) throw createError(fn, 'MESSAGE_TOO_LONG', { actual: parts.length, limit: plan.maxParts });
  return parts;
}
