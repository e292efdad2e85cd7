/**
 * The `'smart'` profile: Unicode lookalikes that keyboards, word processors
 * and phones insert, mapped to the GSM 7-bit character a reader would expect.
 * Every key is outside the GSM 7-bit default alphabet and its extension
 * table (TS 23.038 §6.2.1, §6.2.1.1); every value is inside them.
 *
 * @module
 */

import type { TransliterationTable } from './table.js';

/** Full-width ASCII forms U+FF01–U+FF5E map to ASCII U+0021–U+007E; those that are GSM are listed here. */
function fullWidthForms(): Record<string, string> {
  const map: Record<string, string> = {};
  for (let code = 0x21; code <= 0x7e; code++) {
    // The backtick has no GSM lookalike but the apostrophe; handled below.
    if (code === 0x60) continue;
    map[String.fromCharCode(0xff00 + code - 0x20)] = String.fromCharCode(code);
  }
  map['\uff40'] = "'";
  map['\u3000'] = ' ';
  return map;
}

/** Lookalike punctuation, spaces and symbols. */
export const SMART_PROFILE: TransliterationTable = /* @__PURE__ */ Object.freeze({
  name: 'smart',
  description: 'Typographic punctuation, spaces and full-width forms to their GSM 7-bit lookalikes',
  map: /* @__PURE__ */ Object.freeze(
    /* @__PURE__ */ Object.assign({
    // quotes and apostrophes
    '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'", '\u00b4': "'", '`': "'",
    '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"', '\u00ab': '"', '\u00bb': '"',
    '\u2039': "'", '\u203a': "'",
    // dashes and minus
    '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
    // ellipsis, bullets, middle dot
    '\u2026': '...', '\u2022': '*', '\u00b7': '.', '\u2027': '.',
    // spaces: no-break, en/em and the other fixed-width spaces, narrow no-break, ideographic
    '\u00a0': ' ', '\u2000': ' ', '\u2001': ' ', '\u2002': ' ', '\u2003': ' ', '\u2004': ' ', '\u2005': ' ',
    '\u2006': ' ', '\u2007': ' ', '\u2008': ' ', '\u2009': ' ', '\u200a': ' ', '\u202f': ' ', '\u205f': ' ',
    // invisible characters: zero-width space, word joiner, soft hyphen, byte order mark
    '\u200b': '', '\u2060': '', '\u00ad': '', '\ufeff': '',
    // line and paragraph separators, tab
    '\u2028': '\n', '\u2029': '\n', '\t': ' ',
    // symbols with a plain spelling
    '\u00a9': '(c)', '\u00ae': '(R)', '\u2122': 'TM', '\u00d7': 'x', '\u00f7': '/', '\u2044': '/',
    '\u00bd': '1/2', '\u00bc': '1/4', '\u00be': '3/4',
  }, /* @__PURE__ */ fullWidthForms())),
});
