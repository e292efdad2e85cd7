/**
 * Turkish (ISO 639-1 `tr`, national language identifier 1, 3GPP TS 23.038 §6.2.1.2.4):
 * the locking-shift table of Annex A.3.1 and the single-shift table of Annex A.2.1, as data.
 * Each table is written once, indexed by septet; the encoder's reverse lookups are derived from it.
 *
 * @module
 */

import { defineLanguage, type NationalLanguage } from './language.js';
import type { Gsm7Table } from '../table.js';

/** `null` marks a septet that is not a character (the escape 0x1B, a control code, or an unassigned code). */
const _ = null;

/**
 * 3GPP TS 23.038 Annex A.3.1, the Turkish national language locking-shift table: the 128
 * characters used in place of the default alphabet when the message's UDH carries IE 0x25 with
 * identifier 1, indexed by septet.
 *
 * @example
 * ```ts
 * TURKISH.lockingShift.chars[0x05]; // 'é'
 * ```
 */
const TURKISH_LOCKING_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Turkish national language locking shift table',
  spec: '3GPP TS 23.038 Annex A.3.1',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '@', '£', '$', '¥', '€', 'é', 'ù', 'ı', 'ò', 'Ç', '\n', 'Ğ', 'ğ', '\r', 'Å', 'å',
    // 0x10-0x1f
    'Δ', '_', 'Φ', 'Γ', 'Λ', 'Ω', 'Π', 'Ψ', 'Σ', 'Θ', 'Ξ', _, 'Ş', 'ş', 'ß', 'É',
    // 0x20-0x2f
    ' ', '!', '"', '#', '¤', '%', '&', "'", '(', ')', '*', '+', ',', '-', '.', '/',
    // 0x30-0x3f
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
    // 0x40-0x4f
    'İ', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O',
    // 0x50-0x5f
    'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'Ä', 'Ö', 'Ñ', 'Ü', '§',
    // 0x60-0x6f
    'ç', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    // 0x70-0x7f
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'ä', 'ö', 'ñ', 'ü', 'à',
  ]),
});

/**
 * 3GPP TS 23.038 Annex A.2.1, the Turkish national language single-shift table: the characters
 * reached through the escape 0x1B when the message's UDH carries IE 0x24 with identifier 1,
 * indexed by the septet that follows the escape. 0x0A is the page break (form feed); 0x0D (CR2) and
 * 0x1B (a further escape) are control codes, not characters; every other `null` is unassigned.
 *
 * @example
 * ```ts
 * TURKISH.singleShift.chars[0x47]; // 'Ğ'
 * ```
 */
const TURKISH_SINGLE_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Turkish national language single shift table',
  spec: '3GPP TS 23.038 Annex A.2.1',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    _, _, _, _, _, _, _, _, _, _, '\f', _, _, _, _, _,
    // 0x10-0x1f
    _, _, _, _, '^', _, _, _, _, _, _, _, _, _, _, _,
    // 0x20-0x2f
    _, _, _, _, _, _, _, _, '{', '}', _, _, _, _, _, '\\',
    // 0x30-0x3f
    _, _, _, _, _, _, _, _, _, _, _, _, '[', '~', ']', _,
    // 0x40-0x4f
    '|', _, _, _, _, _, _, 'Ğ', _, 'İ', _, _, _, _, _, _,
    // 0x50-0x5f
    _, _, _, 'Ş', _, _, _, _, _, _, _, _, _, _, _, _,
    // 0x60-0x6f
    _, _, _, 'ç', _, '€', _, 'ğ', _, 'ı', _, _, _, _, _, _,
    // 0x70-0x7f
    _, _, _, 'ş', _, _, _, _, _, _, _, _, _, _, _, _,
  ]),
});

/**
 * Turkish: ISO 639-1 code `tr`, national language identifier 1 (3GPP TS 23.038 §6.2.1.2.4), locking-shift table Annex A.3.1 and single-shift table Annex A.2.1.
 *
 * @example
 * ```ts
 * TURKISH.identifier; // 1
 * ```
 *
 * @group National language tables
 */
export const TURKISH: NationalLanguage & { readonly lockingShift: Gsm7Table } = /* @__PURE__ */ defineLanguage({
  code: 'tr',
  name: 'Turkish',
  identifier: 1,
  lockingShift: TURKISH_LOCKING_SHIFT,
  singleShift: TURKISH_SINGLE_SHIFT,
});
