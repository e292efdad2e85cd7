/**
 * Heap allocated per call: the growth of the V8 heap over many calls plus
 * whatever the garbage collections in between reclaimed (read with
 * v8.GCProfiler), divided by the calls. Off-heap memory (the backing store of
 * a large ArrayBuffer) is not part of it; objects, strings, arrays and small
 * typed arrays are.
 */

import v8 from 'node:v8';

const used = () => v8.getHeapStatistics().used_heap_size;

/**
 * @param {(input: any) => number} fn - one call; returns a number (summed, so the work is kept)
 * @param {Array} inputs - cycled through
 * @param {number} calls - calls measured (after as many warm-up calls, up to 5,000)
 * @returns {number} bytes per call
 */
export function heapPerCall(fn, inputs, calls) {
  const n = inputs.length;
  let acc = 0;
  for (let i = 0; i < Math.min(calls, 5000); i++) acc = (acc + fn(inputs[i % n])) | 0;
  globalThis.gc?.();
  const profiler = new v8.GCProfiler();
  profiler.start();
  const before = used();
  for (let i = 0; i < calls; i++) acc = (acc + fn(inputs[i % n])) | 0;
  const after = used();
  const { statistics } = profiler.stop();
  let reclaimed = 0;
  for (const gc of statistics) reclaimed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
  if (acc === 0.5) console.log(acc); // never true: keeps acc alive
  return Math.max(0, (after - before + reclaimed) / calls);
}
