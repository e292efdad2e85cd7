/// <reference types="vite/client" />
/**
 * Loads the JSON vectors of test/vectors with JSON.parse (so lone surrogates
 * written as \uXXXX escapes survive) and reads their hex without smshex.
 * The files come in as text through Vite's import.meta.glob, not node:fs, so
 * the same tests run in the browser (`npm run test:browser`).
 */
const VECTOR_FILES: Record<string, string> = import.meta.glob('../vectors/*.json', { query: '?raw', import: 'default', eager: true });

export function loadVectors<T>(name: string): T {
  const text = VECTOR_FILES[`../vectors/${name}.json`];
  if (text === undefined) throw new Error(`no vector file test/vectors/${name}.json`);
  return JSON.parse(text) as T;
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
