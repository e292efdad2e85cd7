/**
 * `smshex encode <text...>`: the ready `binary` objects, one per part, or a
 * whole `/sms/1/binary/multi` body with `--to` (what `buildMultiRequest`
 * makes: every text's messages in order, built one text at a time so that
 * an error can point into its text).
 *
 * @internal
 * @module
 */

import {
  type BinaryMessageInput,
  buildBinaryMessages,
  createReferenceGenerator,
  ENDPOINTS,
  type Endpoint,
  type ReferenceGenerator,
  SmsHexError,
  toXml,
  buildRequest,
  type RequestMessageInput,
  type V1MultiBody,
} from '../../index.js';
import { type Command, flag, pointAt, stringValue, stringValues, type Values } from '../command.js';
import { EXIT_OK, UsageError } from '../errors.js';
import { dropFinalNewline, type Io, readStdin } from '../io.js';
import { optionalInteger, readSegmentFlags, SEGMENT_FLAGS, SEGMENT_FLAGS_HELP } from '../options.js';

const HELP = `Usage: smshex encode [options] <text...>

The ready "binary" objects for each text, one per SMS part, as JSON: one
object per line. With --to (and --from), a whole request body instead, one
message per part of every text, for the endpoint of --endpoint.

Options:
  --endpoint <path>      the body to write with --to: /sms/1/binary/multi
                         (default), /sms/1/binary/single (one part only),
                         /sms/2/binary/advanced (what the Node SDK sends) or
                         /sms/3/messages (the current API; needs --from).
                         The default stays /sms/1/binary/multi so that
                         scripts written for earlier versions print the same
                         body, and because --xml is documented for it only
  --data-coding <dc>     auto (default: GSM 7-bit if every character fits,
                         else UCS-2), 0 (GSM 7-bit), 8 (UCS-2), or a legacy
                         coding: 1 (IA5), 3 (Latin-1), 6 (Cyrillic),
                         7 (Hebrew), 2 or 4 (8-bit data)
  --language <code>      national language tables (TS 23.038 Annex A):
                         none (default), a language (tr, es, pt, bn, gu,
                         hi, kn, ml, or, pa, ta, te, ur: its tables as
                         needed), or auto (whichever gives the fewest parts).
                         The recipient's handset must support the tables
${SEGMENT_FLAGS_HELP}
  --reference <n>        concatenation reference (0-255, or 0-65535 with
                         --reference-bits 16); one text only. Default:
                         random, and never repeated across the texts
  --reference-bits <b>   8 (default) or 16
  --to <number>          destination in international format; repeat for
                         several. Prints a whole request body
  --from <sender>        sender ID (needs --to)
  --xml                  the request body as XML (needs --to; for
                         /sms/1/binary/multi)
  -h, --help             this help

A text of "-", or none with a pipe, reads standard input (one final newline
dropped). Several texts are several messages. A sender, destination or
reference the API would reject is an error (exit status 1), before anything
is printed.

Examples:
  smshex encode "Test message."
  smshex encode --from InfoSMS --to 41793026727 "Test message." "测试短信。"
  smshex encode --endpoint /sms/3/messages --from InfoSMS --to 41793026727 "Hi"
  echo "Hello" | smshex encode --to 41793026727 --xml`;

/** The destination used to build parts when no --to is given; only the \`binary\` objects are printed. */
const UNADDRESSED = 'unaddressed';

export const encode: Command = {
  name: 'encode',
  summary: 'the binary objects of a text, one per part, or a whole request body',
  help: HELP,
  options: {
    ...SEGMENT_FLAGS,
    reference: { type: 'string' },
    to: { type: 'string', multiple: true },
    from: { type: 'string' },
    xml: { type: 'boolean' },
    endpoint: { type: 'string' },
  },
  async run(io: Io, values: Values, positionals: readonly string[]): Promise<number> {
    const options = await readSegmentFlags(values);
    const referenceBits = options.referenceBits;
    const reference = optionalInteger('reference', stringValue(values, 'reference'));
    const to = stringValues(values, 'to');
    const from = stringValue(values, 'from');
    const xml = flag(values, 'xml');
    const endpoint = readEndpoint(stringValue(values, 'endpoint'));
    if (from !== undefined && to.length === 0) throw new UsageError('--from needs --to: a request body needs its destination');
    if (xml && to.length === 0) throw new UsageError('--xml writes a whole request body and needs --to');
    if (stringValue(values, 'endpoint') !== undefined && to.length === 0) throw new UsageError('--endpoint chooses the request body and needs --to');
    if (xml && endpoint !== '/sms/1/binary/multi') throw new UsageError(`--xml is documented for /sms/1/binary/multi only, not ${endpoint}`);

    const texts = await readTexts(io, positionals);
    if (reference !== undefined && texts.length > 1) {
      throw new UsageError('--reference takes one text: several messages to one destination must not share a reference');
    }
    const references: ReferenceGenerator | number = reference ?? createReferenceGenerator({ referenceBits: referenceBits ?? 8 });

    if (to.length === 0) {
      for (const text of texts) {
        const input: BinaryMessageInput = { ...options, to: UNADDRESSED, text, reference: references };
        for (const message of build(input, io)) io.stdout.line(JSON.stringify(message.binary));
      }
      return EXIT_OK;
    }
    const destination = to.length === 1 ? (to[0] as string) : to;
    const inputs: RequestMessageInput[] = texts.map((text) => ({
      ...options,
      to: destination,
      ...(from === undefined ? {} : { from }),
      text,
      ...(reference === undefined ? {} : { reference }),
    }));
    const generator = typeof references === 'number' ? undefined : references;
    const body = buildBody(inputs, endpoint, generator, io);
    io.stdout.line(xml ? toXml(body as V1MultiBody, { indent: '  ' }) : JSON.stringify(body, null, 2));
    return EXIT_OK;
  },
};

function readEndpoint(value: string | undefined): Endpoint {
  if (value === undefined) return '/sms/1/binary/multi';
  if (!(ENDPOINTS as readonly string[]).includes(value)) throw new UsageError(`--endpoint must be one of ${ENDPOINTS.join(', ')}, got ${JSON.stringify(value)}`);
  return value as Endpoint;
}

/** The texts: each argument, \`-\` for standard input (once), or standard input when there is none. */
async function readTexts(io: Io, positionals: readonly string[]): Promise<string[]> {
  if (positionals.length === 0) {
    if (io.stdin.isTTY === true) throw new UsageError('missing text: give it as an argument, or pipe it to standard input');
    return [dropFinalNewline(await readStdin(io.stdin))];
  }
  if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('standard input ("-") can be read only once');
  const texts: string[] = [];
  for (const p of positionals) texts.push(p === '-' ? dropFinalNewline(await readStdin(io.stdin)) : p);
  return texts;
}

function build(input: BinaryMessageInput, io: Io) {
  try {
    return buildBinaryMessages(input);
  } catch (error) {
    throw pointAt(error, input.text ?? '', io.stderr.style);
  }
}

/**
 * The whole body, from one generator for all texts. An error about a
 * text's characters (it has an index but no path) points into the text that
 * caused it: the texts are tried one at a time to find it.
 */
function buildBody(inputs: readonly RequestMessageInput[], endpoint: Endpoint, references: ReferenceGenerator | undefined, io: Io): unknown {
  try {
    return buildRequest(inputs, { endpoint, ...(references === undefined ? {} : { references }) });
  } catch (error) {
    if (!(error instanceof SmsHexError) || error.path !== undefined || error.index === undefined) throw error;
    for (const input of inputs) {
      try {
        buildBinaryMessages({ ...input, to: UNADDRESSED } as BinaryMessageInput);
      } catch (inner) {
        throw pointAt(inner, input.text ?? '', io.stderr.style);
      }
    }
    throw error;
  }
}
