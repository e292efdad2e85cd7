/**
 * A GSM 7-bit character set: the locking-shift table in force (the default
 * alphabet unless a national locking shift is used) and the single-shift
 * table reached through the escape 0x1B (the default extension table unless
 * a national single shift is used). 3GPP TS 23.038 §6.2.1 and Annex A.
 *
 * @module
 */

import { DEFAULT_ALPHABET, DEFAULT_EXTENSION } from './default-alphabet.js';
import { compileTable, type CompiledTable } from './table.js';

/**
 * The pair of compiled tables a GSM 7-bit encoder or decoder works with, and
 * the national language identifiers the message's UDH must announce for them
 * (IE 0x25 for the locking shift, IE 0x24 for the single shift). Build one with
 * {@link resolveCharset}; the tables inside are compiled once at load and frozen.
 *
 * Spec: 3GPP TS 23.038 §6.2.1.2 and Annex A; TS 23.040 §9.2.3.24.15 and §9.2.3.24.16.
 *
 * @example
 * ```ts
 * const charset = resolveCharset({ lockingShift: HINDI, singleShift: HINDI });
 * charset.locking.table.spec; // '3GPP TS 23.038 Annex A.3.6'
 * charset.singleShiftLanguage; // 6
 * ```
 *
 * @group Codecs
 */
export interface Gsm7Charset {
  /** The table for plain septets. */
  readonly locking: CompiledTable;
  /** The table for septets after the escape 0x1B. */
  readonly single: CompiledTable;
  /** National language identifier of the locking shift (TS 23.038 §6.2.1.2.4), absent for the default alphabet. */
  readonly lockingShiftLanguage?: number;
  /** National language identifier of the single shift, absent for the default extension table. */
  readonly singleShiftLanguage?: number;
}

/** The escape septet: the next septet is read from the single-shift table. */
export const ESCAPE = 0x1b;

/** The default alphabet with its extension table, compiled once at load. */
export const DEFAULT_CHARSET: Gsm7Charset = /* @__PURE__ */ Object.freeze({
  locking: /* @__PURE__ */ compileTable(DEFAULT_ALPHABET),
  single: /* @__PURE__ */ compileTable(DEFAULT_EXTENSION),
});
