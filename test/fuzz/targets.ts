/**
 * What the fuzz suite throws at each public export of src/index.ts. Every
 * export must have an entry here (test/fuzz/exports.test.ts fails otherwise):
 * a function gets generators for plausible argument lists, a class how to
 * exercise an instance, a constant is checked to be immutable.
 */
import fc from 'fast-check';
import * as api from '../../src/index.js';
import * as legacy from '../../src/legacy/index.js';
import {
  anyBytes,
  anyValue,
  binaryInput,
  binaryObject,
  deeplyNested,
  dataCodingValue,
  gsmishString,
  hexishString,
  jsonBody,
  languageCode,
  nationalLanguage,
  nastyString,
  optionsOf,
  segmentOptions,
  septets,
  transliterationOption,
  udhBytes,
  udhElements,
} from './arbitraries.js';

/** A public function: `args` makes plausible argument lists (wrong types and anything are added by the suite). */
export interface FunctionTarget {
  readonly kind: 'function';
  readonly args: fc.Arbitrary<unknown[]>;
  /** `validate*`: returns a result for any input, never throws (given well-formed options). */
  readonly neverThrows?: fc.Arbitrary<unknown[]>;
  /** Indexes in thrown `SmsHexError`s are bounded by this argument's length. */
  readonly indexedBy?: number;
  /** Exercises what a successful call returned (an iterator returned is drained by the suite anyway). */
  readonly use?: (result: unknown) => void;
}

/** A public class: `exercise` builds an instance from arbitrary input and uses it. */
export interface ClassTarget {
  readonly kind: 'class';
  readonly exercise: (input: unknown) => unknown;
}

/**
 * A public constant: must be deeply frozen or a primitive. `methods` names the
 * methods a constant object carries (a {@link TextCoding}'s `encode` and
 * `decode`) with generators for their arguments; they are fuzzed like functions.
 */
export interface ConstantTarget {
  readonly kind: 'constant';
  readonly methods?: { readonly [method: string]: FunctionTarget };
}

export type FuzzTarget = FunctionTarget | ClassTarget | ConstantTarget;

const hexOptions = optionsOf({ strict: fc.boolean(), maxBytes: fc.oneof(fc.nat({ max: 50 }), fc.integer({ min: -3, max: 3 })) });
const wellFormedHexOptions = fc.oneof(
  fc.constant(undefined),
  fc.record({ strict: fc.boolean(), maxBytes: fc.nat({ max: 50 }) }, { requiredKeys: [] }),
);
const fillBits = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 6 }) }, { weight: 1, arbitrary: fc.integer({ min: -2, max: 9 }) }, { weight: 1, arbitrary: anyValue });

export const TARGETS: { readonly [K in keyof typeof api]: FuzzTarget } = {
  SmsHexError: {
    kind: 'class',
    exercise: (input) => {
      const error = new api.SmsHexError(input as api.SmsHexIssue);
      return [error.toIssue(), JSON.stringify(error), String(error)];
    },
  },
  toHex: {
    kind: 'function',
    args: fc.tuple(anyBytes, optionsOf({ separator: fc.oneof(fc.constantFrom(' ', '', ':', '-'), nastyString), uppercase: fc.boolean() })),
  },
  parseHex: { kind: 'function', args: fc.tuple(hexishString, hexOptions), indexedBy: 0 },
  safeParseHex: {
    kind: 'function',
    args: fc.tuple(hexishString, hexOptions),
    neverThrows: fc.tuple(fc.oneof(hexishString, anyValue), wellFormedHexOptions),
    indexedBy: 0,
  },
  DEFAULT_ALPHABET: { kind: 'constant' },
  DEFAULT_EXTENSION: { kind: 'constant' },
  decodeGsm7: { kind: 'function', args: fc.tuple(fc.oneof(septets, anyBytes)), indexedBy: 0 },
  encodeGsm7: {
    kind: 'function',
    args: fc.tuple(gsmishString, optionsOf({ onUnmappable: fc.constantFrom('error', 'replace'), replacement: fc.oneof(fc.constantFrom('?', '', ' ', '€'), gsmishString) })),
    indexedBy: 0,
  },
  isGsm7: { kind: 'function', args: fc.tuple(gsmishString) },
  packSeptets: { kind: 'function', args: fc.tuple(fc.oneof(septets, anyBytes), fillBits), indexedBy: 0 },
  unpackSeptets: {
    kind: 'function',
    args: fc.tuple(anyBytes, fc.oneof(fc.integer({ min: 0, max: 400 }), fc.integer({ min: -2, max: 2 }), anyValue), fillBits),
  },
  decodeUcs2: { kind: 'function', args: fc.tuple(anyBytes), indexedBy: 0 },
  encodeUcs2: { kind: 'function', args: fc.tuple(nastyString), indexedBy: 0 },
  DATA_CODING_GSM7: { kind: 'constant' },
  DATA_CODING_UCS2: { kind: 'constant' },
  encodeText: {
    kind: 'function',
    args: fc.tuple(gsmishString, optionsOf({ dataCoding: fc.constantFrom('auto', 0, 8, 1, 'ucs2') })),
    indexedBy: 0,
  },
MAX_PARTS: { kind: 'constant' },
  USER_DATA_OCTETS: { kind: 'constant' },
  USER_DATA_SEPTETS: { kind: 'constant' },
  partCapacity: {
    kind: 'function',
    args: fc.tuple(fc.oneof(fc.constantFrom('gsm7', 'ucs2', '8bit'), anyValue), fc.oneof(fc.integer({ min: -2, max: 150 }), anyValue)),
  },
  estimateSegments: { kind: 'function', args: fc.tuple(gsmishString, segmentOptions), indexedBy: 0 },
  countSegments: { kind: 'function', args: fc.tuple(gsmishString, segmentOptions), indexedBy: 0 },
  splitText: { kind: 'function', args: fc.tuple(gsmishString, segmentOptions), indexedBy: 0 },
  concatElement: {
    kind: 'function',
    args: fc.tuple(
      fc.integer({ min: -2, max: 70_000 }),
      fc.integer({ min: -1, max: 260 }),
      fc.integer({ min: -1, max: 260 }),
      fc.oneof(fc.constantFrom(8, 16, undefined, 7), anyValue),
    ),
  },
  ESM_CLASS_UDHI: { kind: 'constant' },
  IEI_CONCAT_16: { kind: 'constant' },
  IEI_CONCAT_8: { kind: 'constant' },
  IEI_LOCKING_SHIFT: { kind: 'constant' },
  IEI_PORTS_16: { kind: 'constant' },
  IEI_PORTS_8: { kind: 'constant' },
  IEI_SINGLE_SHIFT: { kind: 'constant' },
  MAX_UDH_OCTETS: { kind: 'constant' },
  buildUdh: { kind: 'function', args: fc.tuple(udhElements) },
  udhLength: { kind: 'function', args: fc.tuple(udhElements) },
  parseUdh: { kind: 'function', args: fc.tuple(udhBytes), indexedBy: 0 },
  safeParseUdh: { kind: 'function', args: fc.tuple(udhBytes), neverThrows: fc.tuple(udhBytes), indexedBy: 0 },
  buildBinaryMessages: { kind: 'function', args: fc.tuple(binaryInput) },
  buildMultiRequest: { kind: 'function', args: fc.tuple(fc.oneof(fc.array(binaryInput, { minLength: 1, maxLength: 3 }), anyValue)) },
  createReferenceGenerator: {
    kind: 'function',
    args: fc.tuple(optionsOf({ referenceBits: fc.constantFrom(8, 16, 7) })),
    use: (generator) => {
      const next = (generator as api.ReferenceGenerator).next;
      for (const destination of [undefined, '4179', ['4179', '4180'], []]) {
        const reference = next(destination);
        if (!Number.isInteger(reference) || reference < 0 || reference > 0xffff) throw new Error(`next gave ${reference}`);
      }
      for (const destination of [{}, 42, [1, null], Object.create(null), deeplyNested(3000)]) {
        try {
          next(destination as string);
          throw new Error('next took a destination that is not a string or an array of strings');
        } catch (error) {
          if (!(error instanceof TypeError) || !error.message.startsWith('ReferenceGenerator.next: ')) throw error;
        }
      }
    },
  },
  toXml: {
    kind: 'function',
    args: fc.tuple(
      fc.oneof(fc.array(binaryInput, { minLength: 1, maxLength: 2 }).map(tryBuild), jsonBody, anyValue),
      optionsOf({ indent: fc.oneof(fc.constantFrom('', '  ', '\t'), nastyString) }),
    ),
  },
  transliterate: { kind: 'function', args: fc.tuple(nastyString, transliterationOption) },
  TRANSLITERATION_TABLES: { kind: 'constant' },
  decodeText: {
    kind: 'function',
    args: fc.tuple(fc.oneof(anyBytes, septets), dataCodingValue, optionsOf({ codings: fc.constantFrom(legacy.LEGACY_CODINGS, [], [legacy.IA5]) })),
    indexedBy: 0,
  },
  describeDataCoding: {
    kind: 'function',
    args: fc.tuple(fc.oneof(fc.integer({ min: -2, max: 300 }), anyValue), optionsOf({ scheme: fc.constantFrom('smpp', 'tp-dcs', 'x') })),
  },
  NATIONAL_LANGUAGES: { kind: 'constant' },
  isLanguageCode: { kind: 'function', args: fc.tuple(fc.oneof(languageCode, anyValue)) },
  resolveCharset: { kind: 'function', args: fc.tuple(optionsOf({ lockingShift: nationalLanguage, singleShift: nationalLanguage })) },
  shiftTableElements: {
    kind: 'function',
    args: fc.tuple(fc.oneof(fc.record({ lockingShift: nationalLanguage, singleShift: nationalLanguage }, { requiredKeys: [] }).map(tryCharset), anyValue)),
  },
  TURKISH: { kind: 'constant' },
  SPANISH: { kind: 'constant' },
  PORTUGUESE: { kind: 'constant' },
  BENGALI: { kind: 'constant' },
  GUJARATI: { kind: 'constant' },
  HINDI: { kind: 'constant' },
  KANNADA: { kind: 'constant' },
  MALAYALAM: { kind: 'constant' },
  ORIYA: { kind: 'constant' },
  PUNJABI: { kind: 'constant' },
  TAMIL: { kind: 'constant' },
  TELUGU: { kind: 'constant' },
  URDU: { kind: 'constant' },
  preview: {
    kind: 'function',
    args: fc.tuple(
      gsmishString,
      optionsOf({
        languageCode: fc.oneof(languageCode.map((c) => c.toUpperCase()), fc.constantFrom('AUTODETECT', 'XX')),
        transliteration: transliterationOption,
      }),
    ),
  },
  buildMany: { kind: 'function', args: fc.tuple(fc.oneof(fc.array(binaryInput, { maxLength: 3 }), anyValue)) },
  estimateMany: { kind: 'function', args: fc.tuple(fc.oneof(fc.array(gsmishString, { maxLength: 3 }), anyValue), segmentOptions) },
  decodeBinaryMessage: { kind: 'function', args: fc.tuple(binaryObject) },
  safeDecodeBinaryMessage: { kind: 'function', args: fc.tuple(binaryObject), neverThrows: fc.tuple(fc.oneof(binaryObject, jsonBody, anyValue)) },
  reassemble: { kind: 'function', args: fc.tuple(fc.array(fc.oneof(binaryObject, binaryObject.map((binary) => ({ binary }))), { maxLength: 4 })) },
  safeReassemble: {
    kind: 'function',
    args: fc.tuple(fc.array(binaryObject, { maxLength: 4 })),
    neverThrows: fc.tuple(fc.oneof(fc.array(binaryObject, { maxLength: 4 }), jsonBody, anyValue)),
  },
  ENDPOINTS: { kind: 'constant' },
  buildRequest: {
    kind: 'function',
    args: fc.tuple(
      fc.oneof(fc.array(binaryInput, { minLength: 1, maxLength: 3 }), anyValue),
      fc.oneof(fc.constantFrom(...api.ENDPOINTS).map((endpoint) => ({ endpoint })), anyValue),
    ),
  },
  validateRequest: {
    kind: 'function',
    args: fc.tuple(fc.oneof(jsonBody, anyValue), optionsOf({ maxIssues: fc.integer({ min: -1, max: 200 }), endpoint: fc.constantFrom('auto', ...api.ENDPOINTS, 'x') })),
    neverThrows: fc.tuple(
      fc.oneof(jsonBody, anyValue),
      fc.oneof(fc.constant(undefined), fc.record({ maxIssues: fc.integer({ min: 1, max: 200 }), endpoint: fc.constantFrom('auto' as const, ...api.ENDPOINTS) })),
    ),
  },
  parseResponse: {
    kind: 'function',
    args: fc.tuple(fc.oneof(jsonBody, anyValue), fc.oneof(fc.constantFrom(...api.ENDPOINTS).map((endpoint) => ({ endpoint })), anyValue)),
    neverThrows: fc.tuple(fc.oneof(jsonBody, anyValue), fc.constantFrom(...api.ENDPOINTS).map((endpoint) => ({ endpoint }))),
  },
  countSms: {
    kind: 'function',
    args: fc.tuple(fc.oneof(jsonBody, anyValue)),
    neverThrows: fc.tuple(fc.oneof(jsonBody, anyValue)),
  },
  compareSmsCount: {
    kind: 'function',
    args: fc.tuple(fc.oneof(jsonBody, anyValue), fc.oneof(jsonBody, anyValue), fc.oneof(fc.constantFrom(...api.ENDPOINTS).map((endpoint) => ({ endpoint })), anyValue)),
    neverThrows: fc.tuple(fc.oneof(jsonBody, anyValue), fc.oneof(jsonBody, anyValue), fc.constantFrom(...api.ENDPOINTS).map((endpoint) => ({ endpoint }))),
  },
  validateBinaryRequest: {
    kind: 'function',
    args: fc.tuple(fc.oneof(jsonBody, anyValue), optionsOf({ maxIssues: fc.integer({ min: -1, max: 200 }) })),
    neverThrows: fc.tuple(fc.oneof(jsonBody, anyValue), fc.oneof(fc.constant(undefined), fc.record({ maxIssues: fc.integer({ min: 1, max: 200 }) }))),
  },
};

/** What the fuzz suite throws at each export of src/legacy/index.ts (`smshex/legacy`): its codings' methods. */
const codingTarget: ConstantTarget = {
  kind: 'constant',
  methods: {
    encode: { kind: 'function', args: fc.tuple(nastyString), indexedBy: 0 },
    decode: { kind: 'function', args: fc.tuple(anyBytes), indexedBy: 0 },
  },
};

export const LEGACY_TARGETS: { readonly [K in keyof typeof legacy]: FuzzTarget } = {
  IA5: codingTarget,
  ISO_8859_1: codingTarget,
  ISO_8859_5: codingTarget,
  ISO_8859_8: codingTarget,
  OCTET_UNSPECIFIED_2: codingTarget,
  OCTET_UNSPECIFIED_4: codingTarget,
  LEGACY_CODINGS: { kind: 'constant' },
};

/** A built request, or the bad input itself when building fails. */
function tryBuild(inputs: readonly unknown[]): unknown {
  try {
    return api.buildMultiRequest(inputs as api.BinaryMessageInput[]);
  } catch {
    return { messages: inputs };
  }
}

function tryCharset(options: object): unknown {
  try {
    return api.resolveCharset(options);
  } catch {
    return options;
  }
}
