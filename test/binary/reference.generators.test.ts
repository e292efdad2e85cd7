/**
 * The reference generators.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildBinaryMessages, createReferenceGenerator } from '../../src/index.js';

describe('reference generators', () => {
  const original = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
  const randomness = (value: number | undefined): void => {
    const crypto = value === undefined ? undefined : { getRandomValues: <T extends ArrayBufferView>(array: T): T => ((array as unknown as Uint16Array).fill(value), array) };
    Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true, writable: true });
  };
  afterEach(() => {
    if (original !== undefined) Object.defineProperty(globalThis, 'crypto', original);
  });

  it('says when there is no crypto.getRandomValues', () => {
    randomness(undefined);
    expect(() => buildBinaryMessages({ to: '41793026727', text: 'a'.repeat(200) })).toThrow(new TypeError('smshex: crypto.getRandomValues is not available; pass a reference'));
  });

  it('draws 16-bit references whole and 8-bit ones from the low byte, wrapping at the size', () => {
    randomness(0x12ff);
    expect(createReferenceGenerator({ referenceBits: 16 }).next('a')).toBe(0x12ff);
    const eight = createReferenceGenerator({ referenceBits: 8 });
    expect([eight.next('a'), eight.next('a')]).toEqual([0xff, 0x00]);
  });

  it('draws from one counter whatever the destination: none, empty, lists in any order, a joined string', () => {
    randomness(7);
    const generator = createReferenceGenerator();
    expect([generator.next(), generator.next(''), generator.next(['b', 'a']), generator.next(['a', 'b']), generator.next('a,b'), generator.next(['c'])]).toEqual([7, 8, 9, 10, 11, 12]);
    expect(() => generator.next([1] as unknown as string[])).toThrow(new TypeError('ReferenceGenerator.next: destination must be a string or an array of strings, got an array'));
    expect(() => createReferenceGenerator({ referenceBits: 12 as 8 })).toThrow(new RangeError('createReferenceGenerator: referenceBits must be one of 8, 16, got 12'));
    // The old name is not read as 8 bits by default: it is refused, naming the new one.
    expect(() => createReferenceGenerator({ bits: 16 } as never)).toThrow(new TypeError('createReferenceGenerator: unknown option "bits" (did you mean referenceBits?)'));
    expect(() => createReferenceGenerator({ width: 16 } as never)).toThrow(new TypeError('createReferenceGenerator: unknown option "width": the option is referenceBits'));
  });
});
