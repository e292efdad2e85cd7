/**
 * The provider's answer bodies: the status object of a message sent, and
 * the error body (`requestError.serviceException`).
 *
 * @internal
 * @module
 */

import type { TwinIssue } from './types.js';

/**
 * The status of a message the provider accepted, as the `/sms/1/binary/multi`
 * page's response example shows it. (That example gives `groupId` 7 in its
 * first entry and 1 in the others and in its XML form; 1 is the PENDING group.)
 */
export const PENDING_ENROUTE = /* @__PURE__ */ Object.freeze({
  groupId: 1,
  groupName: 'PENDING',
  id: 7,
  name: 'PENDING_ENROUTE',
  description: 'Message sent to next instance',
});

/** The `messageId` of the provider's error body, by HTTP status. */
const ERROR_IDS: Readonly<Record<number, string>> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'TOO_MANY_REQUESTS',
  500: 'GENERAL_ERROR',
  503: 'SERVICE_UNAVAILABLE',
};

/** The body of an error answer. */
export interface ErrorBody {
  readonly requestError: {
    readonly serviceException: { readonly messageId: string; readonly text: string; readonly validationErrors?: Record<string, string[]> };
  };
  /** smshex's issues, for a 400 about the body. */
  readonly issues?: readonly TwinIssue[];
}

/** `messages.0.to` style key of a path, as the provider's `validationErrors` names fields. */
export function pathKey(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out === '' ? '(body)' : out;
}

/**
 * The provider's error body for `status`, with `text`; for a 400 with
 * issues, every issue (warnings too) beside it and the errors also as the
 * provider's `validationErrors`, keyed by field.
 */
export function errorBody(status: number, text: string, issues?: readonly TwinIssue[]): ErrorBody {
  const messageId = ERROR_IDS[status] ?? 'GENERAL_ERROR';
  if (issues === undefined) return { requestError: { serviceException: { messageId, text } } };
  const validationErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    if (issue.severity !== 'error') continue;
    const key = pathKey(issue.path);
    const list = Object.hasOwn(validationErrors, key) ? validationErrors[key] : undefined;
    if (list === undefined) Object.defineProperty(validationErrors, key, { value: [issue.message], enumerable: true, writable: true, configurable: true });
    else list.push(issue.message);
  }
  return { requestError: { serviceException: { messageId, text, validationErrors } }, issues };
}
