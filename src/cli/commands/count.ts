/**
 * `smshex count <text>`: how many SMS a text costs, in which coding and why.
 *
 * @internal
 * @module
 */

import { describeDataCoding, estimateMany, estimateSegments, SmsHexError, type SegmentEstimate, type SegmentOptions } from '../../index.js';
import { atMost, type Command, flag, pointAt, type Values } from '../command.js';
import { EXIT_INVALID, EXIT_OK, UsageError } from '../errors.js';
import { type Io, readInput, type Style } from '../io.js';
import { InputError } from '../errors.js';
import { readSegmentFlags, SEGMENT_FLAGS, SEGMENT_FLAGS_HELP } from '../options.js';
import { describeCharacter, table } from '../render.js';

const HELP = `Usage: smshex count [options] <text>

How many SMS parts a text is billed as: the coding and why it was chosen,
the parts, the units used and how many more fit in the last part, and the
characters that forced UCS-2.

Options:
  --data-coding <dc>     auto (default), 0 (GSM 7-bit), 8 (UCS-2), or a
                         legacy coding counted in octets: 1 (IA5),
                         3 (Latin-1), 6 (Cyrillic), 7 (Hebrew), 2 or 4
  --language <code>      national language tables (TS 23.038 Annex A):
                         none (default), a language (tr, es, pt, bn, gu,
                         hi, kn, ml, or, pa, ta, te, ur), or auto
${SEGMENT_FLAGS_HELP}
  --reference-bits <b>   8 (default) or 16: the concatenation header's size
  --json                 the estimate as JSON
  --lines                every line of standard input is a text: one JSON
                         estimate per line, in order (bulk; a line that
                         fails gives {"line":n,"error":{code,message}})
  -h, --help             this help

A text of "-", or none with a pipe, reads standard input (one final newline
dropped).

Examples:
  smshex count "Test message."
  smshex count --language tr "Şişli'de güzel bir gün"
  smshex count --json "测试短信。"
  smshex count --lines < texts.txt > estimates.ndjson`;

export const count: Command = {
  name: 'count',
  summary: 'how many SMS a text costs, in which coding and why',
  help: HELP,
  options: {
    ...SEGMENT_FLAGS,
    json: { type: 'boolean' },
    lines: { type: 'boolean' },
  },
  async run(io: Io, values: Values, positionals: readonly string[]): Promise<number> {
    if (flag(values, 'lines')) {
      atMost(positionals, 0, 'text with --lines (the texts are the lines of standard input)');
      if (flag(values, 'json')) throw new UsageError('--lines already prints JSON, one estimate per line: drop --json');
      return countLines(io, await readSegmentFlags(values));
    }
    atMost(positionals, 1, 'text');
    const options = await readSegmentFlags(values);
    const { text } = await readInput(io, positionals[0], 'text');
    let estimate: SegmentEstimate;
    try {
      estimate = estimateSegments(text, options);
    } catch (error) {
      throw pointAt(error, text, io.stderr.style);
    }
    if (flag(values, 'json')) io.stdout.line(JSON.stringify(estimate, null, 2));
    else for (const line of summary(estimate, io.stdout.style)) io.stdout.line(line);
    return EXIT_OK;
  },
};

/** Lines of output gathered before one write. */
const BATCH = 1024;

/**
 * `--lines`: standard input as newline-delimited texts (UTF-8; `\n` or
 * `\r\n`; a final line ending is optional), each estimated with the same
 * options, compiled once, through {@link estimateMany}; one compact JSON
 * object per line, in order, written in batches that wait for the output to
 * drain, so memory stays constant however many lines stream through. A text
 * that fails gives `{"line":n,"error":{"code","message"}}` (n from 1) and the
 * status is 1 at the end; the other lines are still estimated.
 */
async function countLines(io: Io, options: SegmentOptions): Promise<number> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let line = 0;
  let failed = false;
  const out: string[] = [];
  const flush = async (): Promise<void> => {
    if (out.length === 0) return;
    io.stdout.write(`${out.join('\n')}\n`);
    out.length = 0;
    if (io.stdout.drain !== undefined) await io.stdout.drain();
  };
  const estimateAll = async (texts: string[]): Promise<void> => {
    let from = 0;
    while (from < texts.length) {
      try {
        // A failing text ends the iteration: it is reported and the rest is estimated afresh.
        for (const estimate of estimateMany(from === 0 ? texts : texts.slice(from), options)) {
          line++;
          from++;
          out.push(JSON.stringify(estimate));
          if (out.length >= BATCH) await flush();
        }
      } catch (error) {
        if (!(error instanceof SmsHexError)) throw error;
        line++;
        from++;
        failed = true;
        out.push(JSON.stringify({ line, error: { code: error.code, message: error.message } }));
      }
    }
  };
  const decode = (bytes?: Uint8Array): string => {
    try {
      return bytes === undefined ? decoder.decode() : decoder.decode(bytes, { stream: true });
    } catch {
      throw new InputError(`standard input is not valid UTF-8 (after line ${line})`);
    }
  };
  const take = (text: string, final: boolean): string[] => {
    const pieces = text.split('\n');
    const rest = final ? '' : (pieces.pop() as string);
    if (final && pieces[pieces.length - 1] === '') pieces.pop();
    for (let i = 0; i < pieces.length; i++) {
      const piece = pieces[i] as string;
      if (piece.endsWith('\r')) pieces[i] = piece.slice(0, -1);
    }
    pending = rest;
    return pieces;
  };
  for await (const chunk of io.stdin) {
    const texts = take(pending + decode(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array)), false);
    if (texts.length > 0) await estimateAll(texts);
  }
  await estimateAll(take(pending + decode(), true));
  await flush();
  return failed ? EXIT_INVALID : EXIT_OK;
}

const UNIT_NAMES: Readonly<Record<SegmentEstimate['encoding'], string>> = { gsm7: 'septets', ucs2: 'UTF-16 code units', '8bit': 'octets' };

function codingName(estimate: SegmentEstimate): string {
  if (estimate.encoding === 'gsm7') return 'GSM 7-bit';
  if (estimate.encoding === 'ucs2') return 'UCS-2';
  return describeDataCoding(estimate.dataCoding).summary.replace(/^0x[0-9A-F]{2}: /, '');
}

/** The estimate for people. */
export function summary(estimate: SegmentEstimate, style: Style): string[] {
  const unitName = UNIT_NAMES[estimate.encoding];
  const rows: Array<[string, string]> = [
    ['Coding', `${codingName(estimate)} (dataCoding ${estimate.dataCoding})`],
    ['Why', estimate.reason],
  ];
  const tables = [
    ...(estimate.lockingShiftCode === undefined ? [] : [`${estimate.lockingShiftCode} locking shift (IE 0x25)`]),
    ...(estimate.singleShiftCode === undefined ? [] : [`${estimate.singleShiftCode} single shift (IE 0x24)`]),
  ];
  if (tables.length > 0) rows.push(['Tables', `${tables.join(', ')}: the handset must support them`]);
  if (estimate.replacements.length > 0) {
    const shown = estimate.replacements.slice(0, 8).map((r) => `${describeCharacter(r.from)} → ${JSON.stringify(r.to)} at ${r.index}`);
    if (estimate.replacements.length > 8) shown.push(`and ${estimate.replacements.length - 8} more`);
    rows.push(['Transliterated', shown.join(', ')]);
    rows.push(['Sent as', JSON.stringify(estimate.text)]);
  }
  if (estimate.nonGsmCharacters.length > 0) {
    rows.push(['UCS-2 forced by', estimate.nonGsmCharacters.map(describeCharacter).join(', ')]);
  }
  let parts = `${estimate.smsCount}`;
  if (estimate.headerOctets > 0) parts += ` (${estimate.smsCount === 1 ? 'with' : 'each with'} a ${estimate.headerOctets}-octet user data header)`;
  if (estimate.exceedsMaxParts) parts += style.red(` more than the ${estimate.maxParts} parts a message can have: building it fails`);
  rows.push(['SMS parts', parts]);
  rows.push(['Units used', `${estimate.units} ${unitName}${estimate.encoding === 'gsm7' ? ' (an extension character takes 2)' : ''}`]);
  rows.push(['Per part', `${estimate.unitsPerSegment} ${unitName}`]);
  rows.push(['Remaining', `${estimate.unitsRemaining} ${unitName} fit in the last part before another is needed`]);
  return table(rows, style);
}
