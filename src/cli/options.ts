/**
 * Reading option values: integers in decimal or `0x` hex, data codings,
 * reference sizes. Only the syntax is checked here; ranges are the library's
 * to check, and its `RangeError` becomes a usage error.
 *
 * @internal
 * @module
 */

import { UsageError } from './errors.js';

/** An integer written in decimal (`64`) or hex (`0x40`). */
export function parseInteger(flag: string, value: string): number {
  const text = value.trim();
  if (/^[0-9]+$/.test(text)) return Number.parseInt(text, 10);
  if (/^0x[0-9a-f]+$/i.test(text)) return Number.parseInt(text.slice(2), 16);
  throw new UsageError(`--${flag} must be an integer (decimal, or hex with 0x), got ${JSON.stringify(value)}`);
}

/** `undefined`, or the integer of an optional flag. */
export function optionalInteger(flag: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : parseInteger(flag, value);
}

/** `--data-coding`: `auto` or a data coding byte. */
export function parseDataCoding(value: string | undefined): 'auto' | number {
  if (value === undefined || value === 'auto') return 'auto';
  return parseInteger('data-coding', value);
}

/** `--reference-bits`: 8 or 16. */
export function parseReferenceBits(value: string | undefined): 8 | 16 | undefined {
  if (value === undefined) return undefined;
  const bits = parseInteger('reference-bits', value);
  if (bits !== 8 && bits !== 16) throw new UsageError(`--reference-bits must be 8 or 16, got ${JSON.stringify(value)}`);
  return bits;
}

/**
 * `--language`. The `language` option of `estimateSegments` and
 * `buildBinaryMessages` (issue 4: a language code, `'auto'` or `'none'`) is
 * not in this build of the library yet, so anything but `none` is refused
 * rather than silently ignored. When the option lands, pass the value
 * through to both functions here and in `count`.
 */
export function parseLanguage(value: string | undefined): 'none' {
  if (value === undefined || value === 'none') return 'none';
  throw new UsageError(
    `--language ${JSON.stringify(value)} is not supported yet: this build of smshex has no language option for ` +
      'estimateSegments / buildBinaryMessages (national language tables are selected by the library, issue 4)',
  );
}
