/**
 * The shape of a transliteration profile: data, one map from a character
 * (a whole code point) to its replacement.
 *
 * @module
 */

/**
 * A transliteration profile.
 *
 * @group Transliteration
 */
export interface TransliterationTable {
  /** The profile's name, e.g. `'smart'` or `'TURKISH'`. */
  readonly name: string;
  /** What it is for, one line. */
  readonly description: string;
  /** Character → replacement (possibly several characters, or `''` to drop an invisible one). */
  readonly map: Readonly<Record<string, string>>;
}

/**
 * Adds the capital of every lowercase letter in `lower`, mapped to the
 * replacement with its first letter capitalized (`ж → zh` gives `Ж → Zh`).
 *
 * @internal
 */
export function withCapitals(lower: Readonly<Record<string, string>>): Record<string, string> {
  const map: Record<string, string> = { ...lower };
  for (const [letter, latin] of Object.entries(lower)) {
    const capital = letter.toUpperCase();
    if (capital !== letter && capital.length === 1) map[capital] = latin.charAt(0).toUpperCase() + latin.slice(1);
  }
  return map;
}
