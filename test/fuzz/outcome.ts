/** Running a call in a property: its value, or the SmsHexError it threw. */
import { SmsHexError } from '../../src/index.js';

/** The outcome of a call: its value, or the SmsHexError it threw (anything else propagates). */
export function outcome<T>(call: () => T): { ok: true; value: T } | { ok: false; error: SmsHexError } {
  try {
    return { ok: true, value: call() };
  } catch (error) {
    if (error instanceof SmsHexError) return { ok: false, error };
    throw error;
  }
}
