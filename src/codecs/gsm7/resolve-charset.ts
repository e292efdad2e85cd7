/**
 * From the caller's choice of national language tables to the pair of
 * compiled tables the GSM 7-bit codec works with. 3GPP TS 23.038 §6.2.1.2
 * and Annex A.
 *
 * @module
 */

import { quote } from '../../errors.js';
import { describe, optionNames, readOptions } from '../../internal/args.js';
import { DEFAULT_CHARSET, type Gsm7Charset } from './charset.js';
import { type CompiledLanguage, compiledLanguage, type NationalLanguage, type ShiftSelection } from './tables/language.js';
import { type CompiledTable, copyTable } from './table.js';

/**
 * Which national language tables to use, as language objects (`TURKISH`,
 * `NATIONAL_LANGUAGES.tr`, …): exactly these
 * tables, the default alphabet for an omitted `lockingShift` and the default
 * extension table for an omitted `singleShift`.
 *
 * Spec: 3GPP TS 23.038 §6.2.1.2.2 (locking shift), §6.2.1.2.3 (single shift), Annex A.
 *
 * @example
 * ```ts
 * const turkish: ShiftTableOptions = { lockingShift: TURKISH, singleShift: TURKISH };
 * const spanish: ShiftTableOptions = { singleShift: SPANISH };
 * ```
 *
 * @group National language tables
 */
export interface ShiftTableOptions {
  /** The national locking-shift table (Annex A.3) used in place of the default alphabet; sent as UDH IE 0x25. */
  readonly lockingShift?: NationalLanguage;
  /** The national single-shift table (Annex A.2) reached through the escape 0x1B; sent as UDH IE 0x24. */
  readonly singleShift?: NationalLanguage;
}

/**
 * The names of {@link ShiftTableOptions}, for a function that takes them alone.
 *
 * @internal
 */
export const SHIFT_TABLE_OPTIONS = /* @__PURE__ */ optionNames<ShiftTableOptions>({ lockingShift: true, singleShift: true });

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
 * @param options - `lockingShift` and/or `singleShift`, each a national language object (`TURKISH`, `NATIONAL_LANGUAGES.tr`, …)
 * @returns the character set, frozen, with its own copies of the compiled tables
 * @throws `RangeError` for a language that has no such table (Spanish has no locking-shift table)
 * @throws `TypeError` when options is not an object, or a table is not one of the language objects smshex exports (a code string such as `'tr'` included)
 *
 * @example
 * ```ts
 * const charset = resolveCharset({ lockingShift: TURKISH, singleShift: TURKISH });
 * charset.lockingShiftLanguage; // 1
 * charset.singleShiftLanguage;  // 1
 * resolveCharset({ singleShift: SPANISH }).lockingShiftLanguage; // undefined: the default alphabet
 * resolveCharset({ lockingShift: SPANISH });
 * // RangeError: resolveCharset: lockingShift Spanish has no locking-shift table in TS 23.038 Annex A.3
 * ```
 *
 * @group National language tables
 */
export function resolveCharset(options?: ShiftTableOptions): Gsm7Charset {
  const shared = charsetFromOptions('resolveCharset', readOptions<ShiftTableOptions>('resolveCharset', options, SHIFT_TABLE_OPTIONS));
  // The encoders share one compiled copy of each table; the caller gets its own,
  // so writing into the typed arrays it returns cannot change how smshex encodes.
  const charset: { -readonly [K in keyof Gsm7Charset]: Gsm7Charset[K] } = {
    locking: copyTable(shared.locking),
    single: copyTable(shared.single),
  };
  if (shared.lockingShiftLanguage !== undefined) charset.lockingShiftLanguage = shared.lockingShiftLanguage;
  if (shared.singleShiftLanguage !== undefined) charset.singleShiftLanguage = shared.singleShiftLanguage;
  return Object.freeze(charset);
}

/**
 * {@link resolveCharset} for a function whose options carry the two fields
 * among others; errors name `fn`.
 *
 * @internal
 */
export function charsetFromOptions(fn: string, options: unknown): Gsm7Charset {
  return shiftSelection(fn, options).charset;
}

const DEFAULT_SELECTION: ShiftSelection = /* @__PURE__ */ Object.freeze({ charset: DEFAULT_CHARSET, shiftElements: 0 });

/**
 * The character set that `{ lockingShift?, singleShift? }` select, with the
 * languages behind it; errors name `fn`.
 *
 * @internal
 */
export function shiftSelection(fn: string, options: unknown): ShiftSelection {
  const opts = readOptions<ShiftTableOptions>(fn, options);
  const locking = readLanguage(fn, 'lockingShift', opts.lockingShift);
  const single = readLanguage(fn, 'singleShift', opts.singleShift);
  if (locking === undefined && single === undefined) return DEFAULT_SELECTION;
  if (locking !== undefined && locking.locking === undefined) {
    throw new RangeError(`${fn}: lockingShift ${locking.language.name} has no locking-shift table in TS 23.038 Annex A.3`);
  }
  if (locking === undefined) return (single as CompiledLanguage).selections[0] as ShiftSelection;
  if (single === undefined) return locking.selections[1] as ShiftSelection;
  if (single === locking) return locking.selections[2] as ShiftSelection;
  return Object.freeze({
    charset: Object.freeze({
      locking: locking.locking as CompiledTable,
      single: single.single,
      lockingShiftLanguage: locking.language.identifier,
      singleShiftLanguage: single.language.identifier,
    }),
    lockingShift: locking.language,
    singleShift: single.language,
    shiftElements: 2,
  });
}

/**
 * Reads an option that names a national language: one of the language objects
 * smshex exports (`TURKISH`, `NATIONAL_LANGUAGES.tr`, …), or `undefined`.
 *
 * @internal
 */
export function readLanguage(fn: string, name: string, value: unknown): CompiledLanguage | undefined {
  return value === undefined ? undefined : requireLanguage(fn, name, value);
}

/**
 * {@link readLanguage} where the language must be given; `alternatives`
 * names other values the option takes, for the message (`"'none', 'auto' or "`).
 *
 * @internal
 */
export function requireLanguage(fn: string, name: string, value: unknown, alternatives = ''): CompiledLanguage {
  const compiled = compiledLanguage(value);
  if (compiled !== undefined) return compiled;
  throw new TypeError(`${fn}: ${name} must be ${alternatives}a national language such as TURKISH or NATIONAL_LANGUAGES.tr, got ${shown(value)}${hint(value)}`);
}

function shown(value: unknown): string {
  return typeof value === 'string' && value.length <= 40 ? quote(value) : describe(value);
}

/** How to get from a code, or from a look-alike object, to the language object itself. */
function hint(value: unknown): string {
  if (typeof value === 'string') {
    return KNOWN_CODES.includes(value) ? `; for ${quote(value)} pass NATIONAL_LANGUAGES.${value} or import its constant from 'smshex'` : '';
  }
  const field = value !== null && typeof value === 'object' ? Object.getOwnPropertyDescriptor(value, 'code') : undefined;
  const code = field !== undefined && 'value' in field ? field.value : undefined;
  if (typeof code !== 'string' || !KNOWN_CODES.includes(code)) return '';
  // A copy of a language (spread, JSON, structuredClone), or one from another copy of smshex loaded
  // alongside (the ESM and the CommonJS build in one process) has the fields but not the compiled tables.
  return `; this looks like a copy of language ${quote(code)}: pass the object smshex exports (NATIONAL_LANGUAGES.${code}) itself, from the same import of smshex as the function`;
}

/** The 13 codes of TS 23.038 Annex A, for the hint in an error only (no tables behind them). */
const KNOWN_CODES: readonly string[] = ['tr', 'es', 'pt', 'bn', 'gu', 'hi', 'kn', 'ml', 'or', 'pa', 'ta', 'te', 'ur'];
