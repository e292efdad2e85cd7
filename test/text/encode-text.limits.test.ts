/**
 * encodeText checks the output length against the host's string limit before
 * encoding (issue 18 item 1), proven with the limit mocked small. Node only:
 * vitest's browser mode does not replace a module of src/ this way
 * (vitest.browser.config.ts excludes this file).
 */
import { describe, expect, it, vi } from 'vitest';

describe('encodeText: the output length is checked before encoding for GSM 7-bit and UCS-2 only', () => {
  // With a limit of 29 (ten bytes of spaced hex), eleven characters are refused from the text's length
  // (32 characters of hex) before encoding; checked only after encoding, the message would give the
  // real length (65 for 22 octets). A legacy coding is encoded first: its own error comes first.
  it('says the length the text alone implies, and leaves other codings to their encoder', async () => {
    vi.resetModules();
    vi.doMock('../../src/internal/limits.js', () => ({ MAX_STRING_LENGTH: 29 }));
    const api = await import('../../src/index.js');
    // A one-octet coding of the caller's own (smshex/legacy loads iconv-lite, which is Node-only, and this
    // file runs in Chromium too): ASCII, refusing anything else as the TextCoding contract says.
    const asciiOnly = {
      dataCoding: 1,
      name: 'ASCII only',
      encode: (text: string): Uint8Array => {
        for (let i = 0; i < text.length; i++) {
          if (text.charCodeAt(i) > 0x7f) throw new api.SmsHexError({ code: 'CODING_UNMAPPABLE', message: `ASCII only: no ${text[i]}`, index: i });
        }
        return Uint8Array.from(text, (c) => c.charCodeAt(0));
      },
      decode: (bytes: Uint8Array): string => String.fromCharCode(...bytes),
    };
    try {
      const before = /^encodeText: the hex would be 32 characters, more than the longest string a host can hold \(29\)$/;
      expect(() => api.encodeText('π'.repeat(11))).toThrow(before);
      expect(() => api.encodeText('€'.repeat(11))).toThrow(before);
      expect(() => api.encodeText('€'.repeat(11), { dataCoding: 0 })).toThrow(before);
      expect(() => api.encodeText('a'.repeat(11), { dataCoding: 8 })).toThrow(before);
      expect(() => api.encodeText('é'.repeat(11), { dataCoding: 1, codings: [asciiOnly] })).toThrow(
        expect.objectContaining({ code: 'CODING_UNMAPPABLE', index: 0 }),
      );
      // a coding that writes two octets a character is checked on what it wrote
      const wide = { dataCoding: 0xf5, name: 'wide', encode: (t: string) => new Uint8Array(2 * t.length), decode: () => '' };
      expect(() => api.encodeText('a'.repeat(7), { dataCoding: 0xf5, codings: [wide] })).toThrow(/would be 41 characters/);
      expect(api.encodeText('a'.repeat(5), { dataCoding: 0xf5, codings: [wide] }).hex).toHaveLength(29);
      expect(api.encodeText('').hex).toBe('');
    } finally {
      vi.doUnmock('../../src/internal/limits.js');
      vi.resetModules();
    }
  });
});
