// A StrykerJS reporter that appends every tested mutant to a JSON-lines file as soon as it is
// tested (STREAM_OUT, default reports/mutation-stream.jsonl), so that a run stopped before its end
// still leaves what it measured: StrykerJS writes its own reports and the incremental file only
// when a run ends. Usage and why: docs/mutation.md ("The whole of src/").
//   --plugins @stryker-mutator/vitest-runner,./scripts/stryker-stream-reporter.mjs
//   --reporters clear-text,progress,html,json,stream
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { declareClassPlugin, PluginKind } from '@stryker-mutator/api/plugin';

const OUT = process.env.STREAM_OUT ?? 'reports/mutation-stream.jsonl';

class StreamReporter {
  constructor() {
    mkdirSync(dirname(OUT), { recursive: true });
  }

  onMutantTested(result) {
    const { id, fileName, mutatorName, replacement, location, status, statusReason, killedBy } = result;
    const reason = status === 'Survived' ? undefined : statusReason?.slice(0, 200);
    appendFileSync(OUT, `${JSON.stringify({ id, fileName, mutatorName, replacement, location, status, statusReason: reason, killedBy })}\n`);
  }
}

export const strykerPlugins = [declareClassPlugin(PluginKind.Reporter, 'stream', StreamReporter)];
