/**
 * An offline preview in the shape of the provider's `POST /sms/1/preview`
 * response: how a text would be sent plain, with a national language's
 * tables, with transliteration, and with both.
 *
 * @module
 */

import { isLanguageCode, type LanguageCode, NATIONAL_LANGUAGES } from '../codecs/gsm7/tables/index.js';
import type { NationalLanguage } from '../codecs/gsm7/tables/language.js';
import { assertString, describe, optionNames, readOptions } from '../internal/args.js';
import { estimateNamed } from '../segments/estimate.js';
import { readProfiles, type TransliterationProfile } from '../text/transliterate/transliterate.js';

/**
 * A language code as the provider writes it (`TR`, `ES`, `PT`), any other Annex A language in capitals, or `AUTODETECT`.
 *
 * @group Bulk and preview
 */
export type PreviewLanguageCode = Uppercase<LanguageCode> | 'AUTODETECT';

/**
 * Options of {@link preview}.
 *
 * @group Bulk and preview
 */
export interface PreviewOptions {
  /** National language tables to preview with; `AUTODETECT` tries every language. */
  readonly languageCode?: PreviewLanguageCode;
  /** A transliteration profile to preview with (`TURKISH`, `GREEK`, …, or `smart`). */
  readonly transliteration?: TransliterationProfile;
}

/**
 * The configuration one preview used, as the provider reports it.
 *
 * @group Bulk and preview
 */
export interface PreviewConfiguration {
  /** Present when national language tables were used. */
  readonly language?: {
    readonly languageCode: PreviewLanguageCode;
    /** The codes of the languages whose tables were actually chosen (smshex's addition), when any. */
    readonly lockingShiftCode?: LanguageCode;
    readonly singleShiftCode?: LanguageCode;
  };
  /** Present when transliteration was applied. */
  readonly transliteration?: TransliterationProfile;
}

/**
 * One preview.
 *
 * @group Bulk and preview
 */
export interface PreviewEntry {
  /** The text as it would be sent (transliterated where asked). */
  readonly textPreview: string;
  /** SMS parts billed. */
  readonly messageCount: number;
  /** Units left in the last part: characters for UCS-2, septets for GSM 7-bit (an extension character takes 2). */
  readonly charactersRemaining: number;
  /** What this preview used. */
  readonly configuration: PreviewConfiguration;
}

/**
 * What {@link preview} returns: the provider's preview response shape.
 *
 * @group Bulk and preview
 */
export interface PreviewResult {
  /** The input text. */
  readonly originalText: string;
  /** The plain configuration first, then language, transliteration, and both, as asked. */
  readonly previews: readonly PreviewEntry[];
}

const PREVIEW_OPTIONS = /* @__PURE__ */ optionNames<PreviewOptions>({ languageCode: true, transliteration: true });

/**
 * Previews a text offline, as the provider's `/sms/1/preview` does: one entry
 * for the plain configuration and one for each option asked for (language,
 * transliteration, and the two together). Unlike the provider, every
 * national language of TS 23.038 Annex A is available, not only TR, ES, PT.
 *
 * Spec: TS 23.038 Annex A (national language tables), TS 23.040 §9.2.3.24 (segments).
 *
 * @param text - the message text
 * @param options - `languageCode` and/or `transliteration`
 * @returns `{ originalText, previews }`
 * @throws `TypeError` / `RangeError` for a wrong argument type, language code or profile;
 *   {@link SmsHexError} `UCS2_LONE_SURROGATE` for a lone surrogate
 *
 * @example
 * ```ts
 * preview("Şişli'de güzel bir gün", { languageCode: 'TR', transliteration: 'TURKISH' }).previews.map(
 *   (p) => [p.messageCount, p.charactersRemaining, p.configuration],
 * );
 * // [[1, 48, {}], [1, …, { language: { languageCode: 'TR', singleShiftCode: 'tr' } }],
 * //  [1, 138, { transliteration: 'TURKISH' }], [1, …, { language: …, transliteration: 'TURKISH' }]]
 * ```
 *
 * @group Bulk and preview
 */
export function preview(text: string, options?: PreviewOptions): PreviewResult {
  const fn = 'preview';
  assertString(fn, 'text', text);
  const opts = readOptions<PreviewOptions>(fn, options, PREVIEW_OPTIONS);
  const languageCode = opts.languageCode;
  let language: NationalLanguage | 'auto' | undefined;
  if (languageCode !== undefined) {
    const code = typeof languageCode === 'string' ? languageCode.toLowerCase() : undefined;
    if (languageCode === 'AUTODETECT') language = 'auto';
    else if (code !== undefined && isLanguageCode(code)) language = NATIONAL_LANGUAGES[code];
    else {
      const error = typeof languageCode === 'string' ? RangeError : TypeError;
      throw new error(`${fn}: languageCode must be AUTODETECT or a language code such as TR, ES, PT, got ${typeof languageCode === 'string' ? languageCode : describe(languageCode)}`);
    }
  }
  const transliteration = opts.transliteration;
  if (transliteration !== undefined && (typeof transliteration !== 'string' || readProfiles(fn, transliteration).length !== 1)) {
    throw new TypeError(`${fn}: transliteration must be one profile name, got ${describe(transliteration)}`);
  }
  const configurations: Array<{ language?: NationalLanguage | 'auto'; transliteration?: TransliterationProfile }> = [{}];
  if (language !== undefined) configurations.push({ language });
  if (transliteration !== undefined) configurations.push({ transliteration });
  if (language !== undefined && transliteration !== undefined) configurations.push({ language, transliteration });

  const previews = configurations.map((configuration): PreviewEntry => {
    const estimate = estimateNamed(fn, text, {
      ...(configuration.language === undefined ? {} : { language: configuration.language }),
      ...(configuration.language === 'auto' ? { languages: Object.values(NATIONAL_LANGUAGES) } : {}),
      ...(configuration.transliteration === undefined ? {} : { transliterate: configuration.transliteration }),
    });
    const reported: { -readonly [K in keyof PreviewConfiguration]: PreviewConfiguration[K] } = {};
    if (configuration.language !== undefined && languageCode !== undefined) {
      reported.language = {
        languageCode,
        ...(estimate.lockingShiftCode === undefined ? {} : { lockingShiftCode: estimate.lockingShiftCode }),
        ...(estimate.singleShiftCode === undefined ? {} : { singleShiftCode: estimate.singleShiftCode }),
      };
    }
    if (configuration.transliteration !== undefined) reported.transliteration = configuration.transliteration;
    return {
      textPreview: estimate.text,
      messageCount: estimate.smsCount,
      charactersRemaining: estimate.unitsRemaining,
      configuration: reported,
    };
  });
  return { originalText: text, previews };
}
