#!/usr/bin/env node
/**
 * The `smshex` executable (dist/cli.js): wires the process's streams to
 * {@link run} and sets the exit status.
 *
 * @internal
 * @module
 */

import { outputFor } from './io.js';
import { run } from './run.js';

// A reader that closes the pipe early (`smshex validate zz | true`) is not an error: the rest of the
// output is dropped and the exit status stays the one the command earns (1 for invalid input).
// Any other failure to write (ENOSPC on a full disk, EIO) is one line on standard error and status 1.
let writeFailed = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  if (!writeFailed) process.stderr.write(`smshex: cannot write to standard output: ${error.code ?? error.message}${error.code === 'ENOSPC' ? ' (no space left on the device)' : ''}\n`);
  writeFailed = true;
  process.exitCode = 1;
});

const status = await run(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: outputFor(process.stdout, process.env), stderr: outputFor(process.stderr, process.env) },
  process.env,
);
process.exitCode = writeFailed ? 1 : status;
