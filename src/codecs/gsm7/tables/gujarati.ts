/**
 * Gujarati (ISO 639-1 `gu`, national language identifier 5, 3GPP TS 23.038 §6.2.1.2.4):
 * the locking-shift table of Annex A.3.5 and the single-shift table of Annex A.2.5, as data.
 * Each table is written once, indexed by septet; the encoder's reverse lookups are derived from it.
 *
 * @module
 */

import { defineLanguage, type NationalLanguage } from './language.js';
import type { Gsm7Table } from '../table.js';

/** `null` marks a septet that is not a character (the escape 0x1B, a control code, or an unassigned code). */
const _ = null;

/**
 * 3GPP TS 23.038 Annex A.3.5, the Gujarati national language locking-shift table: the 128
 * characters used in place of the default alphabet when the message's UDH carries IE 0x25 with
 * identifier 5, indexed by septet.
 * 0x0A is line feed, 0x0D carriage return, 0x1B the escape to the single-shift table.
 *
 * @example
 * ```ts
 * GUJARATI.lockingShift.chars[0x00]; // '\u0a81'
 * ```
 */
const GUJARATI_LOCKING_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Gujarati national language locking shift table',
  spec: '3GPP TS 23.038 Annex A.3.5',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '\u0a81', '\u0a82', '\u0a83', '\u0a85', '\u0a86', '\u0a87', '\u0a88', '\u0a89', '\u0a8a', '\u0a8b', '\n', '\u0a8c', '\u0a8d', '\r', _, '\u0a8f',
    // 0x10-0x1f
    '\u0a90', '\u0a91', _, '\u0a93', '\u0a94', '\u0a95', '\u0a96', '\u0a97', '\u0a98', '\u0a99', '\u0a9a', _, '\u0a9b', '\u0a9c', '\u0a9d', '\u0a9e',
    // 0x20-0x2f
    ' ', '!', '\u0a9f', '\u0aa0', '\u0aa1', '\u0aa2', '\u0aa3', '\u0aa4', ')', '(', '\u0aa5', '\u0aa6', ',', '\u0aa7', '.', '\u0aa8',
    // 0x30-0x3f
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', _, '\u0aaa', '\u0aab', '?',
    // 0x40-0x4f
    '\u0aac', '\u0aad', '\u0aae', '\u0aaf', '\u0ab0', _, '\u0ab2', '\u0ab3', _, '\u0ab5', '\u0ab6', '\u0ab7', '\u0ab8', '\u0ab9', '\u0abc', '\u0abd',
    // 0x50-0x5f
    '\u0abe', '\u0abf', '\u0ac0', '\u0ac1', '\u0ac2', '\u0ac3', '\u0ac4', '\u0ac5', _, '\u0ac7', '\u0ac8', '\u0ac9', _, '\u0acb', '\u0acc', '\u0acd',
    // 0x60-0x6f
    '\u0ad0', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    // 0x70-0x7f
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '\u0ae0', '\u0ae1', '\u0ae2', '\u0ae3', '\u0af1',
  ]),
});

/**
 * 3GPP TS 23.038 Annex A.2.5, the Gujarati national language single-shift table: the characters
 * reached through the escape 0x1B when the message's UDH carries IE 0x24 with identifier 5,
 * indexed by the septet that follows the escape. 0x0A is the page break (form feed); 0x0D (CR2) and
 * 0x1B (a further escape) are control codes, not characters; every other `null` is unassigned.
 *
 * @example
 * ```ts
 * GUJARATI.singleShift.chars[0x19]; // '\u0964'
 * ```
 */
const GUJARATI_SINGLE_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Gujarati national language single shift table',
  spec: '3GPP TS 23.038 Annex A.2.5',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '@', '£', '$', '¥', '¿', '"', '¤', '%', '&', "'", '\f', '*', '+', _, '-', '/',
    // 0x10-0x1f
    '<', '=', '>', '¡', '^', '¡', '_', '#', '*', '\u0964', '\u0965', _, '\u0ae6', '\u0ae7', '\u0ae8', '\u0ae9',
    // 0x20-0x2f
    '\u0aea', '\u0aeb', '\u0aec', '\u0aed', '\u0aee', '\u0aef', _, _, '{', '}', _, _, _, _, _, '\\',
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
 * Gujarati: ISO 639-1 code `gu`, national language identifier 5 (3GPP TS 23.038 §6.2.1.2.4), locking-shift table Annex A.3.5 and single-shift table Annex A.2.5.
 *
 * @example
 * ```ts
 * GUJARATI.identifier; // 5
 * ```
 *
 * @group National language tables
 */
export const GUJARATI: NationalLanguage & { readonly lockingShift: Gsm7Table } = /* @__PURE__ */ defineLanguage({
  code: 'gu',
  name: 'Gujarati',
  identifier: 5,
  lockingShift: GUJARATI_LOCKING_SHIFT,
  singleShift: GUJARATI_SINGLE_SHIFT,
});
