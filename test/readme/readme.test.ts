/**
 * The README is part of the API: every error code is in its table, and every
 * example in its ```js blocks runs and prints what its comment says.
 *
 * The example format is described in test/helpers/examples.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleBlocks, runExample } from '../helpers/examples.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const errorsSource = readFileSync(new URL('../../src/errors.ts', import.meta.url), 'utf8');

/** The codes of the SmsHexErrorCode union, read from the source. */
function errorCodes(): string[] {
  const union = /export type SmsHexErrorCode =([\s\S]*?);/.exec(errorsSource)?.[1] ?? '';
  return [...union.replace(/\/\/.*$/gm, '').matchAll(/'([A-Z0-9_]+)'/g)].map((m) => m[1] as string);
}

/** The codes in the README's error table (first column). */
function documentedCodes(): string[] {
  return [...readme.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1] as string);
}

describe('README error table', () => {
  it('reads the union from src/errors.ts', () => {
    expect(errorCodes()).toContain('HEX_INVALID_CHAR');
    expect(errorCodes().length).toBeGreaterThan(10);
  });

  it.each(errorCodes())('documents %s', (code) => {
    expect(documentedCodes()).toContain(code);
  });

  it('documents no code that does not exist, and none twice', () => {
    const documented = documentedCodes();
    expect(new Set(documented).size).toBe(documented.length);
    for (const code of documented) expect(errorCodes()).toContain(code);
  });
});

describe('README examples', () => {
  const blocks = exampleBlocks(readme, 'README');

  it('has examples, all of them run', () => {
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.filter((block) => !block.run)).toEqual([]);
  });

  it.each(blocks)('block at README line $line runs as documented', async (block) => {
    await runExample(block);
  });
});

// SMSHEX_SRC_ONLY (set by vitest.stryker.config.ts): `npm run example` runs the built dist/, which a mutant of src/ never reaches.
describe.skipIf(process.env.SMSHEX_SRC_ONLY === '1')('README Quick start', () => {
  it('shows exactly what `npm run example` prints', async () => {
    const { execFileSync } = await import('node:child_process');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { example: string } };
    const output = execFileSync('sh', ['-c', pkg.scripts.example], { cwd: new URL('../..', import.meta.url), encoding: 'utf8' });
    const shown = /```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(JSON.parse(output)).toEqual(JSON.parse(shown));
  });
});
