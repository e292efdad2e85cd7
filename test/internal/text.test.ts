/**
 * src/internal/text.ts: codePointAt and unitsToString.
 */
import { describe, expect, it } from 'vitest';
import { decodeUcs2 } from '../../src/index.js';
import { codePointAt } from '../../src/internal/text.js';

describe('codePointAt', () => {
  it.each([
    ['a letter before a low surrogate', 'a\udc00', '\u0061'],
    ['a low surrogate before a low surrogate', '\udc00\udc00', '\udc00'],
    ['a high surrogate before a letter', '\ud800a', '\ud800'],
    ['a high surrogate before U+E000', '\ud800\ue000', '\ud800'],
    ['a high surrogate at the end', '\udbff', '\udbff'],
    ['the lowest pair', '\ud800\udc00', '\ud800\udc00'],
    ['the highest pair', '\udbff\udfff', '\udbff\udfff'],
    ['the lowest high and highest low', '\ud800\udfff', '\ud800\udfff'],
    ['the highest high and lowest low', '\udbff\udc00', '\udbff\udc00'],
    ['U+D7FF before a low surrogate', '\ud7ff\udc00', '\ud7ff'],
    ['U+DC00 before a low surrogate', '\udc00\udfff', '\udc00'],
  ])('takes one unit or a whole pair: %s', (_, text, expected) => {
    expect(codePointAt(text, 0)).toBe(expected);
    expect(codePointAt(`x${text}`, 1)).toBe(expected);
  });
});

describe('unitsToString', () => {
  it('turns a million UTF-16 units into a string in chunks, never in one call', () => {
    // One String.fromCharCode call with a million arguments overflows the stack.
    const units = 1_000_000;
    const bytes = new Uint8Array(units * 2);
    for (let i = 0; i < units; i++) bytes[2 * i + 1] = 0x41 + (i % 26);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    expect(decodeUcs2(bytes)).toBe(alphabet.repeat(Math.ceil(units / 26)).slice(0, units));
  });
});
