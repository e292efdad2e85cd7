import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHex, safeParseHex } from '../../../src/index.js';
import { scan, scanLenient } from '../../../src/codecs/hex/scan.js';
import { slowParseStrict } from '../../reference/slow.js';

const hexish = fc.string({
  unit: fc.constantFrom('0', '7', '9', 'a', 'F', 'f', 'A', 'g', ' ', ' ', ' ', ':', '-', '\t', '\n', 'x', 'é', '٣', '😀'),
  maxLength: 40,
});
const strictHex = fc
  .tuple(fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.boolean())
  .map(([bytes, upper]) => {
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');
    return upper ? hex.toUpperCase() : hex;
  });
/** Valid strict hex with one character replaced: the fast path must refuse what the format refuses. */
const mutated = fc
  .tuple(strictHex, fc.nat(), fc.constantFrom('g', ' ', ':', '\t', 'ā', '\u0130', '0', 'Ａ'))
  .map(([hex, at, ch]) => {
    const i = at % hex.length;
    return hex.slice(0, i) + ch + hex.slice(i + 1);
  });

describe('strict parseHex against a slow reference', () => {
  it('accepts exactly what the reference accepts, with the same bytes', () => {
    fc.assert(
      fc.property(fc.oneof(strictHex, mutated, hexish), (text) => {
        const expected = slowParseStrict(text);
        const result = safeParseHex(text, { strict: true });
        if (expected === null) expect(result.ok).toBe(false);
        else {
          expect(result.ok).toBe(true);
          expect(parseHex(text, { strict: true })).toEqual(expected);
        }
      }),
    );
  });

  it('refuses a character whose low 7 bits are a digit (no truncation)', () => {
    // U+0130 and U+FF21 would read as '0' / '!' if the code were masked.
    expect(safeParseHex('\u0130f', { strict: true }).ok).toBe(false);
    expect(safeParseHex('0f \u0130f', { strict: true }).ok).toBe(false);
    expect(safeParseHex('0f\u00a0c2', { strict: true }).ok).toBe(false);
  });
});

describe('lenient parsing through the strict fast path', () => {
  it('gives what the lenient scanner alone gives, bytes or issue', () => {
    fc.assert(
      fc.property(fc.oneof(strictHex, mutated, hexish), fc.option(fc.nat(200), { nil: undefined }), (text, maxBytes) => {
        const limit = maxBytes ?? Number.MAX_SAFE_INTEGER;
        expect(scan('parseHex', text, false, limit)).toEqual(scanLenient('parseHex', text, limit));
      }),
    );
  });
});
