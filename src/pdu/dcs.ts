/**
 * What a data coding byte means: alphabet, message class, compression,
 * message waiting indication and reserved values, read either as an SMPP 3.4
 * `data_coding` (what the binary API's `dataCoding` carries) or as a
 * TS 23.038 TP-Data-Coding-Scheme octet.
 *
 * @module
 */

import { assertIntegerInRange, assertOneOf, optionNames, readOptions } from '../internal/args.js';

/**
 * How a data coding byte is read: SMPP 3.4 §5.2.19 `data_coding`, or 3GPP TS 23.038 §4 TP-DCS.
 *
 * @group Codecs
 */
export type DataCodingScheme = 'smpp' | 'tp-dcs';

/**
 * The character set a data coding byte announces. `'unknown'` is an SMPP
 * reserved value, for which SMPP 3.4 gives no alphabet.
 *
 * @group Codecs
 */
export type DataCodingAlphabet =
  | 'gsm7'
  | '8bit'
  | 'ucs2'
  | 'ia5'
  | 'latin1'
  | 'jis'
  | 'cyrillic'
  | 'hebrew'
  | 'pictogram'
  | 'iso-2022-jp'
  | 'extended-kanji-jis'
  | 'ks-c-5601'
  | 'unknown';

/**
 * The message class (TS 23.038 §4): 0 is a flash message (shown at once,
 * not stored), 1 ME-specific, 2 (U)SIM-specific, 3 TE-specific.
 *
 * @group Codecs
 */
export type MessageClass = 0 | 1 | 2 | 3;

/**
 * The kind of message waiting that a message waiting indication group announces (TS 23.038 §4, bits 1..0).
 *
 * @group Codecs
 */
export type MessageWaitingType = 'voicemail' | 'fax' | 'email' | 'other';

/**
 * A message waiting indication (TS 23.038 §4, coding groups 1100, 1101, 1110).
 *
 * @group Codecs
 */
export interface MessageWaitingIndication {
  /** `false` for group 1100 (the handset may discard the text), `true` for 1101 and 1110 (store it). */
  readonly store: boolean;
  /** What is waiting: voicemail, fax, email or another kind (bits 1..0). */
  readonly type: MessageWaitingType;
  /** `true` sets the indication, `false` clears it (bit 3). */
  readonly active: boolean;
}

/**
 * The coding group a byte belongs to, the tag of {@link DataCodingDescription}:
 * - `'smpp-alphabet'`: SMPP 3.4 values 0x00–0x0E that name a character set;
 * - `'general'`: TS 23.038 group 00xx, general data coding;
 * - `'automatic-deletion'`: group 01xx, like 00xx but marked for deletion after reading;
 * - `'message-waiting'`: groups 1100, 1101 and 1110;
 * - `'message-class'`: group 1111, data coding and message class;
 * - `'reserved'`: a reserved value or coding group.
 *
 * @group Codecs
 */
export type DataCodingGroup =
  | 'smpp-alphabet'
  | 'general'
  | 'automatic-deletion'
  | 'message-waiting'
  | 'message-class'
  | 'reserved';

/**
 * The fields every {@link DataCodingDescription} has, whatever its group.
 *
 * @group Codecs
 */
export interface DataCodingDescriptionBase {
  /** The byte described, 0–255. */
  readonly value: number;
  /** How it was read. */
  readonly scheme: DataCodingScheme;
  /**
   * The character set of the text. For a reserved TP-DCS value this is
   * `'gsm7'`, what TS 23.038 §4 tells a receiver to assume.
   */
  readonly alphabet: DataCodingAlphabet;
  /** The message class, or `undefined` when the byte gives none. */
  readonly messageClass: MessageClass | undefined;
  /** Whether the text is compressed (TS 23.042); only groups 00xx and 01xx can say so. */
  readonly compressed: boolean;
  /** Whether the value uses a reserved code point, a reserved alphabet, or sets a reserved bit. */
  readonly reserved: boolean;
  /** The reserved bits that are set (0 when none); they have no meaning and should be 0. */
  readonly reservedBits: number;
  /** One line for people, e.g. `0xF0: GSM 7-bit, class 0 (flash)`. */
  readonly summary: string;
}

/**
 * What {@link describeDataCoding} returns: a plain object tagged by `group`.
 *
 * @group Codecs
 */
export type DataCodingDescription =
  | (DataCodingDescriptionBase & {
      /** A group without a message waiting indication. */
      readonly group: Exclude<DataCodingGroup, 'message-waiting'>;
    })
  | (DataCodingDescriptionBase & {
      /** The message waiting indication groups 1100, 1101, 1110. */
      readonly group: 'message-waiting';
      /** What the indication says. */
      readonly messageWaiting: MessageWaitingIndication;
    });

/**
 * Options of {@link describeDataCoding}.
 *
 * @group Codecs
 */
export interface DescribeDataCodingOptions {
  /** `'smpp'` (default: the binary API's `dataCoding` is SMPP's `data_coding`) or `'tp-dcs'`. */
  readonly scheme?: DataCodingScheme;
}

/** SMPP 3.4 §5.2.19: the values 0x00–0x0E; `null` marks a reserved value. */
const SMPP_ALPHABETS: ReadonlyArray<readonly [DataCodingAlphabet, string] | null> = /* @__PURE__ */ Object.freeze([
  ['gsm7', 'SMSC default alphabet (GSM 7-bit on the binary API)'],
  ['ia5', 'IA5 / ASCII (CCITT T.50, ANSI X3.4)'],
  ['8bit', '8-bit data (octet unspecified)'],
  ['latin1', 'Latin-1 (ISO-8859-1)'],
  ['8bit', '8-bit data (octet unspecified)'],
  ['jis', 'JIS (X 0208-1990)'],
  ['cyrillic', 'Cyrillic (ISO-8859-5)'],
  ['hebrew', 'Latin/Hebrew (ISO-8859-8)'],
  ['ucs2', 'UCS-2 (ISO/IEC 10646)'],
  ['pictogram', 'pictogram encoding'],
  ['iso-2022-jp', 'ISO-2022-JP (music codes)'],
  null,
  null,
  ['extended-kanji-jis', 'extended Kanji JIS (X 0212-1990)'],
  ['ks-c-5601', 'KS C 5601'],
]);

/** TS 23.038 §4, bits 3..2 of groups 00xx and 01xx; 11 is reserved. */
const GENERAL_ALPHABETS: readonly DataCodingAlphabet[] = /* @__PURE__ */ Object.freeze(['gsm7', '8bit', 'ucs2', 'gsm7']);
const WAITING_TYPES: readonly MessageWaitingType[] = /* @__PURE__ */ Object.freeze(['voicemail', 'fax', 'email', 'other']);
const CLASS_NAMES: readonly string[] = /* @__PURE__ */ Object.freeze([
  'class 0 (flash: shown at once, not stored)',
  'class 1 (ME-specific)',
  'class 2 ((U)SIM-specific)',
  'class 3 (TE-specific)',
]);
const ALPHABET_NAMES: { readonly [A in DataCodingAlphabet]: string } = /* @__PURE__ */ Object.freeze({
  gsm7: 'GSM 7-bit',
  '8bit': '8-bit data',
  ucs2: 'UCS-2',
  ia5: 'IA5 / ASCII',
  latin1: 'Latin-1',
  jis: 'JIS',
  cyrillic: 'Cyrillic',
  hebrew: 'Latin/Hebrew',
  pictogram: 'pictogram',
  'iso-2022-jp': 'ISO-2022-JP',
  'extended-kanji-jis': 'extended Kanji JIS',
  'ks-c-5601': 'KS C 5601',
  unknown: 'unknown',
});
const ASSUMED_GSM7 = 'a receiver assumes the GSM 7-bit default alphabet';

const DESCRIBE_OPTIONS = /* @__PURE__ */ optionNames<DescribeDataCodingOptions>({ scheme: true });

/**
 * Explains a data coding byte: its coding group, alphabet, message class
 * (class 0 is a flash message), compression, message waiting indication,
 * and whether it uses a reserved value or sets reserved bits, with a one-line
 * summary. With the default `'smpp'` scheme, 0x00–0x0E are the SMPP
 * character sets, 0xC0–0xDF and 0xF0–0xFF the GSM groups SMPP defers to,
 * and everything else is reserved; with `'tp-dcs'` every value is read by
 * the TS 23.038 coding groups (where 0x08 is still UCS-2 and 0x04 8-bit data).
 *
 * Spec: SMPP 3.4 §5.2.19 (`data_coding`); 3GPP TS 23.038 §4 (SMS data coding scheme).
 *
 * @param value - the data coding byte, an integer 0–255
 * @param options - `scheme`: `'smpp'` (default) or `'tp-dcs'`
 * @returns a plain object tagged by `group`, with `alphabet`, `messageClass`,
 *   `compressed`, `reserved`, `reservedBits`, `summary`, and `messageWaiting`
 *   in the message waiting groups
 * @throws `TypeError` when `value` is not a number or the options are not an object;
 *   `RangeError` when `value` is not an integer 0–255 or `scheme` is unknown
 *
 * @example
 * ```ts
 * describeDataCoding(0x03).summary;
 * // '0x03: Latin-1 (ISO-8859-1)'
 * describeDataCoding(0xf0);
 * // { value: 240, scheme: 'smpp', group: 'message-class', alphabet: 'gsm7', messageClass: 0,
 * //   compressed: false, reserved: false, reservedBits: 0, summary: '0xF0: GSM 7-bit, class 0 (flash: shown at once, not stored)' }
 * const mwi = describeDataCoding(0xc8, { scheme: 'tp-dcs' });
 * if (mwi.group === 'message-waiting') console.log(mwi.messageWaiting);
 * // { store: false, type: 'voicemail', active: true }
 * ```
 *
 * @group Codecs
 */
export function describeDataCoding(value: number, options?: DescribeDataCodingOptions): DataCodingDescription {
  const fn = 'describeDataCoding';
  assertIntegerInRange(fn, 'value', value, 0, 255);
  const opts = readOptions<DescribeDataCodingOptions>(fn, options, DESCRIBE_OPTIONS);
  const scheme = opts.scheme ?? 'smpp';
  assertOneOf(fn, 'scheme', scheme, ['smpp', 'tp-dcs'] as const);
  const group = value >> 4;
  if (scheme === 'smpp') {
    if (value <= 0x0f) return describeSmppAlphabet(value);
    if (group < 0xc || group === 0xe) {
      const note = group === 0xe ? 'TS 23.038 uses 1110xxxx for message waiting, UCS-2; SMPP 3.4 reserves it' : 'no meaning defined';
      return reservedValue(value, scheme, 'unknown', `reserved in SMPP 3.4 (${note})`);
    }
  }
  if (group <= 0x7) return describeGeneral(value, scheme);
  if (group <= 0xb) return reservedValue(value, scheme, 'gsm7', `reserved coding group (${ASSUMED_GSM7})`);
  if (group <= 0xe) return describeMessageWaiting(value, scheme);
  return describeMessageClass(value, scheme);
}

function describeSmppAlphabet(value: number): DataCodingDescription {
  const entry = SMPP_ALPHABETS[value];
  if (entry === undefined || entry === null) return reservedValue(value, 'smpp', 'unknown', 'reserved in SMPP 3.4');
  const [alphabet, name] = entry;
  return classless(value, 'smpp', 'smpp-alphabet', alphabet, false, name);
}

/** Groups 00xx and 01xx: bit 5 compression, bit 4 class present, bits 3..2 alphabet, bits 1..0 class. */
function describeGeneral(value: number, scheme: DataCodingScheme): DataCodingDescription {
  const automaticDeletion = (value & 0x40) !== 0;
  const compressed = (value & 0x20) !== 0;
  const hasClass = (value & 0x10) !== 0;
  const alphabetBits = (value >> 2) & 0x3;
  const reservedAlphabet = alphabetBits === 0x3;
  const reservedBits = hasClass ? 0 : value & 0x03;
  const messageClass = hasClass ? ((value & 0x3) as MessageClass) : undefined;
  const parts = [reservedAlphabet ? `reserved alphabet (${ASSUMED_GSM7})` : ALPHABET_NAMES[GENERAL_ALPHABETS[alphabetBits] ?? 'gsm7']];
  if (messageClass !== undefined) parts.push(CLASS_NAMES[messageClass] ?? '');
  if (compressed) parts.push('compressed (TS 23.042)');
  if (automaticDeletion) parts.push('marked for automatic deletion');
  return freeze({
    value,
    scheme,
    group: automaticDeletion ? 'automatic-deletion' : 'general',
    alphabet: GENERAL_ALPHABETS[alphabetBits] ?? 'gsm7',
    messageClass,
    compressed,
    reserved: reservedAlphabet || reservedBits !== 0,
    reservedBits,
    summary: withReservedBits(`${hex(value)}: ${parts.join(', ')}`, reservedBits),
  });
}

/** Groups 1100 (discard, GSM 7-bit), 1101 (store, GSM 7-bit), 1110 (store, UCS-2): bit 3 active, bit 2 reserved, bits 1..0 type. */
function describeMessageWaiting(value: number, scheme: DataCodingScheme): DataCodingDescription {
  const group = value >> 4;
  const store = group !== 0xc;
  const active = (value & 0x08) !== 0;
  const type = WAITING_TYPES[value & 0x3] ?? 'other';
  const alphabet: DataCodingAlphabet = group === 0xe ? 'ucs2' : 'gsm7';
  const reservedBits = value & 0x04;
  const summary =
    `${hex(value)}: message waiting indication, ${store ? 'store' : 'discard'} message: ` +
    `${type} ${active ? 'waiting (set)' : 'cleared'}, text in ${ALPHABET_NAMES[alphabet]}`;
  return freeze({
    value,
    scheme,
    group: 'message-waiting',
    alphabet,
    messageClass: undefined,
    compressed: false,
    reserved: reservedBits !== 0,
    reservedBits,
    messageWaiting: freeze({ store, type, active }),
    summary: withReservedBits(summary, reservedBits),
  });
}

/** Group 1111: bit 3 reserved, bit 2 alphabet (GSM 7-bit or 8-bit data), bits 1..0 class. */
function describeMessageClass(value: number, scheme: DataCodingScheme): DataCodingDescription {
  const alphabet: DataCodingAlphabet = (value & 0x04) === 0 ? 'gsm7' : '8bit';
  const messageClass = (value & 0x3) as MessageClass;
  const reservedBits = value & 0x08;
  return freeze({
    value,
    scheme,
    group: 'message-class',
    alphabet,
    messageClass,
    compressed: false,
    reserved: reservedBits !== 0,
    reservedBits,
    summary: withReservedBits(`${hex(value)}: ${ALPHABET_NAMES[alphabet]}, ${CLASS_NAMES[messageClass]}`, reservedBits),
  });
}

function reservedValue(value: number, scheme: DataCodingScheme, alphabet: DataCodingAlphabet, what: string): DataCodingDescription {
  return classless(value, scheme, 'reserved', alphabet, true, what);
}

/** A value that says nothing but its alphabet: no class, no compression, no reserved bits. */
function classless(
  value: number,
  scheme: DataCodingScheme,
  group: 'smpp-alphabet' | 'reserved',
  alphabet: DataCodingAlphabet,
  reserved: boolean,
  what: string,
): DataCodingDescription {
  return freeze({ value, scheme, group, alphabet, messageClass: undefined, compressed: false, reserved, reservedBits: 0, summary: `${hex(value)}: ${what}` });
}

function withReservedBits(summary: string, reservedBits: number): string {
  return reservedBits === 0 ? summary : `${summary}; reserved bits ${hex(reservedBits)} set`;
}

function hex(value: number): string {
  return `0x${value.toString(16).toUpperCase().padStart(2, '0')}`;
}

function freeze<T extends object>(value: T): T {
  return Object.freeze(value);
}
