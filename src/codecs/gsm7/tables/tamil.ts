/**
 * Tamil (ISO 639-1 `ta`, national language identifier 11, 3GPP TS 23.038 §6.2.1.2.4):
 * the locking-shift table of Annex A.3.11 and the single-shift table of Annex A.2.11, as data.
 * Each table is written once, indexed by septet; the encoder's reverse lookups are derived from it.
 *
 * @module
 */

import { defineLanguage, type NationalLanguage } from './language.js';
import type { Gsm7Table } from '../table.js';

/** `null` marks a septet that is not a character (the escape 0x1B, a control code, or an unassigned code). */
const _ = null;

/**
 * 3GPP TS 23.038 Annex A.3.11, the Tamil national language locking-shift table: the 128
 * characters used in place of the default alphabet when the message's UDH carries IE 0x25 with
 * identifier 11, indexed by septet.
 * 0x0A is line feed, 0x0D carriage return, 0x1B the escape to the single-shift table.
 *
 * @example
 * ```ts
 * TAMIL.lockingShift.chars[0x01]; // '\u0b82'
 * ```
 */
const TAMIL_LOCKING_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Tamil national language locking shift table',
  spec: '3GPP TS 23.038 Annex A.3.11',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    _, '\u0b82', '\u0b83', '\u0b85', '\u0b86', '\u0b87', '\u0b88', '\u0b89', '\u0b8a', _, '\n', _, _, '\r', '\u0b8e', '\u0b8f',
    // 0x10-0x1f
    '\u0b90', _, '\u0b92', '\u0b93', '\u0b94', '\u0b95', _, _, _, '\u0b99', '\u0b9a', _, _, '\u0b9c', _, '\u0b9e',
    // 0x20-0x2f
    ' ', '!', '\u0b9f', _, _, _, '\u0ba3', '\u0ba4', ')', '(', _, _, ',', _, '.', '\u0ba8',
    // 0x30-0x3f
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '\u0ba9', '\u0baa', _, '?',
    // 0x40-0x4f
    _, _, '\u0bae', '\u0baf', '\u0bb0', '\u0bb1', '\u0bb2', '\u0bb3', '\u0bb4', '\u0bb5', '\u0bb6', '\u0bb7', '\u0bb8', '\u0bb9', _, _,
    // 0x50-0x5f
    '\u0bbe', '\u0bbf', '\u0bc0', '\u0bc1', '\u0bc2', _, _, _, '\u0bc6', '\u0bc7', '\u0bc8', _, '\u0bca', '\u0bcb', '\u0bcc', '\u0bcd',
    // 0x60-0x6f
    '\u0bd0', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    // 0x70-0x7f
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '\u0bd7', '\u0bf0', '\u0bf1', '\u0bf2', '\u0bf9',
  ]),
});

/**
 * 3GPP TS 23.038 Annex A.2.11, the Tamil national language single-shift table: the characters
 * reached through the escape 0x1B when the message's UDH carries IE 0x24 with identifier 11,
 * indexed by the septet that follows the escape. 0x0A is the page break (form feed); 0x0D (CR2) and
 * 0x1B (a further escape) are control codes, not characters; every other `null` is unassigned.
 *
 * @example
 * ```ts
 * TAMIL.singleShift.chars[0x19]; // '\u0964'
 * ```
 */
const TAMIL_SINGLE_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Tamil national language single shift table',
  spec: '3GPP TS 23.038 Annex A.2.11',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '@', '£', '$', '¥', '¿', '"', '¤', '%', '&', "'", '\f', '*', '+', _, '-', '/',
    // 0x10-0x1f
    '<', '=', '>', '¡', '^', '¡', '_', '#', '*', '\u0964', '\u0965', _, '\u0be6', '\u0be7', '\u0be8', '\u0be9',
    // 0x20-0x2f
    '\u0bea', '\u0beb', '\u0bec', '\u0bed', '\u0bee', '\u0bef', '\u0bf3', '\u0bf4', '{', '}', '\u0bf5', '\u0bf6', '\u0bf7', '\u0bf8', '\u0bfa', '\\',
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
 * Tamil: ISO 639-1 code `ta`, national language identifier 11 (3GPP TS 23.038 §6.2.1.2.4), locking-shift table Annex A.3.11 and single-shift table Annex A.2.11.
 *
 * @example
 * ```ts
 * TAMIL.identifier; // 11
 * ```
 *
 * @group National language tables
 */
export const TAMIL: NationalLanguage & { readonly lockingShift: Gsm7Table } = /* @__PURE__ */ defineLanguage({
  code: 'ta',
  name: 'Tamil',
  identifier: 11,
  lockingShift: TAMIL_LOCKING_SHIFT,
  singleShift: TAMIL_SINGLE_SHIFT,
});
