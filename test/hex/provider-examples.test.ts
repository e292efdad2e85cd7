import { describe, expect, it } from 'vitest';
import { encodeText, parseHex, toHex } from '../../src/index.js';

describe('the provider examples', () => {
  it('encodes "Test message." as GSM 7-bit', () => {
    expect(encodeText('Test message.')).toMatchObject({ dataCoding: 0, hex: '54 65 73 74 20 6d 65 73 73 61 67 65 2e' });
  });
  it('round-trips the mixed-case UCS-2 example hex', () => {
    expect(toHex(parseHex('6d 4b 8B d5 77 ed 4f e1 30 02', { strict: true }))).toBe('6d 4b 8b d5 77 ed 4f e1 30 02');
  });
});
