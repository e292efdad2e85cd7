/** Small text helpers shared by the page's views. */

/**
 * The code points of `text` with their UTF-16 index.
 *
 * @param {string} text
 * @returns {Array<{ char: string, index: number }>}
 */
export function codePoints(text) {
  const out = [];
  for (let index = 0; index < text.length; ) {
    const char = String.fromCodePoint(/** @type {number} */ (text.codePointAt(index)));
    out.push({ char, index });
    index += char.length;
  }
  return out;
}

/** A two-digit (or four-digit) lowercase hex number. */
export const hex2 = (/** @type {number} */ n) => n.toString(16).padStart(2, '0');
export const hex4 = (/** @type {number} */ n) => n.toString(16).padStart(4, '0');

/** `U+00E9` for a code point. */
export function codePointLabel(/** @type {string} */ char) {
  return `U+${(/** @type {number} */ (char.codePointAt(0))).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A visible stand-in for characters that print as nothing. */
export function visible(/** @type {string} */ char) {
  if (char === ' ') return '␣';
  if (char === '\n') return '↵';
  if (char === '\r') return '␍';
  if (char === '\f') return '␌';
  if (char === '\u00a0') return '⍽';
  return char;
}

/** `1 septet`, `2 septets`. */
export function plural(/** @type {number} */ n, /** @type {string} */ one, /** @type {string} */ many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** The ordinal of a part: 1st, 2nd, 3rd, 4th … */
export function ordinal(/** @type {number} */ n) {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** A field path as `messages[0].binary.hex`. */
export function formatPath(/** @type {ReadonlyArray<string | number>} */ path) {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? key : `.${key}`;
  return out === '' ? '(the input)' : out;
}
