/**
 * Urdu (ISO 639-1 `ur`, national language identifier 13, 3GPP TS 23.038 §6.2.1.2.4):
 * the locking-shift table of Annex A.3.13 and the single-shift table of Annex A.2.13, as data.
 * Each table is written once, indexed by septet; the encoder's reverse lookups are derived from it.
 *
 * @module
 */

import { defineLanguage, type NationalLanguage } from './language.js';
import type { Gsm7Table } from '../table.js';

/** `null` marks a septet that is not a character (the escape 0x1B, a control code, or an unassigned code). */
const _ = null;

/**
 * 3GPP TS 23.038 Annex A.3.13, the Urdu national language locking-shift table: the 128
 * characters used in place of the default alphabet when the message's UDH carries IE 0x25 with
 * identifier 13, indexed by septet.
 * 0x0A is line feed, 0x0D carriage return, 0x1B the escape to the single-shift table.
 *
 * @example
 * ```ts
 * URDU.lockingShift.chars[0x00]; // '\u0627'
 * ```
 */
const URDU_LOCKING_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Urdu national language locking shift table',
  spec: '3GPP TS 23.038 Annex A.3.13',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '\u0627', '\u0622', '\u0628', '\u067b', '\u0680', '\u067e', '\u06a6', '\u062a', '\u06c2', '\u067f', '\n', '\u0679', '\u067d', '\r', '\u067a', '\u067c',
    // 0x10-0x1f
    '\u062b', '\u062c', '\u0681', '\u0684', '\u0683', '\u0685', '\u0686', '\u0687', '\u062d', '\u062e', '\u062f', _, '\u068c', '\u0688', '\u0689', '\u068a',
    // 0x20-0x2f
    ' ', '!', '\u068f', '\u068d', '\u0630', '\u0631', '\u0691', '\u0693', ')', '(', '\u0699', '\u0632', ',', '\u0696', '.', '\u0698',
    // 0x30-0x3f
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '\u069a', '\u0633', '\u0634', '?',
    // 0x40-0x4f
    '\u0635', '\u0636', '\u0637', '\u0638', '\u0639', '\u0641', '\u0642', '\u06a9', '\u06aa', '\u06ab', '\u06af', '\u06b3', '\u06b1', '\u0644', '\u0645', '\u0646',
    // 0x50-0x5f
    '\u06ba', '\u06bb', '\u06bc', '\u0648', '\u06c4', '\u06d5', '\u06c1', '\u06be', '\u0621', '\u06cc', '\u06d0', '\u06d2', '\u064d', '\u0650', '\u064f', '\u0657',
    // 0x60-0x6f
    '\u0654', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    // 0x70-0x7f
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '\u0655', '\u0651', '\u0653', '\u0656', '\u0670',
  ]),
});

/**
 * 3GPP TS 23.038 Annex A.2.13, the Urdu national language single-shift table: the characters
 * reached through the escape 0x1B when the message's UDH carries IE 0x24 with identifier 13,
 * indexed by the septet that follows the escape. 0x0A is the page break (form feed); 0x0D (CR2) and
 * 0x1B (a further escape) are control codes, not characters; every other `null` is unassigned.
 *
 * @example
 * ```ts
 * URDU.singleShift.chars[0x19]; // '\u0600'
 * ```
 */
const URDU_SINGLE_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Urdu national language single shift table',
  spec: '3GPP TS 23.038 Annex A.2.13',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '@', '£', '$', '¥', '¿', '"', '¤', '%', '&', "'", '\f', '*', '+', _, '-', '/',
    // 0x10-0x1f
    '<', '=', '>', '¡', '^', '¡', '_', '#', '*', '\u0600', '\u0601', _, '\u06f0', '\u06f1', '\u06f2', '\u06f3',
    // 0x20-0x2f
    '\u06f4', '\u06f5', '\u06f6', '\u06f7', '\u06f8', '\u06f9', '\u060c', '\u060d', '{', '}', '\u060e', '\u060f', '\u0610', '\u0611', '\u0612', '\\',
    // 0x30-0x3f
    '\u0613', '\u0614', '\u061b', '\u061f', '\u0640', '\u0652', '\u0658', '\u066b', '\u066c', '\u0672', '\u0673', '\u06cd', '[', '~', ']', '\u06d4',
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
 * Urdu: ISO 639-1 code `ur`, national language identifier 13 (3GPP TS 23.038 §6.2.1.2.4), locking-shift table Annex A.3.13 and single-shift table Annex A.2.13.
 *
 * @example
 * ```ts
 * URDU.identifier; // 13
 * ```
 *
 * @group National language tables
 */
export const URDU: NationalLanguage & { readonly lockingShift: Gsm7Table } = /* @__PURE__ */ defineLanguage({
  code: 'ur',
  name: 'Urdu',
  identifier: 13,
  lockingShift: URDU_LOCKING_SHIFT,
  singleShift: URDU_SINGLE_SHIFT,
});
