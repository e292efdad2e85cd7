/**
 * Concatenation references: the number that ties the parts of one message
 * together (TS 23.040 §9.2.3.24.1 / §9.2.3.24.8). It must differ between
 * concatenated messages sent to the same destination close together.
 *
 * @module
 */

import { createError, type IssuePath } from '../errors.js';
import { assertOneOf, describe, readOptions } from '../internal/args.js';

/**
 * A source of references; see {@link createReferenceGenerator}.
 *
 * @group Binary messages
 */
export interface ReferenceGenerator {
  /** 8 or 16: the reference size this generator draws (what `buildBinaryMessages` calls `referenceBits`). */
  readonly referenceBits: 8 | 16;
  /**
   * The next reference for a message to `destination` (a number, or the
   * array of numbers a message goes to). No reference repeats within
   * 2^referenceBits consecutive calls, whatever the destinations.
   */
  next(destination?: string | readonly string[]): number;
}

/**
 * Options of {@link createReferenceGenerator}.
 *
 * @group Binary messages
 */
export interface ReferenceGeneratorOptions {
  /** 8 (default) or 16, as the `referenceBits` of `buildBinaryMessages` and `concatElement`. */
  readonly referenceBits?: 8 | 16;
}

/**
 * A random reference of `bits` bits from the host's cryptographic random
 * source: the first four hex digits of `crypto.randomUUID()` (random in every
 * UUID version 4) where the host has it, else `crypto.getRandomValues`.
 * `randomUUID` comes first because it is cheap where `getRandomValues` is
 * not: Node 20 spends about 7 µs on each `getRandomValues` call, more than a
 * whole concatenated message takes to build, while it serves `randomUUID`
 * from a buffer of random bytes it refills in blocks (about 0.3 µs a call;
 * benchmarks/NOTES.md). Both draw from the same CSPRNG.
 *
 * @internal
 */
export function randomReference(bits: 8 | 16): number {
  const cryptoApi = (globalThis as { crypto?: HostCrypto }).crypto;
  const uuid = cryptoApi?.randomUUID;
  let value: number;
  if (typeof uuid === 'function') {
    const id: unknown = uuid.call(cryptoApi);
    // Four hex digits, or the host's randomUUID is not what it claims, and nothing is taken from it.
    value = typeof id === 'string' && id.length >= 4 ? Number(`0x${id.slice(0, 4)}`) : Number.NaN;
    if (Number.isNaN(value)) throw new TypeError(`smshex: crypto.randomUUID returned ${describe(id)}, not a UUID; pass a reference`);
  } else if (typeof cryptoApi?.getRandomValues === 'function') {
    value = cryptoApi.getRandomValues(new Uint16Array(1))[0] as number;
  } else {
    throw new TypeError('smshex: neither crypto.randomUUID nor crypto.getRandomValues is available; pass a reference');
  }
  return bits === 8 ? value & 0xff : value;
}

/** What {@link randomReference} may use of the host's `crypto`. */
interface HostCrypto {
  randomUUID?: () => string;
  getRandomValues?: <T extends ArrayBufferView>(array: T) => T;
}

/**
 * Creates a stateful reference generator: one counter for every destination,
 * starting at a random reference and counting up, wrapping after
 * 2^referenceBits. So within any 2^referenceBits consecutive draws no reference repeats, whatever the
 * destinations: a message to a list of numbers gets a reference that is
 * fresh for every number on it, and no destination sees the same reference
 * twice within 2^referenceBits consecutive concatenated messages from this generator
 * (256 with 8-bit references, 65,536 with 16-bit ones).
 *
 * The state is one number, whatever the number of destinations. A counter
 * per destination cannot keep that promise for lists: two numbers that have
 * each used 255 of the 256 8-bit references since may have no reference
 * left in common. The price of one counter: a number that receives few of
 * the generator's messages gets a reference again after 2^referenceBits draws for
 * anyone; a generator that sends more than 256 concatenated messages in the
 * time a handset waits for missing parts should draw 16-bit references.
 * The state lives in the returned object only; pass it as `reference` to
 * `buildBinaryMessages`.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24.1 (8-bit) and §9.2.3.24.8 (16-bit reference).
 *
 * @param options - `referenceBits`: 8 (default) or 16
 * @returns the generator
 * @throws `TypeError` / `RangeError` for malformed options, or an option it does not have (`bits`, the old name, included)
 *
 * @example
 * ```ts
 * const references = createReferenceGenerator({ referenceBits: 8 });
 * const a = references.next('41793026727');
 * const b = references.next(['41793026727', '41793026731']);
 * b === (a + 1) % 256; // true
 * ```
 *
 * @group Binary messages
 */
export function createReferenceGenerator(options?: ReferenceGeneratorOptions): ReferenceGenerator {
  const fn = 'createReferenceGenerator';
  const opts = readOptions<ReferenceGeneratorOptions>(fn, options);
  for (const key of Object.keys(opts)) {
    if (key !== 'referenceBits') {
      throw new TypeError(`${fn}: unknown option ${JSON.stringify(key)}${key === 'bits' ? ' (did you mean referenceBits?)' : ': the option is referenceBits'}`);
    }
  }
  const referenceBits = opts.referenceBits ?? 8;
  assertOneOf(fn, 'referenceBits', referenceBits, [8, 16] as const);
  const modulus = referenceBits === 8 ? 0x100 : 0x10000;
  let following: number | undefined;
  return Object.freeze({
    referenceBits,
    next(destination?: string | readonly string[]): number {
      checkDestination(destination);
      const reference = following ?? randomReference(referenceBits);
      following = (reference + 1) % modulus;
      return reference;
    },
  });
}

function checkDestination(destination: unknown): void {
  if (destination === undefined || typeof destination === 'string') return;
  if (Array.isArray(destination) && Array.from(destination as unknown[]).every((d) => typeof d === 'string')) return;
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
