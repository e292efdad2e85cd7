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
 * The pair of compiled tables an encoder or decoder works with.
 *
 * @internal
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
export const DEFAULT_CHARSET: Gsm7Charset = Object.freeze({
  locking: compileTable(DEFAULT_ALPHABET),
  single: compileTable(DEFAULT_EXTENSION),
});
