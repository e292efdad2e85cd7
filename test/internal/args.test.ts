/**
 * The internal argument checks, and the table compilation checks of the GSM 7-bit codec.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHARSET } from '../../src/codecs/gsm7/charset.js';
import { decodeSeptets } from '../../src/codecs/gsm7/decode.js';
import { compileTable, type Gsm7Table } from '../../src/codecs/gsm7/table.js';
import { assertOneOf } from '../../src/internal/args.js';

describe('internal checks', () => {
  it('assertOneOf accepts a listed value and says what else was expected', () => {
    expect(() => assertOneOf('f', 'x', 'b', ['a', 'b'])).not.toThrow();
    expect(() => assertOneOf('f', 'x', 'c', ['a', 'b'])).toThrow(new RangeError("f: x must be one of 'a', 'b', got 'c'"));
    expect(() => assertOneOf('f', 'x', 3, [0, 8])).toThrow(new RangeError('f: x must be one of 0, 8, got 3'));
    expect(() => assertOneOf('f', 'x', null, [0, 8])).toThrow(new TypeError('f: x must be one of 0, 8, got null'));
  });

  it('compileTable refuses a table of the wrong size or a multi-unit entry', () => {
    const chars = new Array<string | null>(128).fill(null);
    expect(() => compileTable({ name: 't', spec: 's', chars: chars.slice(1) })).toThrow(RangeError);
    expect(() => compileTable({ name: 't', spec: 's', chars: ['😀', ...chars.slice(1)] })).toThrow(RangeError);
  });

  it('decodeSeptets rejects septets a sparse table does not define', () => {
    const sparse: Gsm7Table = { name: 'sparse', spec: 'test', chars: ['@', ...new Array<string | null>(127).fill(null)] };
    const charset = { locking: compileTable(sparse), single: DEFAULT_CHARSET.single };
    expect(decodeSeptets('f', Uint8Array.of(0, 0), charset)).toBe('@@');
    expect(() => decodeSeptets('f', Uint8Array.of(0, 5), charset)).toThrow(expect.objectContaining({ code: 'GSM7_UNASSIGNED_SEPTET', index: 1 }));
    expect(() => decodeSeptets('f', Uint8Array.of(0x1b, 5), charset, 10)).toThrow(
      expect.objectContaining({ code: 'GSM7_UNASSIGNED_SEPTET', index: 11 }),
    );
    expect(() => decodeSeptets('f', Uint8Array.of(0x1b, 0x80), DEFAULT_CHARSET)).toThrow(
      expect.objectContaining({ code: 'GSM7_INVALID_SEPTET', index: 1 }),
    );
  });
});
