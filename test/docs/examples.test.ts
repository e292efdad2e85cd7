/**
 * The guides in docs/ are part of the API too: every ```js / ```ts example
 * in them runs and prints what its comments say (format and the `no-run`
 * marker: test/helpers/examples.ts), and every shell session in docs/cli.md
 * prints what it shows.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { consoleExamples, consoleMatches, exampleBlocks, runExample } from '../helpers/examples.js';

const GUIDES = ['docs/concepts.md', 'docs/cookbook.md', 'docs/errors.md', 'docs/cli.md', 'docs/twin.md'];

const blocks = GUIDES.flatMap((page) => exampleBlocks(readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8'), page));

describe('guide examples', () => {
  it('finds examples, and few are marked no-run', () => {
    expect(blocks.length).toBeGreaterThan(15);
    expect(blocks.filter((block) => !block.run).length).toBeLessThanOrEqual(3);
  });

  // The cookbook's recipes are for pasting: each block imports what it uses.
  it.each(blocks.filter((block) => block.run))('$page line $line runs as documented', async (block) => {
    await runExample(block, { imports: block.page === 'docs/cookbook.md' ? 'required' : 'package' });
  });
});

// SMSHEX_SRC_ONLY (set by vitest.stryker.config.ts): the sessions run the built dist/, which a mutant of src/ never reaches.
describe.skipIf(process.env.SMSHEX_SRC_ONLY === '1')('docs/cli.md sessions', () => {
  const page = 'docs/cli.md';
  const sessions = consoleExamples(readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8'), page);
  const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

  it('finds the sessions', () => {
    expect(sessions.length).toBeGreaterThan(8);
  });

  // Runs the built command (npm test builds first) as `smshex`, in bash, standard error merged.
  it.each(sessions)('$page line $line: $command', ({ command, expected, line }) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, SMSHEX_DEBUG: undefined };
    for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
    const script = `smshex() { ${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} "$@"; }\n{ ${command}\n} 2>&1`;
    const { stdout } = spawnSync('bash', ['-c', script], { encoding: 'utf8', env });
    expect(consoleMatches(expected, stdout), `${page} line ${line} shows:\n${expected}\nbut the command prints:\n${stdout}`).toBe(true);
  });
});
