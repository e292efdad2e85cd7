/**
 * Keeps the package tree-shakable: a bundler may drop a top-level constant
 * only when computing it has no side effects, and a call or a spread is
 * assumed to have some unless marked. So every call and `new` evaluated at
 * module load in src/ (the CLI aside) carries a `/* @__PURE__ *\/` mark, and
 * no spread is evaluated at load. `npm run check:package` measures what this
 * buys (the core bundle under 12 kB); this test names the line that would
 * break it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'cli' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** `file:line: text` of every unmarked call, `new` or spread evaluated when the module loads. */
function unmarkedAtLoad(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string): void => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${relative(SRC, file)}:${line + 1}: ${what} ${node.getText(source).split('\n')[0]?.slice(0, 60)}`);
  };
  const visit = (node: ts.Node): void => {
    // A function's body runs when called, not at load.
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const before = text.slice(Math.max(0, node.getStart(source) - 20), node.getStart(source));
      if (!before.includes('/* @__PURE__ */')) report(node, 'unmarked call');
    }
    if (ts.isSpreadElement(node) || ts.isSpreadAssignment(node)) report(node, 'spread');
    ts.forEachChild(node, visit);
  };
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (declaration.initializer) visit(declaration.initializer);
    } else if (ts.isExpressionStatement(statement)) report(statement, 'statement run at load:');
  }
  return found;
}

describe('tree-shaking', () => {
  const files = sourceFiles(SRC);

  it('finds the modules', () => {
    expect(files.length).toBeGreaterThan(40);
  });

  it('every call at module load is marked /* @__PURE__ */, and nothing else runs at load', () => {
    expect(files.flatMap(unmarkedAtLoad)).toEqual([]);
  });
});
