/**
 * The guides in docs/ are part of the API too: every ```js / ```ts example
 * in them runs and prints what its comments say (format and the `no-run`
 * marker: test/helpers/examples.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleBlocks, runExample } from '../helpers/examples.js';

const GUIDES = ['docs/concepts.md', 'docs/cookbook.md', 'docs/errors.md', 'docs/cli.md'];

const blocks = GUIDES.flatMap((page) => exampleBlocks(readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8'), page));

describe('guide examples', () => {
  it('finds examples, and few are marked no-run', () => {
    expect(blocks.length).toBeGreaterThan(15);
    expect(blocks.filter((block) => !block.run).length).toBeLessThanOrEqual(3);
  });

  it.each(blocks.filter((block) => block.run))('$page line $line runs as documented', async (block) => {
    await runExample(block);
  });
});
