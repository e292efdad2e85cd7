/**
 * Portuguese (ISO 639-1 `pt`, national language identifier 3, 3GPP TS 23.038 §6.2.1.2.4):
 * the locking-shift table of Annex A.3.3 and the single-shift table of Annex A.2.3, as data.
 * Each table is written once, indexed by septet; the encoder's reverse lookups are derived from it.
 *
 * @module
 */

import { defineLanguage, type NationalLanguage } from './language.js';
import type { Gsm7Table } from '../table.js';

/** `null` marks a septet that is not a character (the escape 0x1B, a control code, or an unassigned code). */
const _ = null;

/**
 * 3GPP TS 23.038 Annex A.3.3, the Portuguese national language locking-shift table: the 128
 * characters used in place of the default alphabet when the message's UDH carries IE 0x25 with
 * identifier 3, indexed by septet.
 *
 * @example
 * ```ts
 * PORTUGUESE.lockingShift.chars[0x04]; // 'ê'
 * ```
 */
const PORTUGUESE_LOCKING_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Portuguese national language locking shift table',
  spec: '3GPP TS 23.038 Annex A.3.3',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    '@', '£', '$', '¥', 'ê', 'é', 'ú', 'í', 'ó', 'ç', '\n', 'Ô', 'ô', '\r', 'Á', 'á',
    // 0x10-0x1f
    'Δ', '_', 'ª', 'Ç', 'À', '∞', '^', '\\', '€', 'Ó', '|', _, 'Â', 'â', 'Ê', 'É',
    // 0x20-0x2f
    ' ', '!', '"', '#', 'º', '%', '&', "'", '(', ')', '*', '+', ',', '-', '.', '/',
    // 0x30-0x3f
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ':', ';', '<', '=', '>', '?',
    // 0x40-0x4f
    'Í', 'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O',
    // 0x50-0x5f
    'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z', 'Ã', 'Õ', 'Ú', 'Ü', '§',
    // 0x60-0x6f
    '~', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
    // 0x70-0x7f
    'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z', 'ã', 'õ', '`', 'ü', 'à',
  ]),
});

/**
 * 3GPP TS 23.038 Annex A.2.3, the Portuguese national language single-shift table: the characters
 * reached through the escape 0x1B when the message's UDH carries IE 0x24 with identifier 3,
 * indexed by the septet that follows the escape. 0x0A is the page break (form feed); 0x0D (CR2) and
 * 0x1B (a further escape) are control codes, not characters; every other `null` is unassigned.
 * 0x1F is U+00CA (Ê).
 *
 * @example
 * ```ts
 * PORTUGUESE.singleShift.chars[0x05]; // 'ê'
 * ```
 */
const PORTUGUESE_SINGLE_SHIFT: Gsm7Table = /* @__PURE__ */ Object.freeze({
  name: 'Portuguese national language single shift table',
  spec: '3GPP TS 23.038 Annex A.2.3',
  chars: /* @__PURE__ */ Object.freeze([
    // 0x00-0x0f
    _, _, _, _, _, 'ê', _, _, _, 'ç', '\f', 'Ô', 'ô', _, 'Á', 'á',
    // 0x10-0x1f
    _, _, 'Φ', 'Γ', '^', 'Ω', 'Π', 'Ψ', 'Σ', 'Θ', _, _, _, _, _, 'Ê',
    // 0x20-0x2f
    _, _, _, _, _, _, _, _, '{', '}', _, _, _, _, _, '\\',
    // 0x30-0x3f
    _, _, _, _, _, _, _, _, _, _, _, _, '[', '~', ']', _,
    // 0x40-0x4f
    '|', 'À', _, _, _, _, _, _, _, 'Í', _, _, _, _, _, 'Ó',
    // 0x50-0x5f
    _, _, _, _, _, 'Ú', _, _, _, _, _, 'Ã', 'Õ', _, _, _,
    // 0x60-0x6f
    _, 'Â', _, _, _, '€', _, _, _, 'í', _, _, _, _, _, 'ó',
    // 0x70-0x7f
    _, _, _, _, _, 'ú', _, _, _, _, _, 'ã', 'õ', _, _, 'â',
  ]),
});

/**
 * Portuguese: ISO 639-1 code `pt`, national language identifier 3 (3GPP TS 23.038 §6.2.1.2.4), locking-shift table Annex A.3.3 and single-shift table Annex A.2.3.
 *
 * @example
 * ```ts
 * PORTUGUESE.identifier; // 3
 * ```
 *
 * @group National language tables
 */
export const PORTUGUESE: NationalLanguage & { readonly lockingShift: Gsm7Table } = /* @__PURE__ */ defineLanguage({
  code: 'pt',
  name: 'Portuguese',
  identifier: 3,
  lockingShift: PORTUGUESE_LOCKING_SHIFT,
  singleShift: PORTUGUESE_SINGLE_SHIFT,
});
