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

// A reader that closes the pipe early (`smshex encode ... | head -1`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = await run(
  process.argv.slice(2),
  { stdin: process.stdin, stdout: outputFor(process.stdout, process.env), stderr: outputFor(process.stderr, process.env) },
  process.env,
);
