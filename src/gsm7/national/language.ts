/**
 * The shape of one national language of 3GPP TS 23.038 Annex A: its ISO 639-1
 * code, its national language identifier (§6.2.1.2.4) and its tables.
 *
 * @module
 */

import type { Gsm7Table } from '../table.js';

/**
 * One national language of 3GPP TS 23.038 Annex A: the identifier that the
 * UDH information elements 0x24 (single shift) and 0x25 (locking shift) carry,
 * and the tables it selects.
 *
 * Spec: 3GPP TS 23.038 §6.2.1.2.4 (identifiers), Annex A.2 (single-shift tables),
 * Annex A.3 (locking-shift tables); TS 23.040 §9.2.3.24.15 and §9.2.3.24.16 (the IEs).
 *
 * @example
 * ```ts
 * NATIONAL_LANGUAGES.tr.identifier;          // 1
 * NATIONAL_LANGUAGES.es.lockingShift;        // undefined: Spanish has a single-shift table only
 * NATIONAL_LANGUAGES.tr.singleShift.spec;    // '3GPP TS 23.038 Annex A.2.1'
 * ```
 */
export interface NationalLanguage {
  /** ISO 639-1 code, e.g. `'tr'`. */
  readonly code: string;
  /** English name, e.g. `'Turkish'`. */
  readonly name: string;
  /** National language identifier (TS 23.038 §6.2.1.2.4), the octet of IEs 0x24 and 0x25. */
  readonly identifier: number;
  /** The locking-shift table (Annex A.3), absent where the standard defines none (Spanish). */
  readonly lockingShift?: Gsm7Table;
  /** The single-shift table (Annex A.2). */
  readonly singleShift: Gsm7Table;
}
