/**
 * Deliberately slow, obviously correct reference implementations. The fast
 * code in src/ is checked against these with fast-check; keep them naive.
 */

/** Bytes to spaced lowercase hex, one byte at a time. */
export function slowToHex(bytes: Uint8Array, separator = ' ', uppercase = false): string {
  const pairs: string[] = [];
  for (const byte of bytes) {
    const pair = byte.toString(16).padStart(2, '0');
    pairs.push(uppercase ? pair.toUpperCase() : pair);
  }
  return pairs.join(separator);
}

/** Strict hex (the API's format) to bytes, or null when the text is not exactly that format. */
export function slowParseStrict(text: string): Uint8Array | null {
  if (!/^[0-9a-fA-F]{2}( [0-9a-fA-F]{2})*$/.test(text)) return null;
  return Uint8Array.from(text.split(' '), (pair) => Number.parseInt(pair, 16));
}

/** TS 23.038 §6.1.2.1 packing as a list of bits, least significant first, fill bits first. */
export function slowPack(septets: Uint8Array, fillBits = 0): Uint8Array {
  const bits: number[] = new Array<number>(fillBits).fill(0);
  for (const septet of septets) {
    for (let bit = 0; bit < 7; bit++) bits.push((septet >> bit) & 1);
  }
  while (bits.length % 8 !== 0) bits.push(0);
  const octets: number[] = [];
  for (let i = 0; i < bits.length; i += 8) {
    let octet = 0;
    for (let bit = 0; bit < 8; bit++) octet += (bits[i + bit] as number) * 2 ** bit;
    octets.push(octet);
  }
  return Uint8Array.from(octets);
}

const GROUP = '(?:0[xX])?(?:[0-9a-fA-F]{2})+';
const LENIENT = ['[ \\t\\r\\n]+', ':', '-'].map((separator) => new RegExp(`^${GROUP}(?:${separator}${GROUP})*$`));

/** Lenient hex to bytes by regular expressions, or null when lenient parsing must refuse the text. */
export function slowParseLenient(text: string): Uint8Array | null {
  const trimmed = text.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  if (trimmed === '') return new Uint8Array(0);
  if (!LENIENT.some((pattern) => pattern.test(trimmed))) return null;
  const digits = trimmed
    .split(/[ \t\r\n]+|:|-/)
    .map((group) => group.replace(/^0[xX]/, ''))
    .join('');
  return Uint8Array.from(digits.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}

/**
 * GSM 7-bit encoding by a linear search of the two tables per UTF-16 unit:
 * the septets, or the index of the first character outside both tables.
 */
export function slowEncodeGsm7(
  text: string,
  alphabet: ReadonlyArray<string | null>,
  extension: ReadonlyArray<string | null>,
): { bytes: number[] } | { index: number } {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const septet = alphabet.indexOf(ch);
    if (septet >= 0) {
      bytes.push(septet);
      continue;
    }
    const extended = extension.indexOf(ch);
    if (extended < 0) return { index: i };
    bytes.push(0x1b, extended);
  }
  return { bytes };
}

/** UTF-16BE code unit by code unit, pairs checked by regex: the bytes, or the index of a lone surrogate. */
export function slowEncodeUcs2(text: string): { bytes: number[] } | { index: number } {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (/[\uD800-\uDFFF]/.test(text[i] as string)) {
      if (!/^[\uD800-\uDBFF][\uDC00-\uDFFF]$/.test(text.slice(i, i + 2))) return { index: i };
      const low = text.charCodeAt(i + 1);
      bytes.push(unit >> 8, unit & 0xff, low >> 8, low & 0xff);
      i++;
      continue;
    }
    bytes.push(unit >> 8, unit & 0xff);
  }
  return { bytes };
}

/**
 * GSM 7-bit parts by placing one character at a time (linear table search):
 * 160 septets in one part, else parts of `capacity`, an escape pair never
 * divided; `null` when a character is outside both tables.
 */
export function slowCountSeptets(
  text: string,
  alphabet: ReadonlyArray<string | null>,
  extension: ReadonlyArray<string | null>,
  capacity = 153,
  single = 160,
): { units: number; parts: number; lastUnits: number } | null {
  const widths: number[] = [];
  for (const ch of text.split('')) {
    if (alphabet.includes(ch)) widths.push(1);
    else if (extension.includes(ch)) widths.push(2);
    else return null;
  }
  const units = widths.reduce((sum, width) => sum + width, 0);
  if (units <= single) return { units, parts: 1, lastUnits: units };
  const parts: number[] = [0];
  for (const width of widths) {
    if ((parts[parts.length - 1] as number) + width > capacity) parts.push(0);
    parts[parts.length - 1] = (parts[parts.length - 1] as number) + width;
  }
  return { units, parts: parts.length, lastUnits: parts[parts.length - 1] as number };
}
