/**
 * GSM 7-bit as a coding value, one per pair of tables: septets one per
 * octet, an escape pair (0x1B and the extension code) an atom that is never
 * split. 3GPP TS 23.038 §6.2.1.
 *
 * @internal
 * @module
 */

import type { Locate, SmsHexIssue } from '../../errors.js';
import { createError } from '../../errors.js';
import type { PayloadCoding, Scratch } from '../coding.js';
import { DEFAULT_CHARSET, ESCAPE, type Gsm7Charset } from './charset.js';
import { encodeSeptets, encodeSeptetsInto } from './codec.js';
import { readSeptets } from './decode.js';

/** Units of the atom at septet `unit` of a ready payload; throws for a septet above 0x7f or a trailing escape. */
function septetAtom(fn: string, bytes: Uint8Array, unit: number): number {
  const septet = bytes[unit] as number;
  if (septet > 0x7f) throw createError(fn, 'GSM7_INVALID_SEPTET', { index: unit, actual: septet });
  if (septet !== ESCAPE) return 1;
  if (unit + 1 >= bytes.length) throw createError(fn, 'GSM7_TRAILING_ESCAPE', { index: unit });
  const next = bytes[unit + 1] as number;
  if (next > 0x7f) throw createError(fn, 'GSM7_INVALID_SEPTET', { index: unit + 1, actual: next });
  return 2;
}

/** A class, not a frozen literal with closures: a plan with national tables makes one per candidate, per call. */
class Gsm7Coding implements PayloadCoding {
  readonly encoding = 'gsm7';
  readonly octetsPerUnit = 1;
  readonly atom = septetAtom;
  constructor(private readonly charset: Gsm7Charset) {}

  encode(fn: string, text: string, scratch?: Scratch): Uint8Array {
    return scratch === undefined ? encodeSeptets(fn, text, this.charset) : encodeSeptetsInto(fn, text, this.charset, scratch(2 * text.length));
  }

  opensAtom(bytes: Uint8Array, unit: number): boolean {
    // The encoder writes 0x1b only as the escape of a pair: no table has a character there.
    return bytes[unit] === ESCAPE;
  }

  decode(fn: string, bytes: Uint8Array, offset?: number, locate?: Locate): string | SmsHexIssue {
    return readSeptets(fn, bytes, this.charset, offset, locate);
  }
}

const makeGsm7Coding = (charset: Gsm7Charset): PayloadCoding => new Gsm7Coding(charset);

const DEFAULT_GSM7_CODING: PayloadCoding = /* @__PURE__ */ makeGsm7Coding(DEFAULT_CHARSET);
/**
 * The GSM 7-bit coding with `charset`'s tables: a constant for the default
 * tables, else a small object made on the spot (a compiled plan makes it once).
 *
 * @internal
 */
export function gsm7Coding(charset: Gsm7Charset): PayloadCoding {
  return charset === DEFAULT_CHARSET ? DEFAULT_GSM7_CODING : makeGsm7Coding(charset);
}
