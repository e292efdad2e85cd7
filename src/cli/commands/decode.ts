/**
 * `smshex decode <hex> --data-coding N [--esm-class N]`: a payload's User
 * Data Header element by element, then its text.
 *
 * @internal
 * @module
 */

import {
  decodeBinaryMessage,
  type DecodedBinaryMessage,
  decodeText,
  describeDataCoding,
  NATIONAL_LANGUAGES,
  toHex,
  type UdhElement,
  safeParseHex,
  validateBinaryRequest,
} from '../../index.js';
import { atMost, type Command, flag, pointAt, stringValue, type Values } from '../command.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { type Io, readInput } from '../io.js';
import { parseInteger } from '../options.js';
import { hexByte, table } from '../render.js';

const HELP = `Usage: smshex decode [options] --data-coding <dc> <hex>

Reads one "binary" payload: the data coding byte, the User Data Header
element by element (when --esm-class has 0x40, UDHI, set), then the text.

Options:
  --data-coding <dc>   the payload's data coding (required): 0 GSM 7-bit
                       septets one per byte, 8 UCS-2, 1/3/6/7 legacy text,
                       others 8-bit data; decimal or 0x hex
  --esm-class <n>      the esm_class (default 0); 0x40 means the payload
                       begins with a User Data Header
  --json               the result as JSON
  -h, --help           this help

The hex may be spaced, unspaced, or use ":" or "-" (see smshex validate for
the strict format). A hex of "-", or none with a pipe, reads standard input.

Examples:
  smshex decode --data-coding 0 "54 65 73 74"
  smshex decode --data-coding 0 --esm-class 0x40 "05 00 03 2a 02 01 48 69"`;

/** Data codings whose octets are text in a legacy coding (SMPP 3.4 §5.2.19); 2 and 4 are 8-bit data. */
const LEGACY_TEXT = new Set([1, 3, 6, 7]);

/** The library's own rule (the `UDH_WITHOUT_UDHI` warning of validateBinaryRequest): a header of known elements without UDHI. */
function looksLikeHeader(hex: string, dataCoding: number): boolean {
  const body = { messages: [{ to: '41793026727', binary: { hex, dataCoding, esmClass: 0 } }] };
  return validateBinaryRequest(body).issues.some((issue) => issue.code === 'UDH_WITHOUT_UDHI');
}

export const decode: Command = {
  name: 'decode',
  summary: "a payload's user data header, element by element, and its text",
  help: HELP,
  options: {
    'data-coding': { type: 'string' },
    'esm-class': { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(io: Io, values: Values, positionals: readonly string[]): Promise<number> {
    atMost(positionals, 1, 'hex argument');
    const codingFlag = stringValue(values, 'data-coding');
    if (codingFlag === undefined) throw new UsageError('--data-coding is required: the hex alone does not say how to read it');
    const dataCoding = parseInteger('data-coding', codingFlag);
    const esmFlag = stringValue(values, 'esm-class');
    const esmClass = esmFlag === undefined ? 0 : parseInteger('esm-class', esmFlag);
    const description = describeDataCoding(dataCoding);
    const { text: hex } = await readInput(io, positionals[0], 'hex');

    let decoded: DecodedBinaryMessage;
    try {
      decoded = decodeBinaryMessage({ hex, dataCoding, esmClass });
    } catch (error) {
      throw pointAt(error, hex, io.stderr.style);
    }
    let text = decoded.text;
    if (text === undefined && LEGACY_TEXT.has(dataCoding)) {
      const { LEGACY_CODINGS } = await import('../../legacy/index.js');
      text = decodeText(decoded.bytes, dataCoding, { codings: LEGACY_CODINGS });
    }
    if ((esmClass & 0x40) === 0 && looksLikeHeader(hex, dataCoding)) {
      io.stderr.line(
        'smshex decode: hint: the payload begins with what reads as a user data header (concatenation, ports or shifts); ' +
          'if it is one, pass --esm-class 0x40',
      );
    }
    const all = safeParseHex(hex);
    const headerHex = decoded.udh === undefined || !all.ok ? '' : toHex(all.bytes.subarray(0, decoded.udh.length));

    if (flag(values, 'json')) {
      io.stdout.line(
        JSON.stringify(
          {
            dataCoding: description,
            esmClass,
            ...(decoded.udh === undefined ? {} : { udh: { hex: headerHex, length: decoded.udh.length, elements: decoded.udh.elements } }),
            payload: toHex(decoded.bytes),
            ...(text === undefined ? {} : { text }),
          },
          (_key, value: unknown) => (value instanceof Uint8Array ? toHex(value) : value),
          2,
        ),
      );
      return EXIT_OK;
    }
    const rows: Array<[string, string]> = [['Data coding', description.summary]];
    rows.push(['ESM class', `${hexByte(esmClass)}${(esmClass & 0x40) !== 0 ? ' (UDHI: the payload begins with a user data header)' : ''}`]);
    const lines: string[] = [];
    if (decoded.udh !== undefined) {
      rows.push(['UDH', `${headerHex} (${decoded.udh.length} octets)`]);
      if (decoded.udh.elements.length === 0) rows.push(['', 'no information elements']);
      for (const element of decoded.udh.elements) rows.push(['', describeElement(element)]);
    }
    rows.push(['Payload', `${decoded.bytes.length === 0 ? '(empty)' : toHex(decoded.bytes)} (${decoded.bytes.length} octets)`]);
    rows.push(['Text', text === undefined ? '(none: 8-bit data)' : JSON.stringify(text)]);
    lines.push(...table(rows, io.stdout.style));
    for (const line of lines) io.stdout.line(line);
    return EXIT_OK;
  },
};

/** One information element for people, with its identifier. */
export function describeElement(element: UdhElement): string {
  switch (element.type) {
    case 'concat':
      return `IE ${hexByte(element.referenceBits === 8 ? 0x00 : 0x08)} concatenation, ${element.referenceBits}-bit reference: reference ${element.reference}, part ${element.sequence} of ${element.total}`;
    case 'ports':
      return `IE ${hexByte(element.portBits === 8 ? 0x04 : 0x05)} application ports, ${element.portBits}-bit: destination ${element.destination}, source ${element.source}`;
    case 'singleShift':
    case 'lockingShift': {
      const language = Object.values(NATIONAL_LANGUAGES).find((l) => l.identifier === element.language);
      const name = language === undefined ? 'unknown language' : `${language.name} (${language.code})`;
      const id = element.type === 'singleShift' ? 0x24 : 0x25;
      const kind = element.type === 'singleShift' ? 'national language single shift' : 'national language locking shift';
      return `IE ${hexByte(id)} ${kind}: language ${element.language}, ${name}`;
    }
    case 'raw':
      return `IE ${hexByte(element.id)} (${element.data.length} octets)${element.data.length === 0 ? '' : `: ${toHex(element.data)}`}`;
  }
}
