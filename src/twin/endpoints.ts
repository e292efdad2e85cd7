/**
 * The endpoints: which formats each reads, how its body is checked, and the
 * answer of the provider's version for a valid body.
 *
 * @internal
 * @module
 */

import { createIssue } from '../errors.js';
import { validateBinaryRequest } from '../requests/v1-names.js';
import { preview, type PreviewOptions } from '../preview/preview.js';
import { PENDING_ENROUTE } from './answers.js';
import type { IdSource } from './ids.js';
import type { Format } from './negotiate.js';
import type { TwinEndpoint, TwinIssue } from './types.js';

/** One endpoint. */
export interface Endpoint {
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

/** One destination of the answer: the number, the caller's messageId if any, and the SMS it receives from that message. */
interface Destination {
  readonly to: string;
  readonly messageId: string | undefined;
  readonly smsCount: number;
}

/**
 * The SMS one message entry costs each of its destinations: a binary entry
 * is one part (at most 140 octets; a concatenated message is one entry per
 * part); v3 text content costs what smshex estimates for it.
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

/** The destinations of every message, in order. */
function destinations(body: unknown): Destination[] {
  const out: Destination[] = [];
  for (const message of list(own(body, 'messages'))) {
    const smsCount = smsCountOf(message);
    const to = own(message, 'to');
    if (typeof to === 'string') out.push({ to, messageId: undefined, smsCount });
    for (const each of list(to)) if (typeof each === 'string') out.push({ to: each, messageId: undefined, smsCount });
    for (const each of list(own(message, 'destinations'))) {
      const number = own(each, 'to');
      const messageId = own(each, 'messageId');
      if (typeof number === 'string') out.push({ to: number, messageId: typeof messageId === 'string' ? messageId : undefined, smsCount });
    }
  }
  return out;
}

/** `issues` with the severity type the twin reports. */
const asTwinIssues = (issues: ReadonlyArray<{ path?: ReadonlyArray<string | number>; code: string; message: string; severity?: string; index?: number }>): TwinIssue[] =>
  issues.map((issue) => ({ ...issue, path: [...(issue.path ?? [])], severity: issue.severity === 'warning' ? 'warning' : issue.severity === 'info' ? 'info' : 'error' }));

/**
 * Checks a body with the v1 multi validator, after `toV1` rewrote it into
 * that shape; `fromV1` maps each issue's path back to the body's own.
 * (Until every envelope has its own validator.)
 */
function checkAsV1(body: unknown, toV1: (body: unknown) => unknown, fromV1: (path: Array<string | number>) => Array<string | number>): TwinIssue[] {
  return asTwinIssues(validateBinaryRequest(toV1(body)).issues).map((issue) => ({ ...issue, path: fromV1([...issue.path]) }));
}

const v1Multi: Endpoint = {
  path: '/sms/1/binary/multi',
  formats: ['json', 'xml'],
  xmlRoot: 'smsResponse',
  check: (body) => asTwinIssues(validateBinaryRequest(body).issues),
  answer: (body, ids) => v1Answer(body, ids),
};

const v1Single: Endpoint = {
  path: '/sms/1/binary/single',
  formats: ['json', 'xml'],
  xmlRoot: 'smsResponse',
  check: (body) =>
    checkAsV1(
      body,
      (b) => (isRecord(b) ? { messages: [b] } : b),
      (path) => (path[0] === 'messages' && path[1] === 0 ? path.slice(2) : path),
    ),
  answer: (body, ids) => v1Answer({ messages: [body] }, ids),
};

function v1Answer(body: unknown, ids: IdSource): unknown {
  const all = destinations(body);
  const messages = all.map((d) => ({ to: d.to, status: PENDING_ENROUTE, smsCount: d.smsCount, messageId: ids() }));
  return all.length > 1 ? { bulkId: ids(), messages } : { messages };
}

/** v2 and v3 in the v1 shape: `destinations[].to` as `to`, v3's `sender` and `content` as `from` and `binary`. */
function v2ToV1(body: unknown, v3: boolean): unknown {
  if (!isRecord(body) || !Array.isArray(own(body, 'messages'))) return body;
  return {
    messages: list(own(body, 'messages')).map((m) => {
      if (!isRecord(m)) return m;
      const to = list(own(m, 'destinations')).map((d) => own(d, 'to'));
      const out: Json = { to: to.length > 0 ? to : own(m, 'destinations') };
      const from = own(m, v3 ? 'sender' : 'from');
      if (from !== undefined) out['from'] = from;
      const binary = own(m, v3 ? 'content' : 'binary');
      if (binary !== undefined) out['binary'] = binary;
      return out;
    }),
  };
}

function v2FromV1(path: Array<string | number>, v3: boolean): Array<string | number> {
  const [messages, index, key, ...rest] = path;
  if (messages !== 'messages' || typeof index !== 'number') return path;
  if (key === 'to') return ['messages', index, 'destinations', ...(rest.length > 0 ? [rest[0] as number, 'to'] : [])];
  if (v3 && key === 'from') return ['messages', index, 'sender', ...rest];
  if (v3 && key === 'binary') return ['messages', index, 'content', ...rest];
  return path;
}

const v2: Endpoint = {
  path: '/sms/2/binary/advanced',
  formats: ['json'],
  xmlRoot: 'smsResponse',
  check: (body) => checkAsV1(body, (b) => v2ToV1(b, false), (p) => v2FromV1(p, false)),
  answer: (body, ids) => {
    const bulkId = own(body, 'bulkId');
    const messages = destinations(body).map((d) => ({ to: d.to, status: PENDING_ENROUTE, messageId: d.messageId ?? ids() }));
    return { bulkId: typeof bulkId === 'string' ? bulkId : ids(), messages };
  },
};

/** One GSM 7-bit byte, "T". */
const TEXT_STAND_IN = /* @__PURE__ */ Object.freeze({ hex: '54', dataCoding: 0, esmClass: 0 });

const v3: Endpoint = {
  path: '/sms/3/messages',
  formats: ['json'],
  xmlRoot: 'smsResponse',
  check: (body) => {
    // Text content is estimated, not checked as binary: it stands in as one valid byte, so paths keep their indexes.
    const binary = isRecord(body)
      ? { ...body, messages: list(own(body, 'messages')).map((m) => (typeof own(own(m, 'content'), 'text') === 'string' ? { ...(m as Json), content: TEXT_STAND_IN } : m)) }
      : body;
    return checkAsV1(binary, (b) => v2ToV1(b, true), (p) => v2FromV1(p, true));
  },
  answer: (body, ids) => {
    const options = own(body, 'options');
    const bulkId = own(own(options, 'schedule'), 'bulkId');
    const counted = own(options, 'includeSmsCountInResponse') === true;
    const messages = destinations(body).map((d) => ({
      messageId: d.messageId ?? ids(),
      status: PENDING_ENROUTE,
      destination: d.to,
      ...(counted ? { details: { messageCount: d.smsCount } } : {}),
    }));
    return { bulkId: typeof bulkId === 'string' ? bulkId : ids(), messages };
  },
};

const PREVIEW_FIELDS: ReadonlySet<string> = /* @__PURE__ */ new Set(['text', 'languageCode', 'transliteration']);

const previewEndpoint: Endpoint = {
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

/** Every endpoint, by path. */
export const ENDPOINTS: ReadonlyMap<string, Endpoint> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ [v1Single, v1Multi, v2, v3, previewEndpoint].map((e) => [e.path, e]),
);
