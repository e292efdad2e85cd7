/**
 * The one check that the parts of a concatenated message belong together
 * and are complete: the same reference (and reference width), the same
 * total, the same data coding, each sequence number once, every sequence
 * from 1 to the total. Reassembly (`reassemble`) throws the first issue;
 * request validation (`validateBinaryRequest`) reports each as a warning,
 * both under the one code of each kind ({@link CONCAT_CODES}).
 *
 * Spec: 3GPP TS 23.040 §9.2.3.24.1 and §9.2.3.24.8.
 *
 * @internal
 * @module
 */

import type { SmsHexErrorCode } from '../errors.js';
import type { ConcatElement } from '../pdu/udh/elements.js';
import { describeMissing } from './payload.js';

/** One part as the check sees it: its last concatenation element and, when known, its data coding. */
export interface ConcatPart {
  readonly concat: ConcatElement | undefined;
  /** Compared between parts only when both carry one. */
  readonly dataCoding?: number;
}

/**
 * What is wrong with the parts. `part` and `against` are indices into the
 * parts given; `against` is the part the first one disagrees with (the first
 * part, or for a duplicate the earlier part with that sequence).
 */
export type ConcatIssue =
  | { readonly kind: 'element'; readonly part: number }
  | { readonly kind: 'reference'; readonly part: number; readonly against: number }
  | { readonly kind: 'total'; readonly part: number; readonly against: number }
  | { readonly kind: 'coding'; readonly part: number; readonly against: number }
  | { readonly kind: 'duplicate'; readonly part: number; readonly against: number; readonly sequence: number }
  | { readonly kind: 'missing'; readonly total: number; readonly missing: string };

/** The error code of each kind of issue: reassembly throws it, request validation reports it as a warning. */
export const CONCAT_CODES: { readonly [K in ConcatIssue['kind']]: SmsHexErrorCode } = {
  element: 'CONCAT_ELEMENT_MISSING',
  reference: 'CONCAT_REFERENCE_MISMATCH',
  total: 'CONCAT_TOTAL_MISMATCH',
  coding: 'CONCAT_CODING_MISMATCH',
  duplicate: 'CONCAT_SEQUENCE_DUPLICATE',
  missing: 'CONCAT_SEQUENCE_MISSING',
};

/** What {@link checkConcatParts} returns. */
export interface ConcatCheck {
  /** In the order the parts were given; a `missing` issue comes last. */
  readonly issues: readonly ConcatIssue[];
  /** The index of the part that holds each sequence (`bySequence[s - 1]`), among those without an issue. */
  readonly bySequence: readonly (number | undefined)[];
}

/**
 * The check of {@link checkConcatParts} one part at a time, for a caller that
 * stops early (request validation after its `maxIssues` cap): `add` judges a
 * part against the parts added before it, `missing` the coverage once every
 * part is in.
 */
export interface ConcatChecker {
  /** The issue of the next part (its index is the number of parts added before it), if it has one. */
  add(part: ConcatPart): ConcatIssue | undefined;
  /** The `missing` issue of the parts added so far, if sequences are missing. */
  missing(): ConcatIssue | undefined;
  /** As {@link ConcatCheck.bySequence}, for the parts added so far. */
  readonly bySequence: readonly (number | undefined)[];
}

/**
 * A {@link ConcatChecker}: parts are checked against the first one that has a
 * concatenation element; a part with an issue is left out of the coverage, so
 * a later part is compared with the parts that agree. Coverage is checked
 * against that first part's total.
 */
export function concatChecker(): ConcatChecker {
  let count = 0;
  let first: ConcatPart | undefined;
  let firstIndex = 0;
  let bySequence: (number | undefined)[] = [];
  return {
    get bySequence() {
      return bySequence;
    },
    add(part: ConcatPart): ConcatIssue | undefined {
      const i = count++;
      const concat = part.concat;
      if (concat === undefined) return { kind: 'element', part: i };
      if (first === undefined) {
        first = part;
        firstIndex = i;
        bySequence = new Array<number | undefined>(concat.total);
      }
      const reference = first.concat as ConcatElement;
      if (concat.reference !== reference.reference || concat.referenceBits !== reference.referenceBits) {
        return { kind: 'reference', part: i, against: firstIndex };
      }
      if (concat.total !== reference.total) return { kind: 'total', part: i, against: firstIndex };
      if (part.dataCoding !== undefined && first.dataCoding !== undefined && part.dataCoding !== first.dataCoding) {
        return { kind: 'coding', part: i, against: firstIndex };
      }
      const twin = bySequence[concat.sequence - 1];
      if (twin !== undefined) return { kind: 'duplicate', part: i, against: twin, sequence: concat.sequence };
      bySequence[concat.sequence - 1] = i;
      return undefined;
    },
    missing(): ConcatIssue | undefined {
      if (first === undefined) return undefined;
      const total = (first.concat as ConcatElement).total;
      const missing = describeMissing(total, (s) => bySequence[s - 1] !== undefined);
      return missing === undefined ? undefined : { kind: 'missing', total, missing };
    },
  };
}

/** Checks the parts, all of them (see {@link concatChecker}). */
export function checkConcatParts(parts: readonly ConcatPart[]): ConcatCheck {
  const checker = concatChecker();
  const issues: ConcatIssue[] = [];
  for (const part of parts) {
    const issue = checker.add(part);
    if (issue !== undefined) issues.push(issue);
  }
  const missing = checker.missing();
  if (missing !== undefined) issues.push(missing);
  return { issues, bySequence: checker.bySequence };
}
