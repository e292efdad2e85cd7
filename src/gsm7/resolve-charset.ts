/**
 * From the caller's choice of national language tables to the pair of
 * compiled tables the GSM 7-bit codec works with. 3GPP TS 23.038 §6.2.1.2
 * and Annex A.
 *
 * @module
 */

import { describe, readOptions } from '../internal/args.js';
import type { ShiftElement } from '../udh/elements.js';
import { DEFAULT_CHARSET, type Gsm7Charset } from './charset.js';
import { COMPILED_LANGUAGES, isLanguageCode, type LanguageCode, NATIONAL_LANGUAGES } from './national/index.js';

/**
 * Which national language tables to use, by ISO 639-1 code: exactly these
 * tables, the default alphabet for an omitted `lockingShift` and the default
 * extension table for an omitted `singleShift`.
 *
 * Spec: 3GPP TS 23.038 §6.2.1.2.2 (locking shift), §6.2.1.2.3 (single shift), Annex A.
 *
 * @example
 * ```ts
 * const turkish: ShiftTableOptions = { lockingShift: 'tr', singleShift: 'tr' };
 * const spanish: ShiftTableOptions = { singleShift: 'es' };
 * ```
 */
export interface ShiftTableOptions {
  /** The national locking-shift table (Annex A.3) used in place of the default alphabet; sent as UDH IE 0x25. */
  readonly lockingShift?: LanguageCode;
  /** The national single-shift table (Annex A.2) reached through the escape 0x1B; sent as UDH IE 0x24. */
  readonly singleShift?: LanguageCode;
}

/**
 * Resolves `{ lockingShift?, singleShift? }` to the character set a GSM 7-bit
 * encoder or decoder uses: the named national tables, compiled once at load,
 * with the default alphabet / default extension table for an omitted side.
 * The result's `lockingShiftLanguage` / `singleShiftLanguage` are the national
 * language identifiers the UDH information elements 0x25 / 0x24 must carry
 * (absent for a default table, which needs no element).
 *
 * Spec: 3GPP TS 23.038 §6.2.1.2.4 (identifiers) and Annex A.2 / A.3 (tables);
 * TS 23.040 §9.2.3.24.15 (IE 0x24) and §9.2.3.24.16 (IE 0x25).
 *
 * @param options - `lockingShift` and/or `singleShift`, each an ISO 639-1 code of {@link NATIONAL_LANGUAGES}
 * @returns the character set, frozen
 * @throws `RangeError` for an unknown code, or a language that has no such table (Spanish has no locking-shift table)
 * @throws `TypeError` when options is not an object or a code is not a string
 *
 * @example
 * ```ts
 * const charset = resolveCharset({ lockingShift: 'tr', singleShift: 'tr' });
 * charset.lockingShiftLanguage; // 1
 * charset.singleShiftLanguage;  // 1
 * resolveCharset({ singleShift: 'es' }).lockingShiftLanguage; // undefined: the default alphabet
 * resolveCharset({ lockingShift: 'es' });
 * // RangeError: resolveCharset: lockingShift 'es' (Spanish) has no locking-shift table in TS 23.038 Annex A.3
 * ```
 */
export function resolveCharset(options?: ShiftTableOptions): Gsm7Charset {
  return charsetFromOptions('resolveCharset', options);
}

/**
 * The UDH information elements a message encoded with `charset` must carry so
 * that the receiver reads its septets with the same tables: IE 0x24 (single
 * shift) and/or IE 0x25 (locking shift), each with the national language
 * identifier, in that order; none for the default tables. Each element takes
 * three octets (identifier, length 1, language), so one shift makes a 4-octet
 * header on its own (`03 24 01 01`) and both a 7-octet one.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24.15 and §9.2.3.24.16; TS 23.038 §6.2.1.2.4.
 *
 * @param charset - a character set from {@link resolveCharset}
 * @returns the elements, for {@link buildUdh} / {@link udhLength}; empty for the default tables
 * @throws `TypeError` when `charset` is not an object
 *
 * @example
 * ```ts
 * shiftTableElements(resolveCharset({ lockingShift: 'tr', singleShift: 'tr' }));
 * // [{ type: 'singleShift', language: 1 }, { type: 'lockingShift', language: 1 }]
 * toHex(buildUdh(shiftTableElements(resolveCharset({ singleShift: 'es' }))));
 * // '03 24 01 02'
 * ```
 */
export function shiftTableElements(charset: Gsm7Charset): ShiftElement[] {
  if (charset === null || typeof charset !== 'object') {
    throw new TypeError(`shiftTableElements: charset must be an object, got ${describe(charset)}`);
  }
  const elements: ShiftElement[] = [];
  if (charset.singleShiftLanguage !== undefined) elements.push({ type: 'singleShift', language: charset.singleShiftLanguage });
  if (charset.lockingShiftLanguage !== undefined) elements.push({ type: 'lockingShift', language: charset.lockingShiftLanguage });
  return elements;
}

/**
 * {@link resolveCharset} for a function whose options carry the two fields
 * among others; errors name `fn`.
 *
 * @internal
 */
export function charsetFromOptions(fn: string, options: unknown): Gsm7Charset {
  const opts = readOptions<ShiftTableOptions>(fn, options);
  const lockingCode = readCode(fn, 'lockingShift', opts.lockingShift);
  const singleCode = readCode(fn, 'singleShift', opts.singleShift);
  if (lockingCode === undefined && singleCode === undefined) return DEFAULT_CHARSET;
  let charset: { -readonly [K in keyof Gsm7Charset]: Gsm7Charset[K] } = { ...DEFAULT_CHARSET };
  if (lockingCode !== undefined) {
    const compiled = COMPILED_LANGUAGES[lockingCode];
    if (compiled.locking === undefined) {
      throw new RangeError(
        `${fn}: lockingShift '${lockingCode}' (${compiled.language.name}) has no locking-shift table in TS 23.038 Annex A.3`,
      );
    }
    charset = { ...charset, locking: compiled.locking, lockingShiftLanguage: compiled.language.identifier };
  }
  if (singleCode !== undefined) {
    const compiled = COMPILED_LANGUAGES[singleCode];
    charset = { ...charset, single: compiled.single, singleShiftLanguage: compiled.language.identifier };
  }
  return Object.freeze(charset);
}

function readCode(fn: string, name: string, value: unknown): LanguageCode | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new TypeError(`${fn}: ${name} must be a language code string, got ${describe(value)}`);
  if (!isLanguageCode(value)) {
    const codes = Object.keys(NATIONAL_LANGUAGES)
      .map((code) => `'${code}'`)
      .join(', ');
    throw new RangeError(`${fn}: ${name} must be one of ${codes}, got '${value}'`);
  }
  return value;
}
