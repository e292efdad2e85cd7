/**
 * Type tests for the public types, checked by `npm run typecheck` (tsc over
 * test/): unions narrow the way users expect and overloads pick the right
 * result. A failing expectation is a compile error.
 */
import { expectTypeOf } from 'vitest';
import { LEGACY_CODINGS } from '../../src/legacy/index.js';
import {
  estimateSegments,
  NATIONAL_LANGUAGES,
  TURKISH,
  type LanguageCode,
  type NationalLanguage,
  type SegmentOptions,
  type ShiftTableOptions,
  buildUdh,
  parseUdh,
  safeDecodeBinaryMessage,
  safeReassemble,
  validateBinaryRequest,
  safeParseUdh,
  type ConcatElement,
  type DecodedBinaryMessage,
  type ParsedUdh,
  type PortsElement,
  type RawElement,
  type BinaryPayload,
  buildRequest,
  type Endpoint,
  type V2Body,
  validateRequest,
  type ShiftElement,
  type UdhElement,
  type ValidateRequestResult,
  encodeGsm7,
  encodeText,
  parseHex,
  SmsHexError,
  safeParseHex,
  type EncodedText,
  type EncodeGsm7Options,
  type Gsm7EncodeResult,
  type IssuePath,
  type Replacement,
  type SmsHexErrorCode,
  type SmsHexIssue,
  type SafeParseHexResult,
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

// SafeParseHexResult narrows on ok.
const result = safeParseHex('0f c2');
expectTypeOf(result).toEqualTypeOf<SafeParseHexResult>();
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
expectTypeOf(safeParseHex).parameter(0).toEqualTypeOf<string>();

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
// Another coding (from smshex/legacy) widens the coding to a number.
expectTypeOf(encodeText('x', { dataCoding: 3, codings: LEGACY_CODINGS }).dataCoding).toEqualTypeOf<number>();
// @ts-expect-error dataCoding is 'auto' or a number
encodeText('x', { dataCoding: 'ucs2' });

// UdhElement is a tagged union on `type`.
declare const element: UdhElement;
switch (element.type) {
  case 'concat':
    expectTypeOf(element).toEqualTypeOf<ConcatElement>();
    expectTypeOf(element.referenceBits).toEqualTypeOf<8 | 16>();
    break;
  case 'ports':
    expectTypeOf(element).toEqualTypeOf<PortsElement>();
    break;
  case 'singleShift':
  case 'lockingShift':
    expectTypeOf(element).toEqualTypeOf<ShiftElement>();
    expectTypeOf(element.language).toEqualTypeOf<number>();
    break;
  case 'raw':
    expectTypeOf(element).toEqualTypeOf<RawElement>();
    expectTypeOf(element.data).toEqualTypeOf<Uint8Array>();
    break;
  default:
    expectTypeOf(element).toEqualTypeOf<never>();
}
// @ts-expect-error no such element type
buildUdh([{ type: 'unknown' }]);
expectTypeOf(parseUdh(new Uint8Array(1))).toEqualTypeOf<ParsedUdh>();

// safeParseUdh, safeDecodeBinaryMessage and safeReassemble narrow on ok.
const udh = safeParseUdh(new Uint8Array(1));
if (udh.ok) expectTypeOf(udh.udh).toEqualTypeOf<ParsedUdh>();
else expectTypeOf(udh.error).toEqualTypeOf<SmsHexIssue>();
const decoded = safeDecodeBinaryMessage({ hex: '00', dataCoding: 0 });
if (decoded.ok) expectTypeOf(decoded.message).toEqualTypeOf<DecodedBinaryMessage>();
else expectTypeOf(decoded.error).toEqualTypeOf<SmsHexIssue>();
const joined = safeReassemble([]);
if (joined.ok) expectTypeOf(joined.text).toEqualTypeOf<string>();
else expectTypeOf(joined.error).toEqualTypeOf<SmsHexIssue>();

// validateBinaryRequest's issues carry a severity and a typed code.
const checked = validateBinaryRequest({});
expectTypeOf(checked).toEqualTypeOf<Pick<ValidateRequestResult, 'ok' | 'issues'>>();
expectTypeOf(checked.issues[0]!).toEqualTypeOf<SmsHexIssue>();
expectTypeOf(checked.issues[0]!.severity).toEqualTypeOf<'error' | 'warning' | 'info' | undefined>();
expectTypeOf(checked.issues[0]!.code).toEqualTypeOf<SmsHexErrorCode>();
// validateRequest names the endpoint; buildRequest's body is typed per endpoint.
expectTypeOf(validateRequest({}).endpoint).toEqualTypeOf<Endpoint | undefined>();
expectTypeOf(buildRequest([{ to: '41793026727', text: 'Hi' }], { endpoint: '/sms/2/binary/advanced' })).toEqualTypeOf<V2Body>();
expectTypeOf(buildRequest([{ to: '41793026727', text: 'Hi' }], { endpoint: '/sms/3/messages' }).messages[0]!.content).toEqualTypeOf<BinaryPayload>();

// National languages are passed as objects; a code string is a type error, and results report codes.
expectTypeOf<SegmentOptions['language']>().toEqualTypeOf<NationalLanguage | 'auto' | 'none' | undefined>();
expectTypeOf<SegmentOptions['languages']>().toEqualTypeOf<readonly NationalLanguage[] | undefined>();
expectTypeOf<ShiftTableOptions['lockingShift']>().toEqualTypeOf<NationalLanguage | undefined>();
expectTypeOf(TURKISH).toMatchTypeOf<NationalLanguage>();
// A language with a locking-shift table says so in its type, so its table is reached without a check.
expectTypeOf(TURKISH.lockingShift.chars).toEqualTypeOf<ReadonlyArray<string | null>>();
expectTypeOf(NATIONAL_LANGUAGES.tr.code).toEqualTypeOf<LanguageCode>();
expectTypeOf(estimateSegments('x', { language: TURKISH }).singleShiftCode).toEqualTypeOf<LanguageCode | undefined>();
expectTypeOf(encodeText('x', { singleShift: TURKISH }).singleShiftCode).toEqualTypeOf<LanguageCode | undefined>();
// @ts-expect-error: a code string is not a language; pass TURKISH or NATIONAL_LANGUAGES.tr
estimateSegments('x', { language: 'tr' });
// @ts-expect-error: languages holds language objects
estimateSegments('x', { language: 'auto', languages: ['tr'] });
// @ts-expect-error: lockingShift takes a language object
encodeGsm7('x', { lockingShift: 'tr' });
