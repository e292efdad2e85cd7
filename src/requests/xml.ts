/**
 * The request body in the provider's XML form (`Content-Type: application/xml`).
 *
 * @module
 */

import { createError } from '../errors.js';
import { describe, readOptions } from '../internal/args.js';
import { label } from './report.js';
import type { BinaryMessage } from '../binary/build.js';
import type { V1MultiBody } from './v1.js';

/** Options of {@link toXml}. */
export interface ToXmlOptions {
  /** Indentation per level; `''` (default) writes everything on one line. */
  readonly indent?: string;
}

/**
 * Writes a request body as the provider's XML:
 * `<request><messages><message><from/><to><to>…</to></to><binary><hex/><dataCoding/><esmClass/></binary></message></messages></request>`.
 * A single destination is written as one nested `<to>`, as the provider's
 * example does. Text is escaped (`& < > " '`).
 *
 * The provider documents the XML form for `POST /sms/1/binary/multi` (the
 * seed page); the other envelopes are sent as JSON.
 *
 * Spec: the provider's `POST /sms/1/binary/multi` XML example.
 *
 * @param request - a body as {@link buildMultiRequest} makes it
 * @param options - `indent` (default `''`: one line)
 * @returns the XML document
 * @throws {@link SmsHexError} `DATA_CODING_INVALID` / `ESM_CLASS_INVALID` with the field's path
 *   (`['messages', i, 'binary', 'dataCoding']`) when `dataCoding` / `esmClass` is a number but not
 *   an integer 0–255 (`NaN`, `Infinity`, `1.5`, `256`): nothing is written that the API would refuse
 * @throws `TypeError` for a body of the wrong shape; `RangeError` for a character XML 1.0 cannot carry
 *
 * @example
 * ```ts
 * toXml(buildMultiRequest([{ from: 'InfoSMS', to: '41793026785', text: 'Hi' }]));
 * // '<request><messages><message><from>InfoSMS</from><to><to>41793026785</to></to>
 * //  <binary><hex>48 69</hex><dataCoding>0</dataCoding><esmClass>0</esmClass></binary></message></messages></request>'
 * ```
 */
export function toXml(request: V1MultiBody, options?: ToXmlOptions): string {
  const fn = 'toXml';
  const opts = readOptions<ToXmlOptions>(fn, options);
  const indent = opts.indent ?? '';
  if (typeof indent !== 'string' || !/^[ \t]*$/.test(indent)) {
    throw new TypeError(`${fn}: indent must be a string of spaces or tabs, got ${describe(indent)}`);
  }
  if (request === null || typeof request !== 'object' || !Array.isArray(request.messages)) {
    throw new TypeError(`${fn}: request must be an object with a messages array, got ${describe(request)}`);
  }
  const lines: string[] = [];
  const open = (depth: number, tag: string): void => void lines.push(`${indent.repeat(depth)}<${tag}>`);
  const close = (depth: number, tag: string): void => void lines.push(`${indent.repeat(depth)}</${tag}>`);
  const leaf = (depth: number, tag: string, value: string): void =>
    void lines.push(`${indent.repeat(depth)}<${tag}>${escapeXml(fn, value)}</${tag}>`);

  open(0, 'request');
  open(1, 'messages');
  const messages: readonly unknown[] = request.messages;
  for (let index = 0; index < messages.length; index++) {
    const message = readMessage(fn, messages[index], index);
    open(2, 'message');
    if (message.from !== undefined) leaf(3, 'from', message.from);
    open(3, 'to');
    for (const destination of typeof message.to === 'string' ? [message.to] : message.to) leaf(4, 'to', destination);
    close(3, 'to');
    open(3, 'binary');
    leaf(4, 'hex', message.binary.hex);
    leaf(4, 'dataCoding', String(message.binary.dataCoding));
    leaf(4, 'esmClass', String(message.binary.esmClass));
    close(3, 'binary');
    close(2, 'message');
  }
  close(1, 'messages');
  close(0, 'request');
  return lines.join(indent === '' ? '' : '\n');
}

/** Checks one message's shape, so that only strings and numbers are written (no user `toString` runs). */
function readMessage(fn: string, message: unknown, index: number): BinaryMessage {
  const name = `messages[${index}]`;
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
      const path = ['messages', index, 'binary', field];
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
