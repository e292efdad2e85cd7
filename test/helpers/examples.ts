/**
 * Runs the code examples of a Markdown page (the README, the guides in docs/)
 * and checks that each prints what its comment says.
 *
 * Which blocks run: every fenced block whose info string starts with `js` or
 * `ts` (fences may be indented, as inside a list item). A block whose info
 * string also has the word `no-run` (```` ```ts no-run ````) is shown but not
 * run; keep these few, for code that needs the network, a secret or the
 * reader's own functions.
 *
 * Example format, inside a block:
 * - a one-line expression statement ending in `;`, followed by
 *   `// → <util.inspect of the value on one line>`; a long value may continue
 *   on the next comment lines indented past the arrow (`//   …`), which are
 *   joined with one space;
 * - or followed by `// throws <Name>: <message>[ (<code>[, index <n>])]`;
 * - after a `console.log(...)`, `// prints: <what it printed>`;
 * - `import { a, b } from 'smshex'` (or `'smshex/legacy'`): the names must be
 *   exports of that module, and are bound to them. Every block also sees the
 *   whole core package, as after the README's import line, unless the page
 *   is run with `{ imports: 'required' }` (pages of recipes to paste): then
 *   a block sees only what it imports.
 * Other lines, comments included, run as written. `ts` blocks are transpiled
 * by TypeScript (types stripped, not checked); a block runs as the body of an
 * async function, so `await` works. A block must check at least one value.
 */
import { format, inspect } from 'node:util';
import ts from 'typescript';
import { expect } from 'vitest';
import * as core from '../../src/index.js';
import * as legacy from '../../src/legacy/index.js';
import * as twin from '../../src/twin/index.js';
import * as infobipSdk from '@infobip-api/sdk';

/** The modules an example may import, by the specifier a user writes. */
export const EXAMPLE_MODULES: Readonly<Record<string, Record<string, unknown>>> = {
  smshex: core,
  'smshex/legacy': legacy,
  'smshex/twin': twin,
  // The provider's official Node SDK, for the twin's guide (docs/twin.md).
  '@infobip-api/sdk': infobipSdk as unknown as Record<string, unknown>,
};

export interface ExampleBlock {
  /** Name of the page, for messages (`README`, `docs/cookbook.md`). */
  page: string;
  /** 1-based line of the block's first source line in the page. */
  line: number;
  lang: 'js' | 'ts';
  /** False for a block marked `no-run`. */
  run: boolean;
  source: string[];
}

/** The js/ts blocks of a Markdown page, in order. */
export function exampleBlocks(markdown: string, page: string): ExampleBlock[] {
  const lines = markdown.split('\n');
  const blocks: ExampleBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(js|ts)\b(.*)$/.exec(lines[i] as string);
    if (!open) continue;
    const [, indent = '', lang, info = ''] = open;
    let end = i + 1;
    while (end < lines.length && !/^\s*```\s*$/.test(lines[end] as string)) end++;
    if (end === lines.length) throw new Error(`${page} line ${i + 1}: unclosed code block`);
    const source = lines.slice(i + 1, end).map((text) => (text.startsWith(indent) ? text.slice(indent.length) : text));
    blocks.push({ page, line: i + 2, lang: lang as 'js' | 'ts', run: !info.split(/\s+/).includes('no-run'), source });
    i = end;
  }
  return blocks;
}

function describeThrow(error: unknown): string {
  const e = error as { name: string; message: string; code?: string; index?: number };
  const details = e.code === undefined ? '' : ` (${e.code}${e.index === undefined ? '' : `, index ${e.index}`})`;
  return `${e.name}: ${e.message}${details}`;
}

const ARROW = '// → ';
const THROWS = '// throws ';
const PRINTS = '// prints: ';

/** The expected-output comment starting at `k`, its continuation lines joined, or undefined. */
function claimAt(source: string[], k: number): string | undefined {
  const first = source[k]?.trim() ?? '';
  if (!first.startsWith(ARROW) && !first.startsWith(THROWS)) return undefined;
  let claim = first;
  for (let j = k + 1; j < source.length && /^\s*\/\/ {3,}\S/.test(source[j] as string); j++) {
    claim += ` ${(source[j] as string).trim().slice(2).trim()}`;
  }
  return claim;
}

export interface RunExampleOptions {
  /** `'package'` (default): every block sees the whole core package; `'required'`: only what it imports. */
  readonly imports?: 'package' | 'required';
}

/** Turns a block into a function body whose checks record [line, expected, actual]. */
function compile(block: ExampleBlock, options: RunExampleOptions): string {
  const out: string[] = [];
  block.source.forEach((text, k) => {
    const line = block.line + k;
    const where = `${block.page} line ${line}`;
    const imported = /^import \{(.*)\} from '([^']+)';$/.exec(text.trim());
    const claim = claimAt(block.source, k + 1);
    if (imported) {
      const [, names = '', specifier = ''] = imported;
      const module = EXAMPLE_MODULES[specifier];
      expect(module, `${where}: unknown module ${specifier}`).toBeDefined();
      const list = names.split(',').map((name) => name.trim());
      for (const name of list) expect(Object.keys(module ?? {}), where).toContain(name);
      out.push(`const { ${list.join(', ')} } = modules[${JSON.stringify(specifier)}];`);
    } else if (claim !== undefined) {
      expect(text, `${where}: a checked example is one statement ending in ";"`).toMatch(/;$/);
      out.push(`check(${line}, () => (${text.trim().slice(0, -1)}), ${JSON.stringify(claim)});`);
    } else if (text.trim().startsWith(PRINTS)) {
      out.push(`printed(${line}, ${JSON.stringify(text.trim().slice(PRINTS.length))});`);
    } else out.push(text);
  });
  const body = out.join('\n');
  const script = block.lang === 'ts' ? ts.transpileModule(body, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } }).outputText : body;
  if (options.imports === 'required') return script;
  // Every block sees the whole core package; its own imports shadow it in the inner scope.
  return `const { ${Object.keys(core).join(', ')} } = modules.smshex;\n{\n${script}\n}`;
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

/** Runs one block and fails (with the page and line) where an output differs from its comment. */
export async function runExample(block: ExampleBlock, options: RunExampleOptions = {}): Promise<void> {
  const results: [number, string, string][] = [];
  const logged: string[] = [];
  const check = (line: number, run: () => unknown, claim: string): void => {
    if (claim.startsWith(ARROW)) {
      results.push([line, claim.slice(ARROW.length), inspect(run(), { breakLength: Infinity, depth: Infinity })]);
      return;
    }
    let actual = 'returned';
    try {
      run();
    } catch (error) {
      actual = describeThrow(error);
    }
    results.push([line, claim.slice(THROWS.length), actual]);
  };
  const printed = (line: number, expected: string): void => {
    results.push([line, expected, logged.at(-1) ?? '(nothing printed)']);
  };
  const console = { log: (...args: unknown[]) => logged.push(format(...args)) };
  await new AsyncFunction('modules', 'check', 'printed', 'console', compile(block, options))(EXAMPLE_MODULES, check, printed, console);
  for (const [line, expected, actual] of results) expect(actual, `${block.page} line ${line}`).toBe(expected);
  expect(results.length > 0 || block.source.every((text) => text.startsWith('import ')), `${block.page} line ${block.line}: the block checks nothing`).toBe(true);
}

export interface ConsoleExample {
  page: string;
  /** 1-based line of the `$ ` command in the page. */
  line: number;
  command: string;
  /** What the page shows after the command, up to the next command or a blank line before one. */
  expected: string;
}

/**
 * The shell sessions of a page's ```console blocks: each `$ ` line is a
 * command, the lines after it (to the next `$ ` line, trailing blank lines
 * dropped) what it prints, standard error included. A `…` in the shown
 * output stands for anything, and then whitespace is not compared (output
 * shortened or compacted for the page).
 */
export function consoleExamples(markdown: string, page: string): ConsoleExample[] {
  const examples: ConsoleExample[] = [];
  const lines = markdown.split('\n');
  let inConsole = false;
  let current: ConsoleExample | undefined;
  const flush = (): void => {
    if (current) examples.push({ ...current, expected: current.expected.replace(/\n+$/, '') });
    current = undefined;
  };
  lines.forEach((text, i) => {
    if (/^```console\s*$/.test(text)) inConsole = true;
    else if (inConsole && text === '```') {
      flush();
      inConsole = false;
    } else if (inConsole && text.startsWith('$ ')) {
      flush();
      current = { page, line: i + 1, command: text.slice(2), expected: '' };
    } else if (inConsole && current) current.expected += `${current.expected === '' && text === '' ? '' : text}\n`;
  });
  return examples;
}

/** Whether `actual` is what the page shows as `expected` (see {@link consoleExamples}). */
export function consoleMatches(expected: string, actual: string): boolean {
  if (!expected.includes('…')) return actual.replace(/\n+$/, '') === expected;
  const squeeze = (text: string): string => text.replace(/\s+/g, '');
  const pattern = squeeze(expected)
    .split('…')
    .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*?');
  return new RegExp(`^${pattern}$`).test(squeeze(actual));
}
