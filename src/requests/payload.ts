/**
 * The payload validator every envelope uses: the `binary` object of v1 and
 * v2 and the binary `content` of v3 (`{ hex, dataCoding?, esmClass? }`),
 * and the check across the parts of a request that one concatenated message
 * is whole.
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24 (UDH), §9.2.3.16 (140 octets of user
 * data); TS 23.038 §6.2.1 and §6.2.3; SMPP 3.4 §5.2.12 (esm_class) and
 * §5.2.19 (data_coding).
 *
 * @internal
 * @module
 */

import type { IssuePath } from '../errors.js';
import { scan } from '../codecs/hex/scan.js';
import { describe } from '../internal/args.js';
import { capacityOf } from '../segments/capacity.js';
import { describeDataCoding } from '../pdu/dcs.js';
import { ESM_CLASS_UDHI, type ConcatElement, type ParsedUdh } from '../pdu/udh/elements.js';
import { readUdh } from '../pdu/udh/parse.js';
import { CONCAT_CODES, concatChecker, type ConcatChecker } from '../binary/concat-check.js';
import { charsetFor, hexLocator, lastConcat, payloadText, readHeader, shiftChoice, textAlphabet } from '../binary/payload.js';
import { checkKeys, nearMiss, type UnknownKey } from './keys.js';
import { fieldName } from './fields.js';
import { field, isRecord, label, shown, type Report } from './report.js';

/** The fields of the binary payload. */
export const PAYLOAD_FIELDS = ['hex', 'dataCoding', 'esmClass'] as const;

/** What a sound payload contributes to the checks across messages. */
export interface PayloadInfo {
  /** The header, when UDHI is set. */
  readonly udh: ParsedUdh | undefined;
}

/**
 * Checks a binary payload object at `path` (`…binary` or `…content`); returns
 * its header when the payload is sound enough to group it with other parts.
 * `extraKnown` are keys allowed beside the payload fields (none today).
 */
export function checkPayload(report: Report, value: unknown, path: IssuePath): PayloadInfo | undefined {
  const name = fieldName(path);
  if (!isRecord(value)) {
    report.add('REQUEST_SHAPE', path, {
      detail: `"${name}" must be an object with "hex", "dataCoding" and "esmClass", got ${value === undefined ? 'nothing' : describe(value)}`,
    });
    return undefined;
  }
  const unknown = checkKeys(report, value, path, PAYLOAD_FIELDS);
  const hexPath = [...path, 'hex'];
  const hexField = field(report, value, 'hex', hexPath);
  const dataCoding = checkOctetField(report, value, 'dataCoding', path, unknown);
  const esmClass = checkOctetField(report, value, 'esmClass', path, unknown);
  if (!hexField.found || typeof hexField.value !== 'string') {
    report.add('REQUEST_SHAPE', hexPath, {
      detail: `"hex" must be a string of hex bytes ("05 00 03 …"), got ${hexField.found ? describe(hexField.value) : 'nothing'}`,
    });
    return undefined;
  }
  const hex = hexField.value;
  const fn = label(report.fn, hexPath);
  // An empty payload is an empty SMS (TP-UDL 0): legal, so a warning; strict hex otherwise needs a byte.
  if (hex === '') report.add('PAYLOAD_EMPTY', hexPath);
  const bytes = hex === '' ? new Uint8Array(0) : scan(fn, hex, true, Number.MAX_SAFE_INTEGER);
  if (!(bytes instanceof Uint8Array)) {
    report.push(bytes, hexPath);
    return undefined;
  }
  if (dataCoding === undefined || esmClass === undefined) return undefined;
  const locate = hexLocator(hex, hexPath);
  const udhi = (esmClass & ESM_CLASS_UDHI) !== 0;
  const header = readHeader(fn, bytes, udhi, locate);
  if ('code' in header) {
    report.push(header, hexPath);
    return undefined;
  }
  if (!udhi) warnUnflaggedHeader(report, bytes, hexPath);
  else {
    warnRepeatedElements(report, header.udh as ParsedUdh, hexPath);
    if (textAlphabet(dataCoding) === 'gsm7') warnUnsupportedLanguages(report, header.udh as ParsedUdh, hexPath);
  }
  const text = payloadText(fn, bytes, header.start, dataCoding, charsetFor(fn, header.udh), locate);
  if (typeof text === 'object') report.push(text, hexPath);
  checkPartSize(report, bytes.length - header.start, header.start, dataCoding, hexPath);
  return { udh: header.udh };
}

/**
 * Reads `dataCoding` or `esmClass`: the API's default 0 when absent (an
 * `info` issue when a near-miss key is present, whose value was not used),
 * `undefined` when invalid.
 */
function checkOctetField(
  report: Report,
  binary: object,
  key: 'dataCoding' | 'esmClass',
  path: IssuePath,
  unknown: readonly UnknownKey[],
): number | undefined {
  const value = field(report, binary, key, [...path, key]);
  if (!value.found || value.value === undefined) {
    const miss = unknown.find((u) => u.suggestion === key) ?? unknown.find((u) => nearMiss(u.key, [key]) === key);
    if (miss !== undefined) {
      report.add('FIELD_DEFAULTED', [...path, key], {
        value: key,
        limit: 0,
        detail: `${quoteKey(miss.key)} is present but is not ${quoteKey(key)}, so its value is not used`,
      });
    }
    return 0;
  }
  const n = value.value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 255) {
    if (key === 'dataCoding') {
      const description = describeDataCoding(n);
      if (description.reserved) report.add('DATA_CODING_RESERVED', [...path, key], { value: String(n), detail: description.summary });
    }
    return n;
  }
  const valueText = typeof n === 'number' ? String(n) : shown(n);
  report.add(key === 'dataCoding' ? 'DATA_CODING_INVALID' : 'ESM_CLASS_INVALID', [...path, key], { value: valueText });
  return undefined;
}

function quoteKey(key: string): string {
  return `\`${key}\``;
}

/** Warns when the payload of a message without UDHI reads as a header of known elements. */
function warnUnflaggedHeader(report: Report, bytes: Uint8Array, path: IssuePath): void {
  const udh = readUdh(bytes);
  if (!('elements' in udh) || udh.elements.length === 0 || udh.elements.some((e) => e.type === 'raw')) return;
  report.add('UDH_WITHOUT_UDHI', path, {
    detail: `its ${udh.length} octets hold ${udh.elements.map((e) => e.type).join(', ')}: set esmClass 0x40 or the handset shows them as text`,
  });
}

/**
 * Warns when a header holds two concatenation, port or same-kind shift
 * elements: none of them is repeatable, and the 8- and 16-bit forms exclude
 * each other; receivers use the last (TS 23.040 §9.2.3.24).
 */
function warnRepeatedElements(report: Report, udh: ParsedUdh, path: IssuePath): void {
  const seen = new Set<string>();
  for (const element of udh.elements) {
    if (element.type === 'raw') continue;
    if (seen.has(element.type)) {
      report.add('UDH_ELEMENT_REPEATED', path, { detail: `more than one ${element.type} element: receivers use the last one` });
      return;
    }
    seen.add(element.type);
  }
}

/** Warns about shift elements naming a language without such a table: receivers decode with the default tables. */
function warnUnsupportedLanguages(report: Report, udh: ParsedUdh, path: IssuePath): void {
  for (const element of shiftChoice(udh).unsupported) {
    report.add('UDH_LANGUAGE_UNSUPPORTED', path, {
      actual: element.language,
      detail: `the ${element.type} element is ignored and the default ${element.type === 'singleShift' ? 'extension table' : 'alphabet'} used (TS 23.040 §9.2.3.24.15, §9.2.3.24.16)`,
    });
  }
}

function checkPartSize(report: Report, payloadLength: number, udhOctets: number, dataCoding: number, path: IssuePath): void {
  if (textAlphabet(dataCoding) === 'gsm7') {
    const capacity = capacityOf('gsm7', udhOctets);
    if (payloadLength > capacity) {
      report.add('PART_TOO_LONG', path, {
        actual: payloadLength,
        limit: capacity,
        detail:
          udhOctets === 0
            ? `${payloadLength} septets; one SMS holds 160`
            : `${payloadLength} septets after a ${udhOctets}-octet header, which takes ${160 - capacity} of the 160 septets`,
      });
    }
    return;
  }
  const capacity = capacityOf('8bit', udhOctets);
  if (payloadLength > capacity) {
    report.add('PART_TOO_LONG', path, {
      actual: payloadLength,
      limit: capacity,
      detail: `${payloadLength} octets${udhOctets === 0 ? '' : ` after a ${udhOctets}-octet header`}; one SMS holds 140 octets`,
    });
  }
}

/** One part of a request, as the check across messages sees it. */
export interface PartInfo {
  /** The path of the part's payload hex, for issues. */
  readonly hexPath: IssuePath;
  /** The path of the message, for issues about a group. */
  readonly messagePath: IssuePath;
  /** The sender, digits only when numeric; `''` when absent. */
  readonly from: string;
  /** The usable destinations, as digits. */
  readonly destinations: readonly string[];
  readonly concat: ConcatElement;
}

/** The concatenation element of a sound payload, for {@link checkConcatenation}. */
export function concatOf(info: PayloadInfo | undefined): ConcatElement | undefined {
  return info === undefined ? undefined : lastConcat(info.udh);
}

/** Parts of one concatenated message as one destination receives them, checked as they arrive. */
interface Group {
  readonly reference: string;
  readonly destination: string;
  readonly parts: PartInfo[];
  readonly checker: ConcatChecker;
}

/**
 * Across messages: parts with the same sender, destination and reference
 * agree on the total and cover every sequence once, as
 * {@link concatChecker} judges them; each issue is a warning, those about
 * one part in the order of the parts, then those about missing parts. Stops
 * as soon as the report is full (its `maxIssues` cap).
 */
export function checkConcatenation(report: Report, parts: readonly PartInfo[]): void {
  const groups = new Map<string, Group>();
  for (const part of parts) {
    const { concat } = part;
    for (const destination of part.destinations) {
      if (report.full) return;
      const key = `${part.from}\u0000${destination}\u0000${concat.referenceBits}\u0000${concat.reference}`;
      let group = groups.get(key);
      if (group === undefined) {
        group = { reference: `${concat.reference} (${concat.referenceBits}-bit)`, destination, parts: [], checker: concatChecker() };
        groups.set(key, group);
      }
      group.parts.push(part);
      const issue = group.checker.add(part);
      if (issue === undefined) continue;
      // Within a group the reference is the same and no coding is compared: a total or a repeat remains.
      const against = group.parts[(issue as { against: number }).against] as PartInfo;
      const about = `reference ${group.reference} to ${group.destination}`;
      const where = label('', against.messagePath).slice(2);
      if (issue.kind === 'duplicate') {
        report.add(CONCAT_CODES.duplicate, part.hexPath, { detail: `${about}: part ${issue.sequence} of ${concat.total} is also in ${where}` });
      } else {
        report.add(CONCAT_CODES[issue.kind], part.hexPath, { detail: `${about}: total ${concat.total} here, ${against.concat.total} in ${where}` });
      }
    }
  }
  for (const group of groups.values()) {
    if (report.full) return;
    const issue = group.checker.missing();
    if (issue?.kind === 'missing') {
      const first = group.parts[0] as PartInfo;
      report.add(CONCAT_CODES.missing, first.messagePath, {
        detail: `reference ${group.reference} to ${group.destination}: ${issue.missing} not in this request`,
      });
    }
  }
}
