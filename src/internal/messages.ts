/**
 * Every message the library can produce, phrased in one place from a
 * stable code: one template per {@link SmsHexErrorCode}, and the quoting of
 * values that makes control and invisible characters visible. `errors.ts`
 * builds issues and errors with them.
 *
 * @internal
 * @module
 */

import type { IssueDetails, SmsHexErrorCode } from '../errors.js';

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
export const TEMPLATES: { readonly [C in SmsHexErrorCode]: (d: IssueDetails) => string } = {
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
  CONCAT_ELEMENT_MISSING: (d) => `a part of a concatenated message has no concatenation element${extra(d)}`,
  CONCAT_REFERENCE_MISMATCH: (d) => `parts of one concatenated message disagree on the reference${extra(d)}`,
  CONCAT_TOTAL_MISMATCH: (d) => `parts of one concatenated message disagree on the total${extra(d)}`,
  CONCAT_CODING_MISMATCH: (d) => `parts of one concatenated message disagree on the data coding${extra(d)}`,
  CONCAT_SEQUENCE_DUPLICATE: (d) => `a concatenation sequence number repeats${extra(d)}`,
  CONCAT_SEQUENCE_MISSING: (d) => `a concatenated message is incomplete${extra(d)}`,
  DATA_CODING_NOT_TEXT: (d) => `dataCoding ${d.value ?? ''} carries no GSM 7-bit or UCS-2 text${extra(d)}`,
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
