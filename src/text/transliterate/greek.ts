/**
 * The `GREEK` profile: Greek letters to the Greek capitals the GSM 7-bit
 * default alphabet holds (Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ, TS 23.038 §6.2.1) and, for the
 * rest, the Latin capitals that look the same, the long-standing convention
 * for Greek SMS. Lowercase and accented letters become capitals.
 *
 * @module
 */

import type { TransliterationTable } from './table.js';

const CAPITALS: Record<string, string> = {
  'Α': 'A', 'Β': 'B', 'Γ': 'Γ', 'Δ': 'Δ', 'Ε': 'E', 'Ζ': 'Z', 'Η': 'H', 'Θ': 'Θ', 'Ι': 'I', 'Κ': 'K',
  'Λ': 'Λ', 'Μ': 'M', 'Ν': 'N', 'Ξ': 'Ξ', 'Ο': 'O', 'Π': 'Π', 'Ρ': 'P', 'Σ': 'Σ', 'Τ': 'T', 'Υ': 'Y',
  'Φ': 'Φ', 'Χ': 'X', 'Ψ': 'Ψ', 'Ω': 'Ω',
};
const LOWER_TO_UPPER: Record<string, string> = {
  'α': 'Α', 'β': 'Β', 'γ': 'Γ', 'δ': 'Δ', 'ε': 'Ε', 'ζ': 'Ζ', 'η': 'Η', 'θ': 'Θ', 'ι': 'Ι', 'κ': 'Κ',
  'λ': 'Λ', 'μ': 'Μ', 'ν': 'Ν', 'ξ': 'Ξ', 'ο': 'Ο', 'π': 'Π', 'ρ': 'Ρ', 'σ': 'Σ', 'ς': 'Σ', 'τ': 'Τ',
  'υ': 'Υ', 'φ': 'Φ', 'χ': 'Χ', 'ψ': 'Ψ', 'ω': 'Ω',
  'ά': 'Α', 'έ': 'Ε', 'ή': 'Η', 'ί': 'Ι', 'ό': 'Ο', 'ύ': 'Υ', 'ώ': 'Ω', 'ϊ': 'Ι', 'ϋ': 'Υ', 'ΐ': 'Ι', 'ΰ': 'Υ',
  'Ά': 'Α', 'Έ': 'Ε', 'Ή': 'Η', 'Ί': 'Ι', 'Ό': 'Ο', 'Ύ': 'Υ', 'Ώ': 'Ω', 'Ϊ': 'Ι', 'Ϋ': 'Υ',
};

function greekMap(): Record<string, string> {
  const map: Record<string, string> = {};
  for (const [letter, target] of Object.entries(CAPITALS)) if (letter !== target) map[letter] = target;
  for (const [letter, capital] of Object.entries(LOWER_TO_UPPER)) map[letter] = CAPITALS[capital] as string;
  return map;
}

/** Greek letters to GSM Greek capitals and Latin lookalikes. */
export const GREEK_PROFILE: TransliterationTable = /* @__PURE__ */ Object.freeze({
  name: 'GREEK',
  description: 'Greek letters to the GSM Greek capitals (Δ Φ Γ Λ Ω Π Ψ Σ Θ Ξ) and Latin lookalike capitals',
  map: /* @__PURE__ */ Object.freeze(/* @__PURE__ */ greekMap()),
});
