/**
 * A ready payload (septets, UCS-2 bytes or 8-bit data) into parts, with the
 * same capacities and the same atoms as text: an escape pair `1b xx` and a
 * surrogate pair stay whole.
 *
 * @internal
 * @module
 */

import { createError } from '../errors.js';
import { ESCAPE } from '../codecs/gsm7/charset.js';
import { surrogateAtom } from '../internal/text.js';
import type { SegmentPlan } from './plan.js';


/**
 * Splits `bytes` under `plan`, checking that they are a valid payload of
 * the plan's coding. Returns the parts' bytes (subarrays of a copy).
 *
 * @internal
 */
export function splitPayload(fn: string, input: Uint8Array, plan: SegmentPlan): Uint8Array[] {
  const bytes = input.slice();
  const octetsPerUnit = plan.encoding === 'ucs2' ? 2 : 1;
  if (octetsPerUnit === 2 && bytes.length % 2 !== 0) {
    throw createError(fn, 'UCS2_ODD_LENGTH', { actual: bytes.length, index: bytes.length - 1 });
  }
  const totalUnits = bytes.length / octetsPerUnit;
  const capacity = totalUnits <= plan.singleCapacity ? Number.POSITIVE_INFINITY : plan.multiCapacity;
  const parts: Uint8Array[] = [];
  let partStart = 0;
  let current = 0;
  for (let unit = 0; unit < totalUnits; ) {
    const width = atomWidth(fn, bytes, unit, plan);
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

/** Units of the indivisible atom that starts at unit index `unit`. */
function atomWidth(fn: string, bytes: Uint8Array, unit: number, plan: SegmentPlan): number {
  if (plan.encoding === 'gsm7') {
    const septet = bytes[unit] as number;
    if (septet > 0x7f) throw createError(fn, 'GSM7_INVALID_SEPTET', { index: unit, actual: septet });
    if (septet !== ESCAPE) return 1;
    if (unit + 1 >= bytes.length) throw createError(fn, 'GSM7_TRAILING_ESCAPE', { index: unit });
    const next = bytes[unit + 1] as number;
    if (next > 0x7f) throw createError(fn, 'GSM7_INVALID_SEPTET', { index: unit + 1, actual: next });
    return 2;
  }
  if (plan.encoding === 'ucs2') {
    const value = ((bytes[2 * unit] as number) << 8) | (bytes[2 * unit + 1] as number);
    const next = 2 * unit + 3 < bytes.length ? ((bytes[2 * unit + 2] as number) << 8) | (bytes[2 * unit + 3] as number) : -1;
    const width = surrogateAtom(value, next);
    if (width !== 0) return width;
    throw createError(fn, 'UCS2_LONE_SURROGATE', { index: 2 * unit, value: String.fromCharCode(value) });
  }
  return 1;
}
