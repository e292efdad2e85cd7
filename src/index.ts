/**
 * smshex: binary SMS payloads for `POST /sms/1/binary/multi`, exact to
 * 3GPP TS 23.038 and TS 23.040.
 *
 * @packageDocumentation
 * @module smshex
 */

export { SmsHexError } from './errors.js';
export type { IssuePath, IssueSeverity, SmsHexErrorCode, SmsHexIssue } from './errors.js';

export { toHex } from './codecs/hex/to-hex.js';
export type { ToHexOptions } from './codecs/hex/to-hex.js';
export { parseHex, safeParseHex } from './codecs/hex/parse-hex.js';
export type { ParseHexOptions, SafeParseHexResult } from './codecs/hex/parse-hex.js';

export { DEFAULT_ALPHABET, DEFAULT_EXTENSION } from './codecs/gsm7/default-alphabet.js';
export type { CompiledTable, Gsm7Table } from './codecs/gsm7/table.js';
export { encodeGsm7, isGsm7 } from './codecs/gsm7/codec.js';
export { decodeGsm7 } from './codecs/gsm7/decode.js';
export type { EncodeGsm7Options, Gsm7EncodeResult, Replacement } from './codecs/gsm7/codec.js';
export { packSeptets, unpackSeptets } from './codecs/gsm7/packing.js';

export { decodeUcs2, encodeUcs2 } from './codecs/ucs2/codec.js';

export { DATA_CODING_GSM7, DATA_CODING_UCS2, encodeText } from './text/encode-text.js';
export type { EncodedText, EncodeTextOptions } from './text/encode-text.js';

// Segments: how many SMS a text costs and how it splits (TS 23.040 §9.2.3.24).
export { MAX_PARTS, USER_DATA_OCTETS, USER_DATA_SEPTETS } from './pdu/limits.js';
export { partCapacity } from './segments/capacity.js';
export type { Encoding } from './codecs/coding.js';
export { estimateSegments } from './segments/estimate.js';
export type { SegmentEstimate } from './segments/estimate.js';
export { countSegments } from './segments/count.js';
export type { SegmentCount } from './segments/count.js';
export type { SegmentOptions } from './segments/plan.js';
export { splitText } from './segments/split.js';
export type { TextPart } from './segments/split.js';

// User Data Header (src/pdu/udh)
export {
  concatElement,
  ESM_CLASS_UDHI,
  IEI_CONCAT_16,
  IEI_CONCAT_8,
  IEI_LOCKING_SHIFT,
  IEI_PORTS_16,
  IEI_PORTS_8,
  IEI_SINGLE_SHIFT,
  MAX_UDH_OCTETS,
} from './pdu/udh/elements.js';
export type { ConcatElement, ParsedUdh, PortsElement, RawElement, ShiftElement, UdhElement } from './pdu/udh/elements.js';
export { buildUdh, udhLength } from './pdu/udh/build.js';
export { parseUdh, safeParseUdh } from './pdu/udh/parse.js';
export type { SafeParseUdhResult } from './pdu/udh/parse.js';

// Ready binary messages and request bodies.
export { buildBinaryMessages } from './binary/build.js';
export type { BinaryMessage, BinaryMessageFields, BinaryMessageInput, BinaryPayload, MessageContent } from './binary/build.js';
export { createReferenceGenerator } from './binary/reference.js';
export type { ReferenceGenerator, ReferenceGeneratorOptions } from './binary/reference.js';

// Transliteration: explicit and reported, never silent.
export { transliterate, TRANSLITERATION_TABLES } from './text/transliterate/transliterate.js';
export type { TransliterationOption, TransliterationProfile, TransliterationResult } from './text/transliterate/transliterate.js';
export type { TransliterationTable } from './text/transliterate/table.js';

// Text codings beyond 0 and 8, decoding text, and the data coding byte (issue 5)
export type { TextCoding } from './codecs/coding.js';
export { decodeText } from './text/decode-text.js';
export type { DecodeTextOptions } from './text/decode-text.js';
export { describeDataCoding } from './pdu/dcs.js';
export type {
  DataCodingAlphabet,
  DataCodingDescription,
  DataCodingDescriptionBase,
  DataCodingGroup,
  DataCodingScheme,
  DescribeDataCodingOptions,
  MessageClass,
  MessageWaitingIndication,
  MessageWaitingType,
} from './pdu/dcs.js';

// National language tables (TS 23.038 §6.2.1.2.4, Annex A): registry, table modules and charset resolution.
export { NATIONAL_LANGUAGES, isLanguageCode } from './codecs/gsm7/tables/index.js';
export type { LanguageCode } from './codecs/gsm7/tables/index.js';
export type { NationalLanguage } from './codecs/gsm7/tables/language.js';
export { resolveCharset } from './codecs/gsm7/resolve-charset.js';
export { shiftTableElements } from './pdu/udh/shift.js';
export type { ShiftTableOptions } from './codecs/gsm7/resolve-charset.js';
export type { Gsm7Charset } from './codecs/gsm7/charset.js';
export { TURKISH } from './codecs/gsm7/tables/turkish.js';
export { SPANISH } from './codecs/gsm7/tables/spanish.js';
export { PORTUGUESE } from './codecs/gsm7/tables/portuguese.js';
export { BENGALI } from './codecs/gsm7/tables/bengali.js';
export { GUJARATI } from './codecs/gsm7/tables/gujarati.js';
export { HINDI } from './codecs/gsm7/tables/hindi.js';
export { KANNADA } from './codecs/gsm7/tables/kannada.js';
export { MALAYALAM } from './codecs/gsm7/tables/malayalam.js';
export { ORIYA } from './codecs/gsm7/tables/oriya.js';
export { PUNJABI } from './codecs/gsm7/tables/punjabi.js';
export { TAMIL } from './codecs/gsm7/tables/tamil.js';
export { TELUGU } from './codecs/gsm7/tables/telugu.js';
export { URDU } from './codecs/gsm7/tables/urdu.js';

// Offline preview in the shape of the provider's /sms/1/preview response.
export { preview } from './preview/preview.js';
export type { PreviewConfiguration, PreviewEntry, PreviewLanguageCode, PreviewOptions, PreviewResult } from './preview/preview.js';

// Bulk: streaming estimates and messages with constant memory.
export { buildMany, estimateMany } from './bulk/many.js';

// Decoding binary messages (src/binary/decode, src/binary/reassemble)
export { decodeBinaryMessage, safeDecodeBinaryMessage } from './binary/decode.js';
export type { DecodableBinary, DecodedBinaryMessage, SafeDecodeResult } from './binary/decode.js';
export { reassemble, safeReassemble } from './binary/reassemble.js';
export type { ReassembleInput, SafeReassembleResult } from './binary/reassemble.js';

// Request bodies of every endpoint: build, validate, responses (src/requests)
export { ENDPOINTS } from './requests/endpoints.js';
export type { Endpoint } from './requests/endpoints.js';
export { buildRequest } from './requests/build.js';
export type { BuildRequestOptions, DeliveryFields, DestinationInput, RequestBodies, RequestMessageFields, RequestMessageInput } from './requests/build-types.js';
export { validateRequest } from './requests/validate.js';
export type { ValidateRequestOptions, ValidateRequestResult } from './requests/validate.js';
export type { V1Message, V1MultiBody, V1SingleBody } from './requests/v1.js';
export type { DeliveryTimeWindow, Destination, RegionalOptions, SendingSpeedLimit, TimeOfDay, V2Body, V2Message } from './requests/v2.js';
export type { V3Body, V3Message, V3MessageOptions, V3RequestOptions, V3Webhooks, ValidityPeriod } from './requests/v3.js';
export { compareSmsCount, countSms, parseResponse } from './requests/response.js';
export type {
  CompareSmsCountResult,
  CountSmsResult,
  DestinationCount,
  ParseResponseOptions,
  ParseResponseResult,
  ResponseMessage,
  ResponseStatus,
  SmsCountComparison,
} from './requests/response.js';
export { toXml } from './requests/xml.js';
export type { ToXmlOptions } from './requests/xml.js';
export { buildMultiRequest, validateBinaryRequest } from './requests/v1-names.js';
export type { BinaryRequest, ValidateBinaryRequestResult } from './requests/v1-names.js';
