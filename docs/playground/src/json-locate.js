/**
 * Where each value of a JSON text sits in the source, so that an issue's
 * path (and index within a string) can be marked in the pasted text; and
 * where a text stops being JSON, since `JSON.parse` messages do not always
 * say. A small strict recursive-descent reader (RFC 8259) that records
 * positions and builds no values.
 */

/**
 * @typedef {{ start: number, end: number, keyStart?: number }} Span
 */

/** Thrown by {@link locateJson} where the text stops being JSON. */
export class JsonPositionError extends Error {
  /** @param {string} message @param {number} position */
  constructor(message, position) {
    super(`${message} at index ${position}`);
    this.position = position;
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WHITESPACE = ' \t\n\r';

/**
 * The source span of every value, keyed by `JSON.stringify(path)`.
 *
 * @param {string} source
 * @returns {Map<string, Span>}
 * @throws {JsonPositionError} where the text is not JSON
 */
export function locateJson(source) {
  /** @type {Map<string, Span>} */
  const spans = new Map();
  let i = 0;
  const fail = (/** @type {string} */ what) => {
    throw new JsonPositionError(i >= source.length ? `${what}: unexpected end` : `${what}: unexpected ${JSON.stringify(source.charAt(i))}`, i);
  };
  const skip = () => {
    while (i < source.length && WHITESPACE.includes(source.charAt(i))) i++;
  };
  const expect = (/** @type {string} */ char, /** @type {string} */ what) => {
    skip();
    if (source.charAt(i) !== char) fail(what);
    i++;
  };
  const readString = () => {
    i++; // opening quote
    for (;;) {
      if (i >= source.length) fail('unterminated string');
      const c = source.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) fail('control character in a string');
      if (c === 0x5c) {
        const next = source.charAt(i + 1);
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(source.slice(i + 2, i + 6))) {
            i += 2;
            fail('bad \\u escape');
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(next) && next !== '') {
          i += 2;
        } else {
          i++;
          fail('bad escape');
        }
      } else {
        i++;
      }
    }
    i++; // closing quote
  };
  /** @param {Array<string | number>} path @param {number} [keyStart] */
  const value = (path, keyStart) => {
    skip();
    const start = i;
    const c = source.charAt(i);
    if (c === '{') {
      i++;
      skip();
      if (source.charAt(i) === '}') i++;
      else {
        for (;;) {
          skip();
          if (source.charAt(i) !== '"') fail('expected a key');
          const keyAt = i;
          readString();
          const key = JSON.parse(source.slice(keyAt, i));
          expect(':', 'expected ":"');
          value([...path, key], keyAt);
          skip();
          if (source.charAt(i) === ',') i++;
          else if (source.charAt(i) === '}') {
            i++;
            break;
          } else fail('expected "," or "}"');
        }
      }
    } else if (c === '[') {
      i++;
      skip();
      if (source.charAt(i) === ']') i++;
      else {
        for (let n = 0; ; n++) {
          value([...path, n]);
          skip();
          if (source.charAt(i) === ',') i++;
          else if (source.charAt(i) === ']') {
            i++;
            break;
          } else fail('expected "," or "]"');
        }
      }
    } else if (c === '"') {
      readString();
    } else if (source.startsWith('true', i) || source.startsWith('null', i)) {
      i += 4;
    } else if (source.startsWith('false', i)) {
      i += 5;
    } else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(source)) fail('expected a value');
      i = NUMBER.lastIndex;
    }
    // A duplicate key: JSON.parse keeps the last one, and so do we.
    spans.set(JSON.stringify(path), keyStart === undefined ? { start, end: i } : { start, end: i, keyStart });
  };
  value([]);
  skip();
  if (i < source.length) fail('text after the JSON value');
  return spans;
}

/**
 * Where `source` stops being JSON, or `undefined` when it is JSON.
 *
 * @param {string} source
 * @returns {number | undefined}
 */
export function jsonErrorPosition(source) {
  try {
    locateJson(source);
    return undefined;
  } catch (error) {
    if (error instanceof JsonPositionError) return error.position;
    throw error;
  }
}

/**
 * The source range of the UTF-16 unit at `index` of the string literal that
 * starts at `start` (its opening quote), escapes taken into account.
 *
 * @param {string} source
 * @param {number} start
 * @param {number} index
 * @returns {{ start: number, end: number } | null}
 */
export function stringUnitSpan(source, start, index) {
  let unit = 0;
  for (let i = start + 1; i < source.length && source.charAt(i) !== '"'; ) {
    const width = source.charAt(i) !== '\\' ? 1 : source.charAt(i + 1) === 'u' ? 6 : 2;
    if (unit === index) return { start: i, end: i + width };
    unit++;
    i += width;
  }
  return null;
}
