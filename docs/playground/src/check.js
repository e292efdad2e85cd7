/**
 * The validator's model: pasted hex or a pasted JSON request body to a list
 * of issues, each with its path and the source range to mark. Pure.
 */
import { describeError } from './compose.js';
import { jsonErrorPosition, locateJson, stringUnitSpan } from './json-locate.js';
import { optional, smshex } from './library.js';

/**
 * @typedef {object} CheckIssue
 * @property {ReadonlyArray<string | number>} path
 * @property {string} code
 * @property {string} message
 * @property {'error' | 'warning'} severity
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
 * Checks the input: JSON when it begins with `{` or `[`, hex otherwise.
 *
 * @param {string} input
 * @param {CheckOptions} options
 */
export function check(input, options) {
  const first = input.trimStart().charAt(0);
  if (first === '') return { kind: 'empty', ok: false, issues: [] };
  if (first === '{' || first === '[') return checkJson(input);
  return checkHex(input, options);
}

/** @param {string} input @param {CheckOptions} options */
function checkHex(input, options) {
  const result = smshex.validateHex(input, { strict: options.strict });
  if (!result.ok) {
    const { error } = result;
    return { kind: 'hex', ok: false, issues: [issueAt(input, [], error.code, error.message, 'error', error.index, 0)] };
  }
  /** @type {CheckIssue[]} */
  const issues = [];
  let decoded = null;
  const decodeBinaryMessage = optional('decodeBinaryMessage');
  try {
    decoded = decodeBinaryMessage
      ? decodeBinaryMessage({ hex: result.hex, dataCoding: options.dataCoding, esmClass: options.udhi ? 0x40 : 0 })
      : decodeFallback(result.bytes, options);
  } catch (error) {
    const { code = 'ERROR', message } = describeError(error);
    issues.push({ path: ['hex'], code, message, severity: 'error', mark: null });
  }
  return { kind: 'hex', ok: issues.length === 0, issues, hex: result.hex, bytes: result.bytes, decoded };
}

/** Decoding without `decodeBinaryMessage` (older builds): header, then text. */
function decodeFallback(/** @type {Uint8Array} */ bytes, /** @type {CheckOptions} */ options) {
  const udh = options.udhi ? smshex.parseUdh(bytes) : undefined;
  const body = bytes.subarray(udh ? udh.length : 0);
  const text = options.dataCoding === 0 || options.dataCoding === 8 ? smshex.decodeText(body, options.dataCoding) : undefined;
  return { udh, bytes: body, text };
}

/** @param {string} input */
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
  const validate = optional('validateBinaryRequest');
  const raw = validate ? validate(body).issues : interimIssues(body);
  /** @type {CheckIssue[]} */
  const issues = raw.map((/** @type {any} */ issue) => ({
    path: issue.path,
    code: issue.code,
    message: issue.message,
    severity: issue.severity,
    ...(issue.index === undefined ? {} : { index: issue.index }),
    mark: markFor(input, spans, issue.path, issue.index),
  }));
  return { kind: 'json', ok: !issues.some((issue) => issue.severity === 'error'), issues, full: validate !== undefined };
}

/**
 * Until `validateBinaryRequest` is in the build: the shape and each
 * `binary.hex` in the strict format, nothing more.
 *
 * @param {unknown} body
 */
function interimIssues(body) {
  const messages = /** @type {any} */ (body)?.messages;
  if (!Array.isArray(messages) || messages.length === 0) {
    return [{ path: ['messages'], code: 'REQUEST_SHAPE', message: 'messages must be a non-empty array', severity: 'error' }];
  }
  /** @type {Array<{ path: Array<string | number>, code: string, message: string, severity: 'error', index?: number }>} */
  const issues = [];
  messages.forEach((message, n) => {
    const hex = message?.binary?.hex;
    if (typeof hex !== 'string') {
      issues.push({ path: ['messages', n, 'binary', 'hex'], code: 'REQUEST_SHAPE', message: 'binary.hex must be a string', severity: 'error' });
      return;
    }
    const result = smshex.validateHex(hex, { strict: true });
    if (!result.ok) issues.push({ path: ['messages', n, 'binary', 'hex'], code: result.error.code, message: result.error.message, severity: 'error', index: result.error.index });
  });
  return issues;
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
