/**
 * A small interleaving harness: every candidate of a task runs once per
 * round, in a shuffled order, over the same slice of the inputs, so that
 * machine noise (other processes, CPU frequency, GC) falls on all of them
 * alike. Reports the median time per message over the rounds, and
 * {@link pairedRatio} compares two candidates round by round.
 */

import { createRandom } from './corpus.mjs';

/** Keeps results alive so that the work cannot be optimized away. */
let sink = 0;
export const sinkValue = () => sink;

/**
 * A sampling loop of its own for each candidate (compiled separately, so the
 * call site of `fn` stays monomorphic and no candidate pays for another's
 * types). `fn` returns a number, summed into the sink.
 */
function makeSampler(fn) {
  const loop = new Function(
    'fn',
    `return function sample(inputs, start, size, reps) {
      const n = inputs.length;
      let acc = 0;
      const t0 = process.hrtime.bigint();
      for (let r = 0; r < reps; r++) {
        for (let i = 0, k = start % n; i < size; i++, k = k + 1 === n ? 0 : k + 1) acc = (acc + fn(inputs[k])) | 0;
      }
      const elapsed = Number(process.hrtime.bigint() - t0);
      return [elapsed / (reps * size), acc];
    }`,
  );
  const run = loop(fn);
  return (inputs, start, size, reps) => {
    const [ns, acc] = run(inputs, start, size, reps);
    sink = (sink + acc) | 0;
    return ns;
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Measures a task's candidates interleaved.
 *
 * @param {object} task
 * @param {Array} task.inputs - one input per message
 * @param {Array<{ name: string, fn: Function }>} task.candidates - `fn(input)` handles one message and returns a number
 * @param {object} [settings]
 * @param {number} [settings.rounds] - rounds after warm-up
 * @param {number} [settings.sliceSize] - messages per sample (the slice moves on each round)
 * @param {number} [settings.minSampleMs] - a fast candidate repeats its slice until a sample takes this long
 * @returns {Map<string, { medianNs: number, samples: number[] }>}
 */
export function measure(task, settings = {}) {
  const rounds = settings.rounds ?? 61;
  const sliceSize = Math.min(settings.sliceSize ?? 1000, task.inputs.length);
  const minSampleNs = (settings.minSampleMs ?? 1) * 1e6;
  const random = createRandom(settings.seed ?? 7);
  const candidates = task.candidates.map((c) => ({ ...c, sample: makeSampler(c.fn) }));

  // Warm-up and calibration: how many repetitions of the slice make one sample.
  const reps = new Map();
  for (const c of candidates) {
    c.sample(task.inputs, 0, Math.min(sliceSize, 200), 1);
    const perMessage = c.sample(task.inputs, 0, sliceSize, 1);
    reps.set(c.name, Math.max(1, Math.ceil(minSampleNs / (perMessage * sliceSize))));
    c.sample(task.inputs, sliceSize, sliceSize, reps.get(c.name));
  }

  const samples = new Map(candidates.map((c) => [c.name, []]));
  for (let round = 0; round < rounds; round++) {
    const start = (round * sliceSize) % task.inputs.length;
    const order = candidates.slice();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const c of order) samples.get(c.name).push(c.sample(task.inputs, start, sliceSize, reps.get(c.name)));
  }
  return new Map([...samples].map(([name, s]) => [name, { medianNs: median(s), minNs: Math.min(...s), samples: s }]));
}

/**
 * The median over the rounds of `a`'s time divided by `b`'s in the same
 * round: how many times faster `b` is than `a`. Pairing the samples of one
 * round cancels the load that other processes put on the machine meanwhile.
 */
export function pairedRatio(a, b) {
  return median(a.samples.map((ns, round) => ns / b.samples[round]));
}
