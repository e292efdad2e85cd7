/**
 * Concatenation references never repeat for a handset (issue 13.3): bulk
 * building draws from one generator per call, and a generator gives a
 * reference that is fresh for every destination a message goes to.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildMany, buildMultiRequest, createReferenceGenerator, decodeBinaryMessage, type BinaryMessage } from '../../src/index.js';

const long = (i: number): string => `${i} ${'x'.repeat(200)}`;
const referenceOf = (message: BinaryMessage): number => {
  const concat = decodeBinaryMessage(message.binary).udh?.elements.find((element) => element.type === 'concat');
  if (concat?.type !== 'concat') throw new Error('no concatenation element');
  return concat.reference;
};
/** The reference of each concatenated message (its first part), in order. */
const references = (batch: BinaryMessage[][]): number[] => batch.map((messages) => referenceOf(messages[0] as BinaryMessage));

describe('buildMany draws every reference from one generator per call', () => {
  it('200 batches of 20 long texts to one number: no batch repeats a reference', () => {
    let repeated = 0;
    for (let batch = 0; batch < 200; batch++) {
      const drawn = references([...buildMany(Array.from({ length: 20 }, (_, i) => ({ to: '41793026727', text: long(i) })))]);
      if (new Set(drawn).size !== drawn.length) repeated++;
    }
    expect(repeated).toBe(0);
  });

  it('256 long texts to one number, 8-bit: all 256 references; 16-bit inputs draw from their own', async () => {
    const inputs = Array.from({ length: 256 }, (_, i) => ({ to: '1', text: long(i), ...(i % 2 === 1 ? { referenceBits: 16 as const } : {}) }));
    const eight = references([...buildMany(Array.from({ length: 256 }, (_, i) => ({ to: '1', text: long(i) })))]);
    expect(new Set(eight).size).toBe(256);
    const streamed: BinaryMessage[][] = [];
    for await (const batch of buildMany((async function* () { yield* inputs; })())) streamed.push(batch);
    expect(new Set(references(streamed.filter((_, i) => i % 2 === 0))).size).toBe(128);
    expect(new Set(references(streamed.filter((_, i) => i % 2 === 1))).size).toBe(128);
  });

  it('buildMultiRequest: the same, within one body', () => {
    const body = buildMultiRequest(Array.from({ length: 256 }, (_, i) => ({ to: '1', text: long(i) })));
    const firsts = body.messages.filter((message) => message.binary.hex.slice(15, 17) === '01');
    expect(new Set(firsts.map(referenceOf)).size).toBe(256);
  });
});

describe('createReferenceGenerator: fresh for every destination of a message', () => {
  const destination = fc.constantFrom('A', 'B', 'C', '1,2', '1', '2');
  const target = fc.oneof(destination, fc.array(destination, { minLength: 1, maxLength: 4 }));

  it.each([
    [8, 256],
    [16, 65536],
  ] as const)('%i-bit: no destination sees a reference twice within %i consecutive messages', (bits, window) => {
    fc.assert(
      fc.property(fc.array(target, { minLength: 1, maxLength: 600 }), fc.integer({ min: 0, max: window - 1 }), (targets, skip) => {
        const generator = createReferenceGenerator({ referenceBits: bits });
        // Start anywhere in the cycle: the draws before are to nobody in particular.
        for (let i = 0; i < skip % 1000; i++) generator.next();
        const last = new Map<string, { reference: number; at: number }[]>();
        targets.forEach((to, at) => {
          const reference = generator.next(to);
          const members = typeof to === 'string' ? [to] : [...new Set(to)];
          for (const member of members) {
            const seen = last.get(member) ?? [];
            for (const earlier of seen) if (at - earlier.at < window) expect(earlier.reference).not.toBe(reference);
            seen.push({ reference, at });
            last.set(member, seen);
          }
        });
      }),
      { numRuns: 50 },
    );
  });

  it("a list and its members draw from the same counter: B never gets a reference twice in a row", () => {
    const generator = createReferenceGenerator();
    const drawn = [generator.next(['A', 'B']), generator.next('B'), generator.next(['1', '2']), generator.next('1,2')];
    expect(new Set(drawn).size).toBe(4);
  });

  it('keeps no state per destination: 65,536 destinations share one counter', () => {
    const generator = createReferenceGenerator({ referenceBits: 16 });
    const first = generator.next('0');
    for (let i = 1; i < 65536; i++) generator.next(String(i));
    expect(generator.next('0')).toBe(first);
  });
});
