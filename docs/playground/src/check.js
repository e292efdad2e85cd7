/**
 * The validator's model: pasted hex or a pasted JSON request body to a list
 * of issues, each with its path and the source range to mark. Pure.
 */
import { describeError } from './compose.js';
import { jsonErrorPosition, locateJson, stringUnitSpan } from './json-locate.js';
import { smshex } from './library.js';

/**
 * @typedef {object} CheckIssue
 * @property {ReadonlyArray<string | number>} path
 * @property {string} code
 * @property {string} message
 * @property {'error' | 'warning' | 'info'} severity
 * @property {number} [index] the index within the field
 * @property {{ start: number, end: number } | null} mark the range of the input to mark
 */

/**
 * @typedef {object} CheckOptions
 * @property {boolean} strict hex in the API's strict format only
 * @property {number} dataCoding how to decode valid hex
 * @property {boolean} udhi whether valid hex begins with a User Data Header (esmClass 0x40)
 */

/**
 * @typedef {object} CheckResult
 * @property {'empty' | 'hex' | 'json'} kind
 * @property {boolean} ok
 * @property {CheckIssue[]} issues
 * @property {string} [endpoint] a JSON body: the envelope validateRequest detected from its fields, when it could tell
 * @property {string} [hex] valid hex, normalized
 * @property {Uint8Array} [bytes] valid hex's bytes
 * @property {import('../../../dist/index.js').DecodedBinaryMessage | null} [decoded] valid hex, decoded
 */

/**
 * Checks the input: JSON when it begins with `{` or `[`, hex otherwise.
 *
 * @param {string} input
 * @param {CheckOptions} options
 * @returns {CheckResult}
 */
export function check(input, options) {
  const first = input.trimStart().charAt(0);
  if (first === '') return { kind: 'empty', ok: false, issues: [] };
  if (first === '{' || first === '[') return checkJson(input);
  return checkHex(input, options);
}

/** @param {string} input @param {CheckOptions} options @returns {CheckResult} */
function checkHex(input, options) {
  const result = smshex.safeParseHex(input, { strict: options.strict });
  if (!result.ok) {
    const { error } = result;
    return { kind: 'hex', ok: false, issues: [issueAt(input, [], error.code, error.message, 'error', error.index, 0)] };
  }
  /** @type {CheckIssue[]} */
  const issues = [];
  let decoded = null;
  try {
    decoded = smshex.decodeBinaryMessage({ hex: result.hex, dataCoding: options.dataCoding, esmClass: options.udhi ? 0x40 : 0 });
  } catch (error) {
    const { code = 'ERROR', message } = describeError(error);
    issues.push({ path: ['hex'], code, message, severity: 'error', mark: null });
  }
  return { kind: 'hex', ok: issues.length === 0, issues, hex: result.hex, bytes: result.bytes, decoded };
}

/** @param {string} input @returns {CheckResult} */
function checkJson(input) {
  let body;
  try {
    body = JSON.parse(input);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const index = jsonErrorPosition(input);
    return { kind: 'json', ok: false, issues: [issueAt(input, [], 'JSON_SYNTAX', `Not JSON: ${message}`, 'error', index, 0)] };
  }
  const spans = locateJson(input);
  // Any envelope: validateRequest tells /sms/1, /sms/2 and /sms/3 bodies apart by their fields, and says which it took.
  const validated = smshex.validateRequest(body);
  /** @type {CheckIssue[]} */
  const issues = validated.issues.map((issue) => ({
    path: issue.path ?? [],
    code: issue.code,
    message: issue.message,
    severity: issue.severity ?? 'error',
    ...(issue.index === undefined ? {} : { index: issue.index }),
    mark: markFor(input, spans, issue.path ?? [], issue.index),
  }));
  /** @type {CheckResult} */
  const result = { kind: 'json', ok: validated.ok, issues };
  if (validated.endpoint !== undefined) result.endpoint = validated.endpoint;
  return result;
}

/**
 * The source range for an issue: the character at `index` within a string
 * value, else the whole value, else the nearest enclosing value that exists.
 *
 * @param {string} source
 * @param {Map<string, import('./json-locate.js').Span>} spans
 * @param {ReadonlyArray<string | number>} path
 * @param {number | undefined} index
 */
function markFor(source, spans, path, index) {
  for (let depth = path.length; depth >= 0; depth--) {
    const span = spans.get(JSON.stringify(path.slice(0, depth)));
    if (span === undefined) continue;
    if (depth === path.length && index !== undefined && source.charAt(span.start) === '"') {
      const unit = stringUnitSpan(source, span.start, index);
      if (unit) return unit;
    }
    return { start: span.start, end: span.end };
  }
  return null;
}

/**
 * An issue located in plain text: the code point at `index`.
 *
 * @param {string} input
 * @param {ReadonlyArray<string | number>} path
 * @param {string} code
 * @param {string} message
 * @param {'error' | 'warning'} severity
 * @param {number | undefined} index
 * @param {number} offset where the field begins in the input
 * @returns {CheckIssue}
 */
function issueAt(input, path, code, message, severity, index, offset) {
  if (index === undefined) return { path, code, message, severity, mark: null };
  const start = offset + index;
  const char = input.codePointAt(start);
  const end = start >= input.length ? start : start + (char !== undefined && char > 0xffff ? 2 : 1);
  return { path, code, message, severity, index, mark: { start, end } };
}
