/**
 * The vitest reporter of `scripts/fuzz-nightly.mjs`: appends one JSON line per finished property to
 * `FUZZ_NIGHTLY_OUT` the moment it ends (so a long file keeps what it did even when stopped), and a
 * `{ started, at }` line as each one starts (as vitest hears of it), which fuzz-nightly.mjs reads,
 * with the results, to stop the process once a property starts past the budget (vitest's own
 * cancelling cannot reach a worker busy in a synchronous property). Errors outside any property (a failing `afterAll`, such as the prototype
 * guard) are written as `{ moduleError }` lines.
 */
import { appendFileSync } from 'node:fs';

const out = process.env.FUZZ_NIGHTLY_OUT;

const write = (record) => appendFileSync(out, `${JSON.stringify(record)}\n`);
const messages = (errors) =>
  (errors ?? [])
    .map((e) => [e.message, e.stack].filter(Boolean).join('\n'))
    .join('\n')
    .slice(0, 4000);

export default class FuzzNightlyReporter {
  onTestCaseReady(testCase) {
    write({ started: testCase.fullName, at: Date.now() });
  }

  onTestCaseResult(testCase) {
    const result = testCase.result();
    if (result.state !== 'passed' && result.state !== 'failed') return;
    write({
      name: testCase.fullName,
      status: result.state,
      durationMs: Math.round(testCase.diagnostic()?.duration ?? 0),
      ...(result.state === 'failed' ? { failure: messages(result.errors) } : {}),
    });
  }

  onTestModuleEnd(testModule) {
    const errors = testModule.errors();
    if (errors.length > 0) write({ moduleError: messages(errors) });
  }
}
