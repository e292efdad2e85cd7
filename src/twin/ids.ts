/**
 * Ids for the twin's answers: random UUIDs, or with a seed the same sequence
 * on every run, so a test can assert on an exact `messageId` or `bulkId`.
 *
 * @internal
 * @module
 */

import { randomUUID } from 'node:crypto';

/** Makes the next id. */
export type IdSource = () => string;

const HEX = '0123456789abcdef';

/**
 * An id source: with `seed` undefined, `crypto.randomUUID`; with a seed
 * (a 32-bit unsigned integer), UUID-shaped ids (version 4 layout) from a
 * small deterministic generator (mulberry32), the same sequence for the same
 * seed. Not for anything secret: these ids only have to be distinct and
 * reproducible.
 */
export function idSource(seed: number | undefined): IdSource {
  if (seed === undefined) return randomUUID;
  let state = seed >>> 0;
  const next32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return () => {
    let digits = '';
    for (let word = 0; word < 4; word++) {
      const value = next32();
      for (let shift = 28; shift >= 0; shift -= 4) digits += HEX[(value >>> shift) & 0xf];
    }
    // Version 4 and the RFC 9562 variant, so the ids parse as UUIDs.
    const variant = HEX[8 + (Number.parseInt(digits[16] as string, 16) & 3)];
    return `${digits.slice(0, 8)}-${digits.slice(8, 12)}-4${digits.slice(13, 16)}-${variant}${digits.slice(17, 20)}-${digits.slice(20, 32)}`;
  };
}
