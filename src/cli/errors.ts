/**
 * The CLI's own failures, apart from the library's `SmsHexError`: a usage
 * error (exit status 2) and input the CLI itself could not read (status 1).
 *
 * @internal
 * @module
 */

/** The command line is wrong: an unknown option, a missing argument, a malformed number. Exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The input is unreadable before the library sees it: not UTF-8, not JSON. Exit status 1. */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** Lines to print under the message (a caret line, say). */
  readonly detail: readonly string[];

  constructor(message: string, detail: readonly string[] = []) {
    super(message);
    this.detail = detail;
  }
}

/** Exit statuses. */
export const EXIT_OK = 0;
export const EXIT_INVALID = 1;
export const EXIT_USAGE = 2;
