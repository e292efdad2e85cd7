/**
 * `smshex count <text>`: how many SMS a text costs, in which coding and why.
 *
 * @internal
 * @module
 */

import { estimateSegments, type SegmentEstimate } from '../../index.js';
import { atMost, type Command, flag, pointAt, stringValue, type Values } from '../command.js';
import { EXIT_OK } from '../errors.js';
import { type Io, readInput, type Style } from '../io.js';
import { parseDataCoding, parseLanguage, parseReferenceBits } from '../options.js';
import { describeCharacter, table } from '../render.js';

const HELP = `Usage: smshex count [options] <text>

How many SMS parts a text is billed as: the coding and why it was chosen,
the parts, the units used and how many more fit in the last part, and the
characters that forced UCS-2.

Options:
  --data-coding <dc>     auto (default), 0 (GSM 7-bit) or 8 (UCS-2)
  --language <code>      national language tables; not in this build yet:
                         only none
  --reference-bits <b>   8 (default) or 16: the concatenation header's size
  --json                 the estimate as JSON
  -h, --help             this help

A text of "-", or none with a pipe, reads standard input (one final newline
dropped).

Examples:
  smshex count "Test message."
  smshex count --json "测试短信。"`;

export const count: Command = {
  name: 'count',
  summary: 'how many SMS a text costs, in which coding and why',
  help: HELP,
  options: {
    'data-coding': { type: 'string' },
    language: { type: 'string' },
    'reference-bits': { type: 'string' },
    json: { type: 'boolean' },
  },
  async run(io: Io, values: Values, positionals: readonly string[]): Promise<number> {
    atMost(positionals, 1, 'text');
    const dataCoding = parseDataCoding(stringValue(values, 'data-coding'));
    parseLanguage(stringValue(values, 'language'));
    const referenceBits = parseReferenceBits(stringValue(values, 'reference-bits'));
    const { text } = await readInput(io, positionals[0], 'text');
    let estimate: SegmentEstimate;
    try {
      // The library checks the coding: a legacy coding here is its RangeError, a usage error.
      estimate = estimateSegments(text, {
        dataCoding: dataCoding as 'auto' | 0 | 8,
        ...(referenceBits === undefined ? {} : { referenceBits }),
      });
    } catch (error) {
      throw pointAt(error, text, io.stderr.style);
    }
    if (flag(values, 'json')) io.stdout.line(JSON.stringify(estimate, null, 2));
    else for (const line of summary(estimate, dataCoding, io.stdout.style)) io.stdout.line(line);
    return EXIT_OK;
  },
};

/** The estimate for people. */
export function summary(estimate: SegmentEstimate, requested: 'auto' | number, style: Style): string[] {
  const gsm = estimate.encoding === 'GSM7';
  const unitName = gsm ? 'septets' : 'UTF-16 code units';
  const coding = gsm ? `GSM 7-bit (dataCoding ${estimate.dataCoding})` : `UCS-2 (dataCoding ${estimate.dataCoding})`;
  let why: string;
  if (requested !== 'auto') why = `asked for with --data-coding ${requested}`;
  else if (gsm) why = 'every character is in the GSM 7-bit default alphabet or its extension table';
  else {
    const n = estimate.nonGsmCharacters.length;
    why = `${n} character${n === 1 ? ' is' : 's are'} not in the GSM 7-bit tables`;
  }
  const rows: Array<[string, string]> = [
    ['Coding', coding],
    ['Why', why],
  ];
  if (estimate.nonGsmCharacters.length > 0) {
    rows.push(['UCS-2 forced by', estimate.nonGsmCharacters.map(describeCharacter).join(', ')]);
  }
  let parts = `${estimate.smsCount}`;
  if (estimate.smsCount > 1) parts += ` (each with a ${estimate.headerOctets}-octet concatenation header)`;
  if (estimate.exceedsMaxParts) parts += style.red(` more than the ${estimate.maxParts} parts a message can have: building it fails`);
  rows.push(['SMS parts', parts]);
  rows.push(['Units used', `${estimate.units} ${unitName}${gsm ? ' (an extension character takes 2)' : ''}`]);
  rows.push(['Per part', `${estimate.unitsPerSegment} ${unitName}`]);
  rows.push(['Remaining', `${estimate.unitsRemaining} ${unitName} fit in the last part before another is needed`]);
  return table(rows, style);
}
