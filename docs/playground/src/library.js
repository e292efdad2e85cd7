/**
 * The library as the page sees it: the whole ESM build, so that functions
 * landing later (national language tables, request validation, decoding) are
 * picked up by feature detection without changing the page.
 */
import * as smshex from '../../../dist/index.js';

export { smshex };

/**
 * A library function by name, or `undefined` when this build lacks it.
 *
 * @param {string} name
 * @returns {Function | undefined}
 */
export function optional(name) {
  const value = /** @type {Record<string, unknown>} */ (smshex)[name];
  return typeof value === 'function' ? value : undefined;
}
