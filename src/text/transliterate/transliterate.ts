/**
 * Explicit, reported transliteration: characters outside the GSM 7-bit
 * tables replaced by lookalikes or romanizations so that a text can be sent
 * as GSM 7-bit instead of UCS-2. Nothing is replaced unless asked for, and
 * every replacement is reported with its index.
 *
 * @module
 */

import { DEFAULT_CHARSET, type Gsm7Charset } from '../../codecs/gsm7/charset.js';
import type { Replacement } from '../../codecs/gsm7/codec.js';
import { lookupSeptet, NONE } from '../../codecs/gsm7/table.js';
import { assertString, describe } from '../../internal/args.js';
import { CYRILLIC_PROFILE, SERBIAN_CYRILLIC_PROFILE } from './cyrillic.js';
import { BALTIC_PROFILE, CENTRAL_EUROPEAN_PROFILE } from './european.js';
import { GREEK_PROFILE } from './greek.js';
import { SMART_PROFILE } from './smart.js';
import type { TransliterationTable } from './table.js';
import { TURKISH_PROFILE } from './turkish.js';

/**
 * A transliteration profile by name: the provider's `transliteration` values
 * (`'TURKISH'` …, which the preview and v3 bodies carry) and smshex's own
 * `'smart'`. A profile name is a string, never a national language table:
 * the constant `TURKISH` is the Turkish shift tables, the profile `'TURKISH'`
 * replaces Turkish letters by lookalikes. `NON_UNICODE` applies all the
 * others and strips diacritics.
 *
 * @group Transliteration
 */
export type TransliterationProfile =
  | 'smart'
  | 'TURKISH'
  | 'GREEK'
  | 'CYRILLIC'
  | 'SERBIAN_CYRILLIC'
  | 'CENTRAL_EUROPEAN'
  | 'BALTIC'
  | 'NON_UNICODE';

/**
 * What the `transliterate` option takes: `'none'`, a profile, or several applied together (earlier ones win).
 *
 * @group Transliteration
 */
export type TransliterationOption = 'none' | TransliterationProfile | readonly TransliterationProfile[];

/**
 * The tables of every profile but `NON_UNICODE`, which combines them.
 *
 * @group Transliteration
 */
export const TRANSLITERATION_TABLES: Readonly<Record<Exclude<TransliterationProfile, 'NON_UNICODE'>, TransliterationTable>> =
  /* @__PURE__ */ Object.freeze({
    smart: SMART_PROFILE,
    TURKISH: TURKISH_PROFILE,
    GREEK: GREEK_PROFILE,
    CYRILLIC: CYRILLIC_PROFILE,
    SERBIAN_CYRILLIC: SERBIAN_CYRILLIC_PROFILE,
    CENTRAL_EUROPEAN: CENTRAL_EUROPEAN_PROFILE,
    BALTIC: BALTIC_PROFILE,
  });

const PROFILE_NAMES: readonly TransliterationProfile[] = /* @__PURE__ */ (() =>
  [...Object.keys(TRANSLITERATION_TABLES), 'NON_UNICODE'] as TransliterationProfile[])();

/**
 * What {@link transliterate} returns.
 *
 * @group Transliteration
 */
export interface TransliterationResult {
  /** The text with the replacements made. */
  readonly text: string;
  /** Every replacement, in input order, with its UTF-16 index in the input. */
  readonly replacements: readonly Replacement[];
}

/**
 * Replaces the characters of `text` that the GSM 7-bit tables lack by their
 * transliteration under `profile`. Characters the tables hold are never
 * touched (`Ç`, `ü`, `Δ` stay); characters the profile does not know stay
 * too, so the result may still need UCS-2. `NON_UNICODE` applies every
 * profile and then, for what is left, drops combining diacritics where the
 * base letter is GSM (`ő` → `o`). The tables of each profile are in
 * `docs/transliteration.md`.
 *
 * This function always replaces, whatever the profile. The `transliterate`
 * option of {@link estimateSegments}, {@link splitText} and the builders
 * applies `'smart'` only when it pays (the text becomes GSM 7-bit without an
 * extra part, or takes fewer parts), as `docs/transliteration.md` explains.
 *
 * Spec: the target alphabet is TS 23.038 §6.2.1 / §6.2.1.1; the profiles are smshex's own, named after the provider's.
 *
 * @param text - any text
 * @param profile - a profile, several (earlier ones win), or `'none'`
 * @returns the new text and every replacement
 * @throws `TypeError` / `RangeError` for a wrong argument type or an unknown profile
 *
 * @example
 * ```ts
 * transliterate('“Şişli” — 5 km…', ['smart', 'TURKISH']);
 * // { text: '"Sisli" - 5 km...', replacements: [{ index: 0, from: '“', to: '"' }, { index: 1, from: 'Ş', to: 'S' }, …] }
 * ```
 *
 * @group Transliteration
 */
export function transliterate(text: string, profile: TransliterationOption): TransliterationResult {
  const fn = 'transliterate';
  assertString(fn, 'text', text);
  return transliterateWith(text, readProfiles(fn, profile), DEFAULT_CHARSET);
}

const NO_PROFILES: readonly TransliterationProfile[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Reads the `transliterate` option into the list of profiles (empty for `'none'`).
 *
 * @internal
 */
export function readProfiles(fn: string, option: unknown): readonly TransliterationProfile[] {
  if (option === undefined || option === 'none') return NO_PROFILES;
  const list = typeof option === 'string' ? [option] : option;
  if (!Array.isArray(list)) throw new TypeError(`${fn}: transliterate must be 'none', a profile name or an array of them, got ${describe(option)}`);
  for (const name of list as unknown[]) {
    if (!PROFILE_NAMES.includes(name as TransliterationProfile)) {
      throw new RangeError(`${fn}: unknown transliteration profile ${typeof name === 'string' ? JSON.stringify(name) : describe(name)}; known: ${PROFILE_NAMES.join(', ')}`);
    }
  }
  return list as TransliterationProfile[];
}

/**
 * Transliterates what `charset` cannot encode.
 *
 * @internal
 */
export function transliterateWith(
  text: string,
  profiles: readonly TransliterationProfile[],
  charset: Gsm7Charset,
): TransliterationResult {
  if (profiles.length === 0) return { text, replacements: [] };
  const tables = profiles.includes('NON_UNICODE') ? Object.values(TRANSLITERATION_TABLES) : profiles.map((p) => TRANSLITERATION_TABLES[p as Exclude<TransliterationProfile, 'NON_UNICODE'>]);
  const stripDiacritics = profiles.includes('NON_UNICODE');
  const encodable = (unit: number): boolean =>
    lookupSeptet(charset.locking, unit) !== NONE || lookupSeptet(charset.single, unit) !== NONE;
  const replacements: Replacement[] = [];
  let out = '';
  let copiedUpTo = 0;
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i) as number;
    const character = String.fromCodePoint(codePoint);
    const width = character.length;
    if (width === 1 && encodable(codePoint)) {
      i += 1;
      continue;
    }
    let to: string | undefined;
    for (const table of tables) {
      to = table.map[character];
      if (to !== undefined) break;
    }
    if (to === undefined && stripDiacritics) to = withoutDiacritics(character, encodable);
    if (to !== undefined) {
      out += text.slice(copiedUpTo, i) + to;
      copiedUpTo = i + width;
      replacements.push(Object.freeze({ index: i, from: character, to }));
    }
    i += width;
  }
  if (replacements.length === 0) return { text, replacements: Object.freeze([]) };
  return { text: out + text.slice(copiedUpTo), replacements: Object.freeze(replacements) };
}

/** The base letters of `character` when dropping combining marks leaves only encodable characters. */
function withoutDiacritics(character: string, encodable: (unit: number) => boolean): string | undefined {
  const base = character.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (base.length === 0 || base === character) return undefined;
  for (let i = 0; i < base.length; i++) if (!encodable(base.charCodeAt(i))) return undefined;
  return base;
}
