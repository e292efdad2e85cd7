/**
 * Bengali (ISO 639-1 `bn`, national language identifier 4, 3GPP TS 23.038 §6.2.1.2.4):
 * the locking-shift table of Annex A.3.4 and the single-shift table of Annex A.2.4, as data.
 * Each table is written once, indexed by septet; the encoder's reverse lookups are derived from it.
 *
 * @module
 */

import { defineLanguage, type NationalLanguage } from './language.js';
import type { Gsm7Table } from '../table.js';

/** `null` marks a septet that is not a character (the escape 0x1B, a control code, or an unassigned code). */
const _ = null;

/**
 * 3GPP TS 23.038 Annex A.3.4, the Bengali national language locking-shift table: the 128
 * characters used in place of the default alphabet when the message's UDH carries IE 0x25 with
 * identifier 4, indexed by septet.
 * 0x0A is line feed, 0x0D carriage return, 0x1B the escape to the single-shift table.
 *
 * @example
 * ```ts
 * BENGALI.lockingShift.chars[0x00]; // '\u0981'
 * ```
 */
const BENGALI_LOCKING_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Bengali national language locking shift table',
  spec: '3GPP TS 23.038 Annex A.3.4',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '\u0981', '\u0982', '\u0983', '\u0985', '\u0986', '\u0987', '\u0988', '\u0989', '\u098a', '\u098b', '\n', '\u098c', _, '\r', _, '\u098f',
    // 0x10-0x1f
    '\u0990', _, _, '\u0993', '\u0994', '\u0995', '\u0996', '\u0997', '\u0998', '\u0999', '\u099a', _, '\u099b', '\u099c', '\u099d', '\u099e',
    // 0x20-0x2f
    ' ', '!', '\u099f', '\u09a0', '\u09a1', '\u09a2', '\u09a3', '\u09a4', ')', '(', '\u09a5', '\u09a6', ',', '\u09a7', '.', '\u09a8',
    // 0x30-0x3f
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', _, '\u09aa', '\u09ab', '?',
    // 0x40-0x4f
    '\u09ac', '\u09ad', '\u09ae', '\u09af', '\u09b0', _, '\u09b2', _, _, _, '\u09b6', '\u09b7', '\u09b8', '\u09b9', '\u09bc', '\u09bd',
    // 0x50-0x5f
    '\u09be', '\u09bf', '\u09c0', '\u09c1', '\u09c2', '\u09c3', '\u09c4', _, _, '\u09c7', '\u09c8', _, _, '\u09cb', '\u09cc', '\u09cd',
    // 0x60-0x6f
    '\u09ce', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    // 0x70-0x7f
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '\u09d7', '\u09dc', '\u09dd', '\u09f0', '\u09f1',
  ]),
});

/**
 * 3GPP TS 23.038 Annex A.2.4, the Bengali national language single-shift table: the characters
 * reached through the escape 0x1B when the message's UDH carries IE 0x24 with identifier 4,
 * indexed by the septet that follows the escape. 0x0A is the page break (form feed); 0x0D (CR2) and
 * 0x1B (a further escape) are control codes, not characters; every other `null` is unassigned.
 *
 * @example
 * ```ts
 * BENGALI.singleShift.chars[0x19]; // '\u09e6'
 * ```
 */
const BENGALI_SINGLE_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Bengali national language single shift table',
  spec: '3GPP TS 23.038 Annex A.2.4',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '@', '£', '$', '¥', '¿', '"', '¤', '%', '&', "'", '\f', '*', '+', _, '-', '/',
    // 0x10-0x1f
    '<', '=', '>', '¡', '^', '¡', '_', '#', '*', '\u09e6', '\u09e7', _, '\u09e8', '\u09e9', '\u09ea', '\u09eb',
    // 0x20-0x2f
    '\u09ec', '\u09ed', '\u09ee', '\u09ef', '\u09df', '\u09e0', '\u09e1', '\u09e2', '{', '}', '\u09e3', '\u09f2', '\u09f3', '\u09f4', '\u09f5', '\\',
    // 0x30-0x3f
    '\u09f6', '\u09f7', '\u09f8', '\u09f9', '\u09fa', _, _, _, _, _, _, _, '[', '~', ']', _,
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
 * Bengali: ISO 639-1 code `bn`, national language identifier 4 (3GPP TS 23.038 §6.2.1.2.4), locking-shift table Annex A.3.4 and single-shift table Annex A.2.4.
 *
 * @example
 * ```ts
 * BENGALI.identifier; // 4
 * ```
 *
 * @group National language tables
 */
export const BENGALI: NationalLanguage & { readonly lockingShift: Gsm7Table } = /* @__PURE__ */ defineLanguage({
  code: 'bn',
  name: 'Bengali',
  identifier: 4,
  lockingShift: BENGALI_LOCKING_SHIFT,
  singleShift: BENGALI_SINGLE_SHIFT,
});
