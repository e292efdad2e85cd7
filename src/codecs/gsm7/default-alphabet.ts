/**
 * The GSM 7-bit default alphabet and its extension table, as data.
 *
 * Source: 3GPP TS 23.038 §6.2.1 (default alphabet) and §6.2.1.1 (default
 * alphabet extension table). Each table is written once, indexed by septet;
 * the encoder's reverse lookups are derived from these arrays
 * (see `charset.ts`).
 *
 * @module
 */

import type { Gsm7Table } from './table.js';

/** `null` marks a septet that is not a character (the escape, or an unassigned extension code). */
const _ = null;

/**
 * 3GPP TS 23.038 §6.2.1, the 128 characters of the GSM 7-bit default
 * alphabet, indexed by septet. 0x1B is the escape to the extension table.
 * Mind the entries often got wrong: 0x09 is `Ç` (capital C cedilla), 0x24
 * is `¤`, 0x40 is `¡`, 0x5F is `§`, 0x60 is `¿`.
 *
 * @group Codecs
 */
export const DEFAULT_ALPHABET: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'GSM 7-bit default alphabet',
  spec: '3GPP TS 23.038 §6.2.1',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0F
    '@', '£', '$', '¥', 'è', 'é', 'ù', 'ì', 'ò', 'Ç', '\n', 'Ø', 'ø', '\r', 'Å', 'å',
    // 0x10-0x1F (0x1B: escape to the extension table)
    'Δ', '_', 'Φ', 'Γ', 'Λ', 'Ω', 'Π', 'Ψ', 'Σ', 'Θ', 'Ξ', _, 'Æ', 'æ', 'ß', 'É',
    // 0x20-0x2F
    ' ', '!', '"', '#', '¤', '%', '&', "'", '(', ')', '*', '+', ',', '-', '.', '/',
    // 0x30-0x3F
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
    // 0x40-0x4F
    '¡', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O',
    // 0x50-0x5F
    'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'Ä', 'Ö', 'Ñ', 'Ü', '§',
    // 0x60-0x6F
    '¿', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    // 0x70-0x7F
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'ä', 'ö', 'ñ', 'ü', 'à',
  ]),
});

/**
 * 3GPP TS 23.038 §6.2.1.1, the default alphabet extension table, indexed by
 * the septet that follows the escape (0x1B). 0x0A is the page break (form
 * feed), 0x65 the euro sign. 0x0D (CR2) and 0x1B (escape to a further
 * extension table) are control codes, not characters; every other code is
 * unassigned and, per §6.2.1.1, is shown as the default alphabet character
 * with the same code.
 *
 * @group Codecs
 */
export const DEFAULT_EXTENSION: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'GSM 7-bit default alphabet extension table',
  spec: '3GPP TS 23.038 §6.2.1.1',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0F (0x0A: page break / form feed)
    _, _, _, _, _, _, _, _, _, _, '\f', _, _, _, _, _,
    // 0x10-0x1F
    _, _, _, _, '^', _, _, _, _, _, _, _, _, _, _, _,
    // 0x20-0x2F
    _, _, _, _, _, _, _, _, '{', '}', _, _, _, _, _, '\\',
    // 0x30-0x3F
    _, _, _, _, _, _, _, _, _, _, _, _, '[', '~', ']', _,
    // 0x40-0x4F
    '|', _, _, _, _, _, _, _, _, _, _, _, _, _, _, _,
    // 0x50-0x5F
    _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _,
    // 0x60-0x6F
    _, _, _, _, _, '€', _, _, _, _, _, _, _, _, _, _,
    // 0x70-0x7F
    _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _,
  ]),
});
