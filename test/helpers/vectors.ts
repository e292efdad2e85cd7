/**
 * Loads the JSON vectors of test/vectors with JSON.parse (so lone surrogates
 * written as \uXXXX escapes survive) and reads their hex without smshex.
 */
import { readFileSync } from 'node:fs';

export function loadVectors<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`../vectors/${name}.json`, import.meta.url), 'utf8')) as T;
}

/** "0f c2" -> bytes, written independently of the code under test. */
export function bytesOf(hex: string): Uint8Array {
  return hex === '' ? new Uint8Array(0) : Uint8Array.from(hex.split(' '), (pair) => Number.parseInt(pair, 16));
}

/** "U+20AC" -> "€". */
export function charOf(unicode: string): string {
  return String.fromCodePoint(Number.parseInt(unicode.slice(2), 16));
}

/** Runs `fn` and returns what it threw (fails when it returns). */
export function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
