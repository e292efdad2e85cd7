/**
 * What the fuzz suite throws at each public export of src/index.ts. Every
 * export must have an entry here (test/fuzz/exports.test.ts fails otherwise):
 * a function gets generators for plausible argument lists, a class how to
 * exercise an instance, a constant is checked to be immutable.
 */
import fc from 'fast-check';
import * as api from '../../src/index.js';
import { anyBytes, anyValue, gsmishString, hexishString, nastyString, optionsOf, septets } from './arbitraries.js';

/** A public function: `args` makes plausible argument lists (wrong types and anything are added by the suite). */
export interface FunctionTarget {
  readonly kind: 'function';
  readonly args: fc.Arbitrary<unknown[]>;
  /** `validate*`: returns a result for any input, never throws (given well-formed options). */
  readonly neverThrows?: fc.Arbitrary<unknown[]>;
  /** Indexes in thrown `SmsHexError`s are bounded by this argument's length. */
  readonly indexedBy?: number;
}

/** A public class: `exercise` builds an instance from arbitrary input and uses it. */
export interface ClassTarget {
  readonly kind: 'class';
  readonly exercise: (input: unknown) => unknown;
}

/** A public constant: must be deeply frozen or a primitive. */
export interface ConstantTarget {
  readonly kind: 'constant';
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
  validateHex: {
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
};
