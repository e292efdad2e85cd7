import { describe, expect, it } from 'vitest';
import { encodeGsm7, encodeText, parseHex, toHex, safeParseHex } from '../../src/index.js';

const bytes = Uint8Array.of(0x0f);

describe('option fields', () => {
  // Regression: separator, onUnmappable, replacement and dataCoding used to treat null as "default"
  // while the boolean and number options threw; null is a wrong type everywhere now.
  it.each([
    ['toHex separator', () => toHex(bytes, { separator: null as never })],
    ['toHex uppercase', () => toHex(bytes, { uppercase: null as never })],
    ['parseHex strict', () => parseHex('0f', { strict: null as never })],
    ['parseHex maxBytes', () => parseHex('0f', { maxBytes: null as never })],
    ['safeParseHex strict', () => safeParseHex('0f', { strict: null as never })],
    ['encodeGsm7 onUnmappable', () => encodeGsm7('a', { onUnmappable: null as never })],
    ['encodeGsm7 replacement', () => encodeGsm7('a', { onUnmappable: 'replace', replacement: null as never })],
    ['encodeText dataCoding', () => encodeText('a', { dataCoding: null as never })],
  ])('%s: null is a TypeError', (_name, run) => {
    expect(run).toThrow(TypeError);
  });

  // Regression: an unknown onUnmappable string was a TypeError ("got a string"); out-of-range options are RangeErrors.
  it('names an unknown onUnmappable value with a RangeError', () => {
    expect(() => encodeGsm7('a', { onUnmappable: 'ignore' as never })).toThrow(
      new RangeError("encodeGsm7: onUnmappable must be one of 'error', 'replace', got 'ignore'"),
    );
  });

  it.each([
    ['maxBytes -1', { maxBytes: -1 }],
    ['maxBytes 1.5', { maxBytes: 1.5 }],
    ['maxBytes NaN', { maxBytes: Number.NaN }],
  ])('parseHex refuses %s with a RangeError', (_name, options) => {
    expect(() => parseHex('0f', options)).toThrow(RangeError);
    expect(() => safeParseHex('0f', options)).toThrow(RangeError);
  });

  it('refuses a replacement without onUnmappable: replace', () => {
    expect(() => encodeGsm7('a', { replacement: '?' })).toThrow(TypeError);
  });

  it('reads undefined fields as their defaults', () => {
    expect(toHex(bytes, { separator: undefined, uppercase: undefined })).toBe('0f');
    expect(encodeText('a', { dataCoding: undefined }).dataCoding).toBe(0);
  });
});
