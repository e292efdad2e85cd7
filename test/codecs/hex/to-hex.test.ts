import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/index.js';
import { slowToHex } from '../../reference/slow.js';

describe('toHex', () => {
  it.each([
    [[], ''],
    [[0x00], '00'],
    [[0x0f, 0xc2], '0f c2'],
    [[0xff, 0x00, 0x7f, 0x80], 'ff 00 7f 80'],
  ])('formats %j as %j', (bytes, hex) => {
    expect(toHex(Uint8Array.from(bytes))).toBe(hex);
  });

  it.each([
    [{ separator: '' }, '0fc24a'],
    [{ separator: ':' }, '0f:c2:4a'],
    [{ separator: ', ' }, '0f, c2, 4a'],
    [{ separator: '·' }, '0f·c2·4a'],
    [{ uppercase: true }, '0F C2 4A'],
    [{ separator: '-', uppercase: true }, '0F-C2-4A'],
    [{}, '0f c2 4a'],
  ])('with options %j gives %j', (options, hex) => {
    expect(toHex(Uint8Array.of(0x0f, 0xc2, 0x4a), options)).toBe(hex);
  });

  it('reads only the view of a subarray', () => {
    const backing = Uint8Array.of(1, 2, 3, 4, 5);
    expect(toHex(backing.subarray(1, 3))).toBe('02 03');
  });

  // Node only: a browser has no Buffer (npm run test:browser).
  it.skipIf(typeof Buffer === 'undefined')('accepts a Buffer, being a Uint8Array', () => {
    expect(toHex(Buffer.from([0xab, 0xcd]))).toBe('ab cd');
  });

  it('agrees with the slow reference for any bytes and options', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.string({ unit: 'binary', maxLength: 3 }), fc.boolean(), (bytes, separator, uppercase) => {
        expect(toHex(bytes, { separator, uppercase })).toBe(slowToHex(bytes, separator, uppercase));
        expect(toHex(bytes)).toBe(slowToHex(bytes));
      }),
    );
  });
});
