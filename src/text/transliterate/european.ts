/**
 * The `CENTRAL_EUROPEAN` and `BALTIC` profiles: letters with diacritics that
 * the GSM 7-bit default alphabet lacks, to their base letters. Letters the
 * alphabet holds (ä ö ü é è à ì ò ù ñ Ä Ö Ü É Ñ Å å Ø ø Æ æ ß Ç) stay.
 *
 * @module
 */

import { type TransliterationTable, withCapitals } from './table.js';

const CENTRAL: Record<string, string> = {
  // Polish
  'ą': 'a', 'ć': 'c', 'ę': 'e', 'ł': 'l', 'ń': 'n', 'ó': 'o', 'ś': 's', 'ź': 'z', 'ż': 'z',
  // Czech and Slovak
  'á': 'a', 'č': 'c', 'ď': 'd', 'ě': 'e', 'í': 'i', 'ĺ': 'l', 'ľ': 'l', 'ň': 'n', 'ô': 'o', 'ŕ': 'r',
  'ř': 'r', 'š': 's', 'ť': 't', 'ú': 'u', 'ů': 'u', 'ý': 'y', 'ž': 'z',
  // Hungarian
  'ő': 'o', 'ű': 'u',
  // Slovene, Croatian, Bosnian
  'đ': 'dj',
  // Romanian
  'ă': 'a', 'â': 'a', 'î': 'i', 'ș': 's', 'ş': 's', 'ț': 't', 'ţ': 't',
};

const BALTIC_LETTERS: Record<string, string> = {
  // Latvian
  'ā': 'a', 'č': 'c', 'ē': 'e', 'ģ': 'g', 'ī': 'i', 'ķ': 'k', 'ļ': 'l', 'ņ': 'n', 'š': 's', 'ū': 'u', 'ž': 'z',
  // Lithuanian
  'ą': 'a', 'ę': 'e', 'ė': 'e', 'į': 'i', 'ų': 'u',
  // Estonian
  'õ': 'o',
};


/** Central European diacritics (Polish, Czech, Slovak, Hungarian, Slovene, Croatian, Romanian) to base letters. */
export const CENTRAL_EUROPEAN_PROFILE: TransliterationTable = /* @__PURE__ */ Object.freeze({
  name: 'CENTRAL_EUROPEAN',
  description: 'Polish, Czech, Slovak, Hungarian, Croatian, Slovene and Romanian letters outside GSM 7-bit to base letters',
  map: /* @__PURE__ */ Object.freeze(/* @__PURE__ */ withCapitals(CENTRAL)),
});

/** Baltic diacritics (Latvian, Lithuanian, Estonian) to base letters. */
export const BALTIC_PROFILE: TransliterationTable = /* @__PURE__ */ Object.freeze({
  name: 'BALTIC',
  description: 'Latvian, Lithuanian and Estonian letters outside GSM 7-bit to base letters',
  map: /* @__PURE__ */ Object.freeze(/* @__PURE__ */ withCapitals(BALTIC_LETTERS)),
});
