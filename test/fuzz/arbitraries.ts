/**
 * Generators of hostile input for the fuzz suite: strings with lone
 * surrogates, astral characters, controls and great length; bytes in odd
 * views; and any JavaScript value, including objects keyed `__proto__` and
 * `constructor` and deeply nested ones.
 */
import fc from 'fast-check';
import { buildMultiRequest, DEFAULT_ALPHABET, NATIONAL_LANGUAGES, DEFAULT_EXTENSION, toHex, type BinaryMessageInput, type TextCoding } from '../../src/index.js';

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

/** Repeats a short piece up to a few thousand units (at most `maxLength`): long input without slow generation. */
const long = (piece: fc.Arbitrary<string>, maxLength = 10_000): fc.Arbitrary<string> =>
  fc.tuple(piece, fc.integer({ min: 50, max: 2_000 })).map(([s, n]) => s.repeat(n).slice(0, maxLength));

/**
 * Hostile text: short or long (at most `maxLength` units), with lone surrogates, astral characters
 * and controls. The long ones are a short piece repeated, so a run of combining marks makes a
 * grapheme hundreds of units long.
 */
export function nastyStringUpTo(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: nastyUnit, maxLength: 64 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 64 }) },
    { weight: 1, arbitrary: long(fc.string({ unit: nastyUnit, minLength: 1, maxLength: 8 }), maxLength) },
  );
}

/** Text that is often valid GSM 7-bit and sometimes not; the hostile part at most `maxLength` units. */
export function gsmishStringUpTo(maxLength: number): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...gsmChars), maxLength: 200 }) },
    { weight: 1, arbitrary: nastyStringUpTo(maxLength) },
  );
}

/** Hostile text: short or very long (up to 10,000 units). */
export const nastyString: fc.Arbitrary<string> = nastyStringUpTo(10_000);

/** Text that is often valid GSM 7-bit and sometimes not. */
export const gsmishString: fc.Arbitrary<string> = gsmishStringUpTo(10_000);

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

/** A national language code, now and then a wrong one. */
export const languageCode: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('tr', 'es', 'pt', 'bn', 'gu', 'hi', 'kn', 'ml', 'or', 'pa', 'ta', 'te', 'ur') },
  { weight: 1, arbitrary: fc.constantFrom('TR', 'xx', '', 'auto', 'none', '__proto__', 'constructor') },
);

/**
 * A national language option: mostly one of the language objects, now and then
 * a code string (the old form), a copy of a language (no compiled tables) or junk.
 */
export const nationalLanguage: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...Object.values(NATIONAL_LANGUAGES)) },
  { weight: 1, arbitrary: languageCode },
  { weight: 1, arbitrary: fc.constantFrom({ ...NATIONAL_LANGUAGES.tr }, NATIONAL_LANGUAGES, null, 1, [NATIONAL_LANGUAGES.tr]) },
);

const profile = fc.constantFrom('smart', 'TURKISH', 'GREEK', 'CYRILLIC', 'SERBIAN_CYRILLIC', 'CENTRAL_EUROPEAN', 'BALTIC', 'NON_UNICODE');

/** A `transliterate` option: `'none'`, a profile, several, or a wrong name. */
export const transliterationOption: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: profile },
  { weight: 2, arbitrary: fc.array(profile, { maxLength: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom('none', 'NONE', 'toString', '__proto__', ['smart', 'nope']) },
);

/** A data coding: the built-in ones, the legacy ones, and out-of-range values. */
export const dataCodingValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(0, 8, 1, 2, 3, 4, 6, 7, 0x10, 0xf0, 0xf4, 0x18, 0x08 | 0x04) },
  { weight: 2, arbitrary: fc.integer({ min: -1, max: 300 }) },
  { weight: 1, arbitrary: fc.constantFrom('auto', 'ucs2', 1.5, NaN) },
);

/**
 * A caller's coding (dataCoding 3, Latin-1) written here rather than taken
 * from smshex/legacy, whose iconv-lite does not load in a browser; the fuzz
 * targets of smshex/legacy itself are in targets.ts.
 */
const LATIN_1: TextCoding = Object.freeze({
  dataCoding: 3,
  name: 'Latin-1 (test)',
  encode: (text: string): Uint8Array => Uint8Array.from({ length: text.length }, (_, i) => (text.charCodeAt(i) < 0x100 ? text.charCodeAt(i) : 0x3f)),
  decode: (bytes: Uint8Array): string => Array.from(bytes, (b) => String.fromCharCode(b)).join(''),
});
const callerCodings = fc.constantFrom([LATIN_1], []);

/** The options of estimateSegments, splitText and the builders. */
const segmentFields = {
  dataCoding: fc.oneof(fc.constantFrom('auto', 0, 8, 1, 3, 4, 7, 'ucs2'), fc.integer({ min: -1, max: 260 })),
  referenceBits: fc.constantFrom(8, 16, 7),
  maxParts: fc.oneof(fc.integer({ min: -1, max: 260 }), fc.constantFrom(1.5, NaN)),
  language: fc.oneof(nationalLanguage, fc.constantFrom('auto', 'none')),
  languages: fc.oneof({ weight: 4, arbitrary: fc.array(nationalLanguage, { maxLength: 4 }) }, { weight: 1, arbitrary: anyValue }),
  transliterate: transliterationOption,
  keepGraphemes: fc.boolean(),
  lockingShift: nationalLanguage,
  singleShift: nationalLanguage,
  codings: callerCodings,
};
export const segmentOptions: fc.Arbitrary<unknown> = optionsOf(segmentFields);

/** Destination numbers, sometimes wrong. */
const destinations: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('41793026727', ['41793026727', '41793026731']) },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 12 }), fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 })) },
);

/** UDH elements as users write them, with out-of-range and ill-typed fields now and then. */
const byteish = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 255 }) }, { weight: 1, arbitrary: fc.integer({ min: -2, max: 70_000 }) });
const udhElement: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ type: fc.constant('concat'), reference: byteish, total: byteish, sequence: byteish, referenceBits: fc.constantFrom(8, 16, 7) }),
  fc.record({ type: fc.constant('ports'), destination: byteish, source: byteish, portBits: fc.constantFrom(8, 16, 7) }),
  fc.record({ type: fc.constantFrom('singleShift', 'lockingShift'), language: byteish }),
  fc.record({ type: fc.constant('raw'), id: byteish, data: fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.constant(new Uint8Array(300))) }),
  fc.record({ type: fc.constantFrom('other', '__proto__') }),
  anyValue,
);
export const udhElements: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.array(udhElement, { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.array(fc.constant({ type: 'raw', id: 0x70, data: new Uint8Array(40) }), { minLength: 3, maxLength: 6 }) },
  { weight: 1, arbitrary: anyValue },
);

/** Bytes that start like a UDH (UDHL, then IEI, IEDL, data) and often end badly. */
export const udhBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  anyBytes,
  fc
    .tuple(fc.array(fc.tuple(fc.constantFrom(0x00, 0x08, 0x04, 0x05, 0x24, 0x25, 0x70, 0x0a), fc.uint8Array({ maxLength: 6 })), { maxLength: 4 }), fc.integer({ min: -2, max: 2 }), fc.uint8Array({ maxLength: 10 }))
    .map(([elements, skew, tail]) => {
      const body = elements.flatMap(([id, data]) => [id, data.length, ...data]);
      return Uint8Array.from([Math.max(0, Math.min(255, body.length + skew)), ...body, ...tail]);
    }),
);

/** A `{ hex, dataCoding, esmClass }` payload to decode: often well formed, often not. */
export const binaryObject: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record(
      {
        hex: fc.oneof(udhBytes.map((b) => toHex(b)), hexishString),
        dataCoding: dataCodingValue,
        esmClass: fc.oneof(fc.constantFrom(0, 0x40, 0x43, 0x80), fc.integer({ min: -1, max: 300 }), anyValue),
      },
      { requiredKeys: ['hex', 'dataCoding'] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

/** An input of buildBinaryMessages: text, bytes or hex, with options. */
export const binaryInput: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        to: destinations,
        from: fc.oneof(fc.constant('InfoSMS'), nastyString),
        text: gsmishString,
        bytes: anyBytes,
        hex: hexishString,
        reference: fc.oneof(fc.integer({ min: -1, max: 70_000 }), anyValue),
        udh: udhElements,
        ...segmentFields,
      },
      { requiredKeys: ['to'] },
    ),
  },
  { weight: 1, arbitrary: anyValue },
);

/** Request bodies as other systems send them: plausible, JSON noise, `__proto__` keys, deep nesting. */
export const jsonBody: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.array(binaryInput, { minLength: 1, maxLength: 3 }).map(buildOrEcho) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.record({ from: fc.oneof(fc.string(), fc.jsonValue()), to: fc.oneof(destinations, fc.jsonValue()), binary: fc.oneof(binaryObject, fc.jsonValue()) }, { requiredKeys: [] }), {
        maxLength: 4,
      })
      .map((messages) => ({ messages })),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => ({ messages: [{ to: '1', binary: { hex: '00', dataCoding: 0 } }], extra: v })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '{"__proto__":{"polluted":true},"messages":[{"__proto__":{"binary":{"hex":"00","dataCoding":0}},"to":"1"}]}',
      '{"messages":[{"to":"1","binary":{"hex":"00","dataCoding":0,"__proto__":{"esmClass":64}}}],"constructor":{"prototype":{"polluted":true}}}',
      '{"messages":{"length":5,"0":{"to":"1"}}}',
    ).map((text) => JSON.parse(text) as unknown),
  },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 5_000 }).map((depth) => ({ messages: [{ to: '1', binary: deeplyNested(depth) }] })) },
);

function buildOrEcho(inputs: unknown[]): unknown {
  try {
    return JSON.parse(JSON.stringify(buildMultiRequest(inputs as BinaryMessageInput[])));
  } catch {
    return { messages: inputs };
  }
}
