/**
 * How many octets User Data Header elements take, for the segmenter to
 * subtract from a part's 140 octets and for the builder and the parser to
 * agree on. The one place these sizes are written. 3GPP TS 23.040 §9.2.3.24.
 *
 * @internal
 * @module
 */

/** Identifier and length octets in front of every element's data (IEI, IEDL). */
export const IE_HEADER_OCTETS = 2;
/** Data octets of an 8-bit-reference concatenation element (IE 0x00, §9.2.3.24.1). */
export const CONCAT_8_DATA_OCTETS = 3;
/** Data octets of a 16-bit-reference concatenation element (IE 0x08, §9.2.3.24.8). */
export const CONCAT_16_DATA_OCTETS = 4;
/** Data octets of 8-bit application ports (IE 0x04, §9.2.3.24.3). */
export const PORTS_8_DATA_OCTETS = 2;
/** Data octets of 16-bit application ports (IE 0x05, §9.2.3.24.4). */
export const PORTS_16_DATA_OCTETS = 4;
/** Data octets of a national language shift element (IE 0x24 / 0x25, §9.2.3.24.15/16). */
export const SHIFT_DATA_OCTETS = 1;

/** Octets of one national language shift IE, identifier and length included: 3. */
export const SHIFT_ELEMENT_OCTETS = IE_HEADER_OCTETS + SHIFT_DATA_OCTETS;

/**
 * Octets of a concatenation information element including its identifier and
 * length octets: 5 with an 8-bit reference (IE 0x00), 6 with a 16-bit one (IE 0x08).
 */
export function concatElementOctets(referenceBits: 8 | 16): number {
  return IE_HEADER_OCTETS + (referenceBits === 16 ? CONCAT_16_DATA_OCTETS : CONCAT_8_DATA_OCTETS);
}

/**
 * The offset of the sequence octet in a header whose first element is the
 * concatenation element: after UDHL, IEI, IEDL, the reference and the total,
 * so 5 with an 8-bit reference and 6 with a 16-bit one.
 */
export function concatSequenceOffset(referenceBits: 8 | 16): number {
  return concatElementOctets(referenceBits);
}

/**
 * The octets a header takes, its length octet (UDHL) included, for
 * information elements totalling `elementOctets`; 0 when there are none.
 */
export function headerOctets(elementOctets: number): number {
  return elementOctets === 0 ? 0 : 1 + elementOctets;
}
