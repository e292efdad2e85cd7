/**
 * Generators of hostile input for the fuzz suite: strings with lone
 * surrogates, astral characters, controls and great length; bytes in odd
 * views; and any JavaScript value, including objects keyed `__proto__` and
 * `constructor` and deeply nested ones.
 */
import fc from 'fast-check';
import { DEFAULT_ALPHABET, DEFAULT_EXTENSION } from '../../src/index.js';

const gsmChars = [...DEFAULT_ALPHABET.chars, ...DEFAULT_EXTENSION.chars].filter((c): c is string => c !== null);

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((u) => String.fromCharCode(u));
const control = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => String.fromCharCode(c));
const astral = fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c));
const bmp = fc.integer({ min: 0, max: 0xffff }).map((u) => String.fromCharCode(u));
const special = fc.constantFrom('\u0000', '\ufeff', '\u200b', '\u00a0', '\u2028', 'ç', 'π', '😀', '👍🏽', 'e\u0301', '0x', '\\', '"');

/** One UTF-16-unit-or-code-point piece of hostile text. */
const nastyUnit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...gsmChars) },
  { weight: 2, arbitrary: loneSurrogate },
  { weight: 2, arbitrary: control },
  { weight: 2, arbitrary: astral },
  { weight: 2, arbitrary: bmp },
  { weight: 2, arbitrary: special },
);

/** Characters that make hex-like text: digits of both cases, separators, prefixes and a few strays. */
const hexUnit = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...'0123456789abcdefABCDEF') },
  { weight: 3, arbitrary: fc.constantFrom(' ', ' ', ':', '-', '\t', '\n', '\r') },
  { weight: 1, arbitrary: fc.constantFrom('x', 'X', '0x', 'g', 'G', '\u00a0', '\ud83d', '😀', '\u0660') },
);

/** Repeats a short piece up to a few thousand units: long input without slow generation. */
const long = (piece: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(piece, fc.integer({ min: 50, max: 2_000 })).map(([s, n]) => s.repeat(n).slice(0, 10_000));

/** Hostile text: short or very long, with lone surrogates, astral characters and controls. */
export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: nastyUnit, maxLength: 64 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
  { weight: 1, arbitrary: long(fc.string({ unit: nastyUnit, minLength: 1, maxLength: 8 })) },
);

/** Text that is often valid GSM 7-bit and sometimes not. */
export const gsmishString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...gsmChars), maxLength: 200 }) },
  { weight: 1, arbitrary: nastyString },
);

/** Text that is often valid hex in some format and often almost. */
export const hexishString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: hexUnit, maxLength: 80 }) },
  {
    weight: 3,
    arbitrary: fc
      .record({
        bytes: fc.uint8Array({ maxLength: 40 }),
        sep: fc.constantFrom(' ', '', ':', '-', '  ', '\n'),
        upper: fc.boolean(),
        pad: fc.boolean(),
        prefix: fc.constantFrom('', '', '0x', '0X'),
        // Now and then one gap gets another separator, or one is added at the end.
        odd: fc.option(fc.tuple(fc.nat(), fc.constantFrom(' ', ':', '-', ': ', '- ', '', '\t'))),
      })
      .map(({ bytes, sep, upper, pad, prefix, odd }) => {
        const groups = [...bytes].map((b) => prefix + b.toString(16).padStart(2, '0'));
        let hex = groups.map((g, i) => (i === 0 ? g : (odd !== null && odd[0] % groups.length === i ? odd[1] : sep) + g)).join('');
        if (odd !== null && odd[0] % 5 === 0) hex += odd[1];
        const cased = upper ? hex.toUpperCase() : hex;
        return pad ? ` ${cased}\t` : cased;
      }),
  },
  { weight: 1, arbitrary: long(fc.string({ unit: hexUnit, minLength: 1, maxLength: 6 })) },
  { weight: 1, arbitrary: nastyString },
);

/** Bytes, sometimes a view at an offset into a larger buffer, sometimes long. */
export const anyBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: fc.uint8Array({ maxLength: 300 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.uint8Array({ minLength: 1, maxLength: 100 }), fc.nat(), fc.nat())
      .map(([b, x, y]) => b.subarray(x % b.length, Math.max(x % b.length, y % (b.length + 1)))),
  },
  { weight: 1, arbitrary: fc.uint8Array({ min: 0, max: 0x7f, maxLength: 300 }) },
  { weight: 1, arbitrary: fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.integer({ min: 100, max: 3000 })).map(([b, n]) => repeatBytes(b, n)) },
);

/** Septets (0x00–0x7f), with the escape 0x1b frequent. */
export const septets: fc.Arbitrary<Uint8Array> = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.constant(0x1b)), { maxLength: 300 })
  .map((a) => Uint8Array.from(a));

function repeatBytes(piece: Uint8Array, times: number): Uint8Array {
  const out = new Uint8Array(piece.length * times);
  for (let i = 0; i < times; i++) out.set(piece, i * piece.length);
  return out;
}

const dangerousKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'length', 'then');

/** Any JavaScript value, with prototype-polluting keys, boxed values, typed arrays and null prototypes. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.anything({
      key: fc.oneof(fc.string(), dangerousKey),
      maxDepth: 4,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
    }),
  },
  { weight: 1, arbitrary: fc.constantFrom(NaN, -0, Infinity, -Infinity, Number.MAX_SAFE_INTEGER + 2, 1.5, -1, 2 ** 32, new String('0f'), Symbol('s'), () => 1) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5_000 }).map(deeplyNested) },
  { weight: 1, arbitrary: fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}')) },
);

/** Nesting `depth` levels deep, alternating arrays and objects. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { value, __proto__: null };
  return value;
}

/** An options argument: absent, a plausible record of the given fields, or anything at all. */
export function optionsOf(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  const withAnything = Object.fromEntries(Object.entries(fields).map(([k, a]) => [k, fc.oneof({ weight: 4, arbitrary: a }, { weight: 1, arbitrary: anyValue })]));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    { weight: 6, arbitrary: fc.record(withAnything, { requiredKeys: [] }) },
    { weight: 1, arbitrary: anyValue },
  );
}

/** Argument lists of arbitrary values, 0 to 4 of them. */
export const anyArgs: fc.Arbitrary<unknown[]> = fc.array(anyValue, { maxLength: 4 });

/** Whether two byte arrays hold the same bytes: far faster than `toEqual` on long arrays. */
export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
