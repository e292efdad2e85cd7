/**
 * The cheapest way to send a text: transliteration first when asked for
 * (with `'smart'`, kept only when it pays: see {@link smartPays}), then
 * every candidate coding (the default alphabet, national language
 * tables, UCS-2) measured, and the one with the fewest parts chosen; ties go
 * to fewer header octets, then to the earlier candidate (the default
 * alphabet before national tables).
 *
 * @internal
 * @module
 */

import { DEFAULT_CHARSET } from '../codecs/gsm7/charset.js';
import { findUnmappable, unmappable, type Replacement } from '../codecs/gsm7/codec.js';
import type { LanguageCode, ShiftSelection } from '../codecs/gsm7/tables/language.js';
import { quote } from '../errors.js';
import { lookupSeptet, NONE } from '../codecs/gsm7/table.js';
import { encodeWith, type TextCoding } from '../codecs/coding.js';
import { transliterateWith } from '../text/transliterate/transliterate.js';
import type { CompiledSegmentOptions, SegmentPlan } from './plan.js';
import { type GraphemeFinder, graphemeFinder, type TextMeasure, walkText } from './walk.js';

/**
 * The chosen plan for a text and what led to it.
 *
 * @internal
 */
export interface Choice {
  readonly plan: SegmentPlan;
  /** The text as it will be sent (after transliteration). */
  readonly text: string;
  readonly replacements: readonly Replacement[];
  readonly measure: TextMeasure;
  /** With `keepGraphemes`: the finder of grapheme boundaries, shared by every walk of this text. */
  readonly graphemes: GraphemeFinder | null;
  /** Characters no GSM 7-bit candidate could carry (what forced UCS-2), in order of first appearance. */
  readonly nonGsmCharacters: readonly string[];
  /** One sentence: why this coding and these tables. */
  readonly reason: string;
  readonly lockingShift: LanguageCode | undefined;
  readonly singleShift: LanguageCode | undefined;
}

type Candidate = ShiftSelection;

const NO_CHARACTERS: readonly string[] = /* @__PURE__ */ Object.freeze([]);
const NO_REPLACEMENTS: readonly Replacement[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Chooses how to send `input` under options compiled once by
 * `compileSegmentOptions` (which counted the caller's own information
 * elements into every plan).
 *
 * @internal
 */
export function choosePlan(fn: string, input: string, options: CompiledSegmentOptions): Choice;
export function choosePlan<R>(fn: string, input: string, options: CompiledSegmentOptions, make: ChoiceMaker<R>): R;
export function choosePlan<R>(fn: string, input: string, options: CompiledSegmentOptions, make: ChoiceMaker<R | Choice> = makeChoice): R | Choice {
  if (options.profiles.length === 0) return chooseFor(fn, input, NO_REPLACEMENTS, options, make);
  const transliterated = transliterateWith(input, options.profiles, options.transliterationCharset);
  if (transliterated.replacements.length === 0 || !smartRuleApplies(options)) {
    return chooseFor(fn, transliterated.text, transliterated.replacements, options, make);
  }
  // The 'smart' rule: the replacements are made only when they pay (see smartPays).
  const after = chooseFor(fn, transliterated.text, transliterated.replacements, options, makeDecided);
  const before = chooseFor(fn, input, NO_REPLACEMENTS, options, makeDecided);
  const kept: Decided = smartPays(before, after) ? after : { ...before, reason: `${before.reason}; ${smartSkippedNote(before, after)}` };
  return make(kept.plan, kept.text, kept.replacements, kept.measure, kept.graphemes, kept.nonGsmCharacters, kept.reason, kept.candidate);
}

/**
 * Whether the `'smart'` rule decides about the replacements: the profiles
 * include `'smart'` (and not the lossy `NON_UNICODE`, always applied), and
 * the coding is not forced to GSM 7-bit or a legacy coding, where the
 * replacements are what make the text fit at all.
 */
function smartRuleApplies(options: CompiledSegmentOptions): boolean {
  return (
    options.profiles.includes('smart') && !options.profiles.includes('NON_UNICODE') &&
    options.dataCoding !== 0 && options.octet === undefined
  );
}

/**
 * The `'smart'` rule: replacing pays when it lowers the part count, or
 * changes the coding from UCS-2 to GSM 7-bit without adding a part.
 */
function smartPays(before: Choice, after: Choice): boolean {
  if (after.measure.parts !== before.measure.parts) return after.measure.parts < before.measure.parts;
  return before.plan.encoding === 'ucs2' && after.plan.encoding === 'gsm7';
}

/** What the result says when the `'smart'` replacements were not made. */
function smartSkippedNote(before: Choice, after: Choice): string {
  const shown: string[] = [];
  for (const { from, to } of after.replacements) {
    const pair = `${quote(from)} → ${quote(to)}`;
    if (!shown.includes(pair)) shown.push(pair);
  }
  const list = shown.length > 5 ? `${shown.slice(0, 5).join(', ')} and ${shown.length - 5} more` : shown.join(', ');
  const cost = (choice: Choice): string =>
    `${choice.plan.encoding === 'gsm7' ? 'GSM 7-bit' : 'UCS-2'} in ${choice.measure.parts} part${choice.measure.parts === 1 ? '' : 's'}`;
  const detail =
    after.plan.encoding === before.plan.encoding && after.measure.parts === before.measure.parts
      ? `it would stay ${cost(before)}`
      : `${cost(after)} instead of ${cost(before)}`;
  return (
    `transliterate 'smart' left the text unchanged: its replacements (${list}) would save nothing (${detail}); ` +
    `they are made only when they change UCS-2 to GSM 7-bit without adding a part, or lower the part count`
  );
}

/** A {@link Choice} that keeps its candidate, for the `'smart'` rule's comparison (a rare path). */
interface Decided extends Choice {
  readonly candidate: Candidate | undefined;
}

const makeDecided: ChoiceMaker<Decided> = (plan, text, replacements, measure, graphemes, nonGsmCharacters, reason, candidate) => ({
  ...makeChoice(plan, text, replacements, measure, graphemes, nonGsmCharacters, reason, candidate),
  candidate,
});

/** {@link choosePlan} of a text as it will be sent. */
function chooseFor<R>(fn: string, text: string, replacements: readonly Replacement[], options: CompiledSegmentOptions, make: ChoiceMaker<R>): R {
  const graphemes = options.keepGraphemes ? graphemeFinder() : null;

  if (options.octet !== undefined) {
    const plan = options.octet;
    const coding = plan.coding as TextCoding;
    const bytes = encodeWith(fn, coding, text);
    if (bytes.length !== text.length) {
      throw new RangeError(`${fn}: the coding ${JSON.stringify(coding.name)} is not one octet per character; split its bytes instead`);
    }
    const reason = `dataCoding ${coding.dataCoding} (${coding.name}) was asked for`;
    return make(plan, text, replacements, walkText(fn, text, plan, null, graphemes), graphemes, NO_CHARACTERS, reason, undefined);
  }

  const gsm = options.gsm;
  let best: { readonly candidate: Candidate; readonly plan: SegmentPlan } | undefined;
  let bestMeasure: TextMeasure | undefined;
  for (let c = 0; c < gsm.length; c++) {
    const { candidate, plan } = gsm[c] as { readonly candidate: Candidate; readonly plan: SegmentPlan };
    const measure = walkText(fn, text, plan, null, graphemes, true);
    if (measure === null) continue;
    if (best === undefined || cheaper(plan, measure, best.plan, bestMeasure as TextMeasure)) {
      best = gsm[c] as { readonly candidate: Candidate; readonly plan: SegmentPlan };
      bestMeasure = measure;
    }
    // An explicit language prefers its tables to UCS-2, and needs no further candidate once the default alphabet fits.
    if (c === 0 && options.language.kind === 'language') break;
  }

  if (options.dataCoding === 0) {
    if (best === undefined) throw unmappable(fn, text, firstOutsideAll(text, options.candidates));
    return make(best.plan, text, replacements, bestMeasure as TextMeasure, graphemes, NO_CHARACTERS, 'dataCoding 0 was asked for', best.candidate);
  }
  const ucs2Plan = options.ucs2;
  if (options.dataCoding === 8) {
    const measure = walkText(fn, text, ucs2Plan, null, graphemes);
    return make(ucs2Plan, text, replacements, measure, graphemes, outsideAll(text, options.candidates), 'dataCoding 8 was asked for', undefined);
  }
  if (best !== undefined && options.language.kind !== 'auto') {
    return make(best.plan, text, replacements, bestMeasure as TextMeasure, graphemes, NO_CHARACTERS, gsmReason(best.candidate), best.candidate);
  }
  const ucs2Measure = walkText(fn, text, ucs2Plan, null, graphemes);
  if (best !== undefined && !cheaper(ucs2Plan, ucs2Measure, best.plan, bestMeasure as TextMeasure)) {
    return make(best.plan, text, replacements, bestMeasure as TextMeasure, graphemes, NO_CHARACTERS, gsmReason(best.candidate), best.candidate);
  }
  const outside = outsideAll(text, options.candidates);
  const reason =
    best === undefined
      ? outside.length > 0
        ? ucs2Reason(outside)
        : mixedTablesReason(text, options.candidates)
      : `UCS-2: fewer parts or header octets than the best GSM 7-bit tables (${describeCandidate(best.candidate)})`;
  return make(ucs2Plan, text, replacements, ucs2Measure, graphemes, outside, reason, undefined);
}

/**
 * What {@link choosePlan} makes of its decision: a {@link Choice} by default;
 * the estimate builds its result directly, so a count allocates one object.
 *
 * @internal
 */
export type ChoiceMaker<R> = (
  plan: SegmentPlan,
  text: string,
  replacements: readonly Replacement[],
  measure: TextMeasure,
  graphemes: GraphemeFinder | null,
  nonGsmCharacters: readonly string[],
  reason: string,
  candidate: ShiftSelection | undefined,
) => R;

/** A {@link Choice}, written out field by field: object spread is an order of magnitude slower on this hot path. */
const makeChoice: ChoiceMaker<Choice> = (plan, text, replacements, measure, graphemes, nonGsmCharacters, reason, candidate) => {
  return {
    plan,
    text,
    replacements,
    measure,
    graphemes,
    nonGsmCharacters,
    reason,
    lockingShift: candidate?.lockingShift?.code,
    singleShift: candidate?.singleShift?.code,
  };
};

/** Fewer parts; on a tie, fewer header octets per part. */
function cheaper(plan: SegmentPlan, measure: TextMeasure, bestPlan: SegmentPlan, bestMeasure: TextMeasure): boolean {
  if (measure.parts !== bestMeasure.parts) return measure.parts < bestMeasure.parts;
  const octets = measure.parts > 1 ? plan.multiHeaderOctets : plan.singleHeaderOctets;
  const bestOctets = bestMeasure.parts > 1 ? bestPlan.multiHeaderOctets : bestPlan.singleHeaderOctets;
  return octets < bestOctets;
}

function encodableInAny(unit: number, candidates: readonly Candidate[]): boolean {
  for (const { charset } of candidates) {
    if (lookupSeptet(charset.locking, unit) !== NONE || lookupSeptet(charset.single, unit) !== NONE) return true;
  }
  return false;
}

/** The distinct characters no candidate can carry, in order of first appearance. */
function outsideAll(text: string, candidates: readonly Candidate[]): readonly string[] {
  // Code points, not strings, are remembered, so a repeated character allocates nothing; the first
  // dozens are searched in a small array, a Set takes over past 64 so long texts stay linear.
  const single = candidates.length === 1 ? (candidates[0] as Candidate).charset : null;
  const codePoints: number[] = [];
  let seen: Set<number> | null = null;
  const characters: string[] = [];
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const unit = text.charCodeAt(i);
    if (single !== null) {
      if (lookupSeptet(single.locking, unit) !== NONE || lookupSeptet(single.single, unit) !== NONE) continue;
    } else if (encodableInAny(unit, candidates)) continue;
    let codePoint = unit;
    let width = 1;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        codePoint = ((unit - 0xd800) << 10) + (next - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (seen === null) {
      if (codePoints.includes(codePoint)) {
        i += width - 1;
        continue;
      }
      codePoints.push(codePoint);
      if (codePoints.length > 64) seen = new Set(codePoints);
    } else if (seen.has(codePoint)) {
      i += width - 1;
      continue;
    } else seen.add(codePoint);
    characters.push(width === 1 ? text.charAt(i) : text.slice(i, i + 2));
    i += width - 1;
  }
  return characters.length === 0 ? NO_CHARACTERS : Object.freeze(characters);
}

function firstOutsideAll(text: string, candidates: readonly Candidate[]): number {
  for (let i = 0; i < text.length; i++) if (!encodableInAny(text.charCodeAt(i), candidates)) return i;
  // Every character fits some candidate but no single one holds them all: report the first the default alphabet lacks.
  return Math.max(0, findUnmappable(text, candidates[0]?.charset ?? DEFAULT_CHARSET));
}

function describeCandidate(candidate: Candidate): string {
  const parts: string[] = [];
  if (candidate.lockingShift !== undefined) parts.push(`${candidate.lockingShift.name} locking shift`);
  if (candidate.singleShift !== undefined) parts.push(`${candidate.singleShift.name} single shift`);
  return parts.length === 0 ? 'the default alphabet' : parts.join(' and ');
}

function gsmReason(candidate: Candidate): string {
  return candidate.lockingShift === undefined && candidate.singleShift === undefined
    ? 'GSM 7-bit: every character is in the default alphabet or its extension table'
    : `GSM 7-bit with the ${describeCandidate(candidate)} table${candidate.lockingShift !== undefined && candidate.singleShift !== undefined ? 's' : ''}: every character fits`;
}

function listCharacters(characters: readonly string[]): string {
  let shown = '';
  const count = Math.min(5, characters.length);
  for (let i = 0; i < count; i++) shown += `${i === 0 ? '' : ', '}${quote(characters[i])}`;
  return characters.length > 5 ? `${shown} and ${characters.length - 5} more` : shown;
}

/**
 * Why UCS-2 was needed: the characters no GSM 7-bit table considered holds.
 */
function ucs2Reason(outside: readonly string[]): string {
  return `UCS-2: ${listCharacters(outside)} ${outside.length === 1 ? 'is' : 'are'} in no GSM 7-bit table considered`;
}

/**
 * Why UCS-2 was needed when every character is in some table but no one
 * candidate holds them all: the characters outside the closest candidate
 * (the one that misses the fewest, the earlier on a tie). Built only on this
 * path, so an ordinary estimate allocates nothing for it.
 */
function mixedTablesReason(text: string, candidates: readonly Candidate[]): string {
  let closest: Candidate | undefined;
  let missing: readonly string[] = NO_CHARACTERS;
  for (const candidate of candidates) {
    const outside = outsideAll(text, [candidate]);
    if (closest === undefined || outside.length < missing.length) {
      closest = candidate;
      missing = outside;
    }
  }
  const described = closest === undefined ? 'the default alphabet' : describeCandidate(closest);
  return (
    `UCS-2: every character is in some GSM 7-bit table considered, but no one table combination holds them all; ` +
    `${listCharacters(missing)} ${missing.length === 1 ? 'is' : 'are'} outside the closest (${described})`
  );
}
