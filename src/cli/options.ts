/**
 * Reading option values: integers in decimal or `0x` hex, data codings,
 * reference sizes. Only the syntax is checked here; ranges are the library's
 * to check, and its `RangeError` becomes a usage error.
 *
 * @internal
 * @module
 */

import { isLanguageCode, NATIONAL_LANGUAGES } from '../index.js';
import type { NationalLanguage, SegmentOptions, TextCoding, TransliterationProfile } from '../index.js';
import { flag, stringValue, type Values } from './command.js';
import { UsageError } from './errors.js';

/** An integer written in decimal (`64`) or hex (`0x40`). */
export function parseInteger(flag: string, value: string): number {
  const text = value.trim();
  if (/^[0-9]+$/.test(text)) return Number.parseInt(text, 10);
  if (/^0x[0-9a-f]+$/i.test(text)) return Number.parseInt(text.slice(2), 16);
  throw new UsageError(`--${flag} must be an integer (decimal, or hex with 0x), got ${JSON.stringify(value)}`);
}

/** `undefined`, or the integer of an optional flag. */
export function optionalInteger(flag: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : parseInteger(flag, value);
}

/** `--data-coding`: `auto` or a data coding byte. */
export function parseDataCoding(value: string | undefined): 'auto' | number {
  if (value === undefined || value === 'auto') return 'auto';
  return parseInteger('data-coding', value);
}

/** `--reference-bits`: 8 or 16. */
export function parseReferenceBits(value: string | undefined): 8 | 16 | undefined {
  if (value === undefined) return undefined;
  const bits = parseInteger('reference-bits', value);
  if (bits !== 8 && bits !== 16) throw new UsageError(`--reference-bits must be 8 or 16, got ${JSON.stringify(value)}`);
  return bits;
}

/** One national language by its ISO 639-1 code (`tr`, `es`, `pt`, `hi`, …), for `flag`. */
function languageByCode(flag: string, code: string): NationalLanguage {
  if (!isLanguageCode(code)) {
    throw new UsageError(`--${flag} takes ${Object.keys(NATIONAL_LANGUAGES).join(', ')}${flag === 'language' ? ', auto or none' : ''}, got ${JSON.stringify(code)}`);
  }
  return NATIONAL_LANGUAGES[code];
}

/** `--language`: a national language code (`tr`, `es`, `pt`, `hi`, …), `auto` or `none`. */
export function parseLanguage(value: string | undefined): NationalLanguage | 'auto' | 'none' | undefined {
  if (value === undefined || value === 'auto' || value === 'none') return value;
  return languageByCode('language', value);
}

/** `--languages tr,es,pt`: the candidates of `--language auto` (all 13 when not given). */
export function parseLanguages(value: string | undefined): NationalLanguage[] | undefined {
  if (value === undefined) return undefined;
  return value.split(',').map((code) => languageByCode('languages', code.trim()));
}

/**
 * The `codings` option for a data coding beyond 0 and 8: the legacy codings
 * of `smshex/legacy` (1, 2, 3, 4, 6, 7), loaded only when asked for.
 */
export async function codingsFor(dataCoding: 'auto' | number): Promise<readonly TextCoding[] | undefined> {
  if (dataCoding === 'auto' || dataCoding === 0 || dataCoding === 8) return undefined;
  const codings = (await import('../legacy/index.js')).LEGACY_CODINGS;
  if (!codings.some((coding) => coding.dataCoding === dataCoding)) {
    const known = codings.map((coding) => `${coding.dataCoding} ${coding.name}`).join(', ');
    throw new UsageError(`--data-coding ${dataCoding} is not a text coding smshex writes: use 0 (GSM 7-bit), 8 (UCS-2), or a legacy coding: ${known}`);
  }
  return codings;
}

/** The help lines of the segment flags that `count` and `encode` describe alike (`--language` each in its own words). */
export const SEGMENT_FLAGS_HELP = `  --languages <list>     with --language auto, the candidates: tr,es,pt
  --transliterate <p>    replace what GSM 7-bit lacks, every replacement
                         reported: smart, TURKISH, GREEK, CYRILLIC,
                         SERBIAN_CYRILLIC, CENTRAL_EUROPEAN, BALTIC,
                         NON_UNICODE (see docs/transliteration.md)
  --keep-graphemes       never end a part inside a grapheme cluster`;

/** The flags `encode` and `count` share, as `parseArgs` option definitions. */
export const SEGMENT_FLAGS = {
  'data-coding': { type: 'string' },
  language: { type: 'string' },
  languages: { type: 'string' },
  transliterate: { type: 'string' },
  'keep-graphemes': { type: 'boolean' },
  'reference-bits': { type: 'string' },
} as const;

/**
 * The segment options those flags give, with only the given ones set (the
 * library checks their values; its `RangeError` becomes a usage error).
 */
export async function readSegmentFlags(values: Values): Promise<SegmentOptions & { dataCoding: 'auto' | number }> {
  const dataCoding = parseDataCoding(stringValue(values, 'data-coding'));
  const codings = await codingsFor(dataCoding);
  const language = parseLanguage(stringValue(values, 'language'));
  const listed = parseLanguages(stringValue(values, 'languages'));
  // The CLI bundles every table anyway, so `--language auto` alone tries all 13.
  const languages = listed === undefined && language === 'auto' ? Object.values(NATIONAL_LANGUAGES) : listed;
  const transliterate = stringValue(values, 'transliterate') as TransliterationProfile | undefined;
  const referenceBits = parseReferenceBits(stringValue(values, 'reference-bits'));
  return {
    dataCoding,
    ...(referenceBits === undefined ? {} : { referenceBits }),
    ...(codings === undefined ? {} : { codings }),
    ...(language === undefined ? {} : { language }),
    ...(languages === undefined ? {} : { languages }),
    ...(transliterate === undefined ? {} : { transliterate }),
    ...(flag(values, 'keep-graphemes') ? { keepGraphemes: true } : {}),
  };
}
