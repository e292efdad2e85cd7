/**
 * Oriya (ISO 639-1 `or`, national language identifier 9, 3GPP TS 23.038 §6.2.1.2.4):
 * the locking-shift table of Annex A.3.9 and the single-shift table of Annex A.2.9, as data.
 * Each table is written once, indexed by septet; the encoder's reverse lookups are derived from it.
 *
 * @module
 */

import { defineLanguage, type NationalLanguage } from './language.js';
import type { Gsm7Table } from '../table.js';

/** `null` marks a septet that is not a character (the escape 0x1B, a control code, or an unassigned code). */
const _ = null;

/**
 * 3GPP TS 23.038 Annex A.3.9, the Oriya national language locking-shift table: the 128
 * characters used in place of the default alphabet when the message's UDH carries IE 0x25 with
 * identifier 9, indexed by septet.
 * 0x0A is line feed, 0x0D carriage return, 0x1B the escape to the single-shift table.
 *
 * @example
 * ```ts
 * ORIYA.lockingShift.chars[0x00]; // '\u0b01'
 * ```
 */
const ORIYA_LOCKING_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Oriya national language locking shift table',
  spec: '3GPP TS 23.038 Annex A.3.9',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '\u0b01', '\u0b02', '\u0b03', '\u0b05', '\u0b06', '\u0b07', '\u0b08', '\u0b09', '\u0b0a', '\u0b0b', '\n', '\u0b0c', _, '\r', _, '\u0b0f',
    // 0x10-0x1f
    '\u0b10', _, _, '\u0b13', '\u0b14', '\u0b15', '\u0b16', '\u0b17', '\u0b18', '\u0b19', '\u0b1a', _, '\u0b1b', '\u0b1c', '\u0b1d', '\u0b1e',
    // 0x20-0x2f
    ' ', '!', '\u0b1f', '\u0b20', '\u0b21', '\u0b22', '\u0b23', '\u0b24', ')', '(', '\u0b25', '\u0b26', ',', '\u0b27', '.', '\u0b28',
    // 0x30-0x3f
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', _, '\u0b2a', '\u0b2b', '?',
    // 0x40-0x4f
    '\u0b2c', '\u0b2d', '\u0b2e', '\u0b2f', '\u0b30', _, '\u0b32', '\u0b33', _, '\u0b35', '\u0b36', '\u0b37', '\u0b38', '\u0b39', '\u0b3c', '\u0b3d',
    // 0x50-0x5f
    '\u0b3e', '\u0b3f', '\u0b40', '\u0b41', '\u0b42', '\u0b43', '\u0b44', _, _, '\u0b47', '\u0b48', _, _, '\u0b4b', '\u0b4c', '\u0b4d',
    // 0x60-0x6f
    '\u0b56', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    // 0x70-0x7f
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '\u0b57', '\u0b60', '\u0b61', '\u0b62', '\u0b63',
  ]),
});

/**
 * 3GPP TS 23.038 Annex A.2.9, the Oriya national language single-shift table: the characters
 * reached through the escape 0x1B when the message's UDH carries IE 0x24 with identifier 9,
 * indexed by the septet that follows the escape. 0x0A is the page break (form feed); 0x0D (CR2) and
 * 0x1B (a further escape) are control codes, not characters; every other `null` is unassigned.
 *
 * @example
 * ```ts
 * ORIYA.singleShift.chars[0x19]; // '\u0964'
 * ```
 */
const ORIYA_SINGLE_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Oriya national language single shift table',
  spec: '3GPP TS 23.038 Annex A.2.9',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '@', '£', '$', '¥', '¿', '"', '¤', '%', '&', "'", '\f', '*', '+', _, '-', '/',
    // 0x10-0x1f
    '<', '=', '>', '¡', '^', '¡', '_', '#', '*', '\u0964', '\u0965', _, '\u0b66', '\u0b67', '\u0b68', '\u0b69',
    // 0x20-0x2f
    '\u0b6a', '\u0b6b', '\u0b6c', '\u0b6d', '\u0b6e', '\u0b6f', '\u0b5c', '\u0b5d', '{', '}', '\u0b5f', '\u0b70', '\u0b71', _, _, '\\',
    // 0x30-0x3f
    _, _, _, _, _, _, _, _, _, _, _, _, '[', '~', ']', _,
    // 0x40-0x4f
    '|', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O',
    // 0x50-0x5f
    'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', _, _, _, _, _,
    // 0x60-0x6f
    _, _, _, _, _, '€', _, _, _, _, _, _, _, _, _, _,
    // 0x70-0x7f
    _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _,
  ]),
});

/**
 * Oriya: ISO 639-1 code `or`, national language identifier 9 (3GPP TS 23.038 §6.2.1.2.4), locking-shift table Annex A.3.9 and single-shift table Annex A.2.9.
 *
 * @example
 * ```ts
 * ORIYA.identifier; // 9
 * ```
 *
 * @group National language tables
 */
export const ORIYA: NationalLanguage & { readonly lockingShift: Gsm7Table } = /* @__PURE__ */ defineLanguage({
  code: 'or',
  name: 'Oriya',
  identifier: 9,
  lockingShift: ORIYA_LOCKING_SHIFT,
  singleShift: ORIYA_SINGLE_SHIFT,
});
