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
