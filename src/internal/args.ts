/**
 * Argument checks shared by every export: wrong types throw `TypeError`,
 * out-of-range options `RangeError`, both naming the function.
 *
 * @internal
 * @module
 */

import { MAX_STRING_LENGTH } from './limits.js';

/** Describes a value for an argument error without calling user code. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  const type = typeof value;
  try {
    // Either can run a proxy's traps, which may throw (a revoked proxy always does).
    if (Array.isArray(value)) return 'an array';
    if (value instanceof String) return 'a String object';
  } catch {
    return 'an unreadable object';
  }
  if (type === 'number' && Number.isNaN(value)) return 'NaN';
  if (type === 'object') return 'an object';
  return type === 'undefined' ? 'undefined' : `a ${type}`;
}

/** Throws a `TypeError` unless `value` is a primitive string. */
export function assertString(fn: string, name: string, value: unknown): asserts value is string {
  if (typeof value !== 'string') throw new TypeError(`${fn}: ${name} must be a string, got ${describe(value)}`);
}

/** Throws a `TypeError` unless `value` is a `Uint8Array` (a `Buffer` is one). */
export function assertBytes(fn: string, name: string, value: unknown): asserts value is Uint8Array {
  if (!(value instanceof Uint8Array)) throw new TypeError(`${fn}: ${name} must be a Uint8Array, got ${describe(value)}`);
}

/**
 * Whether the memory under a typed array was detached (its `ArrayBuffer`
 * transferred with `structuredClone(buf, { transfer: [buf] })`, `buf.transfer()`
 * or `postMessage`): its length reads 0 and copying from it throws the
 * engine's own `TypeError`, which names no function.
 */
export function isDetached(view: ArrayBufferView): boolean {
  const buffer = view.buffer as ArrayBufferLike & { readonly detached?: unknown };
  if (typeof buffer.detached === 'boolean') return buffer.detached;
  // Hosts without ArrayBuffer.prototype.detached: a detached buffer has no bytes, and no view can be made over it.
  if (buffer.byteLength !== 0) return false;
  try {
    new Uint8Array(buffer);
    return false;
  } catch {
    return true;
  }
}

/**
 * Returns the options object, `{}` for `undefined`; throws `TypeError` for
 * anything but a plain object and, when the names it may have are given
 * ({@link optionNames}), for an own enumerable key outside them: an option
 * misspelt or meant for another function is reported, never ignored.
 */
export function readOptions<T extends object>(fn: string, value: unknown, names?: OptionNames): Partial<T> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${fn}: options must be an object, got ${describe(value)}`);
  }
  if (names !== undefined) assertKnownKeys(fn, value, names, 'option');
  return value as Partial<T>;
}

/** The keys an options object (or an input object) may have. */
export interface OptionNames {
  readonly keys: ReadonlySet<string>;
  /** The keys for a message, quoted, in the order written. */
  readonly list: string;
}

/**
 * The names of an options type, from an object that lists every one of its
 * keys: the type checker refuses the list when a key of `T` is missing or
 * one is not a key of `T`, so it cannot drift from the interface. `inherited`
 * are the names of an interface `T` extends (listed after `keys`, before `more`).
 */
export function optionNames<T extends object>(
  keys: { readonly [K in keyof Required<T>]: true },
  more: readonly string[] = [],
  inherited?: OptionNames,
): OptionNames {
  const all = [...Object.keys(keys), ...(inherited?.keys ?? []), ...more];
  return { keys: new Set(all), list: all.map((key) => JSON.stringify(key)).join(', ') };
}

/**
 * Throws `TypeError` for the first own enumerable string key of `value`
 * outside `names`, naming it and listing what `what`s there are.
 */
export function assertKnownKeys(fn: string, value: object, names: OptionNames, what: 'option' | 'field'): void {
  for (const key in value) {
    if (!names.keys.has(key) && Object.prototype.hasOwnProperty.call(value, key)) {
      throw new TypeError(`${fn}: unknown ${what} ${JSON.stringify(key)}; the ${what}s are ${names.list}`);
    }
  }
}

/** Throws unless `value` is an integer in `[min, max]` (`TypeError` for a non-number, `RangeError` otherwise). */
export function assertIntegerInRange(fn: string, name: string, value: unknown, min: number, max: number): asserts value is number {
  if (typeof value !== 'number') throw new TypeError(`${fn}: ${name} must be a number, got ${describe(value)}`);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${fn}: ${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
}

/** Throws a `TypeError` unless `value` is `undefined` or a boolean. */
export function assertOptionalBoolean(fn: string, name: string, value: unknown): asserts value is boolean | undefined {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new TypeError(`${fn}: ${name} must be a boolean, got ${describe(value)}`);
  }
}

/** Throws a `RangeError` unless `value` is one of `allowed`. */
export function assertOneOf<T extends string | number>(
  fn: string,
  name: string,
  value: unknown,
  allowed: readonly T[],
): asserts value is T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    const list = allowed.map((a) => (typeof a === 'string' ? `'${a}'` : String(a))).join(', ');
    const shown = typeof value === 'string' ? `'${value}'` : describe(value);
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new TypeError(`${fn}: ${name} must be one of ${list}, got ${shown}`);
    }
    throw new RangeError(`${fn}: ${name} must be one of ${list}, got ${typeof value === 'number' ? value : shown}`);
  }
}

/**
 * Throws a `RangeError` naming `fn` and the limit when a string of `length`
 * units would be longer than {@link MAX_STRING_LENGTH}, the longest a host
 * holds; `what` says which string. Called before the string is built.
 */
export function assertStringFits(fn: string, what: string, length: number): void {
  if (length > MAX_STRING_LENGTH) {
    throw new RangeError(
      `${fn}: ${what} would be ${length} characters, more than the longest string a host can hold (${MAX_STRING_LENGTH})`,
    );
  }
}
