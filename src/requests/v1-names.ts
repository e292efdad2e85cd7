/**
 * The names smshex had before it knew every endpoint, kept as thin names for
 * `POST /sms/1/binary/multi`: `buildMultiRequest` is `buildRequest` with that
 * endpoint, `validateBinaryRequest` is `validateRequest` with that endpoint.
 *
 * @module
 */

import type { BinaryMessageInput } from '../binary/build.js';
import { describe, optionNames, readOptions } from '../internal/args.js';
import { buildRequestNamed } from './build.js';
import type { V1MultiBody } from './v1.js';
import { checkRequest, type ValidateRequestOptions, type ValidateRequestResult } from './validate.js';

/**
 * The body of `POST /sms/1/binary/multi` (the name of old for {@link V1MultiBody}).
 *
 * @group Request bodies
 */
export type BinaryRequest = V1MultiBody;

/**
 * What {@link validateBinaryRequest} returns.
 *
 * @group Request bodies
 */
export type ValidateBinaryRequestResult = Pick<ValidateRequestResult, 'ok' | 'issues'>;

/**
 * Builds a `/sms/1/binary/multi` body from several inputs, their messages in
 * order: `buildRequest(inputs, { endpoint: '/sms/1/binary/multi' })`, with
 * the same checks (sender, destinations, reference range) before anything is built.
 *
 * Spec: the provider's `POST /sms/1/binary/multi` body; TS 23.040 §9.2.3.24.
 *
 * @param inputs - one or more inputs, as for `buildBinaryMessages`
 * @returns `{ messages }`, ready for `JSON.stringify` or {@link toXml}
 * @throws as `buildRequest`
 *
 * @example
 * ```ts
 * buildMultiRequest([{ from: 'InfoSMS', to: '41793026727', text: 'Hi' }]);
 * // { messages: [{ from: 'InfoSMS', to: '41793026727', binary: { hex: '48 69', dataCoding: 0, esmClass: 0 } }] }
 * ```
 *
 * @group Request bodies
 */
export function buildMultiRequest(inputs: readonly BinaryMessageInput[]): BinaryRequest {
  if (!Array.isArray(inputs) || inputs.length === 0) throw new TypeError(`buildMultiRequest: inputs must be a non-empty array, got ${describe(inputs)}`);
  return buildRequestNamed('buildMultiRequest', inputs, { endpoint: '/sms/1/binary/multi' });
}

/** What validateBinaryRequest takes: validateRequest's options but the endpoint, which is always v1 multi. */
const VALIDATE_BINARY_OPTIONS = /* @__PURE__ */ optionNames<Omit<ValidateRequestOptions, 'endpoint'>>({ unknownKeys: true, now: true, maxIssues: true });

/**
 * Checks a `/sms/1/binary/multi` body: `validateRequest(body, { endpoint:
 * '/sms/1/binary/multi' })`, returning `{ ok, issues }`.
 *
 * Spec: as `validateRequest`.
 *
 * @param body - anything, typically `JSON.parse` of a request body
 * @param options - as `validateRequest`, without `endpoint`
 * @returns `{ ok, issues }`
 * @throws `TypeError` / `RangeError` only for malformed options; never for the body
 *
 * @example
 * ```ts
 * validateBinaryRequest({ messages: [{ to: '41793026727', binary: { hex: '48 69', dataCoding: 0 } }] });
 * // { ok: true, issues: [] }
 * ```
 *
 * @group Request bodies
 */
export function validateBinaryRequest(body: unknown, options?: Omit<ValidateRequestOptions, 'endpoint'>): ValidateBinaryRequestResult {
  const opts = readOptions<ValidateRequestOptions>('validateBinaryRequest', options, VALIDATE_BINARY_OPTIONS);
  const { result } = checkRequest('validateBinaryRequest', body, { ...opts, endpoint: '/sms/1/binary/multi' });
  return { ok: result.ok, issues: result.issues };
}
