/**
 * The endpoints: which formats each reads, how its body is checked, and the
 * answer of the provider's version for a valid body.
 *
 * @internal
 * @module
 */

import { createIssue, type SmsHexIssue } from '../errors.js';
import type { Endpoint as RequestEndpoint } from '../requests/endpoints.js';
import { validateRequest } from '../requests/validate.js';
import { preview, type PreviewOptions } from '../preview/preview.js';
import { PENDING_ENROUTE } from './answers.js';
import type { IdSource } from './ids.js';
import type { Format } from './negotiate.js';
import type { TwinEndpoint, TwinIssue } from './types.js';

/** How the twin serves one endpoint (not the request layer's `Endpoint`, which is a path). */
export interface Route {
  readonly path: TwinEndpoint;
  /** Body formats it reads and answers in. */
  readonly formats: readonly Format[];
  /** The root element of its XML answer. */
  readonly xmlRoot: string;
  /** Every problem of the body; an `'error'` among them makes the answer 400. */
  check(body: unknown): TwinIssue[];
  /** The 200 answer for a body {@link check} found no error in. */
  answer(body: unknown, ids: IdSource): unknown;
}

type Json = Record<string, unknown>;
const isRecord = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);
/** An own data property (getters are never called: the body came from JSON or XML, but stay safe). */
const own = (object: unknown, key: string): unknown => {
  if (!isRecord(object)) return undefined;
  const descriptor = Object.getOwnPropertyDescriptor(object, key);
  return descriptor !== undefined && 'value' in descriptor ? descriptor.value : undefined;
};
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** One destination of the answer: the number as sent, the caller's messageId if any, and the SMS it receives from that message. */
interface Destination {
  readonly to: string;
  readonly messageId: string | undefined;
  readonly smsCount: number;
}

/**
 * The SMS one message entry costs each of its destinations. A binary entry
 * is one part (at most 140 octets; a concatenated message is one entry per
 * part), so it counts 1, as `countSms` counts it; v3 text content costs
 * what smshex's preview estimates for it (`countSms` counts binary only).
 */
function smsCountOf(message: unknown): number {
  const content = own(message, 'content');
  const text = own(content, 'text');
  if (typeof text !== 'string') return 1;
  const languageCode = own(own(content, 'language'), 'languageCode');
  const transliteration = own(content, 'transliteration');
  const options = {
    ...(typeof languageCode === 'string' ? { languageCode } : {}),
    ...(typeof transliteration === 'string' && transliteration !== 'NONE' ? { transliteration } : {}),
  } as PreviewOptions;
  return preview(text, options).previews.at(-1)?.messageCount ?? 1;
}

/**
 * The destinations of every message, in order: one per message and
 * destination entry, as `countSms` counts them. A number listed twice in one
 * message (`validateRequest` warns of it with `TO_DUPLICATE`) is two entries:
 * the provider documents no de-duplication, so the twin answers, as smshex
 * assumes the provider does, one object per entry.
 */
function destinations(messages: readonly unknown[]): Destination[] {
  const out: Destination[] = [];
  for (const message of messages) {
    const smsCount = smsCountOf(message);
    const add = (to: unknown, messageId: unknown): void => {
      if (typeof to !== 'string') return;
      out.push({ to, messageId: typeof messageId === 'string' ? messageId : undefined, smsCount });
    };
    const to = own(message, 'to');
    if (typeof to === 'string') add(to, undefined);
    for (const each of list(to)) add(each, undefined);
    for (const each of list(own(message, 'destinations'))) add(own(each, 'to'), own(each, 'messageId'));
  }
  return out;
}

/** `issues` with the severity type the twin reports (every issue of `validateRequest` has a path and a severity). */
const asTwinIssues = (issues: readonly SmsHexIssue[]): TwinIssue[] =>
  issues.map((issue) => ({ ...issue, path: [...(issue.path ?? [])], severity: issue.severity ?? 'error' }));

/** The body checked by the request layer as `endpoint`'s envelope. */
const checkAs = (body: unknown, endpoint: RequestEndpoint): TwinIssue[] => asTwinIssues(validateRequest(body, { endpoint }).issues);

const v1Multi: Route = {
  path: '/sms/1/binary/multi',
  formats: ['json', 'xml'],
  xmlRoot: 'smsResponse',
  check: (body) => checkAs(body, '/sms/1/binary/multi'),
  answer: (body, ids) => v1Answer(list(own(body, 'messages')), ids),
};

const v1Single: Route = {
  path: '/sms/1/binary/single',
  formats: ['json', 'xml'],
  xmlRoot: 'smsResponse',
  check: (body) => checkAs(body, '/sms/1/binary/single'),
  answer: (body, ids) => v1Answer([body], ids),
};

function v1Answer(messages: readonly unknown[], ids: IdSource): unknown {
  const all = destinations(messages);
  const answered = all.map((d) => ({ to: d.to, status: PENDING_ENROUTE, smsCount: d.smsCount, messageId: ids() }));
  return all.length > 1 ? { bulkId: ids(), messages: answered } : { messages: answered };
}

const v2: Route = {
  path: '/sms/2/binary/advanced',
  formats: ['json'],
  xmlRoot: 'smsResponse',
  check: (body) => checkAs(body, '/sms/2/binary/advanced'),
  answer: (body, ids) => {
    const bulkId = own(body, 'bulkId');
    const messages = destinations(list(own(body, 'messages'))).map((d) => ({ to: d.to, status: PENDING_ENROUTE, messageId: d.messageId ?? ids() }));
    return { bulkId: typeof bulkId === 'string' ? bulkId : ids(), messages };
  },
};

const v3: Route = {
  path: '/sms/3/messages',
  formats: ['json'],
  xmlRoot: 'smsResponse',
  // Text content is checked for its shape by the request layer and estimated in the answer.
  check: (body) => checkAs(body, '/sms/3/messages'),
  answer: (body, ids) => {
    const options = own(body, 'options');
    const bulkId = own(own(options, 'schedule'), 'bulkId');
    const counted = own(options, 'includeSmsCountInResponse') === true;
    const messages = destinations(list(own(body, 'messages'))).map((d) => ({
      messageId: d.messageId ?? ids(),
      status: PENDING_ENROUTE,
      destination: d.to,
      ...(counted ? { details: { messageCount: d.smsCount } } : {}),
    }));
    return { bulkId: typeof bulkId === 'string' ? bulkId : ids(), messages };
  },
};

const PREVIEW_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['text', 'languageCode', 'transliteration']);

const previewEndpoint: Route = {
  path: '/sms/1/preview',
  formats: ['json'],
  xmlRoot: 'previewResponse',
  check: (body) => {
    const issue = (path: Array<string | number>, detail: string): TwinIssue => ({
      ...createIssue(`preview: ${path.join('.') || '(body)'}`, 'REQUEST_SHAPE', { path, detail }),
      path,
      severity: 'error',
    });
    if (!isRecord(body)) return [issue([], 'the body must be an object with "text"')];
    const issues: TwinIssue[] = [];
    for (const key of Object.keys(body)) if (!PREVIEW_FIELDS.has(key)) issues.push(issue([key], `unknown field ${JSON.stringify(key)}: the fields are text, languageCode, transliteration`));
    const text = own(body, 'text');
    if (typeof text !== 'string') return [...issues, issue(['text'], '"text" is required and must be a string')];
    for (const key of ['languageCode', 'transliteration']) {
      const value = own(body, key);
      if (value !== undefined && typeof value !== 'string') issues.push(issue([key], `"${key}" must be a string`));
    }
    if (issues.length > 0) return issues;
    try {
      preview(text, previewOptions(body));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const key = message.includes('languageCode') ? 'languageCode' : message.includes('transliteration') ? 'transliteration' : 'text';
      return [issue([key], message)];
    }
    return [];
  },
  answer: (body) => preview(own(body, 'text') as string, previewOptions(body)),
};

function previewOptions(body: unknown): PreviewOptions {
  const languageCode = own(body, 'languageCode');
  const transliteration = own(body, 'transliteration');
  return { ...(languageCode === undefined ? {} : { languageCode }), ...(transliteration === undefined ? {} : { transliteration }) } as PreviewOptions;
}

/** Every route, by path. */
export const ROUTES: ReadonlyMap<string, Route> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ [v1Single, v1Multi, v2, v3, previewEndpoint].map((e) => [e.path, e]),
);
