/**
 * Punjabi (ISO 639-1 `pa`, national language identifier 10, 3GPP TS 23.038 §6.2.1.2.4):
 * the locking-shift table of Annex A.3.10 and the single-shift table of Annex A.2.10, as data.
 * Each table is written once, indexed by septet; the encoder's reverse lookups are derived from it.
 *
 * @module
 */

import { defineLanguage, type NationalLanguage } from './language.js';
import type { Gsm7Table } from '../table.js';

/** `null` marks a septet that is not a character (the escape 0x1B, a control code, or an unassigned code). */
const _ = null;

/**
 * 3GPP TS 23.038 Annex A.3.10, the Punjabi national language locking-shift table: the 128
 * characters used in place of the default alphabet when the message's UDH carries IE 0x25 with
 * identifier 10, indexed by septet.
 * 0x0A is line feed, 0x0D carriage return, 0x1B the escape to the single-shift table.
 *
 * @example
 * ```ts
 * PUNJABI.lockingShift.chars[0x00]; // '\u0a01'
 * ```
 */
const PUNJABI_LOCKING_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Punjabi national language locking shift table',
  spec: '3GPP TS 23.038 Annex A.3.10',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '\u0a01', '\u0a02', '\u0a03', '\u0a05', '\u0a06', '\u0a07', '\u0a08', '\u0a09', '\u0a0a', _, '\n', _, _, '\r', _, '\u0a0f',
    // 0x10-0x1f
    '\u0a10', _, _, '\u0a13', '\u0a14', '\u0a15', '\u0a16', '\u0a17', '\u0a18', '\u0a19', '\u0a1a', _, '\u0a1b', '\u0a1c', '\u0a1d', '\u0a1e',
    // 0x20-0x2f
    ' ', '!', '\u0a1f', '\u0a20', '\u0a21', '\u0a22', '\u0a23', '\u0a24', ')', '(', '\u0a25', '\u0a26', ',', '\u0a27', '.', '\u0a28',
    // 0x30-0x3f
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', _, '\u0a2a', '\u0a2b', '?',
    // 0x40-0x4f
    '\u0a2c', '\u0a2d', '\u0a2e', '\u0a2f', '\u0a30', _, '\u0a32', '\u0a33', _, '\u0a35', '\u0a36', _, '\u0a38', '\u0a39', '\u0a3c', _,
    // 0x50-0x5f
    '\u0a3e', '\u0a3f', '\u0a40', '\u0a41', '\u0a42', _, _, _, _, '\u0a47', '\u0a48', _, _, '\u0a4b', '\u0a4c', '\u0a4d',
    // 0x60-0x6f
    '\u0a51', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    // 0x70-0x7f
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '\u0a70', '\u0a71', '\u0a72', '\u0a73', '\u0a74',
  ]),
});

/**
 * 3GPP TS 23.038 Annex A.2.10, the Punjabi national language single-shift table: the characters
 * reached through the escape 0x1B when the message's UDH carries IE 0x24 with identifier 10,
 * indexed by the septet that follows the escape. 0x0A is the page break (form feed); 0x0D (CR2) and
 * 0x1B (a further escape) are control codes, not characters; every other `null` is unassigned.
 *
 * @example
 * ```ts
 * PUNJABI.singleShift.chars[0x19]; // '\u0964'
 * ```
 */
const PUNJABI_SINGLE_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Punjabi national language single shift table',
  spec: '3GPP TS 23.038 Annex A.2.10',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '@', '£', '$', '¥', '¿', '"', '¤', '%', '&', "'", '\f', '*', '+', _, '-', '/',
    // 0x10-0x1f
    '<', '=', '>', '¡', '^', '¡', '_', '#', '*', '\u0964', '\u0965', _, '\u0a66', '\u0a67', '\u0a68', '\u0a69',
    // 0x20-0x2f
    '\u0a6a', '\u0a6b', '\u0a6c', '\u0a6d', '\u0a6e', '\u0a6f', '\u0a59', '\u0a5a', '{', '}', '\u0a5b', '\u0a5c', '\u0a5e', '\u0a75', _, '\\',
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
 * Punjabi: ISO 639-1 code `pa`, national language identifier 10 (3GPP TS 23.038 §6.2.1.2.4), locking-shift table Annex A.3.10 and single-shift table Annex A.2.10.
 *
 * @example
 * ```ts
 * PUNJABI.identifier; // 10
 * ```
 *
 * @group National language tables
 */
export const PUNJABI: NationalLanguage & { readonly lockingShift: Gsm7Table } = /* @__PURE__ */ defineLanguage({
  code: 'pa',
  name: 'Punjabi',
  identifier: 10,
  lockingShift: PUNJABI_LOCKING_SHIFT,
  singleShift: PUNJABI_SINGLE_SHIFT,
});
