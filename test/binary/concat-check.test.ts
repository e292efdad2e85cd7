/**
 * src/binary/concat-check.ts: the one check of the parts of a concatenated
 * message, which reassemble and the request validator both grade.
 */
import { describe, expect, it } from 'vitest';
import { checkConcatParts, type ConcatPart } from '../../src/binary/concat-check.js';

const part = (reference: number, total: number, sequence: number, dataCoding?: number, referenceBits: 8 | 16 = 8): ConcatPart => ({
  concat: { type: 'concat', reference, total, sequence, referenceBits },
  ...(dataCoding === undefined ? {} : { dataCoding }),
});

describe('checkConcatParts', () => {
  it('orders complete parts by sequence', () => {
    expect(checkConcatParts([part(7, 3, 3), part(7, 3, 1), part(7, 3, 2)])).toEqual({ issues: [], bySequence: [1, 2, 0] });
  });

  it.each([
    ['no element', [{ concat: undefined }, part(7, 1, 1)], [{ kind: 'element', part: 0 }]],
    ['another reference', [part(7, 2, 1), part(8, 2, 2)], [{ kind: 'reference', part: 1, against: 0 }, { kind: 'missing', total: 2, missing: 'part 2 of 2 is' }]],
    ['another width', [part(7, 1, 1), part(7, 1, 1, undefined, 16)], [{ kind: 'reference', part: 1, against: 0 }]],
    ['another total', [part(7, 2, 1), part(7, 3, 2), part(7, 2, 2)], [{ kind: 'total', part: 1, against: 0 }]],
    ['another coding', [part(7, 2, 1, 0), part(7, 2, 2, 8)], [{ kind: 'coding', part: 1, against: 0 }, { kind: 'missing', total: 2, missing: 'part 2 of 2 is' }]],
    ['a coding known on one side only', [part(7, 2, 1, 0), part(7, 2, 2)], []],
    ['a repeat', [part(7, 2, 1), part(7, 2, 2), part(7, 2, 1)], [{ kind: 'duplicate', part: 2, against: 0, sequence: 1 }]],
    ['missing parts', [part(7, 4, 3)], [{ kind: 'missing', total: 4, missing: 'parts 1, 2, 4 of 4 are' }]],
  ] as const)('reports %s', (_, parts, issues) => {
    expect(checkConcatParts(parts).issues).toEqual(issues);
  });

  it('checks nothing without parts', () => {
    expect(checkConcatParts([])).toEqual({ issues: [], bySequence: [] });
  });
});
