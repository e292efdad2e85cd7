/**
 * Bugs the fuzz suite found, each pinned by the smallest input that showed it.
 */
import { describe, expect, it } from 'vitest';
import { decodeGsm7, encodeGsm7, encodeText, toHex } from '../../src/index.js';

describe('fuzz regressions', () => {
  // encodeSeptets grew its output only when an escape pair did not fit, so a
  // character after an early extension character was written past the end of
  // the buffer (a typed array drops such writes) and silently lost.
  it.each([
    ['^@', '1b 14 00'],
    ['€a', '1b 65 61'],
    ['{}', '1b 28 1b 29'],
    ['x^yz', '78 1b 14 79 7a'],
  ])('encodeGsm7(%j) keeps every character after an extension character', (text, hex) => {
    const bytes = encodeGsm7(text);
    expect(toHex(bytes)).toBe(hex);
    expect(decodeGsm7(bytes)).toBe(text);
    expect(encodeText(text).hex).toBe(hex);
  });
});
