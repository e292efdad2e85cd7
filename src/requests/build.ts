/**
 * One message model, every envelope: `buildRequest(messages, { endpoint })`
 * turns messages (a sender, destinations, a payload and the delivery fields)
 * into the body of any of the provider's binary endpoints, one message per
 * part, checking its inputs with the validator's own rules first.
 *
 * @module
 */

import { SmsHexError } from '../errors.js';
import { createReferenceGenerator, type ReferenceGenerator } from '../binary/reference.js';
import { assertOneOf, describe, optionNames, readOptions } from '../internal/args.js';
import { buildOne, throwFirst, unsupported, type BuiltMessage, type Generators } from './build-message.js';
import type { BuildRequestOptions, RequestBodies, RequestMessageInput } from './build-types.js';
import { ENDPOINTS, type Endpoint } from './endpoints.js';
import { assemble, type RequestFields } from './envelopes.js';
import { checkSpeedLimit } from './delivery-fields.js';
import { checkBoolean, checkString, MAX_BULK_ID } from './fields.js';
import { isRecord, Report } from './report.js';
import { checkRequest, readClock } from './validate.js';

const FN = 'buildRequest';

/**
 * Builds the request body of `endpoint` from messages, one message object per
 * part (with the destinations of its input), their references drawn from one
 * generator per call (or `options.references`).
 *
 * Every input is checked with the validator's rules before anything is
 * built, whatever the number of parts: the sender, each destination, a
 * `reference` outside 0–255 (0–65535 with `referenceBits: 16`), every
 * delivery field, and a field the envelope cannot carry, which names the
 * envelope that can. The body is then checked by {@link validateRequest};
 * the builder never returns a body with an error.
 *
 * Spec: the provider's endpoint references; TS 23.040 §9.2.3.24.
 *
 * @param messages - one or more {@link RequestMessageInput}
 * @param options - `endpoint` (required), request-level fields, `references`, `now`
 * @returns the body, typed per endpoint
 * @throws {@link SmsHexError} with code and path for bad input (`FROM_INVALID`, `TO_INVALID`,
 *   `REFERENCE_INVALID`, `FIELD_UNSUPPORTED`, `FIELD_INVALID`, `SEND_AT_INVALID`, `UNKNOWN_FIELD`,
 *   and the codec and segment errors of `buildBinaryMessages`)
 * @throws `TypeError` / `RangeError` for malformed arguments
 *
 * @example
 * ```ts
 * buildRequest([{ from: 'InfoSMS', to: { to: '41793026727', messageId: 'm-1' }, text: 'Hi' }], { endpoint: '/sms/3/messages' });
 * // { messages: [{ sender: 'InfoSMS', destinations: [{ to: '41793026727', messageId: 'm-1' }],
 * //                content: { hex: '48 69', dataCoding: 0, esmClass: 0 } }] }
 * ```
 *
 * @group Request bodies
 */
export function buildRequest<E extends Endpoint>(messages: readonly RequestMessageInput[], options: BuildRequestOptions<E>): RequestBodies[E] {
  return buildRequestNamed(FN, messages, options);
}

const BUILD_REQUEST_OPTIONS = /* @__PURE__ */ optionNames<BuildRequestOptions>({ endpoint: true, bulkId: true, sendingSpeedLimit: true, includeSmsCountInResponse: true, references: true, now: true });

/**
 * {@link buildRequest}, naming `fn` in errors.
 *
 * @internal
 */
export function buildRequestNamed<E extends Endpoint>(fn: string, messages: readonly RequestMessageInput[], options: BuildRequestOptions<E>): RequestBodies[E] {
  const opts = readOptions<BuildRequestOptions<E>>(fn, options, BUILD_REQUEST_OPTIONS);
  const endpoint = opts.endpoint;
  assertOneOf(fn, 'endpoint', endpoint, ENDPOINTS);
  if (!Array.isArray(messages) || messages.length === 0) throw new TypeError(`${fn}: messages must be a non-empty array, got ${describe(messages)}`);
  const now = readClock(fn, opts.now);
  const report = new Report(fn, 1000, 'error');
  const requestFields = readRequestFields(report, opts, endpoint, now);
  throwFirst(report);
  const generators = referenceGenerators(fn, opts.references);
  const built: BuiltMessage[] = [];
  for (let i = 0; i < messages.length; i++) {
    const input: unknown = messages[i];
    if (!isRecord(input)) throw new TypeError(`${fn}: messages[${i}] must be an object, got ${describe(input)}`);
    built.push(...buildOne(fn, input as RequestMessageInput, [i], endpoint, now, generators));
  }
  const body = assemble(fn, endpoint, built, requestFields) as RequestBodies[E];
  // The safety net: the builder never returns what its validator rejects.
  const { result } = checkRequest(fn, body, { endpoint, now, maxIssues: 1000 });
  const error = result.issues.find((issue) => issue.severity === 'error');
  if (error !== undefined) throw new SmsHexError(error);
  return body;
}

function readRequestFields(report: Report, opts: Partial<BuildRequestOptions>, endpoint: Endpoint, now: number): RequestFields {
  void now;
  const out: { -readonly [K in keyof RequestFields]: RequestFields[K] } = {};
  const v1 = endpoint === '/sms/1/binary/single' || endpoint === '/sms/1/binary/multi';
  if (opts.bulkId !== undefined) {
    if (v1) unsupported(report, ['bulkId'], 'bulkId', endpoint);
    else if (checkString(report, opts.bulkId, ['bulkId'], { nonEmpty: true, clippedPast: MAX_BULK_ID }) !== undefined) out.bulkId = opts.bulkId;
  }
  if (opts.sendingSpeedLimit !== undefined) {
    if (v1) unsupported(report, ['sendingSpeedLimit'], 'sendingSpeedLimit', endpoint);
    else {
      checkSpeedLimit(report, opts.sendingSpeedLimit, ['sendingSpeedLimit']);
      out.sendingSpeedLimit = opts.sendingSpeedLimit;
    }
  }
  if (opts.includeSmsCountInResponse !== undefined) {
    if (endpoint !== '/sms/3/messages') unsupported(report, ['includeSmsCountInResponse'], 'includeSmsCountInResponse', endpoint);
    else if (checkBoolean(report, opts.includeSmsCountInResponse, ['includeSmsCountInResponse']) !== undefined) {
      out.includeSmsCountInResponse = opts.includeSmsCountInResponse;
    }
  }
  return out;
}

/** The generators of one call, by reference size (`createReferenceGenerator()` draws 8-bit ones). */
function referenceGenerators(fn: string, given: unknown): Generators {
  if (given === undefined) return { 8: createReferenceGenerator(), 16: createReferenceGenerator({ referenceBits: 16 }) };
  if (given === null || typeof given !== 'object' || typeof (given as ReferenceGenerator).next !== 'function') {
    throw new TypeError(`${fn}: references must be a reference generator, got ${describe(given)}`);
  }
  const generator = given as ReferenceGenerator;
  return generator.referenceBits === 16
    ? { 8: createReferenceGenerator(), 16: generator }
    : { 8: generator, 16: createReferenceGenerator({ referenceBits: 16 }) };
}
