/**
 * The exports do not lie: what one function accepts, its sibling agrees with;
 * what is encoded decodes back; validate* reports exactly what the throwing
 * variant throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeGsm7,
  decodeUcs2,
  encodeGsm7,
  encodeText,
  encodeUcs2,
  isGsm7,
  packSeptets,
  parseHex,
  SmsHexError,
  toHex,
  unpackSeptets,
  safeParseHex,
} from '../../src/index.js';
import { anyBytes, gsmishString, hexishString, nastyString, sameBytes, septets } from './arbitraries.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from './fuzz-config.js';
import { guardPrototypes } from './guard.js';
import { outcome } from './outcome.js';

guardPrototypes();

const params = { numRuns: FUZZ_RUNS };
const opts = { timeout: FUZZ_TIMEOUT };

/** Whether the text has no lone surrogate (String#isWellFormed, written out for the ES2022 lib). */
function isWellFormed(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return false;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return false;
  }
  return true;
}

/** The message without the function name it starts with. */
const withoutFn = (message: string): string => message.slice(message.indexOf(': ') + 2);

describe('hex', () => {
  it('parses back what toHex wrote, in every separator and case', opts, () => {
    fc.assert(
      fc.property(anyBytes, fc.constantFrom(' ', '', ':', '-'), fc.boolean(), (bytes, separator, uppercase) => {
        const hex = toHex(bytes, { separator, uppercase });
        if (bytes.length > 0) expect(sameBytes(parseHex(hex), bytes)).toBe(true);
        if (separator === ' ' && bytes.length > 0) expect(sameBytes(parseHex(hex, { strict: true }), bytes)).toBe(true);
      }),
      params,
    );
  });

  it('safeParseHex reports exactly what parseHex throws', opts, () => {
    fc.assert(
      fc.property(hexishString, fc.boolean(), fc.option(fc.nat({ max: 40 }), { nil: undefined }), (text, strict, maxBytes) => {
        const options = maxBytes === undefined ? { strict } : { strict, maxBytes };
        const parsed = outcome(() => parseHex(text, options));
        const validated = safeParseHex(text, options);
        expect(validated.ok).toBe(parsed.ok);
        if (validated.ok && parsed.ok) {
          expect(sameBytes(validated.bytes, parsed.value)).toBe(true);
          expect(validated.hex).toBe(toHex(parsed.value));
          if (parsed.value.length > 0) expect(sameBytes(parseHex(validated.hex, { strict: true }), parsed.value)).toBe(true);
          if (maxBytes !== undefined) expect(parsed.value.length).toBeLessThanOrEqual(maxBytes);
        } else if (!validated.ok && !parsed.ok) {
          expect(validated.error.code).toBe(parsed.error.code);
          expect(validated.error.index).toBe(parsed.error.index);
          expect(withoutFn(validated.error.message)).toBe(withoutFn(parsed.error.message));
          expect(validated.error.message.startsWith('safeParseHex: ')).toBe(true);
        }
      }),
      params,
    );
  });

  it('lenient parsing accepts everything strict parsing does, with the same bytes', opts, () => {
    fc.assert(
      fc.property(hexishString, (text) => {
        const strict = outcome(() => parseHex(text, { strict: true }));
        if (strict.ok) expect(sameBytes(parseHex(text), strict.value)).toBe(true);
      }),
      params,
    );
  });

  it('maxBytes only ever adds HEX_TOO_LONG', opts, () => {
    fc.assert(
      fc.property(hexishString, fc.boolean(), fc.nat({ max: 40 }), (text, strict, maxBytes) => {
        const unlimited = outcome(() => parseHex(text, { strict }));
        const limited = outcome(() => parseHex(text, { strict, maxBytes }));
        if (unlimited.ok) {
          if (unlimited.value.length <= maxBytes) expect(limited.ok && sameBytes(limited.value, unlimited.value)).toBe(true);
          else expect(limited.ok ? 'ok' : limited.error.code).toBe('HEX_TOO_LONG');
        } else if (!limited.ok && limited.error.code !== 'HEX_TOO_LONG') {
          expect(limited.error.code).toBe(unlimited.error.code);
          expect(limited.error.index).toBe(unlimited.error.index);
        }
      }),
      params,
    );
  });
});

describe('GSM 7-bit', () => {
  it('isGsm7 is true exactly when encodeGsm7 succeeds, and decoding gives the text back', opts, () => {
    fc.assert(
      fc.property(gsmishString, (text) => {
        const encoded = outcome(() => encodeGsm7(text));
        expect(isGsm7(text)).toBe(encoded.ok);
        if (encoded.ok) {
          expect(encoded.value.every((s) => s <= 0x7f)).toBe(true);
          expect(decodeGsm7(encoded.value)).toBe(text);
        } else {
          expect(encoded.error.code).toBe('GSM7_UNMAPPABLE');
          expect(isGsm7(text.slice(0, encoded.error.index))).toBe(true);
        }
      }),
      params,
    );
  });

  it("onUnmappable: 'replace' never throws and reports every replacement", opts, () => {
    fc.assert(
      fc.property(gsmishString, (text) => {
        const { bytes, replacements } = encodeGsm7(text, { onUnmappable: 'replace' });
        // Plain checks and one expect at the end: a long text has thousands of replacements, and an
        // expect for each was most of this property's cost at 10^6 runs.
        let replaced = '';
        let end = 0;
        let problem: string | undefined;
        for (const r of replacements) {
          if (r.index < end) problem = `replacement at ${r.index} overlaps the one ending at ${end}`;
          else if (r.from === '' || !text.startsWith(r.from, r.index)) problem = `replacement at ${r.index} is not the text there`;
          else if (isGsm7(r.from)) problem = `replacement at ${r.index} replaced the GSM 7-bit ${JSON.stringify(r.from)}`;
          else if (r.to !== '?') problem = `replacement at ${r.index} wrote ${JSON.stringify(r.to)}, not the default '?'`;
          if (problem !== undefined) break;
          replaced += `${text.slice(end, r.index)}?`;
          end = r.index + r.from.length;
        }
        expect(problem).toBeUndefined();
        // Everything not reported was encoded as itself: the text with the reported replacements made
        // encodes (without replacing) to the same bytes; with none, that is the text itself.
        replaced += text.slice(end);
        expect(sameBytes(bytes, encodeGsm7(replaced))).toBe(true);
        if (replacements.length > 0) expect(decodeGsm7(bytes)).not.toBe(text);
      }),
      params,
    );
  });

  it('unpackSeptets inverts packSeptets for every fill', opts, () => {
    fc.assert(
      fc.property(septets, fc.integer({ min: 0, max: 6 }), (input, fillBits) => {
        const packed = packSeptets(input, fillBits);
        expect(packed.length).toBe(Math.ceil((input.length * 7 + fillBits) / 8));
        expect(sameBytes(unpackSeptets(packed, input.length, fillBits), input)).toBe(true);
      }),
      params,
    );
  });

  it('decodeGsm7 either decodes or names a septet inside the input', opts, () => {
    fc.assert(
      fc.property(fc.oneof(septets, anyBytes), (input) => {
        const decoded = outcome(() => decodeGsm7(input));
        if (decoded.ok) expect(decoded.value.length).toBeLessThanOrEqual(input.length);
        else expect(decoded.error.index).toBeLessThan(input.length);
      }),
      params,
    );
  });
});

describe('UCS-2', () => {
  it('encodes exactly the well-formed strings and decodes them back', opts, () => {
    fc.assert(
      fc.property(nastyString, (text) => {
        const encoded = outcome(() => encodeUcs2(text));
        expect(encoded.ok).toBe(isWellFormed(text));
        if (encoded.ok) {
          expect(encoded.value.length).toBe(text.length * 2);
          expect(decodeUcs2(encoded.value)).toBe(text);
        } else {
          expect(encoded.error.code).toBe('UCS2_LONE_SURROGATE');
        }
      }),
      params,
    );
  });

  it('what decodeUcs2 accepts encodes back to the same bytes', opts, () => {
    fc.assert(
      fc.property(anyBytes, (bytes) => {
        const decoded = outcome(() => decodeUcs2(bytes));
        if (decoded.ok) expect(sameBytes(encodeUcs2(decoded.value), bytes)).toBe(true);
      }),
      params,
    );
  });
});

describe('encodeText', () => {
  it('picks GSM 7-bit exactly when the text is GSM 7-bit, and its hex is its bytes', opts, () => {
    fc.assert(
      fc.property(gsmishString, (text) => {
        const result = outcome(() => encodeText(text));
        if (!result.ok) {
          expect(result.error.code).toBe('UCS2_LONE_SURROGATE');
          return;
        }
        const { dataCoding, bytes, hex } = result.value;
        expect(dataCoding).toBe(isGsm7(text) ? 0 : 8);
        expect(hex).toBe(toHex(bytes));
        expect(sameBytes(bytes, dataCoding === 0 ? encodeGsm7(text) : encodeUcs2(text))).toBe(true);
      }),
      params,
    );
  });
});
