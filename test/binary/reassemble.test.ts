/**
 * decodeBinaryMessage / reassemble: exact messages and edges.
 */
import { describe, expect, it } from 'vitest';
import { decodeBinaryMessage, reassemble, safeReassemble } from '../../src/index.js';

describe('decodeBinaryMessage / reassemble', () => {
  const part = (hex: string): { hex: string; dataCoding: number; esmClass: number } => ({ hex, dataCoding: 0, esmClass: 0x40 });

  it('names what it got, and takes data coding 255', () => {
    expect(() => decodeBinaryMessage(null as unknown as { hex: string; dataCoding: number })).toThrow(new TypeError('decodeBinaryMessage: expected binary to be an object, got null'));
    expect(() => decodeBinaryMessage({ hex: '41', dataCoding: 256 })).toThrow(new RangeError('decodeBinaryMessage: expected binary.dataCoding to be an integer from 0 to 255, got 256'));
    expect(decodeBinaryMessage({ hex: '41', dataCoding: 255 }).bytes).toEqual(Uint8Array.of(0x41));
  });

  it('has no udh or text key where there is none', () => {
    expect(Object.keys(decodeBinaryMessage({ hex: '41', dataCoding: 4 }))).toEqual(['bytes']);
    expect(Object.keys(decodeBinaryMessage({ hex: '41', dataCoding: 0 }))).toEqual(['text', 'bytes']);
  });

  it('orders the parts by sequence and names a message that is not an object', () => {
    expect(reassemble([part('05 00 03 01 02 02 62'), part('05 00 03 01 02 01 61')])).toBe('ab');
    expect(() => reassemble([5 as unknown as { hex: string; dataCoding: number }])).toThrow(new TypeError('reassemble: expected messages[0] to be an object, got a number'));
    expect(safeReassemble([{ hex: '41', dataCoding: 0 }, { hex: '41', dataCoding: 0 }])).toEqual({
      ok: false,
      error: { code: 'CONCAT_ELEMENT_MISSING', message: 'safeReassemble: a part of a concatenated message has no concatenation element: message 0: it has no concatenation element', path: [0] },
    });
  });

  it.each([
    [[part('05 00 03 01 02 01 41'), part('05 00 03 01 02 02 80')], 18, [1, 'hex']],
    [[part('05 00 03 01 02 01 80'), part('05 00 03 01 02 02 41')], 18, [0, 'hex']],
    [[part('05 00 03 01 03 01 41'), part('05 00 03 01 03 02 41'), part('05 00 03 01 03 03 41 80')], 21, [2, 'hex']],
  ])('locates a bad septet in the part it came from (%#)', (parts, index, path) => {
    expect(safeReassemble(parts)).toMatchObject({ ok: false, error: { code: 'GSM7_INVALID_SEPTET', index, path } });
  });
});
