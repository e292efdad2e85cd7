/**
 * Bulk estimation and building for campaigns: results stream one input at a
 * time, so memory stays constant however many messages go through.
 *
 * @module
 */

import { buildMessagesNamed, callReferences, type BinaryMessage, type BinaryMessageInput } from '../binary/build.js';
import { assertString, describe } from '../internal/args.js';
import { estimateCompiled, type SegmentEstimate } from '../segments/estimate.js';
import { compileSegmentOptions, type SegmentOptions } from '../segments/plan.js';

const isAsyncIterable = <T>(value: unknown): value is AsyncIterable<T> =>
  value !== null && typeof value === 'object' && typeof (value as AsyncIterable<T>)[Symbol.asyncIterator] === 'function';
const isIterable = <T>(value: unknown): value is Iterable<T> =>
  value !== null && value !== undefined && typeof (value as Iterable<T>)[Symbol.iterator] === 'function';

/**
 * Estimates many texts lazily, one {@link SegmentEstimate} per text in input
 * order, with the same options for all. A sync iterable (an array, a
 * generator) gives a sync iterable; an async iterable (a stream of lines)
 * gives an async one. Nothing is buffered.
 *
 * Spec: as {@link estimateSegments}.
 *
 * @param texts - the texts
 * @param options - as {@link estimateSegments}, checked and compiled once for all texts
 * @returns the estimates, lazily
 * @throws `TypeError` when `texts` is not iterable; each text's errors surface when it is reached
 *
 * @example
 * ```ts
 * [...estimateMany(['Hi', 'x'.repeat(200)])].map((e) => e.smsCount);
 * // [1, 2]
 * for await (const estimate of estimateMany(readLines(file))) total += estimate.smsCount;
 * ```
 *
 * @group Bulk and preview
 */
export function estimateMany(texts: Iterable<string>, options?: SegmentOptions): IterableIterator<SegmentEstimate>;
export function estimateMany(texts: AsyncIterable<string>, options?: SegmentOptions): AsyncIterableIterator<SegmentEstimate>;
export function estimateMany(
  texts: Iterable<string> | AsyncIterable<string>,
  options?: SegmentOptions,
): IterableIterator<SegmentEstimate> | AsyncIterableIterator<SegmentEstimate> {
  const fn = 'estimateMany';
  // The options are checked and compiled once, before the first text, and the plan serves every text.
  const compiled = compileSegmentOptions(fn, options);
  const estimate = (text: string): SegmentEstimate => {
    assertString(fn, 'text', text);
    return estimateCompiled(fn, text, compiled);
  };
  if (isAsyncIterable<string>(texts)) return mapAsync(texts, estimate);
  if (isIterable<string>(texts) && typeof texts !== 'string' && !ArrayBuffer.isView(texts)) return mapSync(texts, estimate);
  throw new TypeError(`${fn}: texts must be an iterable or async iterable of strings, got ${describeList(texts)}`);
}

/**
 * Builds the messages of many inputs lazily: for each input, the array of its
 * messages (one per part), in input order. Sync in, sync out; async in, async out.
 * Inputs without a `reference` draw theirs from one generator for the whole call
 * (see `createReferenceGenerator`), so no two of its concatenated messages share
 * a reference within 256 of them (65,536 with 16-bit references).
 *
 * Spec: as `buildBinaryMessages`.
 *
 * @param inputs - the inputs, each as for `buildBinaryMessages`
 * @returns each input's messages, lazily
 * @throws `TypeError` when `inputs` is not iterable; each input's errors surface when it is reached
 *
 * @example
 * ```ts
 * const batches = buildMany([{ to: '41793026727', text: 'Hi' }, { to: '41793026731', text: 'Hello' }]);
 * [...batches].flat().length;
 * // 2
 * ```
 *
 * @group Bulk and preview
 */
export function buildMany(inputs: Iterable<BinaryMessageInput>): IterableIterator<BinaryMessage[]>;
export function buildMany(inputs: AsyncIterable<BinaryMessageInput>): AsyncIterableIterator<BinaryMessage[]>;
export function buildMany(
  inputs: Iterable<BinaryMessageInput> | AsyncIterable<BinaryMessageInput>,
): IterableIterator<BinaryMessage[]> | AsyncIterableIterator<BinaryMessage[]> {
  const fn = 'buildMany';
  // One set of generators for the whole call: inputs without a reference never share one (TS 23.040 §9.2.3.24.1).
  const references = callReferences();
  const build = (input: BinaryMessageInput): BinaryMessage[] => buildMessagesNamed(fn, input, references(input));
  if (isAsyncIterable<BinaryMessageInput>(inputs)) return mapAsync(inputs, build);
  if (isIterable<BinaryMessageInput>(inputs) && typeof inputs !== 'string' && !ArrayBuffer.isView(inputs)) return mapSync(inputs, build);
  throw new TypeError(`${fn}: inputs must be an iterable or async iterable of inputs, got ${describeList(inputs)}`);
}

/**
 * What was passed instead of an iterable, for a message: a typed array is
 * iterable but of numbers (and a detached one throws the engine's own
 * `TypeError` when iterated), so it is refused up front, by name.
 */
function describeList(value: unknown): string {
  return ArrayBuffer.isView(value) ? 'a typed array (bytes, not texts)' : describe(value);
}

function* mapSync<T, R>(items: Iterable<T>, map: (item: T) => R): IterableIterator<R> {
  for (const item of items) yield map(item);
}

async function* mapAsync<T, R>(items: AsyncIterable<T>, map: (item: T) => R): AsyncIterableIterator<R> {
  for await (const item of items) yield map(item);
}
