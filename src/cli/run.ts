/**
 * The command line: picks the subcommand, parses its options, runs it, and
 * turns every failure into a message on standard error and an exit status
 * (0 success, 1 invalid input, 2 usage error), never a stack trace.
 *
 * @internal
 * @module
 */

import { parseArgs } from 'node:util';
import { version } from '../../package.json';
import { SmsHexError } from '../index.js';
import type { Command } from './command.js';
import { count } from './commands/count.js';
import { decode } from './commands/decode.js';
import { encode } from './commands/encode.js';
import { serve } from './commands/serve.js';
import { validate } from './commands/validate.js';
import { EXIT_INVALID, EXIT_OK, EXIT_USAGE, InputError, UsageError } from './errors.js';
import type { Io } from './io.js';

const COMMANDS: readonly Command[] = [encode, count, decode, validate, serve];

/** The package version, from package.json. */
export const VERSION: string = version;

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return `Usage: smshex <command> [options] [input]

Binary SMS payloads for POST /sms/1/binary/multi, exact to 3GPP TS 23.038
and TS 23.040.

Commands:
${COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Options:
  -h, --help      this help; smshex <command> --help for a command's
  -v, --version   the version

An input argument of "-", or none with a pipe, reads standard input.
Exit status: 0 success (validate: valid), 1 invalid input, 2 usage error.
Colour only on a terminal, and never with NO_COLOR set.`;
}

/** Runs the command line `argv` (without `node` and the script); resolves to the exit status. */
export async function run(argv: readonly string[], io: Io, env: NodeJS.ProcessEnv): Promise<number> {
  // Node decodes the command line as UTF-8, replacing invalid bytes with U+FFFD: a U+FFFD in an
  // argument is taken for invalid input and refused, never sent on (a real U+FFFD can come through
  // standard input or a file, which are decoded strictly).
  const replaced = argv.findIndex((argument) => argument.includes('\uFFFD'));
  if (replaced !== -1) {
    io.stderr.line(
      `smshex: argument ${replaced + 1} is not valid UTF-8 (it holds U+FFFD, what invalid bytes become); nothing is replaced: pass such text on standard input or in a file`,
    );
    return EXIT_INVALID;
  }
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.line(topHelp());
    return EXIT_USAGE;
  }
  if (name === '-h' || name === '--help' || name === 'help') {
    const command = COMMANDS.find((c) => c.name === rest[0]);
    io.stdout.line(command === undefined ? topHelp() : command.help);
    return EXIT_OK;
  }
  if (name === '-v' || name === '--version') {
    io.stdout.line(VERSION);
    return EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    io.stderr.line(`smshex: unknown command ${JSON.stringify(name)}; the commands are ${COMMANDS.map((c) => c.name).join(', ')}`);
    io.stderr.line('Run "smshex --help" for usage.');
    return EXIT_USAGE;
  }
  const prefix = `smshex ${command.name}:`;
  try {
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: { ...command.options, help: { type: 'boolean', short: 'h' } },
        allowPositionals: true,
        strict: true,
      });
    } catch (error) {
      throw new UsageError(argsProblem(error, command));
    }
    if (parsed.values.help === true) {
      io.stdout.line(command.help);
      return EXIT_OK;
    }
    return await command.run(io, parsed.values, parsed.positionals);
  } catch (error) {
    return report(io, prefix, command.name, error, env);
  }
}

/**
 * Our own words for what `parseArgs` refused (its text suggests `-- "--flag"`
 * with an unbalanced quote): the flag, and the command's usage line.
 */
function argsProblem(error: unknown, command: Command): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  const flagName = /'(-[^'\s]*)/.exec(message)?.[1] ?? '';
  const usage = command.help.split('\n', 1)[0] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${JSON.stringify(flagName)}\n${usage}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return `option ${JSON.stringify(flagName.endsWith(',') ? flagName.slice(0, -1) : flagName)} ${message.includes('argument missing') ? 'needs a value' : 'takes no value'}\n${usage}`;
  }
  return `${message.split('. ', 1)[0] ?? message}\n${usage}`;
}

/** Prints a failure and returns its exit status. */
function report(io: Io, prefix: string, name: string, error: unknown, env: NodeJS.ProcessEnv): number {
  const style = io.stderr.style;
  const label = style.red(style.bold('error'));
  if (error instanceof UsageError) {
    io.stderr.line(`${prefix} ${error.message}`);
    io.stderr.line(`Run "smshex ${name} --help" for usage.`);
    return EXIT_USAGE;
  }
  if (error instanceof InputError) {
    io.stderr.line(`${prefix} ${label} ${error.message}`);
    for (const line of error.detail) io.stderr.line(line);
    return EXIT_INVALID;
  }
  if (error instanceof SmsHexError) {
    io.stderr.line(`${prefix} ${label} ${error.code}: ${error.message}`);
    return EXIT_INVALID;
  }
  if (error instanceof RangeError || error instanceof TypeError) {
    // The library refused an option value the command line passed on (a reference out of range, say).
    io.stderr.line(`${prefix} ${error.message}`);
    io.stderr.line(`Run "smshex ${name} --help" for usage.`);
    if (env['SMSHEX_DEBUG'] !== undefined && error.stack !== undefined) io.stderr.line(error.stack);
    return EXIT_USAGE;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.line(`${prefix} internal error: ${message}`);
  if (env['SMSHEX_DEBUG'] !== undefined && error instanceof Error && error.stack !== undefined) io.stderr.line(error.stack);
  return EXIT_INVALID;
}
