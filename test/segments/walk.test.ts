/**
 * Grapheme-safe splitting (`keepGraphemes`): the boundaries are found in a
 * short window near each cut, never by segmenting the whole text (issue 13.1:
 * `Intl.Segmenter` over a whole 65,535-unit text took 38 s on Node 20). The
 * work is bounded here by counting, never by timing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBinaryMessages, estimateSegments, splitText } from '../../src/index.js';
import { choosePlan } from '../../src/segments/choose.js';
import { compileSegmentOptions } from '../../src/segments/plan.js';
import { GRAPHEME_LOOKBEHIND } from '../../src/segments/walk.js';

const KEEP = { keepGraphemes: true } as const;
const choose = (text: string) => choosePlan('t', text, compileSegmentOptions('t', KEEP));

describe('keepGraphemes: work near the cuts only', () => {
  it.each([
    ['UCS-2, 6,553 units', 'ж'.repeat(6553), 67],
    ['UCS-2, 65,535 units', 'ж'.repeat(65535), 67],
    ['UCS-2, 131,072 units', 'ж'.repeat(131072), 67],
    ['GSM, 128,000 characters', 'abc def '.repeat(16000), 153],
  ])('%s: one short window per part', (_, text, capacity) => {
    const choice = choose(text);
    const finder = choice.graphemes;
    if (finder === null) throw new Error('no finder');
    const parts = choice.measure.smsCount;
    // One walk per candidate coding measured (the default alphabet, then UCS-2 for Cyrillic), one window per cut.
    expect(finder.segmentCalls).toBeLessThanOrEqual(2 * (parts - 1));
    expect(finder.segmentCalls).toBeGreaterThanOrEqual(parts - 1);
    expect(finder.unitsSegmented).toBeLessThanOrEqual(finder.segmentCalls * (capacity + 3));
  });

  it('a cluster longer than many parts is looked at a bounded stretch at a time', () => {
    const text = `e${'\u0301'.repeat(20000)}`;
    const finder = choose(text).graphemes;
    if (finder === null) throw new Error('no finder');
    expect(finder.segmentCalls).toBe(Math.ceil(text.length / 67) - 1);
    expect(finder.unitsSegmented).toBeLessThanOrEqual(finder.segmentCalls * (GRAPHEME_LOOKBEHIND + 67 + 3));
  });

  it('65,535 units: the estimate counts 979 parts and building stops at the part limit', () => {
    expect(estimateSegments('ж'.repeat(65535), KEEP)).toMatchObject({ smsCount: 979, exceedsMaxParts: true, splitGraphemes: [] });
    expect(() => buildBinaryMessages({ to: '1', text: 'ж'.repeat(65535), keepGraphemes: true })).toThrow(
      expect.objectContaining({ code: 'MESSAGE_TOO_LONG', message: expect.stringContaining('979 parts') }),
    );
  });
});

describe('keepGraphemes: a cluster longer than a part is reported', () => {
  it.each([
    ['the issue’s 201-unit cluster', `e${'\u0301'.repeat(200)}`, [67, 67, 67], [67, 134]],
    ['a 70-unit cluster after one letter', `x${'e'}${'\u0301'.repeat(69)}yyy`, [1, 67, 6], [68]],
    ['clusters that fit', `${'x'.repeat(65)}👍🏽${'y'.repeat(80)}`, [65, 67, 17], []],
  ])('%s', (_, text, units, splitGraphemes) => {
    expect(splitText(text, KEEP).map((part) => part.units)).toEqual(units);
    expect(estimateSegments(text, KEEP).splitGraphemes).toEqual(splitGraphemes);
  });

  it('is absent without keepGraphemes, empty for one part', () => {
    expect(estimateSegments('e\u0301'.repeat(100))).not.toHaveProperty('splitGraphemes');
    expect(estimateSegments('e\u0301', KEEP).splitGraphemes).toEqual([]);
  });
});

/**
 * The split as it was before the windows: boundaries from segmenting the whole
 * text, a part ending at the last boundary that fits (or at the full part when
 * the cluster alone is longer). UCS-2 texts only (every one holds 'Ж').
 */
function referenceStarts(text: string): number[] {
  if (text.length <= 70) return [0];
  const boundaries = new Set<number>([text.length]);
  for (const segment of new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)) boundaries.add(segment.index);
  const starts = [0];
  let partStart = 0;
  let current = 0;
  let lastBreak = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    if (boundaries.has(i)) lastBreak = i;
    if (current + width > 67) {
      const carried = i - lastBreak;
      partStart = lastBreak > partStart && carried + width <= 67 ? lastBreak : i;
      current = i - partStart + width;
      lastBreak = partStart;
      starts.push(partStart);
    } else current += width;
    i += width;
  }
  return starts;
}

describe('keepGraphemes: the windows find what segmenting the whole text finds', () => {
  const cluster = fc.oneof(
    fc.constantFrom('👍🏽', '🇨🇭', '🇺🇸🇬🇧', 'é', 'e\u0301', '👨‍👩‍👧', 'a', 'Ж', 'क्षि', '각', '\r\n', '\u200d', '\u0301'),
    fc.integer({ min: 1, max: 160 }).map((marks) => `e${'\u0301'.repeat(marks)}`),
    fc.integer({ min: 1, max: 60 }).map((flags) => '🇨🇭'.repeat(flags)),
  );
  const text = fc.array(cluster, { maxLength: 120 }).map((clusters) => `Ж${clusters.join('')}`);

  it('the same part starts as the whole-text segmentation', () => {
    fc.assert(
      fc.property(text, (t) => {
        const parts = splitText(t, KEEP);
        expect(parts.map((part) => part.start)).toEqual(referenceStarts(t));
        expect(parts.map((part) => part.text).join('')).toBe(t);
        expect(estimateSegments(t, KEEP).smsCount).toBe(parts.length);
      }),
      { numRuns: 300 },
    );
  });
});
