/**
 * The one piece of state of a validation run: the issues found so far,
 * capped, each with its severity; and the reading of fields without ever
 * calling user code (getters) or throwing.
 *
 * @internal
 * @module
 */

import { createIssue, quote, SmsHexError, type IssueDetails, type IssuePath, type IssueSeverity, type SmsHexErrorCode, type SmsHexIssue } from '../errors.js';
import { describe } from '../internal/args.js';

/** Codes reported as warnings; every other code is an error, save {@link INFOS}. */
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
  'FIELD_ADJUSTED',
  'SMS_COUNT_MISMATCH',
]);
/** Codes reported as `info`: nothing is wrong, but something may not be what was meant. */
const INFOS: ReadonlySet<SmsHexErrorCode> = /* @__PURE__ */ new Set<SmsHexErrorCode>(['FIELD_DEFAULTED']);

/** A validation issue: the library's one issue shape, always with a path and a severity. */
export type GradedIssue = SmsHexIssue & { readonly path: IssuePath; readonly severity: IssueSeverity };

/**
 * The issues found so far, capped at `max`.
 *
 * @internal
 */
export class Report {
  readonly issues: GradedIssue[] = [];
  private errors = 0;
  /** Fields already reported unreadable: nothing more is said about them. */
  private readonly unreadable = new Set<string>();
  /** Set when an issue arrives past the cap: the checks stop at the next loop step. */
  full = false;
  private stopped = false;

  constructor(
    /** The function named in every message. */
    readonly fn: string,
    private readonly max: number,
    /** The severity of `UNKNOWN_FIELD`. */
    private readonly unknownSeverity: 'warning' | 'error' = 'warning',
  ) {}

  add(code: SmsHexErrorCode, path: IssuePath, details: IssueDetails = {}): void {
    const key = JSON.stringify(path);
    if (this.unreadable.has(key)) return;
    if (code === 'REQUEST_UNREADABLE') this.unreadable.add(key);
    this.push(fieldIssue(this.fn, code, path, details));
  }

  /** Adds an issue built elsewhere (its message must already carry the field's label), at `path`. */
  push(issue: SmsHexIssue, path: IssuePath = issue.path ?? []): void {
    if (this.issues.length >= this.max) {
      this.full = true;
      return;
    }
    const severity = this.severityOf(issue.code);
    if (severity === 'error') this.errors++;
    const out: { -readonly [K in keyof GradedIssue]: GradedIssue[K] } = {
      code: issue.code,
      message: issue.message,
      path: [...path],
      severity,
    };
    if (issue.index !== undefined) out.index = issue.index;
    this.issues.push(out);
  }

  severityOf(code: SmsHexErrorCode): IssueSeverity {
    if (code === 'UNKNOWN_FIELD') return this.unknownSeverity;
    return INFOS.has(code) ? 'info' : WARNINGS.has(code) ? 'warning' : 'error';
  }

  /** Records where checking stopped (once full, once). */
  stop(where: string): void {
    if (this.stopped) return;
    this.stopped = true;
    this.issues.push({
      path: [],
      code: 'REQUEST_ISSUES_CAPPED',
      message: createIssue(this.fn, 'REQUEST_ISSUES_CAPPED', { limit: this.max, detail: where }).message,
      severity: 'warning',
    });
  }

  /** `true` when no issue is an error and checking was not stopped. */
  get ok(): boolean {
    return this.errors === 0 && !this.full;
  }
}

/** `validateRequest: messages[0].binary.hex`: the function and the field, for messages. */
export function label(fn: string, path: IssuePath): string {
  if (path.length === 0) return fn;
  return `${fn}: ${formatPath(path)}`;
}

/**
 * The {@link SmsHexError} a builder throws for the field at `path`, its
 * message labelled like a {@link Report}'s (`buildRequest: [0].to[1].messageId: …`).
 */
export function fieldError(fn: string, code: SmsHexErrorCode, path: IssuePath, details: IssueDetails = {}): SmsHexError {
  return new SmsHexError(fieldIssue(fn, code, path, details));
}

/** The issue of the field at `path`, its message labelled with the function and the field. */
function fieldIssue(fn: string, code: SmsHexErrorCode, path: IssuePath, details: IssueDetails): SmsHexIssue {
  return createIssue(label(fn, path), code, { ...details, path });
}

/** `messages[0].binary.hex` for `['messages', 0, 'binary', 'hex']`. */
export function formatPath(path: IssuePath): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) text += text === '' ? key : `.${key}`;
    else text += `[${JSON.stringify(clip(key))}]`;
  }
  return text;
}

/** A value for a message: quoted and cut to a readable length. */
export function shown(value: unknown): string {
  return typeof value === 'string' ? quote(clip(value)) : typeof value === 'number' || typeof value === 'boolean' ? String(value) : describe(value);
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A field read without calling a getter. */
export type Field = { readonly found: false } | { readonly found: true; readonly value: unknown };

/** Reads an own data property without calling a getter; an accessor is reported and treated as absent. */
export function field(report: Report, object: object, key: string | number, path: IssuePath): Field {
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  if (descriptor === undefined) return { found: false };
  if (!('value' in descriptor)) {
    report.add('REQUEST_UNREADABLE', path, { detail: 'it is an accessor property, not a value' });
    return { found: false };
  }
  return { found: true, value: descriptor.value };
}

/** A field's value, `undefined` when absent (or unreadable). */
export function valueOf(report: Report, object: object, key: string, path: IssuePath): unknown {
  const read = field(report, object, key, [...path, key]);
  return read.found ? read.value : undefined;
}

/** A length an array can have: an integer from 0 to 2^32 − 1 (a proxy's or an array-like's may be anything). */
export const isArrayLength = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffff_ffff;

/** A plain object (not null, not an array). */
export const isRecord = (value: unknown): value is object => value !== null && typeof value === 'object' && !Array.isArray(value);
