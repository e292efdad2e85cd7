/**
 * Bugs the fuzz suite found in smshex/legacy (apart from
 * fuzz-regressions.test.ts, which also runs in the browser, where
 * smshex/legacy's iconv-lite does not load).
 */
import { describe, expect, it } from 'vitest';
import { SmsHexError } from '../../src/index.js';
import { IA5, LEGACY_CODINGS } from '../../src/legacy/index.js';

describe('fuzz regressions in smshex/legacy', () => {
  // smshex/legacy's codings were frozen objects with mutable methods: `IA5.encode.x = 1` changed a shared constant.
  it('the legacy codings and their methods are frozen', () => {
    for (const coding of [IA5, ...LEGACY_CODINGS]) {
      expect(Object.isFrozen(coding) && Object.isFrozen(coding.encode) && Object.isFrozen(coding.decode)).toBe(true);
    }
    expect(() => IA5.decode(Uint8Array.of(0x80))).toThrow(SmsHexError);
  });
});
