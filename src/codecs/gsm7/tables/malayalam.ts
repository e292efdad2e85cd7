/**
 * Malayalam (ISO 639-1 `ml`, national language identifier 8, 3GPP TS 23.038 §6.2.1.2.4):
 * the locking-shift table of Annex A.3.8 and the single-shift table of Annex A.2.8, as data.
 * Each table is written once, indexed by septet; the encoder's reverse lookups are derived from it.
 *
 * @module
 */

import { defineLanguage, type NationalLanguage } from './language.js';
import type { Gsm7Table } from '../table.js';

/** `null` marks a septet that is not a character (the escape 0x1B, a control code, or an unassigned code). */
const _ = null;

/**
 * 3GPP TS 23.038 Annex A.3.8, the Malayalam national language locking-shift table: the 128
 * characters used in place of the default alphabet when the message's UDH carries IE 0x25 with
 * identifier 8, indexed by septet.
 * 0x0A is line feed, 0x0D carriage return, 0x1B the escape to the single-shift table.
 *
 * @example
 * ```ts
 * MALAYALAM.lockingShift.chars[0x01]; // '\u0d02'
 * ```
 */
const MALAYALAM_LOCKING_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Malayalam national language locking shift table',
  spec: '3GPP TS 23.038 Annex A.3.8',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    _, '\u0d02', '\u0d03', '\u0d05', '\u0d06', '\u0d07', '\u0d08', '\u0d09', '\u0d0a', '\u0d0b', '\n', '\u0d0c', _, '\r', '\u0d0e', '\u0d0f',
    // 0x10-0x1f
    '\u0d10', _, '\u0d12', '\u0d13', '\u0d14', '\u0d15', '\u0d16', '\u0d17', '\u0d18', '\u0d19', '\u0d1a', _, '\u0d1b', '\u0d1c', '\u0d1d', '\u0d1e',
    // 0x20-0x2f
    ' ', '!', '\u0d1f', '\u0d20', '\u0d21', '\u0d22', '\u0d23', '\u0d24', ')', '(', '\u0d25', '\u0d26', ',', '\u0d27', '.', '\u0d28',
    // 0x30-0x3f
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', _, '\u0d2a', '\u0d2b', '?',
    // 0x40-0x4f
    '\u0d2c', '\u0d2d', '\u0d2e', '\u0d2f', '\u0d30', '\u0d31', '\u0d32', '\u0d33', '\u0d34', '\u0d35', '\u0d36', '\u0d37', '\u0d38', '\u0d39', _, '\u0d3d',
    // 0x50-0x5f
    '\u0d3e', '\u0d3f', '\u0d40', '\u0d41', '\u0d42', '\u0d43', '\u0d44', _, '\u0d46', '\u0d47', '\u0d48', _, '\u0d4a', '\u0d4b', '\u0d4c', '\u0d4d',
    // 0x60-0x6f
    '\u0d57', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    // 0x70-0x7f
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '\u0d60', '\u0d61', '\u0d62', '\u0d63', '\u0d79',
  ]),
});

/**
 * 3GPP TS 23.038 Annex A.2.8, the Malayalam national language single-shift table: the characters
 * reached through the escape 0x1B when the message's UDH carries IE 0x24 with identifier 8,
 * indexed by the septet that follows the escape. 0x0A is the page break (form feed); 0x0D (CR2) and
 * 0x1B (a further escape) are control codes, not characters; every other `null` is unassigned.
 *
 * @example
 * ```ts
 * MALAYALAM.singleShift.chars[0x19]; // '\u0964'
 * ```
 */
const MALAYALAM_SINGLE_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Malayalam national language single shift table',
  spec: '3GPP TS 23.038 Annex A.2.8',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '@', '£', '$', '¥', '¿', '"', '¤', '%', '&', "'", '\f', '*', '+', _, '-', '/',
    // 0x10-0x1f
    '<', '=', '>', '¡', '^', '¡', '_', '#', '*', '\u0964', '\u0965', _, '\u0d66', '\u0d67', '\u0d68', '\u0d69',
    // 0x20-0x2f
    '\u0d6a', '\u0d6b', '\u0d6c', '\u0d6d', '\u0d6e', '\u0d6f', '\u0d70', '\u0d71', '{', '}', '\u0d72', '\u0d73', '\u0d74', '\u0d75', '\u0d7a', '\\',
    // 0x30-0x3f
    '\u0d7b', '\u0d7c', '\u0d7d', '\u0d7e', '\u0d7f', _, _, _, _, _, _, _, '[', '~', ']', _,
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
 * Malayalam: ISO 639-1 code `ml`, national language identifier 8 (3GPP TS 23.038 §6.2.1.2.4), locking-shift table Annex A.3.8 and single-shift table Annex A.2.8.
 *
 * @example
 * ```ts
 * MALAYALAM.identifier; // 8
 * ```
 *
 * @group National language tables
 */
export const MALAYALAM: NationalLanguage & { readonly lockingShift: Gsm7Table } = /* @__PURE__ */ defineLanguage({
  code: 'ml',
  name: 'Malayalam',
  identifier: 8,
  lockingShift: MALAYALAM_LOCKING_SHIFT,
  singleShift: MALAYALAM_SINGLE_SHIFT,
});
