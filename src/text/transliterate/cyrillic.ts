/**
 * The `CYRILLIC` and `SERBIAN_CYRILLIC` profiles: Cyrillic letters to Latin,
 * the first after the common Russian/Ukrainian/Bulgarian romanization
 * (ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ю yu, я ya), the second after
 * Serbian's own Latin alphabet without its diacritics (ђ dj, љ lj, њ nj,
 * ћ c, џ dz). The hard and soft signs have no sound of their own: they are
 * dropped, and reported like every other replacement.
 *
 * @module
 */

import { type TransliterationTable, withCapitals } from './table.js';

const RUSSIAN_LOWER: Record<string, string> = {
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'е': 'e', 'ё': 'e', 'ж': 'zh', 'з': 'z', 'и': 'i',
  'й': 'y', 'к': 'k', 'л': 'l', 'м': 'm', 'н': 'n', 'о': 'o', 'п': 'p', 'р': 'r', 'с': 's', 'т': 't',
  'у': 'u', 'ф': 'f', 'х': 'kh', 'ц': 'ts', 'ч': 'ch', 'ш': 'sh', 'щ': 'shch', 'ъ': '', 'ы': 'y', 'ь': '',
  'э': 'e', 'ю': 'yu', 'я': 'ya',
  // Ukrainian, Belarusian, Bulgarian and Macedonian letters
  'і': 'i', 'ї': 'yi', 'є': 'ye', 'ґ': 'g', 'ў': 'u', 'ѓ': 'gj', 'ќ': 'kj', 'ѕ': 'dz', 'ј': 'j',
  'љ': 'lj', 'њ': 'nj', 'џ': 'dzh', 'ђ': 'dj', 'ћ': 'c',
};

const SERBIAN_LOWER: Record<string, string> = {
  'а': 'a', 'б': 'b', 'в': 'v', 'г': 'g', 'д': 'd', 'ђ': 'dj', 'е': 'e', 'ж': 'z', 'з': 'z', 'и': 'i',
  'ј': 'j', 'к': 'k', 'л': 'l', 'љ': 'lj', 'м': 'm', 'н': 'n', 'њ': 'nj', 'о': 'o', 'п': 'p', 'р': 'r',
  'с': 's', 'т': 't', 'ћ': 'c', 'у': 'u', 'ф': 'f', 'х': 'h', 'ц': 'c', 'ч': 'c', 'џ': 'dz', 'ш': 's',
};


/** Cyrillic (Russian, Ukrainian, Belarusian, Bulgarian, Macedonian) to Latin. */
export const CYRILLIC_PROFILE: TransliterationTable = /* @__PURE__ */ Object.freeze({
  name: 'CYRILLIC',
  description: 'Cyrillic letters to Latin (ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ю yu, я ya; ъ ь dropped)',
  map: /* @__PURE__ */ Object.freeze(/* @__PURE__ */ withCapitals(RUSSIAN_LOWER)),
});

/** Serbian Cyrillic to Serbian Latin without diacritics. */
export const SERBIAN_CYRILLIC_PROFILE: TransliterationTable = /* @__PURE__ */ Object.freeze({
  name: 'SERBIAN_CYRILLIC',
  description: 'Serbian Cyrillic to Serbian Latin without diacritics (ђ dj, љ lj, њ nj, ћ c, ч c, џ dz, ш s, ж z)',
  map: /* @__PURE__ */ Object.freeze(/* @__PURE__ */ withCapitals(SERBIAN_LOWER)),
});
