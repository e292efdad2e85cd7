/**
 * Hindi (ISO 639-1 `hi`, national language identifier 6, 3GPP TS 23.038 §6.2.1.2.4):
 * the locking-shift table of Annex A.3.6 and the single-shift table of Annex A.2.6, as data.
 * Each table is written once, indexed by septet; the encoder's reverse lookups are derived from it.
 *
 * @module
 */

import { defineLanguage, type NationalLanguage } from './language.js';
import type { Gsm7Table } from '../table.js';

/** `null` marks a septet that is not a character (the escape 0x1B, a control code, or an unassigned code). */
const _ = null;

/**
 * 3GPP TS 23.038 Annex A.3.6, the Hindi national language locking-shift table: the 128
 * characters used in place of the default alphabet when the message's UDH carries IE 0x25 with
 * identifier 6, indexed by septet.
 * 0x0A is line feed, 0x0D carriage return, 0x1B the escape to the single-shift table.
 * 0x00-0x02 are U+0901-U+0903 (Devanagari candrabindu, anusvara, visarga).
 *
 * @example
 * ```ts
 * HINDI.lockingShift.chars[0x00]; // '\u0901'
 * ```
 */
const HINDI_LOCKING_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Hindi national language locking shift table',
  spec: '3GPP TS 23.038 Annex A.3.6',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '\u0901', '\u0902', '\u0903', '\u0905', '\u0906', '\u0907', '\u0908', '\u0909', '\u090a', '\u090b', '\n', '\u090c', '\u090d', '\r', '\u090e', '\u090f',
    // 0x10-0x1f
    '\u0910', '\u0911', '\u0912', '\u0913', '\u0914', '\u0915', '\u0916', '\u0917', '\u0918', '\u0919', '\u091a', _, '\u091b', '\u091c', '\u091d', '\u091e',
    // 0x20-0x2f
    ' ', '!', '\u091f', '\u0920', '\u0921', '\u0922', '\u0923', '\u0924', ')', '(', '\u0925', '\u0926', ',', '\u0927', '.', '\u0928',
    // 0x30-0x3f
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '\u0929', '\u092a', '\u092b', '?',
    // 0x40-0x4f
    '\u092c', '\u092d', '\u092e', '\u092f', '\u0930', '\u0931', '\u0932', '\u0933', '\u0934', '\u0935', '\u0936', '\u0937', '\u0938', '\u0939', '\u093c', '\u093d',
    // 0x50-0x5f
    '\u093e', '\u093f', '\u0940', '\u0941', '\u0942', '\u0943', '\u0944', '\u0945', '\u0946', '\u0947', '\u0948', '\u0949', '\u094a', '\u094b', '\u094c', '\u094d',
    // 0x60-0x6f
    '\u0950', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    // 0x70-0x7f
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', '\u0972', '\u097b', '\u097c', '\u097e', '\u097f',
  ]),
});

/**
 * 3GPP TS 23.038 Annex A.2.6, the Hindi national language single-shift table: the characters
 * reached through the escape 0x1B when the message's UDH carries IE 0x24 with identifier 6,
 * indexed by the septet that follows the escape. 0x0A is the page break (form feed); 0x0D (CR2) and
 * 0x1B (a further escape) are control codes, not characters; every other `null` is unassigned.
 *
 * @example
 * ```ts
 * HINDI.singleShift.chars[0x19]; // '\u0964'
 * ```
 */
const HINDI_SINGLE_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Hindi national language single shift table',
  spec: '3GPP TS 23.038 Annex A.2.6',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '@', '£', '$', '¥', '¿', '"', '¤', '%', '&', "'", '\f', '*', '+', _, '-', '/',
    // 0x10-0x1f
    '<', '=', '>', '¡', '^', '¡', '_', '#', '*', '\u0964', '\u0965', _, '\u0966', '\u0967', '\u0968', '\u0969',
    // 0x20-0x2f
    '\u096a', '\u096b', '\u096c', '\u096d', '\u096e', '\u096f', '\u0951', '\u0952', '{', '}', '\u0953', '\u0954', '\u0958', '\u0959', '\u095a', '\\',
    // 0x30-0x3f
    '\u095b', '\u095c', '\u095d', '\u095e', '\u095f', '\u0960', '\u0961', '\u0962', '\u0963', '\u0970', '\u0971', _, '[', '~', ']', _,
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
 * Hindi: ISO 639-1 code `hi`, national language identifier 6 (3GPP TS 23.038 §6.2.1.2.4), locking-shift table Annex A.3.6 and single-shift table Annex A.2.6.
 *
 * @example
 * ```ts
 * HINDI.identifier; // 6
 * ```
 *
 * @group National language tables
 */
export const HINDI: NationalLanguage & { readonly lockingShift: Gsm7Table } = /* @__PURE__ */ defineLanguage({
  code: 'hi',
  name: 'Hindi',
  identifier: 6,
  lockingShift: HINDI_LOCKING_SHIFT,
  singleShift: HINDI_SINGLE_SHIFT,
});
