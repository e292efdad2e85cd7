/**
 * The layer rule of docs/architecture.md: no module of src/ imports from a
 * layer above its own. Every import and re-export (type-only ones included,
 * since they still tie the modules together) is parsed with the TypeScript
 * API and resolved to the file it names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { LAYERS, layerOf } from './layers.js';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The relative module specifiers a file imports or re-exports, static and dynamic. */
function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument !== undefined && ts.isStringLiteral(argument)) found.push(argument.text);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found.filter((specifier) => specifier.startsWith('.'));
}

/** `from → to (layer a above layer b)` for every import that climbs. */
export function upwardImports(): string[] {
  const upward: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = relative(SRC, file).split('\\').join('/');
    for (const specifier of importsOf(file)) {
      const to = posix.normalize(posix.join(posix.dirname(from), specifier)).replace(/\.js$/, '.ts');
      if (layerOf(to) > layerOf(from)) upward.push(`${from} → ${to} (${LAYERS[layerOf(from)]?.name} imports ${LAYERS[layerOf(to)]?.name})`);
    }
  }
  return upward;
}

describe('layers of src/ (docs/architecture.md)', () => {
  const files = sourceFiles(SRC).map((file) => relative(SRC, file).split('\\').join('/'));

  it('finds the modules', () => {
    expect(files.length).toBeGreaterThan(60);
  });

  it('puts every module of src/ in a layer', () => {
    expect(files.filter((file) => layerOf(file) === -1)).toEqual([]);
  });

  it('has no import that runs upward', () => {
    expect(upwardImports()).toEqual([]);
  });

  it('resolves every relative import to a module of src/', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(SRC)) {
      for (const specifier of importsOf(file)) {
        const to = join(dirname(file), specifier).replace(/\.js$/, '.ts');
        if (!specifier.endsWith('.json') && !files.includes(relative(SRC, to).split('\\').join('/'))) missing.push(`${relative(SRC, file)} → ${specifier}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('layerOf', () => {
  it.each([
    ['errors.ts', 'foundation'],
    ['internal/args.ts', 'foundation'],
    ['codecs/gsm7/tables/turkish.ts', 'codecs'],
    ['pdu/udh/build.ts', 'pdu'],
    ['text/encode-text.ts', 'text'],
    ['segments/plan.ts', 'segments'],
    ['binary/build.ts', 'binary'],
    ['bulk/many.ts', 'bulk'],
    ['index.ts', 'entries'],
    ['cli/main.ts', 'entries'],
  ])('%s is in the %s layer', (path, name) => {
    expect(LAYERS[layerOf(path)]?.name).toBe(name);
  });

  it('claims no path outside the layers', () => {
    expect(layerOf('elsewhere/x.ts')).toBe(-1);
  });
});
