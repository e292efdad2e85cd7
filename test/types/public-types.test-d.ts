/**
 * Type tests for the public types, checked by `npm run typecheck` (tsc over
 * test/): unions narrow the way users expect and overloads pick the right
 * result. A failing expectation is a compile error.
 */
import { expectTypeOf } from 'vitest';
import {
  encodeGsm7,
  encodeText,
  parseHex,
  SmsHexError,
  validateHex,
  type EncodedText,
  type EncodeGsm7Options,
  type Gsm7EncodeResult,
  type IssuePath,
  type Replacement,
  type SmsHexErrorCode,
  type SmsHexIssue,
  type ValidateHexResult,
} from '../../src/index.js';

// SmsHexIssue: plain, read-only data with a typed code.
declare const issue: SmsHexIssue;
expectTypeOf(issue.code).toEqualTypeOf<SmsHexErrorCode>();
expectTypeOf(issue.message).toEqualTypeOf<string>();
expectTypeOf(issue.index).toEqualTypeOf<number | undefined>();
expectTypeOf(issue.path).toEqualTypeOf<IssuePath | undefined>();
expectTypeOf<'HEX_INVALID_CHAR'>().toExtend<SmsHexErrorCode>();
expectTypeOf<'NOT_A_CODE'>().not.toExtend<SmsHexErrorCode>();
// @ts-expect-error an issue is read-only
issue.code = 'HEX_EMPTY';

// SmsHexError carries the same fields and converts to the issue.
declare const error: SmsHexError;
expectTypeOf(error).toExtend<Error>();
expectTypeOf(error.code).toEqualTypeOf<SmsHexErrorCode>();
expectTypeOf(error.index).toEqualTypeOf<number | undefined>();
expectTypeOf(error.toIssue()).toEqualTypeOf<SmsHexIssue>();

// ValidateHexResult narrows on ok.
const result = validateHex('0f c2');
expectTypeOf(result).toEqualTypeOf<ValidateHexResult>();
if (result.ok) {
  expectTypeOf(result.bytes).toEqualTypeOf<Uint8Array>();
  expectTypeOf(result.hex).toEqualTypeOf<string>();
  // @ts-expect-error no error on success
  void result.error;
} else {
  expectTypeOf(result.error).toEqualTypeOf<SmsHexIssue>();
  // @ts-expect-error no bytes on failure
  void result.bytes;
}
expectTypeOf(validateHex).parameter(0).toEqualTypeOf<string>();

// parseHex takes typed options.
expectTypeOf(parseHex('0f', { strict: true, maxBytes: 10 })).toEqualTypeOf<Uint8Array>();
// @ts-expect-error strict is a boolean
parseHex('0f', { strict: 'yes' });

// encodeGsm7: the result type follows onUnmappable.
expectTypeOf(encodeGsm7('abc')).toEqualTypeOf<Uint8Array>();
expectTypeOf(encodeGsm7('abc', { onUnmappable: 'error' })).toEqualTypeOf<Uint8Array>();
expectTypeOf(encodeGsm7('abc', { onUnmappable: 'replace' })).toEqualTypeOf<Gsm7EncodeResult>();
expectTypeOf(encodeGsm7('abc', { onUnmappable: 'replace', replacement: '*' }).replacements).toEqualTypeOf<readonly Replacement[]>();
declare const someOptions: EncodeGsm7Options;
expectTypeOf(encodeGsm7('abc', someOptions)).toEqualTypeOf<Uint8Array | Gsm7EncodeResult>();
// @ts-expect-error only 'error' and 'replace'
encodeGsm7('abc', { onUnmappable: 'ignore' });

// encodeText: the coding is a literal union.
const encoded = encodeText('Test message.');
expectTypeOf(encoded).toEqualTypeOf<EncodedText>();
expectTypeOf(encoded.dataCoding).toEqualTypeOf<0 | 8>();
encodeText('x', { dataCoding: 8 });
// @ts-expect-error dataCoding is 'auto', 0 or 8
encodeText('x', { dataCoding: 4 });
