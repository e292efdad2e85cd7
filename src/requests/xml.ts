/**
 * The request body in the provider's XML form (`Content-Type: application/xml`).
 *
 * @module
 */

import { createError, type IssuePath } from '../errors.js';
import { describe, optionNames, readOptions } from '../internal/args.js';
import { label } from './report.js';
import type { BinaryMessage } from '../binary/build.js';
import type { V1MultiBody, V1SingleBody } from './v1.js';

/**
 * Options of {@link toXml}.
 *
 * @group Request bodies
 */
export interface ToXmlOptions {
  /** Indentation per level; `''` (default) writes everything on one line. */
  readonly indent?: string;
}

const TO_XML_OPTIONS = /* @__PURE__ */ optionNames<ToXmlOptions>({ indent: true });

/**
 * Writes a v1 request body as the provider's XML:
 * `<request><messages><message><from/><to><to>…</to></to><binary><hex/><dataCoding/><esmClass/></binary></message></messages></request>`
 * for `/sms/1/binary/multi`, and the same message fields straight under
 * `<request>` for `/sms/1/binary/single`. A single destination is written as
 * one nested `<to>`, as the provider's example does. Text is escaped (`& < > " '`).
 *
 * The provider accepts XML for the v1 envelopes only (the seed page,
 * `Content-Type: application/xml`); `/sms/2/binary/advanced` and
 * `/sms/3/messages` bodies are JSON, and a body of theirs is a `TypeError`
 * that says so.
 *
 * Spec: the provider's `POST /sms/1/binary/multi` XML example.
 *
 * @param request - a body as `buildRequest` makes it for `/sms/1/binary/multi` or `/sms/1/binary/single`
 * @param options - `indent` (default `''`: one line)
 * @returns the XML document
 * @throws {@link SmsHexError} `DATA_CODING_INVALID` / `ESM_CLASS_INVALID` with the field's path
 *   (`['messages', i, 'binary', 'dataCoding']`) when `dataCoding` / `esmClass` is a number but not
 *   an integer 0–255 (`NaN`, `Infinity`, `1.5`, `256`): nothing is written that the API would refuse
 * @throws `TypeError` for a body of the wrong shape or of a JSON-only envelope; `RangeError` for a character XML 1.0 cannot carry
 *
 * @example
 * ```ts
 * toXml(buildMultiRequest([{ from: 'InfoSMS', to: '41793026785', text: 'Hi' }]));
 * // '<request><messages><message><from>InfoSMS</from><to><to>41793026785</to></to>
 * //  <binary><hex>48 69</hex><dataCoding>0</dataCoding><esmClass>0</esmClass></binary></message></messages></request>'
 * ```
 *
 * @group Request bodies
 */
export function toXml(request: V1MultiBody | V1SingleBody, options?: ToXmlOptions): string {
  const fn = 'toXml';
  const opts = readOptions<ToXmlOptions>(fn, options, TO_XML_OPTIONS);
  const indent = opts.indent ?? '';
  if (typeof indent !== 'string' || !/^[ \t]*$/.test(indent)) {
    throw new TypeError(`${fn}: indent must be a string of spaces or tabs, got ${describe(indent)}`);
  }
  const single = request !== null && typeof request === 'object' && !('messages' in request) && 'binary' in request;
  if (!single && (request === null || typeof request !== 'object' || !Array.isArray((request as V1MultiBody).messages))) {
    throw new TypeError(`${fn}: request must be an object with a messages array (or v1 single's to and binary), got ${describe(request)}`);
  }
  const jsonOnly = single ? undefined : jsonOnlyEnvelope(request as V1MultiBody);
  if (jsonOnly !== undefined) {
    throw new TypeError(`${fn}: this is a ${jsonOnly} body, which the provider takes as JSON only; XML is for /sms/1/binary/single and /sms/1/binary/multi`);
  }
  const lines: string[] = [];
  const open = (depth: number, tag: string): void => void lines.push(`${indent.repeat(depth)}<${tag}>`);
  const close = (depth: number, tag: string): void => void lines.push(`${indent.repeat(depth)}</${tag}>`);
  const leaf = (depth: number, tag: string, value: string): void =>
    void lines.push(`${indent.repeat(depth)}<${tag}>${escapeXml(fn, value)}</${tag}>`);

  const writeMessage = (message: BinaryMessage, depth: number): void => {
    if (message.from !== undefined) leaf(depth, 'from', message.from);
    open(depth, 'to');
    for (const destination of typeof message.to === 'string' ? [message.to] : message.to) leaf(depth + 1, 'to', destination);
    close(depth, 'to');
    open(depth, 'binary');
    leaf(depth + 1, 'hex', message.binary.hex);
    leaf(depth + 1, 'dataCoding', String(message.binary.dataCoding));
    leaf(depth + 1, 'esmClass', String(message.binary.esmClass));
    close(depth, 'binary');
  };

  open(0, 'request');
  if (single) writeMessage(readMessage(fn, request, undefined), 1);
  else {
    open(1, 'messages');
    const messages: readonly unknown[] = (request as V1MultiBody).messages;
    for (let index = 0; index < messages.length; index++) {
      open(2, 'message');
      writeMessage(readMessage(fn, messages[index], index), 3);
      close(2, 'message');
    }
    close(1, 'messages');
  }
  close(0, 'request');
  return lines.join(indent === '' ? '' : '\n');
}

/** The JSON-only envelope a body with messages is of, told by its fields; `undefined` for v1 multi. */
function jsonOnlyEnvelope(request: V1MultiBody): string | undefined {
  const has = (object: unknown, key: string): boolean => object !== null && typeof object === 'object' && Object.prototype.hasOwnProperty.call(object, key);
  if (has(request, 'options') || request.messages.some((m) => has(m, 'sender') || has(m, 'content'))) return '/sms/3/messages';
  if (has(request, 'bulkId') || has(request, 'sendingSpeedLimit') || request.messages.some((m) => has(m, 'destinations'))) return '/sms/2/binary/advanced';
  return undefined;
}

/** Checks one message's shape, so that only strings and numbers are written (no user `toString` runs). */
function readMessage(fn: string, message: unknown, index: number | undefined): BinaryMessage {
  const name = index === undefined ? 'request' : `messages[${index}]`;
  if (message === null || typeof message !== 'object') throw new TypeError(`${fn}: ${name} must be an object, got ${describe(message)}`);
  const { from, to, binary } = message as Partial<Record<keyof BinaryMessage, unknown>>;
  if (from !== undefined && typeof from !== 'string') throw new TypeError(`${fn}: ${name}.from must be a string, got ${describe(from)}`);
  if (typeof to !== 'string' && !(Array.isArray(to) && Array.from(to as unknown[]).every((d) => typeof d === 'string'))) {
    throw new TypeError(`${fn}: ${name}.to must be a string or an array of strings, got ${describe(to)}`);
  }
  if (binary === null || typeof binary !== 'object') throw new TypeError(`${fn}: ${name}.binary must be an object, got ${describe(binary)}`);
  const fields = binary as Partial<Record<keyof BinaryMessage['binary'], unknown>>;
  if (typeof fields.hex !== 'string') throw new TypeError(`${fn}: ${name}.binary.hex must be a string, got ${describe(fields.hex)}`);
  for (const field of ['dataCoding', 'esmClass'] as const) {
    const value = fields[field];
    if (typeof value !== 'number') throw new TypeError(`${fn}: ${name}.binary.${field} must be a number, got ${describe(value)}`);
    if (!Number.isInteger(value) || value < 0 || value > 255) {
      const path: IssuePath = index === undefined ? ['binary', field] : ['messages', index, 'binary', field];
      throw createError(label(fn, path), field === 'dataCoding' ? 'DATA_CODING_INVALID' : 'ESM_CLASS_INVALID', { path, value: String(value) });
    }
  }
  return message as BinaryMessage;
}

/** Characters XML 1.0 cannot carry at all (§2.2 Char). */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function escapeXml(fn: string, value: string): string {
  const bad = NOT_XML_CHAR.exec(value);
  if (bad !== null) throw new RangeError(`${fn}: ${JSON.stringify(value)} has a character XML cannot carry at index ${bad.index}`);
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}

const ENTITIES: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
});
