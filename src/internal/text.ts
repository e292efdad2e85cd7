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
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return text.slice(index, index + 2);
  }
  return text.charAt(index);
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
