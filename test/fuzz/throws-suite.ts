/**
 * No input makes a public export crash: the only errors thrown are
 * SmsHexError (bad data), TypeError (wrong argument type) and RangeError (an
 * option out of range), each naming the function; validate* functions never
 * throw; inputs are not mutated; built-in prototypes are unchanged afterwards.
 * Shared by the shard files throws-*.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as legacy from '../../src/legacy/index.js';
import { anyArgs, anyBytes, anyValue, nastyString, sameBytes } from './arbitraries.js';
import { FUZZ_RUNS, FUZZ_TIMEOUT } from './fuzz-config.js';
import { guardPrototypes } from './guard.js';
import { LEGACY_TARGETS, TARGETS, type FunctionTarget, type FuzzTarget } from './targets.js';

type Fn = (...args: unknown[]) => unknown;

/** Every function to fuzz: the exports of both entries, and the methods of exported constants (`IA5.encode`). */
const functions: Array<[string, FunctionTarget, Fn]> = [
  ...collect(TARGETS, api as unknown as Record<string, unknown>),
  ...collect(LEGACY_TARGETS, legacy as unknown as Record<string, unknown>),
];

function collect(targets: Readonly<Record<string, FuzzTarget>>, module: Record<string, unknown>): Array<[string, FunctionTarget, Fn]> {
  const out: Array<[string, FunctionTarget, Fn]> = [];
  for (const [name, target] of Object.entries(targets)) {
    if (target.kind === 'function') out.push([name, target, module[name] as Fn]);
    if (target.kind === 'constant' && target.methods !== undefined) {
      const owner = module[name] as Record<string, Fn>;
      for (const [method, t] of Object.entries(target.methods)) out.push([`${name}.${method}`, t, (...a) => owner[method]!(...a)]);
    }
  }
  return out;
}
const params = { numRuns: FUZZ_RUNS };

/** Calls `fn` and checks that it either returns or throws one of the allowed errors, properly formed. */
function callChecked(name: string, target: FunctionTarget, fn: Fn, args: unknown[]): void {
  const copies = args.map((a) => (a instanceof Uint8Array ? a.slice() : a));
  try {
    const result = fn(...args);
    // Lazy results (buildMany, estimateMany) throw while iterated.
    if (isIterator(result)) for (const _ of result);
    target.use?.(result);
  } catch (error) {
    expectAllowedError(name, error, target.indexedBy === undefined ? undefined : args[target.indexedBy]);
  }
  args.forEach((a, i) => {
    if (a instanceof Uint8Array && !sameBytes(a, copies[i] as Uint8Array)) expect.fail(`${name} mutated argument ${i}`);
  });
}

function isIterator(value: unknown): value is Iterable<unknown> {
  return value !== null && typeof value === 'object' && typeof (value as { next?: unknown }).next === 'function' && Symbol.iterator in value;
}

function expectAllowedError(name: string, error: unknown, indexed: unknown): void {
  if (error instanceof api.SmsHexError) {
    // A coding passed in `codings` (smshex/legacy's IA5, …) reports its own errors, named after it.
    const named = error.message.startsWith(`${name}: `) || /^[A-Z][A-Z0-9_]*\.(?:en|de)code: /.test(error.message);
    expect(named, error.message).toBe(true);
    expect(typeof error.code).toBe('string');
    if (error.index !== undefined && (typeof indexed === 'string' || indexed instanceof Uint8Array)) {
      expect(Number.isInteger(error.index) && error.index >= 0 && error.index <= indexed.length, `${error.message}: index ${error.index}`).toBe(true);
    }
    return;
  }
  if (error instanceof TypeError || error instanceof RangeError) {
    // Engine errors ("Cannot read properties of undefined", "Maximum call stack size exceeded") are crashes.
    expect(error.message.startsWith(`${name}: `), `${error.name}: ${error.message}`).toBe(true);
    return;
  }
  throw error;
}

/**
 * Registers the suite for one shard of the exports (`shard` of `shards`), so
 * that vitest spreads the fuzzing over its workers.
 */
export function fuzzThrows(shard: number, shards: number): void {
  guardPrototypes();
  const mine = functions.filter((_, i) => i % shards === shard);
  describe.each(mine)('fuzzing %s', (name, target, fn) => {
    it('throws only SmsHexError, TypeError or RangeError for plausible arguments', { timeout: FUZZ_TIMEOUT }, () => {
      fc.assert(fc.property(target.args, (args) => callChecked(name, target, fn, args)), params);
    });

    it('throws only SmsHexError, TypeError or RangeError for arbitrary arguments', { timeout: FUZZ_TIMEOUT }, () => {
      const mixed = fc.oneof(anyArgs, fc.tuple(nastyString, anyValue, anyValue), fc.tuple(anyBytes, anyValue, anyValue));
      fc.assert(fc.property(mixed, (args) => callChecked(name, target, fn, args)), params);
    });

    if (target.neverThrows !== undefined) {
      const neverThrows = target.neverThrows;
      it('never throws for any input with well-formed options', { timeout: FUZZ_TIMEOUT }, () => {
        fc.assert(
          fc.property(neverThrows, (args) => {
            const result = fn(...args) as { ok: unknown };
            expect(typeof result.ok).toBe('boolean');
          }),
          params,
        );
      });
    }
  });

  if (shard === 0) fuzzClasses();
}

function fuzzClasses(): void {
  describe.each(Object.entries(TARGETS).filter(([, t]) => t.kind === 'class'))('fuzzing class %s', (name, target) => {
    const exercise = target.kind === 'class' ? target.exercise : () => undefined;

    it('is built from any well-typed issue and serializes it back', { timeout: FUZZ_TIMEOUT }, () => {
      const issue = fc.record(
        { code: fc.string(), message: nastyString, index: fc.nat(), path: fc.array(fc.oneof(fc.string(), fc.nat()), { maxLength: 5 }) },
        { requiredKeys: ['code', 'message'] },
      );
      fc.assert(fc.property(issue, (input) => void exercise(input)), params);
    });

    it('throws nothing but TypeError for arbitrary input', { timeout: FUZZ_TIMEOUT }, () => {
      // The constructor is not a parser of user input: bad input may fail, but only as a TypeError.
      fc.assert(
        fc.property(anyValue, (input) => {
          try {
            exercise(input);
          } catch (error) {
            expect(error, `${name}: ${String(error)}`).toBeInstanceOf(TypeError);
          }
        }),
        params,
      );
    });
  });
}
