/**
 * Issue #18 item 1: input whose output cannot be a string gives a RangeError
 * (or an issue, for safe*) naming the function and the limit, checked before
 * the output is allocated, instead of the host's ERR_STRING_TOO_LONG.
 *
 * The first block uses the real limit without allocating: a byte array that
 * claims a huge length, or a separator long enough that few bytes reach it.
 * The second replaces the limit (src/internal/limits.ts holds only it) with a
 * small one, to reach it with small input on every path, just under and just over.
 */
import { describe, expect, it, vi } from 'vitest';
import { encodeText, safeParseHex, toHex } from '../../src/index.js';
import { MAX_STRING_LENGTH } from '../../src/internal/limits.js';

/** A Uint8Array that says it holds `length` bytes; toHex must refuse it from the length alone. */
const claiming = (length: number): Uint8Array => Object.defineProperty(new Uint8Array(4), 'length', { value: length });

describe('the real limit, without building a huge output', () => {
  it('is V8’s longest string', () => {
    expect(MAX_STRING_LENGTH).toBe(2 ** 29 - 24);
  });

  it('toHex refuses one byte more than fits, with the default separator', () => {
    const over = Math.floor((MAX_STRING_LENGTH + 1) / 3) + 1; // 178,956,964 bytes: 536,870,891 characters
    expect(() => toHex(claiming(over))).toThrow(RangeError);
    expect(() => toHex(claiming(over))).toThrow(/^toHex: the hex would be 536870891 characters, more than .*\(536870888\)$/);
    expect(() => toHex(claiming(179e6), { uppercase: true })).toThrow(/^toHex: .*536870888/);
  });

  it('toHex refuses a long separator that would overflow, with few bytes', () => {
    const separator = ', '.repeat(500); // 1000 units: 536,871 bytes are just over
    expect(() => toHex(new Uint8Array(536_871), { separator })).toThrow(/^toHex: the hex would be 537943742 characters/);
    expect(toHex(new Uint8Array(3), { separator })).toHaveLength(6 + 2 * 1000);
  });

});

describe('a small limit (mocked), just under and just over', () => {
  it('toHex, safeParseHex and encodeText', async () => {
    vi.resetModules();
    vi.doMock('../../src/internal/limits.js', () => ({ MAX_STRING_LENGTH: 29 })); // ten bytes of spaced hex
    const api = await import('../../src/index.js');
    try {
      expect(api.toHex(new Uint8Array(10))).toHaveLength(29);
      expect(() => api.toHex(new Uint8Array(11))).toThrow(/^toHex: the hex would be 32 characters, more than the longest string a host can hold \(29\)$/);
      expect(api.toHex(new Uint8Array(14), { separator: '' })).toHaveLength(28);
      expect(() => api.toHex(new Uint8Array(15), { separator: '' })).toThrow(/would be 30 characters/);
      expect(() => api.toHex(new Uint8Array(5), { separator: '—·—·—·' })).toThrow(RangeError);

      const ten = '00'.repeat(10);
      expect(api.safeParseHex(ten)).toMatchObject({ ok: true, hex: '00 00 00 00 00 00 00 00 00 00' });
      const eleven = api.safeParseHex('00'.repeat(11));
      expect(eleven).toEqual({
        ok: false,
        error: {
          code: 'HEX_TOO_LONG',
          index: 20,
          message: 'safeParseHex: too many bytes: more than 10, the most whose spaced hex fits in the longest string a host can hold at index 20',
        },
      });
      expect(api.safeParseHex('00 '.repeat(11).trim(), { strict: true })).toMatchObject({ ok: false, error: { code: 'HEX_TOO_LONG', index: 30 } });
      // A tighter maxBytes keeps its own message.
      expect(api.safeParseHex('00'.repeat(11), { maxBytes: 3 })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/maxBytes 3/) } });

      expect(api.encodeText('a'.repeat(10)).hex).toHaveLength(29);
      expect(() => api.encodeText('a'.repeat(11))).toThrow(/^encodeText: the hex would be 32 characters, .*\(29\)$/);
      expect(() => api.encodeText('π'.repeat(6))).toThrow(/^encodeText: the hex would be 35 characters/); // UCS-2: after encoding
      expect(() => api.encodeText('€'.repeat(6))).toThrow(/^encodeText: the hex would be 35 characters/); // escapes: after encoding
    } finally {
      vi.doUnmock('../../src/internal/limits.js');
      vi.resetModules();
    }
  });
});
