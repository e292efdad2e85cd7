/**
 * The fixed sizes of one short message that every layer above counts with.
 * 3GPP TS 23.040 §9.2.3.16 (TP-UDL), §9.2.3.24 (UDH) and TS 23.038 §6.1.2.1.
 *
 * @module
 */

/**
 * Octets of user data in one SMS (TS 23.040 §9.2.3.24: TP-UD is at most 140 octets).
 *
 * @group Segments
 */
export const USER_DATA_OCTETS = 140;
/**
 * Septets of user data in one SMS without a header: 140 × 8 / 7.
 *
 * @group Segments
 */
export const USER_DATA_SEPTETS = 160;
/**
 * The most parts one concatenated message can have: total and sequence are one octet each.
 *
 * @group Segments
 */
export const MAX_PARTS = 255;
