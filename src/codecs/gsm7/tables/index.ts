/**
 * The registry of national languages of 3GPP TS 23.038 Annex A, keyed by ISO
 * 639-1 code: for code that picks a language at run time (the CLI, `preview`,
 * decoding a header that names one). Code that imports `TURKISH` directly
 * bundles only that language.
 *
 * @module
 */

import { BENGALI } from './bengali.js';
import { GUJARATI } from './gujarati.js';
import { HINDI } from './hindi.js';
import { KANNADA } from './kannada.js';
import type { LanguageCode, NationalLanguage } from './language.js';
import { MALAYALAM } from './malayalam.js';
import { ORIYA } from './oriya.js';
import { PORTUGUESE } from './portuguese.js';
import { PUNJABI } from './punjabi.js';
import { SPANISH } from './spanish.js';
import { TAMIL } from './tamil.js';
import { TELUGU } from './telugu.js';
import { TURKISH } from './turkish.js';
import { URDU } from './urdu.js';

export type { LanguageCode } from './language.js';

/**
 * Every national language of 3GPP TS 23.038 Annex A, keyed by ISO 639-1 code,
 * in the order of their national language identifiers (1 to 13, §6.2.1.2.4).
 * Frozen; each language and table is frozen too.
 *
 * Spec: 3GPP TS 23.038 §6.2.1.2.4 and Annex A.
 *
 * @example
 * ```ts
 * NATIONAL_LANGUAGES.hi.identifier;                // 6
 * NATIONAL_LANGUAGES.pt.lockingShift?.chars[0x15]; // '∞'
 * Object.keys(NATIONAL_LANGUAGES).length;          // 13
 * ```
 *
 * @group National language tables
 */
export const NATIONAL_LANGUAGES: Readonly<Record<LanguageCode, NationalLanguage>> = /* @__PURE__ */ Object.freeze({
  tr: TURKISH,
  es: SPANISH,
  pt: PORTUGUESE,
  bn: BENGALI,
  gu: GUJARATI,
  hi: HINDI,
  kn: KANNADA,
  ml: MALAYALAM,
  or: ORIYA,
  pa: PUNJABI,
  ta: TAMIL,
  te: TELUGU,
  ur: URDU,
});

/**
 * Whether `value` is the code of a language in {@link NATIONAL_LANGUAGES}
 * (own keys only, so `'toString'` is not a language).
 *
 * Spec: 3GPP TS 23.038 §6.2.1.2.4 (the language identifiers of the national
 * language tables, Annex A).
 *
 * @param value - anything
 * @returns `true` for `'tr'`, `'es'`, … `'ur'`
 * @throws never
 *
 * @example
 * ```ts
 * isLanguageCode('tr'); // true
 * isLanguageCode('de'); // false
 * ```
 *
 * @group National language tables
 */
export function isLanguageCode(value: unknown): value is LanguageCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(NATIONAL_LANGUAGES, value);
}
