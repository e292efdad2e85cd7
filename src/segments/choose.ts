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
  const pays = smartPays(before, after);
  const kept = pays ? after : before;
  const note = pays ? undefined : smartSkippedNote(before, after);
  return make(kept.plan, kept.text, kept.replacements, kept.measure, kept.graphemes, kept.candidate, kept.why, kept.rival, options, note);
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
function smartPays(before: Decided, after: Decided): boolean {
  if (after.measure.smsCount !== before.measure.smsCount) return after.measure.smsCount < before.measure.smsCount;
  return before.plan.encoding === 'ucs2' && after.plan.encoding === 'gsm7';
}

/** What the result says when the `'smart'` replacements were not made. */
function smartSkippedNote(before: Decided, after: Decided): string {
  const shown: string[] = [];
  for (const { from, to } of after.replacements) {
    const pair = `${quote(from)} → ${quote(to)}`;
    if (!shown.includes(pair)) shown.push(pair);
  }
  const list = shown.length > 5 ? `${shown.slice(0, 5).join(', ')} and ${shown.length - 5} more` : shown.join(', ');
  const cost = (choice: Decided): string =>
    `${choice.plan.encoding === 'gsm7' ? 'GSM 7-bit' : 'UCS-2'} in ${choice.measure.smsCount} part${choice.measure.smsCount === 1 ? '' : 's'}`;
  const detail =
    after.plan.encoding === before.plan.encoding && after.measure.smsCount === before.measure.smsCount
      ? `it would stay ${cost(before)}`
      : `${cost(after)} instead of ${cost(before)}`;
  return (
    `transliterate 'smart' left the text unchanged: its replacements (${list}) would save nothing (${detail}); ` +
    `they are made only when they change UCS-2 to GSM 7-bit without adding a part, or lower the part count`
  );
}

/** Everything {@link chooseFor} decided, kept for the `'smart'` rule's comparison (a rare path). */
interface Decided {
  readonly plan: SegmentPlan;
  readonly text: string;
  readonly replacements: readonly Replacement[];
  readonly measure: TextMeasure;
  readonly graphemes: GraphemeFinder | null;
  readonly candidate: Candidate | undefined;
  readonly why: ChoiceReason;
  readonly rival: Candidate | undefined;
}

const makeDecided: ChoiceMaker<Decided> = (plan, text, replacements, measure, graphemes, candidate, why, rival) => ({
  plan,
  text,
  replacements,
  measure,
  graphemes,
  candidate,
  why,
  rival,
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
    return make(plan, text, replacements, walkText(fn, text, plan, null, graphemes), graphemes, undefined, 'octet', undefined, options);
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
    return make(best.plan, text, replacements, bestMeasure as TextMeasure, graphemes, best.candidate, 'forced-gsm7', undefined, options);
  }
  const ucs2Plan = options.ucs2;
  if (options.dataCoding === 8) {
    return make(ucs2Plan, text, replacements, walkText(fn, text, ucs2Plan, null, graphemes), graphemes, undefined, 'forced-ucs2', undefined, options);
  }
  if (best !== undefined && options.language.kind !== 'auto') {
    return make(best.plan, text, replacements, bestMeasure as TextMeasure, graphemes, best.candidate, 'gsm7', undefined, options);
  }
  const ucs2Measure = walkText(fn, text, ucs2Plan, null, graphemes);
  if (best !== undefined && !cheaper(ucs2Plan, ucs2Measure, best.plan, bestMeasure as TextMeasure)) {
    return make(best.plan, text, replacements, bestMeasure as TextMeasure, graphemes, best.candidate, 'gsm7', undefined, options);
  }
  return make(ucs2Plan, text, replacements, ucs2Measure, graphemes, undefined, best === undefined ? 'outside' : 'ucs2-cheaper', best?.candidate, options);
}

/**
 * Why {@link choosePlan} chose as it did, as a constant: the characters that
 * forced UCS-2 and the sentence of the reason are built from it by
 * {@link nonGsmCharactersOf} and {@link reasonOf} only when a caller wants
 * them (the estimate), so a count, a split or a build allocates nothing for them.
 *
 * - `'octet'`: a legacy coding was asked for (`dataCoding` 1–255 but 0 and 8);
 * - `'forced-gsm7'` / `'forced-ucs2'`: `dataCoding` 0 / 8 was asked for;
 * - `'gsm7'`: every character fits the chosen GSM 7-bit tables;
 * - `'ucs2-cheaper'`: UCS-2 costs less than the best GSM 7-bit tables (the `rival`);
 * - `'outside'`: no GSM 7-bit candidate holds every character.
 *
 * @internal
 */
export type ChoiceReason = 'octet' | 'forced-gsm7' | 'forced-ucs2' | 'gsm7' | 'ucs2-cheaper' | 'outside';

/**
 * The distinct characters no candidate of `options` can carry (what forced
 * UCS-2), in order of first appearance; empty unless UCS-2 was chosen or forced.
 *
 * @internal
 */
export function nonGsmCharactersOf(why: ChoiceReason, text: string, options: CompiledSegmentOptions): readonly string[] {
  return why === 'forced-ucs2' || why === 'ucs2-cheaper' || why === 'outside' ? outsideAll(text, options.candidates) : NO_CHARACTERS;
}

/**
 * The one sentence of why the choice fell as it did. `outside` is what
 * {@link nonGsmCharactersOf} gave for the same choice.
 *
 * @internal
 */
export function reasonOf(
  why: ChoiceReason,
  text: string,
  options: CompiledSegmentOptions,
  plan: SegmentPlan,
  candidate: Candidate | undefined,
  rival: Candidate | undefined,
  outside: readonly string[],
): string {
  switch (why) {
    case 'octet': {
      const coding = plan.coding as TextCoding;
      return `dataCoding ${coding.dataCoding} (${coding.name}) was asked for`;
    }
    case 'forced-gsm7':
      return 'dataCoding 0 was asked for';
    case 'forced-ucs2':
      return 'dataCoding 8 was asked for';
    case 'gsm7':
      return gsmReason(candidate as Candidate);
    case 'ucs2-cheaper':
      return `UCS-2: fewer parts or header octets than the best GSM 7-bit tables (${describeCandidate(rival as Candidate)})`;
    default:
      return outside.length > 0 ? ucs2Reason(outside) : mixedTablesReason(text, options.candidates);
  }
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
  candidate: ShiftSelection | undefined,
  why: ChoiceReason,
  rival: ShiftSelection | undefined,
  options: CompiledSegmentOptions,
  /** Said after the reason: the `'smart'` rule left the text unchanged, and why. */
  note?: string,
) => R;

/** A {@link Choice}, written out field by field: object spread is an order of magnitude slower on this hot path. */
const makeChoice: ChoiceMaker<Choice> = (plan, text, replacements, measure, graphemes, candidate) => {
  return {
    plan,
    text,
    replacements,
    measure,
    graphemes,
    lockingShift: candidate?.lockingShift?.code,
    singleShift: candidate?.singleShift?.code,
  };
};

/** Fewer parts; on a tie, fewer header octets per part. */
function cheaper(plan: SegmentPlan, measure: TextMeasure, bestPlan: SegmentPlan, bestMeasure: TextMeasure): boolean {
  if (measure.smsCount !== bestMeasure.smsCount) return measure.smsCount < bestMeasure.smsCount;
  const octets = measure.smsCount > 1 ? plan.multiHeaderOctets : plan.singleHeaderOctets;
  const bestOctets = bestMeasure.smsCount > 1 ? bestPlan.multiHeaderOctets : bestPlan.singleHeaderOctets;
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
