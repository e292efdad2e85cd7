/**
 * The one error class of smshex, its plain issue shape, and every message the
 * library can produce, built in one place from a stable code.
 *
 * @module
 */

/** A field path into a request body, e.g. `["messages", 0, "binary", "hex"]`. */
export type IssuePath = ReadonlyArray<string | number>;

/**
 * How serious an issue is. Thrown errors and the issues of `safe*` functions
 * leave it out (they are errors); validators of whole bodies set it on every
 * issue, so a caller can accept a body that has only warnings.
 */
export type IssueSeverity = 'error' | 'warning' | 'info';

/**
 * Every stable error code smshex produces. The README and `docs/errors.md`
 * list them with their meaning; a code never changes once released.
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
  | 'REASSEMBLE_INCOMPLETE'
  | 'REASSEMBLE_MISMATCH'
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
  | 'CONCAT_TOTAL_MISMATCH'
  | 'CONCAT_SEQUENCE_DUPLICATE'
  | 'CONCAT_SEQUENCE_MISSING'
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

const at = (d: IssueDetails): string => (d.index === undefined ? '' : ` at index ${d.index}`);
const atOctet = (d: IssueDetails): string => {
  const octet = d.octet ?? d.index;
  if (octet === undefined) return '';
  return d.index === undefined || d.index === octet ? ` at octet ${octet}` : ` at octet ${octet} (index ${d.index} in the hex)`;
};
/** ` at line L, column C` of a syntax error: `actual` is the line, `limit` the column. */
const where = (d: IssueDetails): string => (d.actual === undefined ? '' : ` at line ${d.actual}, column ${d.limit ?? 1}`);
const extra = (d: IssueDetails): string => (d.detail === undefined ? '' : `: ${d.detail}`);

/** Message templates, one per code: the only place messages are phrased. */
const TEMPLATES: { readonly [C in SmsHexErrorCode]: (d: IssueDetails) => string } = {
  HEX_EMPTY: () => 'no hex digits: at least one byte is required',
  HEX_INVALID_CHAR: (d) => `invalid character ${quote(d.value)}${at(d)}`,
  HEX_ODD_DIGITS: (d) => `odd number of hex digits in the group${at(d)}${extra(d)}`,
  HEX_MISSING_SEPARATOR: (d) => `missing separator between bytes${at(d)}${extra(d)}`,
  HEX_SEPARATOR: (d) => `unexpected separator ${quote(d.value)}${at(d)}${extra(d)}`,
  HEX_MIXED_SEPARATORS: (d) => `mixed separators: ${quote(d.value)}${at(d)}${extra(d)}`,
  HEX_WHITESPACE: (d) => `unexpected whitespace ${quote(d.value)}${at(d)}${extra(d)}`,
  HEX_TOO_LONG: (d) => `too many bytes: more than ${d.detail === undefined ? 'maxBytes ' : ''}${d.limit}${d.detail === undefined ? '' : `, ${d.detail}`}${at(d)}`,
  INPUT_TYPE: (d) => `expected ${d.detail ?? 'a different type'}, got ${d.value ?? 'something else'}`,
  GSM7_UNMAPPABLE: (d) => `character ${quote(d.value)}${at(d)} is not in the GSM 7-bit tables${extra(d)}`,
  GSM7_INVALID_SEPTET: (d) => `invalid septet 0x${hexByte(d.actual)}${at(d)}: septets are 0x00-0x7f`,
  GSM7_TRAILING_ESCAPE: (d) => `escape (0x1b)${at(d)} is not followed by a character`,
  GSM7_TRUNCATED: (d) => `${d.actual} octets cannot hold ${d.limit} septets${extra(d)}`,
  GSM7_UNASSIGNED_SEPTET: (d) => `septet 0x${hexByte(d.actual)}${at(d)} is not a character${extra(d)}`,
  UCS2_LONE_SURROGATE: (d) => `lone surrogate ${quote(d.value)}${at(d)}`,
  UCS2_ODD_LENGTH: (d) => `odd number of bytes (${d.actual}): UCS-2 needs two bytes per unit`,
  UDH_TRUNCATED: (d) => `user data header is truncated${atOctet(d)}${extra(d)}`,
  UDH_IE_OVERRUN: (d) => `information element overruns the header${atOctet(d)}${extra(d)}`,
  UDH_IE_LENGTH: (d) => `information element has the wrong length${atOctet(d)}${extra(d)}`,
  UDH_CONCAT_TOTAL: (d) => `concatenation total must be 1-255${atOctet(d)}${extra(d)}`,
  UDH_CONCAT_SEQUENCE: (d) => `concatenation sequence out of range${atOctet(d)}${extra(d)}`,
  UDH_VALUE_RANGE: (d) => `value out of range${atOctet(d)}${extra(d)}`,
  UDH_TOO_LONG: (d) => `user data header too long${atOctet(d)}: ${d.actual} octets exceeds ${d.limit}`,
  MESSAGE_EMPTY: () => 'the payload is empty: the API needs at least one byte of hex',
  MESSAGE_TOO_LONG: (d) => `message needs ${d.actual} parts, more than the limit of ${d.limit}`,
  REASSEMBLE_INCOMPLETE: (d) => `cannot reassemble${extra(d)}`,
  REASSEMBLE_MISMATCH: (d) => `parts do not belong together${extra(d)}`,
  CODING_UNMAPPABLE: (d) => `character ${quote(d.value)}${at(d)} cannot be written in ${d.detail ?? 'this coding'}`,
  CODING_UNDEFINED_BYTE: (d) => `byte 0x${hexByte(d.actual)}${at(d)} is not defined in ${d.detail ?? 'this coding'}`,
  REQUEST_SHAPE: (d) => `malformed request${extra(d)}`,
  REQUEST_UNSAFE_KEY: (d) => `key ${quote(d.value)} does not belong in a request body${extra(d)}`,
  REQUEST_UNREADABLE: (d) => `the value cannot be read${extra(d)}`,
  REQUEST_ISSUES_CAPPED: (d) => `more than ${d.limit} issues: checking stopped${extra(d)}`,
  FROM_INVALID: (d) => (d.value === undefined ? `missing sender${extra(d)}` : `invalid sender ${d.value}${extra(d)}`),
  FROM_FORMAT: (d) => `sender ${d.value ?? ''} is not in the form the API takes${extra(d)}`,
  TO_INVALID: (d) => (d.value === undefined ? `missing destination${extra(d)}` : `invalid destination ${d.value}${extra(d)}`),
  TO_FORMAT: (d) => `destination ${d.value ?? ''} is not in the form the API takes${extra(d)}`,
  TO_DUPLICATE: (d) => `destination ${d.value ?? ''} appears more than once${extra(d)}`,
  DATA_CODING_INVALID: (d) => `dataCoding must be an integer from 0 to 255, got ${d.value ?? 'something else'}`,
  DATA_CODING_RESERVED: (d) => `dataCoding ${d.value ?? ''} is reserved${extra(d)}`,
  ESM_CLASS_INVALID: (d) => `esmClass must be an integer from 0 to 255, got ${d.value ?? 'something else'}`,
  UDH_WITHOUT_UDHI: (d) => `the payload begins with a well-formed user data header but esmClass does not have 0x40 (UDHI) set${extra(d)}`,
  UDH_ELEMENT_REPEATED: (d) => `the user data header repeats an element that may appear once${extra(d)}`,
  UDH_LANGUAGE_UNSUPPORTED: (d) => `national language ${d.actual} has no such table in TS 23.038 Annex A${extra(d)}`,
  PAYLOAD_EMPTY: () => 'the hex is empty: an SMS without text is sent (and billed)',
  PART_TOO_LONG: (d) => `the part does not fit one SMS: ${d.actual} exceeds ${d.limit}${extra(d)}`,
  CONCAT_TOTAL_MISMATCH: (d) => `parts of one concatenated message disagree on the total${extra(d)}`,
  CONCAT_SEQUENCE_DUPLICATE: (d) => `a concatenation sequence number repeats${extra(d)}`,
  CONCAT_SEQUENCE_MISSING: (d) => `a concatenated message is incomplete${extra(d)}`,
  UNKNOWN_FIELD: (d) => `unknown field ${quote(d.value)}${extra(d)}`,
  FIELD_DEFAULTED: (d) => `${d.value ?? 'the field'} is absent and defaults to ${d.limit ?? 0}${extra(d)}`,
  FIELD_INVALID: (d) => `invalid ${d.value ?? 'value'}${extra(d)}`,
  FIELD_ADJUSTED: (d) => `the provider changes ${d.value ?? 'this value'}${extra(d)}`,
  FIELD_UNSUPPORTED: (d) => `${quote(d.value)} cannot be carried by this endpoint${extra(d)}`,
  SEND_AT_INVALID: (d) => `invalid sendAt ${d.value ?? ''}${extra(d)}`,
  REQUEST_ENVELOPE_MIXED: (d) => `the body mixes the fields of several endpoints${extra(d)}`,
  REFERENCE_INVALID: (d) => `reference must be an integer from 0 to ${d.limit}, got ${d.value ?? 'something else'}${extra(d)}`,
  RESPONSE_SHAPE: (d) => `malformed response${extra(d)}`,
  SMS_COUNT_MISMATCH: (d) => `the provider counted ${d.actual} SMS where smshex counts ${d.limit}${extra(d)}`,
  JSON_SYNTAX: (d) => `not valid JSON${at(d)}${extra(d)}`,
  BODY_NOT_UTF8: (d) => `the body is not valid UTF-8 at byte ${d.index ?? 0}`,
  BODY_JSON_SYNTAX: (d) => `JSON syntax error${where(d)}${extra(d)}`,
  BODY_XML_SYNTAX: (d) => `XML syntax error${where(d)}${extra(d)}`,
};

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

/** Quotes a value for a message, making control and invisible characters visible. */
export function quote(value: string | undefined): string {
  if (value === undefined) return '""';
  let out = '"';
  for (const ch of value) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (cp < 0x20 || cp === 0x7f || (cp >= 0x80 && cp < 0xa0) || isInvisible(cp)) out += controlName(cp);
    else if (cp >= 0xd800 && cp <= 0xdfff) out += `\\u${cp.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}"`;
}

/** Spaces and format characters that look like nothing or like a plain space (pasted hex often has them). */
function isInvisible(cp: number): boolean {
  return (
    cp === 0xa0 || cp === 0xad || cp === 0x1680 || cp === 0x180e || (cp >= 0x2000 && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202f) || (cp >= 0x205f && cp <= 0x206f) || cp === 0x3000 || cp === 0xfeff
  );
}

function controlName(cp: number): string {
  switch (cp) {
    case 0x09:
      return '\\t';
    case 0x0a:
      return '\\n';
    case 0x0d:
      return '\\r';
    default:
      return `\\u${cp.toString(16).padStart(4, '0')}`;
  }
}

function hexByte(value: number | undefined): string {
  return (value ?? 0).toString(16).padStart(2, '0');
}
