/**
 * A `/sms/1/binary/multi` request body that someone else built, checked
 * field by field: a list of issues with paths, never an exception.
 *
 * @module
 */

import { createIssue, quote, type IssueDetails, type IssuePath, type SmsHexErrorCode, type SmsHexIssue } from '../errors.js';
import { scan } from '../codecs/hex/scan.js';
import { assertIntegerInRange, describe, readOptions } from '../internal/args.js';
import { capacityOf } from '../segments/capacity.js';
import { describeDataCoding } from '../pdu/dcs.js';
import { ESM_CLASS_UDHI, type ConcatElement, type ParsedUdh } from '../pdu/udh/elements.js';
import { readUdh } from '../pdu/udh/parse.js';
import { charsetFor, describeMissing, hexLocator, lastConcat, payloadText, readHeader, shiftChoice, textAlphabet } from './payload.js';

/** One problem found by {@link validateBinaryRequest}. */
export interface RequestIssue {
  /** Where: e.g. `['messages', 0, 'binary', 'hex']`. */
  readonly path: Array<string | number>;
  /** Stable machine-readable code. */
  readonly code: SmsHexErrorCode;
  /** Human-readable message naming the field, the value and the position. */
  readonly message: string;
  /** `'error'`: the provider rejects or mangles the message; `'warning'`: it is sent, maybe not as meant. */
  readonly severity: 'error' | 'warning';
  /** Character index within the field (in `binary.hex`, `to`, `from`), where one applies. */
  readonly index?: number;
}

/** What {@link validateBinaryRequest} returns. */
export interface ValidateRequestResult {
  /** `true` when no issue has severity `'error'` (warnings allowed) and checking was not stopped by `maxIssues`. */
  readonly ok: boolean;
  /** The issues, in the order of the body, then those across messages; at most `maxIssues`, plus one saying where checking stopped. */
  readonly issues: RequestIssue[];
}

/** Options of {@link validateBinaryRequest}. */
export interface ValidateRequestOptions {
  /**
   * The most issues reported (default 100). At one more, checking stops, a
   * `REQUEST_ISSUES_CAPPED` issue says where, and `ok` is `false`: the work
   * done on garbage (a huge sparse array) stays bounded.
   */
  readonly maxIssues?: number;
}

const FN = 'validateBinaryRequest';
const DEFAULT_MAX_ISSUES = 100;
/** Keys that pollute prototypes when a body is merged naively. */
const UNSAFE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** E.164 numbers have at most 15 digits. */
const MAX_MSISDN_DIGITS = 15;
/** Codes reported as warnings; every other code is an error. */
const WARNINGS: ReadonlySet<SmsHexErrorCode> = /* @__PURE__ */ new Set<SmsHexErrorCode>([
  'REQUEST_ISSUES_CAPPED',
  'FROM_FORMAT',
  'TO_FORMAT',
  'TO_DUPLICATE',
  'DATA_CODING_RESERVED',
  'UDH_WITHOUT_UDHI',
  'UDH_ELEMENT_REPEATED',
  'UDH_LANGUAGE_UNSUPPORTED',
  'PAYLOAD_EMPTY',
  'CONCAT_TOTAL_MISMATCH',
  'CONCAT_SEQUENCE_DUPLICATE',
  'CONCAT_SEQUENCE_MISSING',
]);

/**
 * Checks a `/sms/1/binary/multi` request body and reports every problem
 * with its path, without ever throwing:
 * - the shape: `messages` a non-empty array of objects, each with `to` and a `binary` object;
 * - `from`: alphanumeric 3–11 printable ASCII characters, or numeric 3–14 digits;
 * - `to`: a string or non-empty array of international numbers, digits only (a leading
 *   `+`, `00` or `0`, spaces, dashes and repeats are warnings);
 * - `binary.hex` in the API's strict format, positioned (empty hex, an empty SMS, is a warning);
 * - `dataCoding` and `esmClass` integers 0–255, both defaulting to 0 (a reserved dataCoding is a warning);
 * - esmClass 0x40 (UDHI) set exactly when the hex begins with a well-formed header (a header
 *   without UDHI, a repeated element or an unsupported shift language are warnings);
 * - the payload decodes under its dataCoding: GSM 7-bit septets (read with the national
 *   tables the header selects) or UCS-2;
 * - each part fits one SMS: for GSM 7-bit the header's octets rounded up to septets plus the
 *   septets ≤ 160, otherwise header plus bytes ≤ 140 octets;
 * - across messages (warnings): parts with the same sender, destination and reference
 *   agree on the total and carry every sequence number exactly once.
 *
 * Keys `__proto__`, `constructor` and `prototype` are errors; getters are
 * never called, nothing is written to any object, and checking stops after
 * `maxIssues` issues.
 *
 * Spec: the provider's `POST /sms/1/binary/multi`; 3GPP TS 23.040 §9.2.3.24
 * (UDH), §9.2.3.16 (140 octets of user data); TS 23.038 §6.2.1 and §6.2.3;
 * SMPP 3.4 §5.2.12 (esm_class) and §5.2.19 (data_coding).
 *
 * @param body - anything, typically `JSON.parse` of a request body
 * @param options - `maxIssues` (default 100)
 * @returns `{ ok, issues }`, each issue `{ path, code, message, severity, index? }`
 * @throws `TypeError` / `RangeError` only for malformed options; never for the body
 *
 * @example
 * ```ts
 * validateBinaryRequest({ messages: [{ to: '41793026727', binary: { hex: '48 69', dataCoding: 0 } }] });
 * // { ok: true, issues: [] }
 * validateBinaryRequest({ messages: [{ to: '+41793026727', binary: { hex: '48 6g', dataCoding: 0 } }] });
 * // { ok: false, issues: [
 * //   { path: ['messages', 0, 'to'], code: 'TO_FORMAT', severity: 'warning', message: 'validateBinaryRequest:
 * //     messages[0].to: destination "+41793026727" is not in international format: no leading "+": write 41793026727' },
 * //   { path: ['messages', 0, 'binary', 'hex'], code: 'HEX_INVALID_CHAR', severity: 'error', index: 4,
 * //     message: 'validateBinaryRequest: messages[0].binary.hex: invalid character "g" at index 4' } ] }
 * ```
 */
export function validateBinaryRequest(body: unknown, options?: ValidateRequestOptions): ValidateRequestResult {
  const opts = readOptions<ValidateRequestOptions>(FN, options);
  const maxIssues = opts.maxIssues ?? DEFAULT_MAX_ISSUES;
  assertIntegerInRange(FN, 'maxIssues', maxIssues, 1, Number.MAX_SAFE_INTEGER);
  const report = new Report(maxIssues);
  try {
    checkBody(report, body);
  } catch {
    // A proxy or exotic object threw outside any one message: say so instead of throwing.
    report.add('REQUEST_UNREADABLE', [], { detail: 'reading the body threw an exception' });
  }
  return report.result();
}

/** The issues found so far, capped; the one piece of state of a validation run. */
class Report {
  private readonly issues: RequestIssue[] = [];
  private errors = 0;
  /** Fields already reported unreadable: nothing more is said about them. */
  private readonly unreadable = new Set<string>();
  /** Set when an issue arrives past the cap: the checks stop at the next loop step. */
  full = false;

  constructor(private readonly max: number) {}

  add(code: SmsHexErrorCode, path: IssuePath, details: IssueDetails = {}): void {
    const key = JSON.stringify(path);
    if (this.unreadable.has(key)) return;
    if (code === 'REQUEST_UNREADABLE') this.unreadable.add(key);
    this.push(createIssue(label(path), code, { ...details, path }));
  }

  /** Adds an issue built elsewhere (its message must already carry {@link label}). */
  push(issue: SmsHexIssue): void {
    if (this.issues.length >= this.max) {
      this.full = true;
      return;
    }
    const severity = WARNINGS.has(issue.code) ? 'warning' : 'error';
    if (severity === 'error') this.errors++;
    const out: { -readonly [K in keyof RequestIssue]: RequestIssue[K] } = {
      path: [...(issue.path ?? [])],
      code: issue.code,
      message: issue.message,
      severity,
    };
    if (issue.index !== undefined) out.index = issue.index;
    this.issues.push(out);
  }

  /** Records where checking stopped (once full). */
  stop(where: string): void {
    this.issues.push({
      path: [],
      code: 'REQUEST_ISSUES_CAPPED',
      message: createIssue(FN, 'REQUEST_ISSUES_CAPPED', { limit: this.max, detail: where }).message,
      severity: 'warning',
    });
  }

  result(): ValidateRequestResult {
    return { ok: this.errors === 0 && !this.full, issues: this.issues };
  }
}

/** `validateBinaryRequest: messages[0].binary.hex`: the function and the field, for messages. */
function label(path: IssuePath): string {
  if (path.length === 0) return FN;
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(clip(key))}]`;
  }
  return `${FN}: ${text}`;
}

/** A value for a message: quoted and cut to a readable length. */
function shown(value: unknown): string {
  return typeof value === 'string' ? quote(clip(value)) : describe(value);
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

type Field = { readonly found: false } | { readonly found: true; readonly value: unknown };

/** Reads an own data property without calling a getter; an accessor is reported and treated as absent. */
function field(report: Report, object: object, key: string | number, path: IssuePath): Field {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  if (descriptor === undefined) return { found: false };
  if (!('value' in descriptor)) {
    report.add('REQUEST_UNREADABLE', path, { detail: 'it is an accessor property, not a value' });
    return { found: false };
  }
  return { found: true, value: descriptor.value };
}

const isRecord = (value: unknown): value is object => value !== null && typeof value === 'object' && !Array.isArray(value);

function checkUnsafeKeys(report: Report, object: object, path: IssuePath): void {
  for (const key of UNSAFE_KEYS) {
    if (Object.prototype.hasOwnProperty.call(object, key)) {
      report.add('REQUEST_UNSAFE_KEY', [...path, key], { value: key, detail: 'it can pollute prototypes where the body is merged' });
    }
  }
}

/** What one message contributes to the checks across messages. */
interface PartInfo {
  readonly position: number;
  readonly from: string;
  readonly destinations: readonly string[];
  readonly concat: ConcatElement;
}

function checkBody(report: Report, body: unknown): void {
  if (!isRecord(body)) {
    report.add('REQUEST_SHAPE', [], { detail: `the body must be an object with "messages", got ${describe(body)}` });
    return;
  }
  checkUnsafeKeys(report, body, []);
  const messages = field(report, body, 'messages', ['messages']);
  if (!messages.found || !Array.isArray(messages.value)) {
    report.add('REQUEST_SHAPE', ['messages'], {
      detail: `"messages" must be a non-empty array of messages, got ${messages.found ? describe(messages.value) : 'nothing'}`,
    });
    return;
  }
  const list: unknown[] = messages.value;
  if (list.length === 0) {
    report.add('REQUEST_SHAPE', ['messages'], { detail: '"messages" is empty: at least one message is required' });
    return;
  }
  const parts: PartInfo[] = [];
  for (let i = 0; i < list.length; i++) {
    if (report.full) {
      report.stop(`messages[${i - 1}] was the last checked, of ${list.length}; raise maxIssues to see more`);
      return;
    }
    const path: IssuePath = ['messages', i];
    try {
      const message = field(report, list, i, path);
      const part = checkMessage(report, message.found ? message.value : undefined, path, i);
      if (part !== undefined) parts.push(part);
    } catch {
      report.add('REQUEST_UNREADABLE', path, { detail: 'reading the message threw an exception' });
    }
  }
  if (report.full) {
    report.stop(`in messages[${list.length - 1}], the last message; messages were not compared with each other`);
    return;
  }
  checkConcatenation(report, parts);
  if (report.full) report.stop('while comparing messages with each other');
}

function checkMessage(report: Report, message: unknown, path: IssuePath, position: number): PartInfo | undefined {
  if (!isRecord(message)) {
    report.add('REQUEST_SHAPE', path, { detail: `a message must be an object with "to" and "binary", got ${describe(message)}` });
    return undefined;
  }
  checkUnsafeKeys(report, message, path);
  const from = field(report, message, 'from', [...path, 'from']);
  const sender = from.found && from.value !== undefined ? checkFrom(report, from.value, [...path, 'from']) : '';
  const to = field(report, message, 'to', [...path, 'to']);
  const destinations = checkTo(report, to, [...path, 'to']);
  const binary = field(report, message, 'binary', [...path, 'binary']);
  if (!binary.found || !isRecord(binary.value)) {
    report.add('REQUEST_SHAPE', [...path, 'binary'], {
      detail: `"binary" must be an object with "hex", "dataCoding" and "esmClass", got ${binary.found ? describe(binary.value) : 'nothing'}`,
    });
    return undefined;
  }
  const udh = checkBinary(report, binary.value, [...path, 'binary']);
  const concat = lastConcat(udh);
  if (concat === undefined || sender === undefined) return undefined;
  return { position, from: sender, destinations, concat };
}

/** Checks `from`; returns it (digits only for a numeric sender) for grouping, or `undefined` when invalid. */
function checkFrom(report: Report, value: unknown, path: IssuePath): string | undefined {
  if (typeof value !== 'string') {
    report.add('FROM_INVALID', path, { value: describe(value), detail: 'the sender must be a string' });
    return undefined;
  }
  if (/^\+?[0-9]+$/.test(value)) {
    const digits = value.startsWith('+') ? value.slice(1) : value;
    if (digits.length < 3 || digits.length > 14) {
      report.add('FROM_INVALID', path, { value: shown(value), detail: `a numeric sender has 3 to 14 digits, this has ${digits.length}` });
      return undefined;
    }
    if (digits !== value) report.add('FROM_FORMAT', path, { value: shown(value), detail: `a numeric sender is digits only: write ${digits}` });
    return digits;
  }
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) {
      report.add('FROM_INVALID', path, {
        value: shown(value),
        index: i,
        detail: `character ${quote(value.charAt(i))} at index ${i}: an alphanumeric sender is printable ASCII`,
      });
      return undefined;
    }
  }
  if (value.length < 3 || value.length > 11) {
    report.add('FROM_INVALID', path, { value: shown(value), detail: `an alphanumeric sender has 3 to 11 characters, this has ${value.length}` });
    return undefined;
  }
  return value;
}

/** Checks `to`; returns the destinations that are usable, as digits, for grouping. */
function checkTo(report: Report, to: Field, path: IssuePath): string[] {
  if (!to.found || to.value === undefined) {
    report.add('TO_INVALID', path, { value: 'nothing', detail: '"to" is required: a number or an array of numbers' });
    return [];
  }
  const value = to.value;
  if (typeof value === 'string') {
    const digits = checkDestination(report, value, path);
    return digits === undefined ? [] : [digits];
  }
  if (!Array.isArray(value)) {
    report.add('TO_INVALID', path, { value: describe(value), detail: '"to" must be a string or an array of strings' });
    return [];
  }
  const list: unknown[] = value;
  if (list.length === 0) {
    report.add('TO_INVALID', path, { value: '[]', detail: 'the array of destinations is empty' });
    return [];
  }
  const seen = new Map<string, number>();
  for (let k = 0; k < list.length && !report.full; k++) {
    const entryPath = [...path, k];
    const entry = field(report, list, k, entryPath);
    if (!entry.found || typeof entry.value !== 'string') {
      report.add('TO_INVALID', entryPath, { value: entry.found ? describe(entry.value) : 'a hole', detail: 'each destination must be a string' });
      continue;
    }
    const digits = checkDestination(report, entry.value, entryPath);
    if (digits === undefined) continue;
    const first = seen.get(digits);
    if (first !== undefined) {
      report.add('TO_DUPLICATE', entryPath, { value: shown(entry.value), detail: `the same number as entry ${first}: it would be sent twice` });
    } else seen.set(digits, k);
  }
  return [...seen.keys()];
}

/** Checks one destination; returns its digits in international format, or `undefined` when unusable. */
function checkDestination(report: Report, value: string, path: IssuePath): string | undefined {
  if (value.length === 0) {
    report.add('TO_INVALID', path, { value: '""', detail: 'the destination is empty' });
    return undefined;
  }
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const allowed = (code >= 0x30 && code <= 0x39) || code === 0x20 || code === 0x2d || (code === 0x2b && i === 0);
    if (!allowed) {
      report.add('TO_INVALID', path, {
        value: shown(value),
        index: i,
        detail: `character ${quote(value.charAt(i))} at index ${i}: an international number is digits only`,
      });
      return undefined;
    }
  }
  let digits = value.replace(/[ +-]/g, '');
  let why = '';
  if (value.startsWith('+')) why = 'no leading "+"';
  else if (digits.startsWith('00')) why = 'no international access prefix "00"';
  if (digits.startsWith('00')) digits = digits.slice(2);
  if (why === '' && digits !== value) why = 'no spaces or dashes';
  if (digits.length === 0 || digits.length > MAX_MSISDN_DIGITS) {
    report.add('TO_INVALID', path, {
      value: shown(value),
      detail: `an international number has 1 to ${MAX_MSISDN_DIGITS} digits (E.164), this has ${digits.length}`,
    });
    return undefined;
  }
  if (why !== '') {
    report.add('TO_FORMAT', path, { value: shown(value), detail: `${why}: write ${digits}` });
  } else if (digits.startsWith('0')) {
    report.add('TO_FORMAT', path, { value: shown(value), detail: 'a leading 0 is a national trunk prefix: start with the country code' });
  }
  return digits;
}

/** Reads `dataCoding` or `esmClass`: the API's default 0 when absent, `undefined` when invalid. */
function checkOctetField(report: Report, binary: object, key: 'dataCoding' | 'esmClass', path: IssuePath): number | undefined {
  const value = field(report, binary, key, [...path, key]);
  if (!value.found || value.value === undefined) return 0;
  const n = value.value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 255) {
    if (key === 'dataCoding') {
      const description = describeDataCoding(n);
      if (description.reserved) report.add('DATA_CODING_RESERVED', [...path, key], { value: String(n), detail: description.summary });
    }
    return n;
  }
  const valueText = typeof n === 'number' ? String(n) : shown(n);
  report.add(key === 'dataCoding' ? 'DATA_CODING_INVALID' : 'ESM_CLASS_INVALID', [...path, key], { value: valueText });
  return undefined;
}

/** Checks `binary`; returns its header when the message is sound enough to group it with others. */
function checkBinary(report: Report, binary: object, path: IssuePath): ParsedUdh | undefined {
  checkUnsafeKeys(report, binary, path);
  const hexPath = [...path, 'hex'];
  const hexField = field(report, binary, 'hex', hexPath);
  const dataCoding = checkOctetField(report, binary, 'dataCoding', path);
  const esmClass = checkOctetField(report, binary, 'esmClass', path);
  if (!hexField.found || typeof hexField.value !== 'string') {
    report.add('REQUEST_SHAPE', hexPath, {
      detail: `"hex" must be a string of hex bytes ("05 00 03 …"), got ${hexField.found ? describe(hexField.value) : 'nothing'}`,
    });
    return undefined;
  }
  const hex = hexField.value;
  const fn = label(hexPath);
  // An empty payload is an empty SMS (TP-UDL 0): legal, so a warning; strict hex otherwise needs a byte.
  if (hex === '') report.add('PAYLOAD_EMPTY', hexPath);
  const bytes = hex === '' ? new Uint8Array(0) : scan(fn, hex, true, Number.MAX_SAFE_INTEGER);
  if (!(bytes instanceof Uint8Array)) {
    report.push({ ...bytes, path: hexPath });
    return undefined;
  }
  if (dataCoding === undefined || esmClass === undefined) return undefined;
  const locate = hexLocator(hex, hexPath);
  const udhi = (esmClass & ESM_CLASS_UDHI) !== 0;
  const header = readHeader(fn, bytes, udhi, locate);
  if ('code' in header) {
    report.push(header);
    return undefined;
  }
  if (!udhi) warnUnflaggedHeader(report, bytes, hexPath);
  else {
    warnRepeatedElements(report, header.udh as ParsedUdh, hexPath);
    if (textAlphabet(dataCoding) === 'gsm7') warnUnsupportedLanguages(report, header.udh as ParsedUdh, hexPath);
  }
  const text = payloadText(fn, bytes, header.start, dataCoding, charsetFor(fn, header.udh), locate);
  if (typeof text === 'object') report.push(text);
  checkPartSize(report, bytes.length - header.start, header.start, dataCoding, hexPath);
  return header.udh;
}

/** Warns when the payload of a message without UDHI reads as a header of known elements. */
function warnUnflaggedHeader(report: Report, bytes: Uint8Array, path: IssuePath): void {
  const udh = readUdh(bytes);
  if (!('elements' in udh) || udh.elements.length === 0 || udh.elements.some((e) => e.type === 'raw')) return;
  report.add('UDH_WITHOUT_UDHI', path, {
    detail: `its ${udh.length} octets hold ${udh.elements.map((e) => e.type).join(', ')}: set esmClass 0x40 or the handset shows them as text`,
  });
}

/**
 * Warns when a header holds two concatenation, port or same-kind shift
 * elements: none of them is repeatable, and the 8- and 16-bit forms exclude
 * each other; receivers use the last (TS 23.040 §9.2.3.24).
 */
function warnRepeatedElements(report: Report, udh: ParsedUdh, path: IssuePath): void {
  const seen = new Set<string>();
  for (const element of udh.elements) {
    if (element.type === 'raw') continue;
    if (seen.has(element.type)) {
      report.add('UDH_ELEMENT_REPEATED', path, { detail: `more than one ${element.type} element: receivers use the last one` });
      return;
    }
    seen.add(element.type);
  }
}

/** Warns about shift elements naming a language without such a table: receivers decode with the default tables. */
function warnUnsupportedLanguages(report: Report, udh: ParsedUdh, path: IssuePath): void {
  for (const element of shiftChoice(udh).unsupported) {
    report.add('UDH_LANGUAGE_UNSUPPORTED', path, {
      actual: element.language,
      detail: `the ${element.type} element is ignored and the default ${element.type === 'singleShift' ? 'extension table' : 'alphabet'} used (TS 23.040 §9.2.3.24.15, §9.2.3.24.16)`,
    });
  }
}

function checkPartSize(report: Report, payloadLength: number, udhOctets: number, dataCoding: number, path: IssuePath): void {
  if (textAlphabet(dataCoding) === 'gsm7') {
    const capacity = capacityOf('gsm7', udhOctets);
    if (payloadLength > capacity) {
      report.add('PART_TOO_LONG', path, {
        actual: payloadLength,
        limit: capacity,
        detail:
          udhOctets === 0
            ? `${payloadLength} septets; one SMS holds 160`
            : `${payloadLength} septets after a ${udhOctets}-octet header, which takes ${160 - capacity} of the 160 septets`,
      });
    }
    return;
  }
  const capacity = capacityOf('8bit', udhOctets);
  if (payloadLength > capacity) {
    report.add('PART_TOO_LONG', path, {
      actual: payloadLength,
      limit: capacity,
      detail: `${payloadLength} octets${udhOctets === 0 ? '' : ` after a ${udhOctets}-octet header`}; one SMS holds 140 octets`,
    });
  }
}

/** Parts of one concatenated message as one destination receives them. */
interface Group {
  readonly reference: string;
  readonly destination: string;
  readonly total: number;
  readonly first: number;
  readonly sequences: Map<number, number>;
}

/** Across messages: parts with the same sender, destination and reference agree on the total and cover every sequence once. */
function checkConcatenation(report: Report, parts: readonly PartInfo[]): void {
  const groups = new Map<string, Group>();
  for (const part of parts) {
    const { concat } = part;
    const reference = `${concat.reference} (${concat.referenceBits}-bit)`;
    const hexPath = ['messages', part.position, 'binary', 'hex'];
    for (const destination of part.destinations) {
      const key = `${part.from}\u0000${destination}\u0000${concat.referenceBits}\u0000${concat.reference}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { reference, destination, total: concat.total, first: part.position, sequences: new Map() };
        groups.set(key, group);
      }
      const about = `reference ${reference} to ${destination}`;
      if (concat.total !== group.total) {
        report.add('CONCAT_TOTAL_MISMATCH', hexPath, {
          detail: `${about}: total ${concat.total} here, ${group.total} in messages[${group.first}]`,
        });
        continue;
      }
      const twin = group.sequences.get(concat.sequence);
      if (twin !== undefined) {
        report.add('CONCAT_SEQUENCE_DUPLICATE', hexPath, {
          detail: `${about}: part ${concat.sequence} of ${concat.total} is also in messages[${twin}]`,
        });
        continue;
      }
      group.sequences.set(concat.sequence, part.position);
    }
  }
  for (const group of groups.values()) {
    const missing = describeMissing(group.total, (s) => group.sequences.has(s));
    if (missing === undefined) continue;
    report.add('CONCAT_SEQUENCE_MISSING', ['messages', group.first], {
      detail: `reference ${group.reference} to ${group.destination}: ${missing} not in this request`,
    });
  }
}
