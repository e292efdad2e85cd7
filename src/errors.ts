/**
 * The one error class of smshex, its plain issue shape, and the functions
 * that build issues and errors from a stable code. Every message is phrased
 * in one place, `internal/messages.ts`.
 *
 * @module
 */

import { quote, TEMPLATES } from './internal/messages.js';

export { quote };

/**
 * A field path into a request body, e.g. `["messages", 0, "binary", "hex"]`.
 *
 * @group Errors
 */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * How serious an issue is. Thrown errors and the issues of `safe*` functions
 * leave it out (they are errors); validators of whole bodies set it on every
 * issue, so a caller can accept a body that has only warnings.
 *
 * @group Errors
 */
export type IssueSeverity = 'error' | 'warning' | 'info';

/**
 * Every stable error code smshex produces. The README and `docs/errors.md`
 * list them with their meaning; a code never changes once released.
 *
 * @group Errors
 */
export type SmsHexErrorCode =
  // spaced hex (src/codecs/hex)
  | 'HEX_EMPTY'
  | 'HEX_INVALID_CHAR'
  | 'HEX_ODD_DIGITS'
  | 'HEX_MISSING_SEPARATOR'
  | 'HEX_SEPARATOR'
  | 'HEX_MIXED_SEPARATORS'
  | 'HEX_WHITESPACE'
  | 'HEX_TOO_LONG'
  // any validate* function given something that is not even the right type
  | 'INPUT_TYPE'
  // GSM 7-bit (src/codecs/gsm7)
  | 'GSM7_UNMAPPABLE'
  | 'GSM7_INVALID_SEPTET'
  | 'GSM7_TRAILING_ESCAPE'
  | 'GSM7_TRUNCATED'
  | 'GSM7_UNASSIGNED_SEPTET'
  // UCS-2 (src/codecs/ucs2)
  | 'UCS2_LONE_SURROGATE'
  | 'UCS2_ODD_LENGTH'
  // User Data Header (src/pdu/udh)
  | 'UDH_TRUNCATED'
  | 'UDH_IE_OVERRUN'
  | 'UDH_IE_LENGTH'
  | 'UDH_CONCAT_TOTAL'
  | 'UDH_CONCAT_SEQUENCE'
  | 'UDH_VALUE_RANGE'
  | 'UDH_TOO_LONG'
  // segments and messages (src/segments, src/binary)
  | 'MESSAGE_TOO_LONG'
  | 'MESSAGE_EMPTY'
  // the parts of a concatenated message (src/binary/concat-check.ts: reassemble, request validation)
  | 'CONCAT_ELEMENT_MISSING'
  | 'CONCAT_REFERENCE_MISMATCH'
  | 'CONCAT_TOTAL_MISMATCH'
  | 'CONCAT_CODING_MISMATCH'
  | 'CONCAT_SEQUENCE_DUPLICATE'
  | 'CONCAT_SEQUENCE_MISSING'
  | 'DATA_CODING_NOT_TEXT'
  // text codings beyond 0 and 8 (src/codecs/coding.ts, src/legacy)
  | 'CODING_UNMAPPABLE'
  | 'CODING_UNDEFINED_BYTE'
  // request bodies (src/binary/validate-request)
  | 'REQUEST_SHAPE'
  | 'REQUEST_UNSAFE_KEY'
  | 'REQUEST_UNREADABLE'
  | 'REQUEST_ISSUES_CAPPED'
  | 'FROM_INVALID'
  | 'FROM_FORMAT'
  | 'TO_INVALID'
  | 'TO_FORMAT'
  | 'TO_DUPLICATE'
  | 'DATA_CODING_INVALID'
  | 'DATA_CODING_RESERVED'
  | 'ESM_CLASS_INVALID'
  | 'UDH_WITHOUT_UDHI'
  | 'UDH_ELEMENT_REPEATED'
  | 'UDH_LANGUAGE_UNSUPPORTED'
  | 'PAYLOAD_EMPTY'
  | 'PART_TOO_LONG'
  // envelopes of every endpoint (src/requests)
  | 'UNKNOWN_FIELD'
  | 'FIELD_DEFAULTED'
  | 'FIELD_INVALID'
  | 'FIELD_ADJUSTED'
  | 'FIELD_UNSUPPORTED'
  | 'SEND_AT_INVALID'
  | 'REQUEST_ENVELOPE_MIXED'
  | 'REFERENCE_INVALID'
  | 'RESPONSE_SHAPE'
  | 'SMS_COUNT_MISMATCH'
  // the playground's checker (docs/playground), for pasted input that is not JSON (the library reads no JSON)
  | 'JSON_SYNTAX'
  // the offline twin (smshex/twin, src/twin), for a request body it cannot read
  | 'BODY_NOT_UTF8'
  | 'BODY_JSON_SYNTAX'
  | 'BODY_XML_SYNTAX';

/**
 * A problem found in user input, as plain data: what a `validate*` function
 * returns instead of throwing, and what {@link SmsHexError} carries.
 *
 * @example
 * ```ts
 * const result = safeParseHex('0f c2 4g');
 * if (!result.ok) console.log(result.error);
 * // { code: 'HEX_INVALID_CHAR', message: 'safeParseHex: invalid character "g" at index 7', index: 7 }
 * ```
 *
 * @group Errors
 */
export interface SmsHexIssue {
  /** Stable machine-readable code, e.g. `HEX_INVALID_CHAR`. */
  readonly code: SmsHexErrorCode;
  /** Human-readable message naming the function, the value and the position. */
  readonly message: string;
  /** Position in the input (character index for text, octet offset for bytes), where one applies. */
  readonly index?: number;
  /** Field path into a structured input, where one applies. */
  readonly path?: IssuePath;
  /** How serious the issue is, where a validator grades it; absent means an error. */
  readonly severity?: IssueSeverity;
  /** 1-based line of a syntax error in a body text (the twin's `BODY_JSON_SYNTAX`, `BODY_XML_SYNTAX`), where `index` is the character. */
  readonly line?: number;
  /** 1-based column of that syntax error. */
  readonly column?: number;
}

/**
 * The error every smshex function throws for bad input data. Wrong argument
 * *types* throw `TypeError` and out-of-range options `RangeError` instead.
 *
 * @example
 * ```ts
 * try {
 *   parseHex('0f c2 4g');
 * } catch (error) {
 *   if (error instanceof SmsHexError) console.log(error.code, error.index);
 *   // HEX_INVALID_CHAR 7
 * }
 * ```
 *
 * @group Errors
 */
export class SmsHexError extends Error {
  /** Stable machine-readable code. */
  readonly code: SmsHexErrorCode;
  /** Position in the input, where one applies. */
  readonly index: number | undefined;
  /** Field path into a structured input, where one applies. */
  readonly path: IssuePath | undefined;

  /**
   * @param issue - the issue: a `code` and a `message` (what {@link SmsHexError.toIssue} gives back)
   * @throws `TypeError` naming `SmsHexError` when `issue` is not an object with a string code and a string message
   */
  constructor(issue: SmsHexIssue) {
    super(checkedIssue(issue).message);
    this.name = 'SmsHexError';
    this.code = issue.code;
    this.index = issue.index;
    this.path = issue.path;
  }

  /** The error as a plain {@link SmsHexIssue}. */
  toIssue(): SmsHexIssue {
    return makeIssueObject(this.code, this.message, this.index, this.path);
  }

  /** Serializes as the plain issue, so `JSON.stringify(error)` is useful. */
  toJSON(): SmsHexIssue {
    return this.toIssue();
  }
}

/**
 * The issue a {@link SmsHexError} is made from, checked for its shape (an
 * object with a string `code` and a string `message`), so that
 * `new SmsHexError()` says what is missing instead of the engine's
 * "Cannot read properties of undefined".
 */
function checkedIssue(issue: unknown): SmsHexIssue {
  const record = issue !== null && typeof issue === 'object' ? (issue as Partial<Record<keyof SmsHexIssue, unknown>>) : undefined;
  if (record === undefined || typeof record.code !== 'string' || typeof record.message !== 'string') {
    throw new TypeError(`new SmsHexError: issue must be an object with a string code and message, got ${issue === null ? 'null' : typeof issue}`);
  }
  return issue as SmsHexIssue;
}

/**
 * Where the unit at `position` of a codec's input came from in the caller's
 * input: the index an issue reports there, and the field path. Codecs take
 * one so that their errors are positioned where the caller's data is (a
 * payload behind a header, an octet in spaced hex) without being caught and
 * rebuilt.
 *
 * @internal
 */
export type Locate = (position: number) => { readonly index: number; readonly path?: IssuePath };

/** Details a message template may use. */
export interface IssueDetails {
  /** Position in the input. */
  readonly index?: number;
  /** Field path. */
  readonly path?: IssuePath;
  /** The offending value, quoted in the message. */
  readonly value?: string;
  /** A number the message reports (a length, a count, a septet). */
  readonly actual?: number;
  /** The limit or expected number. */
  readonly limit?: number;
  /** Free text the template appends (already phrased). */
  readonly detail?: string;
  /**
   * Octet offset in a header or payload, for messages that name the octet
   * while `index` positions the issue elsewhere (e.g. in the hex it came from).
   */
  readonly octet?: number;
}

/**
 * Builds an issue whose message names the function, the value and the
 * position. Used by every module; callers never phrase messages themselves.
 *
 * @internal
 */
export function createIssue(fn: string, code: SmsHexErrorCode, details: IssueDetails = {}): SmsHexIssue {
  return makeIssueObject(code, `${fn}: ${TEMPLATES[code](details)}`, details.index, details.path);
}

/**
 * The issue of an input that cannot be inspected: a proxy whose traps throw, a
 * revoked proxy, a getter that throws. What the `validate*` and `safe*`
 * functions return instead of letting the exception through.
 *
 * @internal
 */
export function uninspectableIssue(fn: string, what: string): SmsHexIssue {
  return createIssue(fn, 'INPUT_TYPE', { detail: what, value: 'a value that threw when read' });
}

/**
 * Builds and returns (for `throw`) an {@link SmsHexError}.
 *
 * @internal
 */
export function createError(fn: string, code: SmsHexErrorCode, details: IssueDetails = {}): SmsHexError {
  return new SmsHexError(createIssue(fn, code, details));
}

function makeIssueObject(
  code: SmsHexErrorCode,
  message: string,
  index: number | undefined,
  path: IssuePath | undefined,
): SmsHexIssue {
  const issue: { code: SmsHexErrorCode; message: string; index?: number; path?: IssuePath } = { code, message };
  if (index !== undefined) issue.index = index;
  if (path !== undefined) issue.path = path;
  return issue;
}
