/**
 * Kannada (ISO 639-1 `kn`, national language identifier 7, 3GPP TS 23.038 §6.2.1.2.4):
 * the locking-shift table of Annex A.3.7 and the single-shift table of Annex A.2.7, as data.
 * Each table is written once, indexed by septet; the encoder's reverse lookups are derived from it.
 *
 * @module
 */

import { defineLanguage, type NationalLanguage } from './language.js';
import type { Gsm7Table } from '../table.js';

/** `null` marks a septet that is not a character (the escape 0x1B, a control code, or an unassigned code). */
const _ = null;

/**
 * 3GPP TS 23.038 Annex A.3.7, the Kannada national language locking-shift table: the 128
 * characters used in place of the default alphabet when the message's UDH carries IE 0x25 with
 * identifier 7, indexed by septet.
 * 0x0A is line feed, 0x0D carriage return, 0x1B the escape to the single-shift table.
 * 0x24 is U+0CA1 (KANNADA LETTER DDA): the printed table shows U+0CAA, a known typo that would
 * duplicate 0x3D; U+0CA1 fills the gap in the Unicode sequence 0x22-0x27 and is what handsets decode.
 *
 * @example
 * ```ts
 * KANNADA.lockingShift.chars[0x01]; // '\u0c82'
 * ```
 */
const KANNADA_LOCKING_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Kannada national language locking shift table',
  spec: '3GPP TS 23.038 Annex A.3.7',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    _, '\u0c82', '\u0c83', '\u0c85', '\u0c86', '\u0c87', '\u0c88', '\u0c89', '\u0c8a', '\u0c8b', '\n', '\u0c8c', _, '\r', '\u0c8e', '\u0c8f',
    // 0x10-0x1f
    '\u0c90', _, '\u0c92', '\u0c93', '\u0c94', '\u0c95', '\u0c96', '\u0c97', '\u0c98', '\u0c99', '\u0c9a', _, '\u0c9b', '\u0c9c', '\u0c9d', '\u0c9e',
    // 0x20-0x2f
    ' ', '!', '\u0c9f', '\u0ca0', '\u0ca1', '\u0ca2', '\u0ca3', '\u0ca4', ')', '(', '\u0ca5', '\u0ca6', ',', '\u0ca7', '.', '\u0ca8',
    // 0x30-0x3f
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', _, '\u0caa', '\u0cab', '?',
    // 0x40-0x4f
    '\u0cac', '\u0cad', '\u0cae', '\u0caf', '\u0cb0', '\u0cb1', '\u0cb2', '\u0cb3', _, '\u0cb5', '\u0cb6', '\u0cb7', '\u0cb8', '\u0cb9', '\u0cbc', '\u0cbd',
    // 0x50-0x5f
    '\u0cbe', '\u0cbf', '\u0cc0', '\u0cc1', '\u0cc2', '\u0cc3', '\u0cc4', _, '\u0cc6', '\u0cc7', '\u0cc8', _, '\u0cca', '\u0ccb', '\u0ccc', '\u0ccd',
    // 0x60-0x6f
    '\u0cd5', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    // 0x70-0x7f
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '\u0cd6', '\u0ce0', '\u0ce1', '\u0ce2', '\u0ce3',
  ]),
});

/**
 * 3GPP TS 23.038 Annex A.2.7, the Kannada national language single-shift table: the characters
 * reached through the escape 0x1B when the message's UDH carries IE 0x24 with identifier 7,
 * indexed by the septet that follows the escape. 0x0A is the page break (form feed); 0x0D (CR2) and
 * 0x1B (a further escape) are control codes, not characters; every other `null` is unassigned.
 *
 * @example
 * ```ts
 * KANNADA.singleShift.chars[0x19]; // '\u0964'
 * ```
 */
const KANNADA_SINGLE_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Kannada national language single shift table',
  spec: '3GPP TS 23.038 Annex A.2.7',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '@', '£', '$', '¥', '¿', '"', '¤', '%', '&', "'", '\f', '*', '+', _, '-', '/',
    // 0x10-0x1f
    '<', '=', '>', '¡', '^', '¡', '_', '#', '*', '\u0964', '\u0965', _, '\u0ce6', '\u0ce7', '\u0ce8', '\u0ce9',
    // 0x20-0x2f
    '\u0cea', '\u0ceb', '\u0cec', '\u0ced', '\u0cee', '\u0cef', '\u0cde', '\u0cf1', '{', '}', '\u0cf2', _, _, _, _, '\\',
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
 * Kannada: ISO 639-1 code `kn`, national language identifier 7 (3GPP TS 23.038 §6.2.1.2.4), locking-shift table Annex A.3.7 and single-shift table Annex A.2.7.
 *
 * @example
 * ```ts
 * KANNADA.identifier; // 7
 * ```
 *
 * @group National language tables
 */
export const KANNADA: NationalLanguage & { readonly lockingShift: Gsm7Table } = /* @__PURE__ */ defineLanguage({
  code: 'kn',
  name: 'Kannada',
  identifier: 7,
  lockingShift: KANNADA_LOCKING_SHIFT,
  singleShift: KANNADA_SINGLE_SHIFT,
});
