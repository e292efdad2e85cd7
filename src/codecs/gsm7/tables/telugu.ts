/**
 * Telugu (ISO 639-1 `te`, national language identifier 12, 3GPP TS 23.038 §6.2.1.2.4):
 * the locking-shift table of Annex A.3.12 and the single-shift table of Annex A.2.12, as data.
 * Each table is written once, indexed by septet; the encoder's reverse lookups are derived from it.
 *
 * @module
 */

import { defineLanguage, type NationalLanguage } from './language.js';
import type { Gsm7Table } from '../table.js';

/** `null` marks a septet that is not a character (the escape 0x1B, a control code, or an unassigned code). */
const _ = null;

/**
 * 3GPP TS 23.038 Annex A.3.12, the Telugu national language locking-shift table: the 128
 * characters used in place of the default alphabet when the message's UDH carries IE 0x25 with
 * identifier 12, indexed by septet.
 * 0x0A is line feed, 0x0D carriage return, 0x1B the escape to the single-shift table.
 *
 * @example
 * ```ts
 * TELUGU.lockingShift.chars[0x00]; // '\u0c01'
 * ```
 */
const TELUGU_LOCKING_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Telugu national language locking shift table',
  spec: '3GPP TS 23.038 Annex A.3.12',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '\u0c01', '\u0c02', '\u0c03', '\u0c05', '\u0c06', '\u0c07', '\u0c08', '\u0c09', '\u0c0a', '\u0c0b', '\n', '\u0c0c', _, '\r', '\u0c0e', '\u0c0f',
    // 0x10-0x1f
    '\u0c10', _, '\u0c12', '\u0c13', '\u0c14', '\u0c15', '\u0c16', '\u0c17', '\u0c18', '\u0c19', '\u0c1a', _, '\u0c1b', '\u0c1c', '\u0c1d', '\u0c1e',
    // 0x20-0x2f
    ' ', '!', '\u0c1f', '\u0c20', '\u0c21', '\u0c22', '\u0c23', '\u0c24', ')', '(', '\u0c25', '\u0c26', ',', '\u0c27', '.', '\u0c28',
    // 0x30-0x3f
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', _, '\u0c2a', '\u0c2b', '?',
    // 0x40-0x4f
    '\u0c2c', '\u0c2d', '\u0c2e', '\u0c2f', '\u0c30', '\u0c31', '\u0c32', '\u0c33', _, '\u0c35', '\u0c36', '\u0c37', '\u0c38', '\u0c39', _, '\u0c3d',
    // 0x50-0x5f
    '\u0c3e', '\u0c3f', '\u0c40', '\u0c41', '\u0c42', '\u0c43', '\u0c44', _, '\u0c46', '\u0c47', '\u0c48', _, '\u0c4a', '\u0c4b', '\u0c4c', '\u0c4d',
    // 0x60-0x6f
    '\u0c55', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    // 0x70-0x7f
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '\u0c56', '\u0c60', '\u0c61', '\u0c62', '\u0c63',
  ]),
});

/**
 * 3GPP TS 23.038 Annex A.2.12, the Telugu national language single-shift table: the characters
 * reached through the escape 0x1B when the message's UDH carries IE 0x24 with identifier 12,
 * indexed by the septet that follows the escape. 0x0A is the page break (form feed); 0x0D (CR2) and
 * 0x1B (a further escape) are control codes, not characters; every other `null` is unassigned.
 * 0x65 is the euro sign, as in every other single-shift table.
 *
 * @example
 * ```ts
 * TELUGU.singleShift.chars[0x1c]; // '\u0c66'
 * ```
 */
const TELUGU_SINGLE_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Telugu national language single shift table',
  spec: '3GPP TS 23.038 Annex A.2.12',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '@', '£', '$', '¥', '¿', '"', '¤', '%', '&', "'", '\f', '*', '+', _, '-', '/',
    // 0x10-0x1f
    '<', '=', '>', '¡', '^', '¡', '_', '#', '*', _, _, _, '\u0c66', '\u0c67', '\u0c68', '\u0c69',
    // 0x20-0x2f
    '\u0c6a', '\u0c6b', '\u0c6c', '\u0c6d', '\u0c6e', '\u0c6f', '\u0c58', '\u0c59', '{', '}', '\u0c78', '\u0c79', '\u0c7a', '\u0c7b', '\u0c7c', '\\',
    // 0x30-0x3f
    '\u0c7d', '\u0c7e', '\u0c7f', _, _, _, _, _, _, _, _, _, '[', '~', ']', _,
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
 * Telugu: ISO 639-1 code `te`, national language identifier 12 (3GPP TS 23.038 §6.2.1.2.4), locking-shift table Annex A.3.12 and single-shift table Annex A.2.12.
 *
 * @example
 * ```ts
 * TELUGU.identifier; // 12
 * ```
 *
 * @group National language tables
 */
export const TELUGU: NationalLanguage & { readonly lockingShift: Gsm7Table } = /* @__PURE__ */ defineLanguage({
  code: 'te',
  name: 'Telugu',
  identifier: 12,
  lockingShift: TELUGU_LOCKING_SHIFT,
  singleShift: TELUGU_SINGLE_SHIFT,
});
