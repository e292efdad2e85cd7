import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBinaryMessages, buildMany, estimateMany, estimateSegments } from '../../src/index.js';

async function* lines(texts: string[]): AsyncGenerator<string> {
  for (const text of texts) yield text;
}

describe('estimateMany', () => {
  it('gives what estimateSegments gives, in order, for sync and async input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: 'grapheme', maxLength: 300 }), { maxLength: 20 }), async (texts) => {
        const expected = texts.map((t) => estimateSegments(t, { referenceBits: 16 }));
        expect([...estimateMany(texts, { referenceBits: 16 })]).toEqual(expected);
        const streamed = [];
        for await (const estimate of estimateMany(lines(texts), { referenceBits: 16 })) streamed.push(estimate);
        expect(streamed).toEqual(expected);
      }),
      { numRuns: 30 },
    );
  });

  it('is lazy: nothing is read before it is asked for', () => {
    let read = 0;
    function* texts(): Generator<string> {
      for (;;) {
        read++;
        yield 'x';
      }
    }
    const estimates = estimateMany(texts());
    expect(read).toBe(0);
    estimates.next();
    estimates.next();
    expect(read).toBe(2);
  });

  it('checks the options before the first text, and the texts as they come', () => {
    expect(() => estimateMany([], { referenceBits: 7 as 8 })).toThrow(RangeError);
    const estimates = estimateMany(['ok', 42 as unknown as string]);
    expect(estimates.next().value?.smsCount).toBe(1);
    expect(() => estimates.next()).toThrow(TypeError);
  });

  it.each([[null], [42], ['a string'], [{}]])('rejects %s as input', (value) => {
    expect(() => estimateMany(value as never)).toThrow(TypeError);
  });
});

describe('buildMany', () => {
  it('builds each input as buildBinaryMessages does', async () => {
    const inputs = [
      { to: '41793026727', text: 'Hi', reference: 1 },
      { to: '41793026731', text: 'x'.repeat(200), reference: 2 },
    ];
    const expected = inputs.map((input) => buildBinaryMessages(input));
    expect([...buildMany(inputs)]).toEqual(expected);
    const streamed = [];
    for await (const batch of buildMany((async function* () { yield* inputs; })())) streamed.push(batch);
    expect(streamed).toEqual(expected);
  });

  it('rejects what is not iterable', () => {
    expect(() => buildMany(7 as never)).toThrow(TypeError);
  });
});
