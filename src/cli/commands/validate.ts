/**
 * `smshex validate <hex | file.json>`: strict (or lenient) hex, or a whole
 * request body, every issue with its path and position.
 *
 * @internal
 * @module
 */

import { ENDPOINTS, type Endpoint, type SmsHexIssue, safeParseHex, validateRequest, type ValidateRequestResult } from '../../index.js';
import { atMost, type Command, flag, stringValue, type Values } from '../command.js';
import { EXIT_INVALID, EXIT_OK, InputError, UsageError } from '../errors.js';
import { dropFinalNewline, fileKind, type Io, readInput, readTextFile, type Style } from '../io.js';
import { caretLines, formatPath } from '../render.js';

const HELP = `Usage: smshex validate [options] <hex | file.json>

Checks hex in the binary API's strict format (two digits per byte, one space
between bytes), or with --lenient the forms people type ("0F:C2", "0x0fc2",
runs of whitespace). Given a JSON file (or JSON on standard input), checks a
whole request body of any binary endpoint (/sms/1/binary/single,
/sms/1/binary/multi, /sms/2/binary/advanced, /sms/3/messages), told from its
fields unless --endpoint names it: shape, sender, destinations, delivery
fields, hex, dataCoding, esmClass, the user data header, part sizes and
concatenation across messages. Unknown keys are reported, with "did you
mean" for a near miss.

Empty or whitespace-only hex is HEX_EMPTY in both modes: binary.hex needs at
least one byte. Strict is the default here, while the library's parseHex and
safeParseHex default to lenient: they read hex people paste, this command
checks hex about to be sent, which the API takes only in the strict format.

Every issue is printed with its path and position, and a caret under the
offending character of the hex.

Options:
  --lenient      accept the lenient hex forms (hex only)
  --hex          read the input as hex even if it looks like JSON
  --body         read the input as a JSON request body
  --endpoint <p> the endpoint the body is for (default: auto, told from
                 its fields)
  --unknown-keys <level>  warning (default) or error
  --now <time>   the clock sendAt is checked against (ISO 8601; default now)
  --json         the result as JSON
  -h, --help     this help

The argument is a file when one of that name exists, else the hex itself. An
argument of "-", or none with a pipe, reads standard input. Input starting
with "{" or "[" is a request body.

Exit status: 0 valid (warnings allowed), 1 invalid, 2 usage error.

Examples:
  smshex validate "0f c2 4a bf"
  smshex validate --lenient "0F:C2:4A"
  smshex validate request.json`;

export const validate: Command = {
  name: 'validate',
  summary: 'check hex (strict or lenient) or a whole request body',
  help: HELP,
  options: {
    lenient: { type: 'boolean' },
    hex: { type: 'boolean' },
    body: { type: 'boolean' },
    json: { type: 'boolean' },
    endpoint: { type: 'string' },
    'unknown-keys': { type: 'string' },
    now: { type: 'string' },
  },
  async run(io: Io, values: Values, positionals: readonly string[]): Promise<number> {
    atMost(positionals, 1, 'input');
    if (flag(values, 'hex') && flag(values, 'body')) throw new UsageError('--hex and --body exclude each other');
    const argument = positionals[0];
    let input: string;
    let fromFile = false;
    const kind = argument === undefined || argument === '-' ? undefined : await fileKind(argument);
    if (kind === 'directory') throw new UsageError(`${JSON.stringify(argument)} is a directory, not a file`);
    if (argument !== undefined && kind === 'file') {
      input = dropFinalNewline(await readTextFile(argument));
      fromFile = true;
    } else {
      if (argument !== undefined && /\.json$/i.test(argument)) throw new UsageError(`no such file: ${JSON.stringify(argument)}`);
      input = (await readInput(io, argument, 'hex or request body')).text;
    }
    const asBody = flag(values, 'body') || (!flag(values, 'hex') && /^\s*[{[]/.test(input));
    if (asBody && flag(values, 'lenient')) throw new UsageError('--lenient applies to hex; a request body is checked as the API reads it');
    const json = flag(values, 'json');
    const options = readBodyOptions(values);
    if (!asBody && (options.endpoint !== 'auto' || options.unknownKeys !== 'warning' || options.now !== undefined)) {
      throw new UsageError('--endpoint, --unknown-keys and --now apply to a request body');
    }
    return asBody ? validateBody(io, input, json, options) : validateHexInput(io, input, flag(values, 'lenient'), json, fromFile);
  },
};

function validateHexInput(io: Io, hex: string, lenient: boolean, json: boolean, fromFile: boolean): number {
  const result = safeParseHex(hex, { strict: !lenient });
  const mode = lenient ? 'lenient' : 'strict';
  const out = io.stdout;
  if (json) {
    out.line(JSON.stringify(result.ok ? { ok: true, mode, bytes: result.bytes.length, hex: result.hex } : { ok: false, mode, error: result.error }, null, 2));
    return result.ok ? EXIT_OK : EXIT_INVALID;
  }
  if (result.ok) {
    const count = result.bytes.length;
    out.line(`${out.style.green('valid')} ${mode} hex: ${count} byte${count === 1 ? '' : 's'}`);
    if (lenient && result.hex !== hex) out.line(`as the API writes it: ${result.hex}`);
    return EXIT_OK;
  }
  const { error } = result;
  out.line(`${out.style.red('error')} ${error.code}: ${error.message}`);
  if (error.index !== undefined) for (const line of caretLines(hex, error.index, out.style)) out.line(line);
  if (!lenient && error.code !== 'HEX_EMPTY' && safeParseHex(hex).ok) out.line(out.style.dim('(valid as lenient hex: smshex validate --lenient)'));
  if (fromFile) out.line(out.style.dim('(read from a file; the index counts from its first character)'));
  return EXIT_INVALID;
}

interface BodyOptions {
  readonly endpoint: Endpoint | 'auto';
  readonly unknownKeys: 'warning' | 'error';
  readonly now: number | undefined;
}

function readBodyOptions(values: Values): BodyOptions {
  const endpoint = stringValue(values, 'endpoint') ?? 'auto';
  if (endpoint !== 'auto' && !(ENDPOINTS as readonly string[]).includes(endpoint)) {
    throw new UsageError(`--endpoint must be auto or one of ${ENDPOINTS.join(', ')}, got ${JSON.stringify(endpoint)}`);
  }
  const unknownKeys = stringValue(values, 'unknown-keys') ?? 'warning';
  if (unknownKeys !== 'warning' && unknownKeys !== 'error') throw new UsageError(`--unknown-keys must be warning or error, got ${JSON.stringify(unknownKeys)}`);
  const nowText = stringValue(values, 'now');
  const now = nowText === undefined ? undefined : Date.parse(nowText);
  if (now !== undefined && Number.isNaN(now)) throw new UsageError(`--now must be an ISO 8601 time, got ${JSON.stringify(nowText)}`);
  return { endpoint: endpoint as Endpoint | 'auto', unknownKeys, now };
}

function validateBody(io: Io, input: string, json: boolean, options: BodyOptions): number {
  const body = parseJson(input, io.stderr.style);
  const result: ValidateRequestResult = validateRequest(body, {
    endpoint: options.endpoint,
    unknownKeys: options.unknownKeys,
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  const out = io.stdout;
  if (json) {
    out.line(JSON.stringify(result, null, 2));
    return result.ok ? EXIT_OK : EXIT_INVALID;
  }
  for (const issue of result.issues) for (const line of issueLines(issue, body, out.style)) out.line(line);
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.filter((i) => i.severity === 'warning').length;
  const counts = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  const kind = result.endpoint === undefined ? 'request body' : `${result.endpoint} body${result.detected ? ' (detected)' : ''}`;
  out.line(result.ok ? `${out.style.green('valid')} ${kind} (${counts})` : `${out.style.red('invalid')} ${kind} (${counts})`);
  return result.ok ? EXIT_OK : EXIT_INVALID;
}

/** One issue: severity, path, code and position, the message, and a caret under the character in a string field. */
function issueLines(issue: SmsHexIssue, body: unknown, style: Style): string[] {
  const severity = issue.severity === 'warning' ? style.yellow('warning') : issue.severity === 'info' ? style.dim('info') : style.red('error');
  const path = issue.path ?? [];
  const where = `${formatPath(path)}${issue.index === undefined ? '' : ` at index ${issue.index}`}`;
  const lines = [`${severity} ${style.bold(where)} ${issue.code}`, `  ${issue.message}`];
  if (issue.index !== undefined) {
    const value = valueAt(body, path);
    if (typeof value === 'string') lines.push(...caretLines(value, issue.index, style, '    '));
  }
  return lines;
}

/** The value at `path` in parsed JSON, through own properties only. */
function valueAt(body: unknown, path: ReadonlyArray<string | number>): unknown {
  let value = body;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * `JSON.parse`, with a syntax error turned into an {@link InputError}: with
 * the line, column and a caret where the engine names a position (V8 does
 * for most errors, not for "Unexpected token").
 */
function parseJson(input: string, style: Style): unknown {
  try {
    return JSON.parse(input) as unknown;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\r?\n/g, '\\n');
    const position = /at position (\d+)/.exec(message);
    if (position === null) throw new InputError(`not valid JSON: ${message}`);
    const index = Number(position[1]);
    const lineStart = input.lastIndexOf('\n', index - 1) + 1;
    const lineEnd = input.indexOf('\n', index);
    const lineNumber = input.slice(0, lineStart).split('\n').length;
    const line = input.slice(lineStart, lineEnd === -1 ? input.length : lineEnd);
    throw new InputError(`not valid JSON (line ${lineNumber}, column ${index - lineStart + 1}): ${message}`, caretLines(line, index - lineStart, style));
  }
}
