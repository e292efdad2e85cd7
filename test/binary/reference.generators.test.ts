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

  const uuids = (...ids: unknown[]): void => {
    const crypto = { randomUUID: (): unknown => ids.shift(), getRandomValues: (): never => { throw new Error('getRandomValues must not be called when randomUUID exists'); } };
    Object.defineProperty(globalThis, 'crypto', { value: crypto, configurable: true, writable: true });
  };

  it('says when the host has neither crypto.randomUUID nor crypto.getRandomValues', () => {
    randomness(undefined);
    expect(() => buildBinaryMessages({ to: '41793026727', text: 'a'.repeat(200) })).toThrow(
      new TypeError('smshex: neither crypto.randomUUID nor crypto.getRandomValues is available; pass a reference'),
    );
    // A reference given needs no randomness.
    expect(buildBinaryMessages({ to: '41793026727', text: 'a'.repeat(200), reference: 5 })).toHaveLength(2);
  });

  it('takes the first four hex digits of crypto.randomUUID where the host has it', () => {
    uuids('abcd1234-0000-4000-8000-000000000000', 'ABCD1234-0000-4000-8000-000000000000', '00ff0000-0000-4000-8000-000000000000');
    expect(createReferenceGenerator({ referenceBits: 16 }).next()).toBe(0xabcd);
    expect(createReferenceGenerator({ referenceBits: 8 }).next()).toBe(0xcd);
    const [first] = buildBinaryMessages({ to: '41793026727', text: 'a'.repeat(200) });
    expect(first?.binary.hex.slice(0, 17)).toBe('05 00 03 ff 02 01');
  });

  it.each([
    ['a number', 1234, 'smshex: crypto.randomUUID returned a number, not a UUID; pass a reference'],
    ['three digits', 'abc', 'smshex: crypto.randomUUID returned a string, not a UUID; pass a reference'],
    ['a non-hex digit', '12g4abcd-0000', 'smshex: crypto.randomUUID returned a string, not a UUID; pass a reference'],
  ])('refuses a randomUUID that returns %s instead of taking part of it', (_, id, message) => {
    uuids(id);
    expect(() => createReferenceGenerator().next()).toThrow(new TypeError(message));
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
