/**
 * Small string helpers shared by the codecs.
 *
 * @internal
 * @module
 */

/**
 * The whole code point starting at `index`: two units for a well-formed
 * surrogate pair, one otherwise.
 *
 * @internal
 */
export function codePointAt(text: string, index: number): string {
  return surrogateAtom(text.charCodeAt(index), text.charCodeAt(index + 1)) === 2 ? text.slice(index, index + 2) : text.charAt(index);
}

/**
 * The one lone-surrogate rule, for text and for UTF-16BE bytes alike: the
 * UTF-16 units the atom beginning with `unit` takes when `next` follows it.
 * 1 for a unit that is not a surrogate; 2 for a high surrogate followed by a
 * low one (a pair, never split); 0 for a lone surrogate (a low one, or a high
 * one not followed by a low one; pass -1 or NaN for `next` at the end).
 *
 * @internal
 */
export function surrogateAtom(unit: number, next: number): 0 | 1 | 2 {
  if ((unit & 0xf800) !== 0xd800) return 1;
  return unit <= 0xdbff && (next & 0xfc00) === 0xdc00 ? 2 : 0;
}


const CHUNK = 0x2000;

/**
 * Turns UTF-16 code units into a string without spreading huge arrays.
 *
 * @internal
 */
export function unitsToString(units: Uint16Array, count: number): string {
  if (count <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, count) as unknown as number[]);
  let out = '';
  for (let start = 0; start < count; start += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(start, Math.min(count, start + CHUNK)) as unknown as number[]);
  }
  return out;
}
