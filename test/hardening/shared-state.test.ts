/**
 * Nothing a function returns lets the caller change how smshex works for
 * everyone else: the compiled tables the encoders share stay out of reach.
 * (Found in review: `resolveCharset()` handed out the shared typed arrays, and
 * `resolveCharset().locking.encodeLow[0x41] = 0x42` made every later
 * `encodeGsm7('A')` return 0x42.)
 */
import { describe, expect, it } from 'vitest';
import { decodeGsm7, encodeGsm7, isGsm7, resolveCharset, shiftTableElements, toHex, TURKISH, type ShiftTableOptions } from '../../src/index.js';

const OPTIONS: readonly ShiftTableOptions[] = [{}, { singleShift: TURKISH }, { lockingShift: TURKISH, singleShift: TURKISH }];

describe('shared tables stay private', () => {
  it.each(OPTIONS)('writing into what resolveCharset(%o) returns changes no encoder', (options) => {
    const text = 'Aİ€ş';
    const septets = toHex(encodeGsm7(text, { ...options, onUnmappable: 'replace', replacement: '?' }).bytes);
    const charset = resolveCharset(options);
    for (const table of [charset.locking, charset.single]) {
      table.encodeLow.fill(0x10);
      table.decode.fill(0x41);
      (table.encodeHigh as Map<number, number>).clear();
    }
    expect(toHex(encodeGsm7(text, { ...options, onUnmappable: 'replace', replacement: '?' }).bytes)).toBe(septets);
    expect(decodeGsm7(Uint8Array.of(0x41, 0x42))).toBe('AB');
    expect(isGsm7('A')).toBe(true);
    // A fresh call is unaffected too, and still names the same tables and identifiers.
    const again = resolveCharset(options);
    expect(again.locking.encodeLow[0x41]).toBe(0x41);
    expect(again.locking.table).toBe(charset.locking.table);
    expect(shiftTableElements(again)).toEqual(shiftTableElements(charset));
  });

  it('the charset and its tables are frozen', () => {
    const charset = resolveCharset({ singleShift: TURKISH });
    expect(Object.isFrozen(charset)).toBe(true);
    expect(Object.isFrozen(charset.locking)).toBe(true);
    expect(Object.isFrozen(charset.single.table)).toBe(true);
  });
});
