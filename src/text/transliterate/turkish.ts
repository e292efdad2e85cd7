/**
 * The `TURKISH` profile: Turkish letters outside the GSM 7-bit default
 * alphabet to their base Latin letters. (`Ç Ö Ü ö ü` are GSM already; the
 * Turkish national language tables of TS 23.038 Annex A.2.1/A.3.1 carry the
 * rest without loss, when the handset supports them.)
 *
 * @module
 */

import type { TransliterationTable } from './table.js';

/** Turkish letters to base Latin letters. */
export const TURKISH_PROFILE: TransliterationTable = /* @__PURE__ */ Object.freeze({
  name: 'TURKISH',
  description: 'Turkish letters outside GSM 7-bit (ş ğ ı İ ç â î û …) to base Latin letters',
  map: /* @__PURE__ */ Object.freeze({
    'ş': 's', 'Ş': 'S', 'ğ': 'g', 'Ğ': 'G', 'ı': 'i', 'İ': 'I', 'ç': 'c',
    'â': 'a', 'Â': 'A', 'î': 'i', 'Î': 'I', 'û': 'u', 'Û': 'U',
  }),
});
