#!/usr/bin/env node
/**
 * Load test of the twin (issue 16): a bounded loop of `node:http` clients
 * with keep-alive on loopback posts a 2-part v3 body (`POST /sms/3/messages`,
 * binary content built by smshex) to a twin running in its own process, and
 * reports requests per second, latency percentiles, and the twin's memory
 * before and after 100,000 requests (after a full GC each time). Writes
 * benchmarks/TWIN.md. Bounded: REQUESTS requests, at most DEADLINE_MS.
 *
 *   npm run build && node benchmarks/twin.mjs [--requests=N] [--concurrency=C] [--no-write]
 */
import { fork } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { buildBinaryMessages, estimateSegments } from '../dist/index.js';

const arg = (name, fallback) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const REQUESTS = arg('requests', 100_000);
const WARMUP = 2_000;
const CONCURRENCY = arg('concurrency', 16);
const DEADLINE_MS = 300_000;
const LOG_LIMIT = 1_000;

const TEXT = 'The twin answers this two-part message in the shape of the provider, smsCount included: '.repeat(2).slice(0, 200);
const parts = buildBinaryMessages({ from: 'InfoSMS', to: '41793026727', text: TEXT });
if (parts.length !== 2 || estimateSegments(TEXT).smsCount !== 2) throw new Error('the body must be a 2-part message');
const BODY = JSON.stringify({
  messages: parts.map((part) => ({ sender: 'InfoSMS', destinations: [{ to: '41793026727' }], content: part.binary })),
  options: { includeSmsCountInResponse: true },
});

const server = fork(new URL('./twin-server.mjs', import.meta.url), { execArgv: ['--expose-gc'], env: { ...process.env, TWIN_LOG_LIMIT: String(LOG_LIMIT) } });
const ask = (type) =>
  new Promise((resolve) => {
    const onMessage = (message) => {
      if (message.type === type || (type === 'memory' && message.type === 'memory')) {
        server.off('message', onMessage);
        resolve(message);
      }
    };
    server.on('message', onMessage);
    if (type !== 'ready') server.send({ type });
  });
const { url } = await ask('ready');
const target = new URL('/sms/3/messages', url);
if (target.hostname !== '127.0.0.1') throw new Error(`loopback only, got ${target.hostname}`);

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
const headers = { Authorization: 'App bench', 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(BODY) };
function post() {
  return new Promise((resolve, reject) => {
    const req = request(target, { method: 'POST', headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c) => (text += c)).on('end', () => resolve({ status: res.statusCode, text }));
    });
    req.on('error', reject);
    req.end(BODY);
  });
}

/** Runs `count` requests over CONCURRENCY loops; returns latencies (ms) and failures. */
async function load(count, deadline) {
  const latencies = new Float64Array(count);
  let next = 0;
  let failures = 0;
  let wrong = 0;
  const loop = async () => {
    while (next < count && performance.now() < deadline) {
      const i = next++;
      const start = performance.now();
      const { status, text } = await post();
      latencies[i] = performance.now() - start;
      if (status !== 200) failures++;
      else if (i % 1000 === 0 && JSON.parse(text).messages.some((m) => m.details.messageCount !== 1)) wrong++;
    }
  };
  const begin = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, loop));
  const seconds = (performance.now() - begin) / 1000;
  return { latencies: latencies.slice(0, Math.min(next, count)), failures, wrong, seconds };
}

const deadline = performance.now() + DEADLINE_MS;
const load0 = loadavg();
await load(WARMUP, deadline);
const before = await ask('memory');
const run = await load(REQUESTS, deadline);
const after = await ask('memory');
const load1 = loadavg();
agent.destroy();
server.send({ type: 'close' });

const sorted = Array.from(run.latencies).sort((a, b) => a - b);
const pct = (p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const mb = (bytes) => (bytes / 1_048_576).toFixed(1);
const done = sorted.length;
const rps = done / run.seconds;
const result = {
  requests: done,
  failures: run.failures,
  wrongCounts: run.wrong,
  rps: Math.round(rps),
  p50: pct(50).toFixed(2),
  p99: pct(99).toFixed(2),
  max: sorted.at(-1).toFixed(2),
  before,
  after,
};
console.log(JSON.stringify(result, null, 2));

if (!process.argv.includes('--no-write')) {
  const md = `# The twin under load

Written by \`benchmarks/twin.mjs\` (issue 16); run it again rather than editing the figures.

- **Command:** \`npm run build && node benchmarks/twin.mjs\`
- **Date:** ${new Date().toISOString()}
- **Machine:** ${cpus()[0]?.model.split(' ')[0] ?? 'unknown'}, ${cpus().length} cores, Node ${process.version}; shared with other work (load average ${load0.map((l) => l.toFixed(2)).join(' / ')} at the start, ${load1.map((l) => l.toFixed(2)).join(' / ')} at the end)
- **What:** ${done.toLocaleString('en')} requests \`POST /sms/3/messages\`, a 2-part binary message (${Buffer.byteLength(BODY)} bytes of JSON, \`includeSmsCountInResponse\`), after ${WARMUP.toLocaleString('en')} warm-up requests; ${CONCURRENCY} client loops with \`node:http\` keep-alive on loopback; the twin in its own process with the default options (log capped at ${LOG_LIMIT.toLocaleString('en')}).

| measure | value |
|---|---|
| requests per second | ${result.rps.toLocaleString('en')} |
| latency p50 | ${result.p50} ms |
| latency p99 | ${result.p99} ms |
| latency max | ${result.max} ms |
| answers other than 200 | ${run.failures} |
| twin heap after warm-up (after GC) | ${mb(before.heapUsed)} MB (RSS ${mb(before.rss)} MB), ${before.logged} log entries |
| twin heap after ${done.toLocaleString('en')} more (after GC) | ${mb(after.heapUsed)} MB (RSS ${mb(after.rss)} MB), ${after.logged} log entries, ${after.dropped.toLocaleString('en')} dropped by the cap |
| heap growth | ${mb(after.heapUsed - before.heapUsed)} MB |

Latency is measured by the client, per request, from \`request()\` to the end of the answer, so it includes
the client's own work and queueing behind the ${CONCURRENCY} loops. The warm-up already fills the log to its cap,
so the heap growth is what the 100,000 requests add beyond the capped log.
`;
  writeFileSync(new URL('./TWIN.md', import.meta.url), md);
}
