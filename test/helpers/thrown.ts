import { SmsHexError } from '../../src/index.js';

/** Runs `run` and returns the SmsHexError it throws; fails on anything else. */
export function thrown(run: () => unknown): SmsHexError {
  try {
    run();
  } catch (error) {
    if (error instanceof SmsHexError) return error;
    throw error;
  }
  throw new Error('expected an SmsHexError');
}

/**
 * Runs `run` and returns what a caller reads of the error it throws, for `toStrictEqual`: `name` and
 * `message`, and `code` and `path` for an SmsHexError; fails when nothing or a non-Error is thrown.
 */
export function thrownFields(run: () => unknown): { name: string; code?: string; path?: unknown; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof SmsHexError) return { name: error.name, code: error.code, path: error.path, message: error.message };
    if (error instanceof Error) return { name: error.name, message: error.message };
    throw error;
  }
  throw new Error('expected an error');
}
