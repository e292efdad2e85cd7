/**
 * The segmenting and binary exports do not lie: an estimate counts the parts
 * that splitting and building make; built messages decode, reassemble to the
 * estimated text and pass validateBinaryRequest; a User Data Header parses
 * back to its elements; each safe or validate variant reports exactly what its
 * throwing sibling throws.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NATIONAL_LANGUAGES,
  buildBinaryMessages,
  buildUdh,
  decodeBinaryMessage,
  estimateSegments,
  parseUdh,
  reassemble,
  safeDecodeBinaryMessage,
  safeReassemble,
  SmsHexError,
  splitText,
  udhLength,
  validateBinaryRequest,
  safeParseUdh,
  type SegmentOptions,
  type UdhElement,
} from '../../src/index.js';
import { binaryObject, gsmishStringUpTo, nastyString, nastyStringUpTo, udhBytes } from './arbitraries.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from './fuzz-config.js';
import { guardPrototypes } from './guard.js';
import { outcome } from './outcome.js';

guardPrototypes();

const params = { numRuns: FUZZ_RUNS };
const opts = { timeout: FUZZ_TIMEOUT };

/** An issue without the function name its message starts with (the safe variant names itself). */
function unnamed(issue: { readonly message: string }): unknown {
  return { ...issue, message: issue.message.slice(issue.message.indexOf(': ') + 2) };
}

/** Well-formed segment options. */
const segmentOptions: fc.Arbitrary<SegmentOptions> = fc.record(
  {
    dataCoding: fc.constantFrom('auto', 0, 8) as fc.Arbitrary<'auto' | 0 | 8>,
    referenceBits: fc.constantFrom(8, 16) as fc.Arbitrary<8 | 16>,
    // Small limits as often as any: the texts below make up to about 60 parts, so this keeps both sides of exceedsMaxParts.
    maxParts: fc.oneof(fc.integer({ min: 1, max: 255 }), fc.integer({ min: 1, max: 32 })),
    language: fc.constantFrom<SegmentOptions['language']>('none', 'auto', NATIONAL_LANGUAGES.tr, NATIONAL_LANGUAGES.es, NATIONAL_LANGUAGES.pt, NATIONAL_LANGUAGES.hi),
    transliterate: fc.constantFrom('none', 'smart', 'NON_UNICODE') as fc.Arbitrary<SegmentOptions['transliterate']>,
    keepGraphemes: fc.boolean(),
  },
  { requiredKeys: [] },
).map((options) => (options.language === 'auto' ? { ...options, languages: Object.values(NATIONAL_LANGUAGES) } : options));

/**
 * Text: GSM-ish, hostile, or long enough for many parts. A hostile text is at most 2,000 units,
 * 4,000 when repeated (up to 60 UCS-2 parts, a grapheme longer than a part): every kind of part
 * boundary, escape, surrogate pair and grapheme split that the 10,000-unit texts (80,000 repeated)
 * had, whose walking was most of this property's cost at 10^6 runs. GSM-ish text repeated reaches
 * 1,600 characters.
 */
const LONGEST = 2_000;
const text = fc.oneof(
  gsmishStringUpTo(LONGEST),
  nastyStringUpTo(LONGEST),
  fc.tuple(gsmishStringUpTo(LONGEST), fc.integer({ min: 2, max: 8 })).map(([t, n]) => t.repeat(n).slice(0, 2 * LONGEST)),
);

describe('segments and binary messages', () => {
  it('estimate, split and build agree on the parts; the parts reassemble, decode and validate', opts, () => {
    fc.assert(
      fc.property(text, segmentOptions, (input, options) => {
        const estimate = outcome(() => estimateSegments(input, options));
        const split = outcome(() => splitText(input, options));
        const built = outcome(() => buildBinaryMessages({ to: '41793026727', text: input, ...options }));
        if (!estimate.ok) {
          // What cannot be estimated cannot be split or built either, for the same reason.
          expect(split.ok || built.ok).toBe(false);
          if (!split.ok) expect(split.error.code).toBe(estimate.error.code);
          return;
        }
        const { smsCount, exceedsMaxParts } = estimate.value;
        if (exceedsMaxParts) {
          expect(split.ok).toBe(false);
          expect(built.ok).toBe(false);
          return;
        }
        expect(split.ok && split.value.length).toBe(smsCount);
        if (estimate.value.text === '') {
          // Nothing left to send (no text, or only what transliteration drops).
          expect(built.ok ? undefined : built.error.code).toBe('MESSAGE_EMPTY');
          return;
        }
        if (!built.ok) throw built.error;
        const messages = built.value;
        expect(messages).toHaveLength(smsCount);
        // reassemble decodes every part (and validateBinaryRequest below decodes them again), so a
        // separate decodeBinaryMessage of each part would only repeat that work.
        expect(reassemble(messages)).toBe(estimate.value.text);
        const checked = validateBinaryRequest({ messages });
        expect(checked.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(checked.ok).toBe(true);
      }),
      params,
    );
  });
});

const byte = fc.integer({ min: 0, max: 255 });
/** Elements buildUdh accepts (raw ones use identifiers with no typed element). */
const element: fc.Arbitrary<UdhElement> = fc.oneof(
  fc.integer({ min: 1, max: 255 }).chain((total) =>
    fc.record({
      type: fc.constant('concat' as const),
      referenceBits: fc.constantFrom(8, 16) as fc.Arbitrary<8 | 16>,
      reference: byte,
      total: fc.constant(total),
      sequence: fc.integer({ min: 1, max: total }),
    }),
  ),
  fc.record({ type: fc.constant('ports' as const), portBits: fc.constantFrom(8, 16) as fc.Arbitrary<8 | 16>, destination: byte, source: byte }),
  fc.record({ type: fc.constantFrom('singleShift' as const, 'lockingShift' as const), language: byte }),
  fc.record({ type: fc.constant('raw' as const), id: fc.integer({ min: 0x70, max: 0x7f }), data: fc.uint8Array({ maxLength: 20 }) }),
);

describe('User Data Header', () => {
  it('parses back to the elements it was built from, as long as udhLength says', opts, () => {
    fc.assert(
      fc.property(fc.array(element, { maxLength: 5 }), (elements) => {
        const built = outcome(() => buildUdh(elements));
        if (!built.ok) {
          expect(built.error.code).toBe('UDH_TOO_LONG');
          expect(udhLength(elements)).toBeGreaterThan(140);
          return;
        }
        expect(built.value.length).toBe(udhLength(elements));
        expect(parseUdh(built.value)).toEqual({ length: built.value.length, elements });
      }),
      params,
    );
  });

  it('safeParseUdh reports exactly what parseUdh throws', opts, () => {
    fc.assert(
      fc.property(udhBytes, (bytes) => {
        const parsed = outcome(() => parseUdh(bytes));
        const validated = safeParseUdh(bytes);
        expect(validated.ok).toBe(parsed.ok);
        if (validated.ok && parsed.ok) expect(validated.udh).toEqual(parsed.value);
        if (!validated.ok && !parsed.ok) expect(unnamed(validated.error)).toEqual(unnamed(parsed.error.toIssue()));
      }),
      params,
    );
  });
});

describe('safe variants', () => {
  it('safeDecodeBinaryMessage reports exactly what decodeBinaryMessage throws', opts, () => {
    fc.assert(
      fc.property(binaryObject, (binary) => {
        const safe = safeDecodeBinaryMessage(binary);
        let thrown: unknown;
        try {
          const decoded = decodeBinaryMessage(binary as never);
          expect(safe).toEqual({ ok: true, message: decoded });
        } catch (error) {
          thrown = error;
        }
        if (thrown === undefined) return;
        expect(safe.ok).toBe(false);
        if (thrown instanceof SmsHexError && !safe.ok) expect(unnamed(safe.error)).toEqual(unnamed(thrown.toIssue()));
      }),
      params,
    );
  });

  it('safeReassemble reports exactly what reassemble throws', opts, () => {
    fc.assert(
      fc.property(fc.array(binaryObject, { maxLength: 4 }), (messages) => {
        const safe = safeReassemble(messages);
        const thrown = outcome(() => {
          try {
            return reassemble(messages as never);
          } catch (error) {
            if (error instanceof TypeError || error instanceof RangeError) return error;
            throw error;
          }
        });
        if (thrown.ok && typeof thrown.value === 'string') expect(safe).toEqual({ ok: true, text: thrown.value });
        else expect(safe.ok).toBe(false);
        if (!thrown.ok && !safe.ok) expect(unnamed(safe.error)).toEqual(unnamed(thrown.error.toIssue()));
      }),
      params,
    );
  });
});
