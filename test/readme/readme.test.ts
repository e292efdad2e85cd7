/**
 * The README is part of the API: every error code is in its table, and every
 * example in its ```js blocks runs and prints what its comment says.
 *
 * Example format: a one-line statement followed by `// → <util.inspect of the value>`
 * or `// throws <Name>: <message>[ (<code>[, index <n>])]`; after a console.log,
 * `// prints: <line>`. Other lines run as written.
 */
import { readFileSync } from 'node:fs';
import { format, inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as smshex from '../../src/index.js';

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

interface Block { line: number; source: string[] }

function jsBlocks(): Block[] {
  const lines = readme.split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== '```js') continue;
    const start = i + 1;
    let end = start;
    while (lines[end] !== '```') end++;
    blocks.push({ line: start + 1, source: lines.slice(start, end) });
    i = end;
  }
  return blocks;
}

function describeThrow(error: unknown): string {
  const e = error as { name: string; message: string; code?: string; index?: number };
  const details = e.code === undefined ? '' : ` (${e.code}${e.index === undefined ? '' : `, index ${e.index}`})`;
  return `${e.name}: ${e.message}${details}`;
}

/** Turns a block into a function body whose checks record [readme line, expected, actual]. */
function compile(block: Block): string {
  const out: string[] = [];
  block.source.forEach((text, k) => {
    const next = block.source[k + 1] ?? '';
    const line = block.line + k;
    const imported = /^import \{(.*)\} from 'smshex';$/.exec(text);
    if (imported) {
      for (const name of (imported[1] as string).split(',')) expect(Object.keys(smshex), `README line ${line}`).toContain(name.trim());
    } else if (next.startsWith('// → ') || next.startsWith('// throws ')) {
      expect(text, `README line ${line}: a checked example is one statement ending in ";"`).toMatch(/;$/);
      out.push(`check(${line}, () => (${text.slice(0, -1)}), ${JSON.stringify(next)});`);
    } else if (text.startsWith('// prints: ')) out.push(`printed(${line}, ${JSON.stringify(text.slice('// prints: '.length))});`);
    else out.push(text);
  });
  // Every block sees the whole package, as after the README's import line.
  return [`const { ${Object.keys(smshex).join(', ')} } = smshex;`, ...out].join('\n');
}

describe('README examples', () => {
  const blocks = jsBlocks();

  it('has examples', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it.each(blocks)('block at README line $line runs as documented', (block) => {
    const results: [number, string, string][] = [];
    const logged: string[] = [];
    const check = (line: number, run: () => unknown, comment: string): void => {
      if (comment.startsWith('// → ')) {
        results.push([line, comment.slice('// → '.length), inspect(run(), { breakLength: Infinity })]);
        return;
      }
      let actual = 'returned';
      try {
        run();
      } catch (error) {
        actual = describeThrow(error);
      }
      results.push([line, comment.slice('// throws '.length), actual]);
    };
    const printed = (line: number, expected: string): void => {
      results.push([line, expected, logged.at(-1) ?? '(nothing printed)']);
    };
    const console = { log: (...args: unknown[]) => logged.push(format(...args)) };
    new Function('smshex', 'check', 'printed', 'console', compile(block))(smshex, check, printed, console);
    for (const [line, expected, actual] of results) expect(actual, `README line ${line}`).toBe(expected);
    expect(results.length > 0 || block.source.every((text) => text.startsWith('import '))).toBe(true);
  });
});

describe('README Quick start', () => {
  it('shows exactly what `npm run example` prints', async () => {
    const { execFileSync } = await import('node:child_process');
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: { example: string } };
    const output = execFileSync('sh', ['-c', pkg.scripts.example], { cwd: new URL('../..', import.meta.url), encoding: 'utf8' });
    const shown = /```json\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(JSON.parse(output)).toEqual(JSON.parse(shown));
  });
});
