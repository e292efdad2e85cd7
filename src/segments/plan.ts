/**
 * From the caller's options to a segmentation plan: which coding, which
 * character tables, how many header octets every part carries, and so how
 * many units one part holds.
 *
 * @internal
 * @module
 */

import { DEFAULT_CHARSET, type Gsm7Charset } from '../gsm7/charset.js';
import { findUnmappable } from '../gsm7/codec.js';
import { assertIntegerInRange, assertOneOf, readOptions } from '../internal/args.js';
import { concatElementOctets, type Encoding, headerOctets, MAX_PARTS, partCapacity } from './capacity.js';

/** Options shared by {@link estimateSegments} and {@link splitText}. */
export interface SegmentOptions {
  /** `'auto'` (default): GSM 7-bit (0) when every character is in its tables, else UCS-2 (8). `0` or `8` forces it. */
  readonly dataCoding?: 'auto' | 0 | 8;
  /** Size of the concatenation reference: 8 (default, IE 0x00, 6-octet header) or 16 (IE 0x08, 7 octets). */
  readonly referenceBits?: 8 | 16;
  /** The most parts allowed, 1–255 (default 255, the most TS 23.040 allows). */
  readonly maxParts?: number;
}

/**
 * A resolved plan.
 *
 * @internal
 */
export interface SegmentPlan {
  readonly encoding: Encoding;
  readonly dataCoding: number;
  readonly charset: Gsm7Charset;
  readonly referenceBits: 8 | 16;
  readonly maxParts: number;
  /** Octets of information elements every part carries besides concatenation. */
  readonly fixedElementOctets: number;
  /** Header octets (length octet included) of a message sent as one part; 0 without elements. */
  readonly singleHeaderOctets: number;
  /** Header octets of each part of a concatenated message. */
  readonly multiHeaderOctets: number;
  /** Units of a message sent as one part. */
  readonly singleCapacity: number;
  /** Units of each part of a concatenated message. */
  readonly multiCapacity: number;
}

/**
 * Reads and checks the options of a segmenting function.
 *
 * @internal
 */
export function readSegmentOptions(fn: string, options: unknown): Required<SegmentOptions> {
  const opts = readOptions<SegmentOptions>(fn, options);
  const dataCoding = opts.dataCoding ?? 'auto';
  assertOneOf(fn, 'dataCoding', dataCoding, ['auto', 0, 8] as const);
  const referenceBits = opts.referenceBits ?? 8;
  assertOneOf(fn, 'referenceBits', referenceBits, [8, 16] as const);
  const maxParts = opts.maxParts ?? MAX_PARTS;
  assertIntegerInRange(fn, 'maxParts', maxParts, 1, MAX_PARTS);
  return { dataCoding, referenceBits, maxParts };
}

/**
 * Chooses the coding for `text` and computes the capacities.
 * `fixedElementOctets` counts information elements every part carries
 * (application ports, national language shifts).
 *
 * @internal
 */
export function planFor(
  text: string,
  options: Required<SegmentOptions>,
  fixedElementOctets = 0,
  charset: Gsm7Charset = DEFAULT_CHARSET,
): SegmentPlan {
  let encoding: Encoding;
  if (options.dataCoding === 'auto') encoding = findUnmappable(text, charset) === -1 ? 'GSM7' : 'UCS2';
  else encoding = options.dataCoding === 0 ? 'GSM7' : 'UCS2';
  return makePlan(encoding, encoding === 'GSM7' ? 0 : 8, options, fixedElementOctets, charset);
}

/**
 * Builds a plan for a known encoding.
 *
 * @internal
 */
export function makePlan(
  encoding: Encoding,
  dataCoding: number,
  options: Required<SegmentOptions> | { referenceBits: 8 | 16; maxParts: number },
  fixedElementOctets = 0,
  charset: Gsm7Charset = DEFAULT_CHARSET,
): SegmentPlan {
  const singleHeaderOctets = headerOctets(fixedElementOctets);
  const multiHeaderOctets = headerOctets(fixedElementOctets + concatElementOctets(options.referenceBits));
  return {
    encoding,
    dataCoding,
    charset,
    referenceBits: options.referenceBits,
    maxParts: options.maxParts,
    fixedElementOctets,
    singleHeaderOctets,
    multiHeaderOctets,
    singleCapacity: partCapacity(encoding, singleHeaderOctets),
    multiCapacity: partCapacity(encoding, multiHeaderOctets),
  };
}
