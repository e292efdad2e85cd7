/**
 * smshex: binary SMS payloads for `POST /sms/1/binary/multi`, exact to
 * 3GPP TS 23.038 and TS 23.040.
 *
 * @packageDocumentation
 */

export { SmsHexError } from './errors.js';
export type { IssuePath, SmsHexErrorCode, SmsHexIssue } from './errors.js';

export { toHex } from './hex/to-hex.js';
export type { ToHexOptions } from './hex/to-hex.js';
export { parseHex, validateHex } from './hex/parse-hex.js';
export type { ParseHexOptions, ValidateHexResult } from './hex/parse-hex.js';

export { DEFAULT_ALPHABET, DEFAULT_EXTENSION } from './gsm7/default-alphabet.js';
export type { Gsm7Table } from './gsm7/table.js';
export { decodeGsm7, encodeGsm7, isGsm7 } from './gsm7/codec.js';
export type { EncodeGsm7Options, Gsm7EncodeResult, Replacement } from './gsm7/codec.js';
export { packSeptets, unpackSeptets } from './gsm7/packing.js';

export { decodeUcs2, encodeUcs2 } from './ucs2/codec.js';

export { DATA_CODING_GSM7, DATA_CODING_UCS2, encodeText } from './text/encode-text.js';
export type { EncodedText, EncodeTextOptions } from './text/encode-text.js';

// Segments: how many SMS a text costs and how it splits (TS 23.040 §9.2.3.24).
export { MAX_PARTS, partCapacity, USER_DATA_OCTETS, USER_DATA_SEPTETS } from './segments/capacity.js';
export type { Encoding } from './segments/capacity.js';
export { estimateSegments } from './segments/estimate.js';
export type { SegmentEstimate } from './segments/estimate.js';
export type { SegmentOptions } from './segments/plan.js';
export { splitText } from './segments/split.js';
export type { TextPart } from './segments/split.js';

// User Data Header (src/udh)
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
} from './udh/elements.js';
export type { ConcatElement, ParsedUdh, PortsElement, RawElement, ShiftElement, UdhElement } from './udh/elements.js';
export { buildUdh, udhLength } from './udh/build.js';
export { parseUdh, validateUdh } from './udh/parse.js';
export type { ValidateUdhResult } from './udh/parse.js';

// Ready binary messages and request bodies.
export { buildBinaryMessages, buildMultiRequest } from './binary/build.js';
export type { BinaryMessage, BinaryMessageInput, BinaryPayload, BinaryRequest } from './binary/build.js';
export { createReferenceGenerator } from './binary/reference.js';
export type { ReferenceGenerator, ReferenceGeneratorOptions } from './binary/reference.js';
export { toXml } from './binary/xml.js';
export type { ToXmlOptions } from './binary/xml.js';

// Transliteration: explicit and reported, never silent.
export { transliterate, TRANSLITERATION_TABLES } from './transliterate/transliterate.js';
export type { TransliterationOption, TransliterationProfile, TransliterationResult } from './transliterate/transliterate.js';
export type { TransliterationTable } from './transliterate/table.js';
