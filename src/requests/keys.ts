/**
 * Keys a body should not have: unknown ones (with "did you mean" for a near
 * miss, case included, and the endpoint that does have the field) and the
 * keys that pollute prototypes.
 *
 * @internal
 * @module
 */

import type { IssuePath } from '../errors.js';
import type { Report } from './report.js';

/** Keys that pollute prototypes when a body is merged naively. */
const UNSAFE_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['__proto__', 'constructor', 'prototype']);

/** An unknown key and the known field it is a near miss of, if any. */
export interface UnknownKey {
  readonly key: string;
  readonly suggestion: string | undefined;
}

/**
 * Reports every own key of `object` that is not in `known` (as
 * `UNKNOWN_FIELD`, or `REQUEST_UNSAFE_KEY` for `__proto__` and the like),
 * and returns them with their near-miss suggestions.
 *
 * @param elsewhere - for a key this object does not know, the endpoints that have it at this place
 */
export function checkKeys(
  report: Report,
  object: object,
  path: IssuePath,
  known: readonly string[],
  elsewhere?: (key: string) => string | undefined,
): UnknownKey[] {
  const unknown: UnknownKey[] = [];
  const keys = Object.getOwnPropertyNames(object);
  const isArrayLike = Array.isArray(object);
  // The polluting keys first, in a fixed order, then the others in the body's order.
  for (const key of UNSAFE_KEYS) {
    if (!known.includes(key) && Object.prototype.hasOwnProperty.call(object, key) && !report.full) {
      report.add('REQUEST_UNSAFE_KEY', [...path, key], { value: key, detail: 'it can pollute prototypes where the body is merged' });
    }
  }
  for (const key of keys) {
    if (report.full) break;
    if (known.includes(key)) continue;
    if (isArrayLike && (key === 'length' || /^(0|[1-9]\d*)$/.test(key))) continue;
    if (UNSAFE_KEYS.has(key)) continue;
    const suggestion = nearMiss(key, known);
    const where = suggestion === undefined ? elsewhere?.(key) : undefined;
    const detail =
      suggestion !== undefined
        ? `did you mean ${quoteKey(suggestion)}?`
        : where !== undefined
          ? `it is a field of ${where}, not of this endpoint`
          : known.length === 0
            ? 'it holds entries only, no named fields'
            : `the fields here are ${known.map(quoteKey).join(', ')}`;
    report.add('UNKNOWN_FIELD', [...path, key], { value: key, detail });
    unknown.push({ key, suggestion });
  }
  // Symbol keys never come from JSON; a symbol-keyed property is reported once, by position.
  if (Object.getOwnPropertySymbols(object).length > 0 && !report.full) {
    report.add('UNKNOWN_FIELD', path, { value: 'a symbol key', detail: 'a request body has string keys only' });
  }
  return unknown;
}

function quoteKey(key: string): string {
  return `\`${key}\``;
}

/**
 * The known field `key` is a small edit away from: the same but for case, or
 * within an edit distance of 1 (2 for names of 6 or more characters), by
 * optimal string alignment over lowercase letters.
 */
export function nearMiss(key: string, known: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    const allowed = candidate.length >= 6 ? 2 : 1;
    if (distance <= allowed && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Optimal string alignment distance (insert, delete, substitute, swap neighbours). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] as number) + 1, (row[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}
