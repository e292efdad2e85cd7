/**
 * Concatenation references: the number that ties the parts of one message
 * together (TS 23.040 §9.2.3.24.1 / §9.2.3.24.8). It must differ between
 * concatenated messages sent to the same destination close together.
 *
 * @module
 */

import { createError, type IssuePath } from '../errors.js';
import { assertOneOf, describe, readOptions } from '../internal/args.js';

/** A source of references; see {@link createReferenceGenerator}. */
export interface ReferenceGenerator {
  /** 8 or 16: the reference size this generator draws. */
  readonly bits: 8 | 16;
  /**
   * The next reference for `destination` (a number, or the array of numbers a
   * message goes to). Successive calls for the same destination never repeat
   * a reference until all 2^bits have been used.
   */
  next(destination?: string | readonly string[]): number;
}

/** Options of {@link createReferenceGenerator}. */
export interface ReferenceGeneratorOptions {
  /** 8 (default) or 16. */
  readonly bits?: 8 | 16;
}

/**
 * A random reference of `bits` bits from `crypto.getRandomValues`.
 *
 * @internal
 */
export function randomReference(bits: 8 | 16): number {
  const cryptoApi = (globalThis as { crypto?: { getRandomValues<T extends ArrayBufferView>(array: T): T } }).crypto;
  if (cryptoApi === undefined) throw new TypeError('smshex: crypto.getRandomValues is not available; pass a reference');
  const value = cryptoApi.getRandomValues(new Uint16Array(1))[0] as number;
  return bits === 8 ? value & 0xff : value;
}

/**
 * Creates a stateful reference generator: per destination it starts at a
 * random reference and counts up, wrapping after 2^bits, so the same
 * destination never sees a repeated reference until the counter wraps. The
 * state lives in the returned object only; pass it as `reference` to
 * `buildBinaryMessages`.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24.1 (8-bit) and §9.2.3.24.8 (16-bit reference).
 *
 * @param options - `bits`: 8 (default) or 16
 * @returns the generator
 * @throws `TypeError` / `RangeError` for malformed options
 *
 * @example
 * ```ts
 * const references = createReferenceGenerator({ bits: 8 });
 * const a = references.next('41793026727');
 * const b = references.next('41793026727');
 * b === (a + 1) % 256; // true
 * ```
 */
export function createReferenceGenerator(options?: ReferenceGeneratorOptions): ReferenceGenerator {
  const fn = 'createReferenceGenerator';
  const opts = readOptions<ReferenceGeneratorOptions>(fn, options);
  const bits = opts.bits ?? 8;
  assertOneOf(fn, 'bits', bits, [8, 16] as const);
  const modulus = bits === 8 ? 0x100 : 0x10000;
  const nextByDestination = new Map<string, number>();
  return Object.freeze({
    bits,
    next(destination?: string | readonly string[]): number {
      const key = destinationKey(destination);
      const reference = nextByDestination.get(key) ?? randomReference(bits);
      nextByDestination.set(key, (reference + 1) % modulus);
      return reference;
    },
  });
}

function destinationKey(destination: string | readonly string[] | undefined): string {
  if (destination === undefined) return '';
  if (typeof destination === 'string') return destination;
  if (Array.isArray(destination) && destination.every((d) => typeof d === 'string')) return [...destination].sort().join(',');
  throw new TypeError(`ReferenceGenerator.next: destination must be a string or an array of strings, got ${describe(destination)}`);
}

/**
 * Throws `REFERENCE_INVALID` for a numeric reference outside 0–255 (0–65535
 * with 16-bit references), whatever the number of parts it is for: a
 * message of one part carries none, but the caller asked for something the
 * header cannot hold.
 *
 * @internal
 */
export function checkReference(fn: string, reference: unknown, bits: 8 | 16, path: IssuePath): void {
  if (typeof reference !== 'number') return;
  const limit = bits === 16 ? 0xffff : 0xff;
  if (Number.isInteger(reference) && reference >= 0 && reference <= limit) return;
  let where = '';
  for (const key of path) where += typeof key === 'number' ? `[${key}]` : where === '' ? key : `.${key}`;
  throw createError(`${fn}: ${where}`, 'REFERENCE_INVALID', {
    path,
    value: String(reference),
    limit,
    ...(bits === 16 ? {} : { detail: 'with referenceBits 16 it may go up to 65535' }),
  });
}
