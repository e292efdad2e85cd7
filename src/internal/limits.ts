/**
 * Limits of the host that smshex checks before it builds a string, so that an
 * input too large for one gives a `RangeError` naming the function and the
 * limit instead of the host's own `ERR_STRING_TOO_LONG` (or an abort).
 *
 * Only the constant lives here, so that a test can replace it (`vi.mock`)
 * and reach the limit with a small input.
 *
 * @internal
 * @module
 */

/**
 * The longest string smshex builds: V8's maximum string length on 64-bit
 * hosts (2^29 − 24 UTF-16 units, Node ≥ 20 and Chromium). Other engines allow
 * longer strings; this is the smallest of the common hosts, so the check is
 * the same everywhere.
 *
 * @internal
 */
export const MAX_STRING_LENGTH = 536_870_888; // 2 ** 29 - 24
