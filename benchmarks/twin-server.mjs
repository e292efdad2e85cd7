/**
 * The twin under load, in its own process (so the load generator's memory
 * is not counted): started from the built package on 127.0.0.1, port 0;
 * answers `memory` messages with its heap after a full garbage collection.
 * Run by benchmarks/twin.mjs with --expose-gc.
 */
import { startTwin } from '../dist/twin.js';

const twin = await startTwin({ logLimit: Number(process.env.TWIN_LOG_LIMIT ?? 1000) });
process.send({ type: 'ready', url: twin.url });
process.on('message', async (message) => {
  if (message.type === 'memory') {
    for (let i = 0; i < 3; i++) globalThis.gc();
    const { heapUsed, rss } = process.memoryUsage();
    process.send({ type: 'memory', heapUsed, rss, logged: twin.requests.length, dropped: twin.droppedRequests, connections: await twin.connections() });
  } else if (message.type === 'close') {
    await twin.close();
    process.exit(0);
  }
});
