/**
 * Library functions that issue 3 names but that are not on `main` yet
 * (`decodeBinaryMessage`, `validateBinaryRequest`, on their way from the
 * `udh-validate` branch). They are looked up on the library's own exports,
 * with the types the issue fixes; a command that needs one that is absent
 * says so and exits with status 2. When they land, import them directly
 * from `../index.js` and delete this file.
 *
 * @internal
 * @module
 */

import * as smshex from '../index.js';
import type { ParsedUdh } from '../index.js';

/** `decodeBinaryMessage` input (issue 3). */
export interface DecodableBinary {
  readonly hex: string;
  readonly dataCoding: number;
  readonly esmClass?: number;
}

/** `decodeBinaryMessage` result (issue 3). */
export interface DecodedBinaryMessage {
  readonly udh?: ParsedUdh;
  readonly bytes: Uint8Array;
  readonly text?: string;
}

/** One issue of `validateBinaryRequest` (issue 3). */
export interface RequestIssue {
  readonly path: ReadonlyArray<string | number>;
  readonly code: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  readonly index?: number;
}

/** `validateBinaryRequest` result (issue 3). */
export interface ValidateRequestResult {
  readonly ok: boolean;
  readonly issues: readonly RequestIssue[];
}

interface PendingApi {
  decodeBinaryMessage(binary: DecodableBinary): DecodedBinaryMessage;
  validateBinaryRequest(body: unknown): ValidateRequestResult;
}

const exported = smshex as unknown as Partial<PendingApi>;

/** Thrown when a pending function is absent from this build. */
export class MissingFunctionError extends Error {
  override readonly name = 'MissingFunctionError';
}

/** The pending function `name`, or a {@link MissingFunctionError}. */
export function pending<K extends keyof PendingApi>(name: K): PendingApi[K] {
  const fn = exported[name];
  if (typeof fn !== 'function') {
    throw new MissingFunctionError(`this build of smshex has no ${name} (issue 3), which this command needs`);
  }
  return fn as PendingApi[K];
}
