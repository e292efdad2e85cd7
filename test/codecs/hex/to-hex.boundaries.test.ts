/**
 * toHex: the boundaries of its options.
 */
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/index.js';

describe('toHex', () => {
  it('names the option that has the wrong type', () => {
    expect(() => toHex(Uint8Array.of(1), { uppercase: 'yes' as unknown as boolean })).toThrow(new TypeError('toHex: uppercase must be a boolean, got a string'));
  });

  it.each([' ', ':', '\u00a0', ' - ', ''])('writes the same hex through every path, separator %j', (separator) => {
    const bytes = Uint8Array.from({ length: 37 }, (_, i) => (i * 53) & 0xff);
    const expected = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(separator);
    expect(toHex(bytes, { separator })).toBe(expected);
    expect(toHex(bytes.subarray(1), { separator, uppercase: true })).toBe(expected.slice(2 + separator.length).toUpperCase());
  });
});
