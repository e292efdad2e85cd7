/**
 * Spanish (ISO 639-1 `es`, national language identifier 2, 3GPP TS 23.038 §6.2.1.2.4):
 * the single-shift table of Annex A.2.2, as data. The standard defines no Spanish locking-shift table
 *, so Spanish text uses the default alphabet as its locking table.
 * Each table is written once, indexed by septet; the encoder's reverse lookups are derived from it.
 *
 * @module
 */

import { defineLanguage, type NationalLanguage } from './language.js';
import type { Gsm7Table } from '../table.js';

/** `null` marks a septet that is not a character (the escape 0x1B, a control code, or an unassigned code). */
const _ = null;

/**
 * 3GPP TS 23.038 Annex A.2.2, the Spanish national language single-shift table: the characters
 * reached through the escape 0x1B when the message's UDH carries IE 0x24 with identifier 2,
 * indexed by the septet that follows the escape. 0x0A is the page break (form feed); 0x0D (CR2) and
 * 0x1B (a further escape) are control codes, not characters; every other `null` is unassigned.
 *
 * @example
 * ```ts
 * SPANISH.singleShift.chars[0x09]; // 'ç'
 * ```
 */
const SPANISH_SINGLE_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Spanish national language single shift table',
  spec: '3GPP TS 23.038 Annex A.2.2',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    _, _, _, _, _, _, _, _, _, 'ç', '\f', _, _, _, _, _,
    // 0x10-0x1f
    _, _, _, _, '^', _, _, _, _, _, _, _, _, _, _, _,
    // 0x20-0x2f
    _, _, _, _, _, _, _, _, '{', '}', _, _, _, _, _, '\\',
    // 0x30-0x3f
    _, _, _, _, _, _, _, _, _, _, _, _, '[', '~', ']', _,
    // 0x40-0x4f
    '|', 'Á', _, _, _, _, _, _, _, 'Í', _, _, _, _, _, 'Ó',
    // 0x50-0x5f
    _, _, _, _, _, 'Ú', _, _, _, _, _, _, _, _, _, _,
    // 0x60-0x6f
    _, 'á', _, _, _, '€', _, _, _, 'í', _, _, _, _, _, 'ó',
    // 0x70-0x7f
    _, _, _, _, _, 'ú', _, _, _, _, _, _, _, _, _, _,
  ]),
});

/**
 * Spanish: ISO 639-1 code `es`, national language identifier 2 (3GPP TS 23.038 §6.2.1.2.4), no locking-shift table, single-shift table Annex A.2.2.
 *
 * @example
 * ```ts
 * SPANISH.identifier; // 2
 * ```
 *
 * @group National language tables
 */
export const SPANISH: NationalLanguage = /* @__PURE__ */ defineLanguage({
  code: 'es',
  name: 'Spanish',
  identifier: 2,
  singleShift: SPANISH_SINGLE_SHIFT,
});
