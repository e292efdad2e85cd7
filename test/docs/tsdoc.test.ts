/**
 * TSDoc audit: every export of `smshex` and `smshex/legacy` has a summary
 * (classes and interfaces: on every member too);
 * every exported function also has an `@example`, a spec reference (a
 * `Spec:` line, or a 3GPP TS / SMPP section) and, when it can throw, `@throws`.
 *
 * Every export also names its sidebar group (`@group`, one of {@link GROUPS}), so the API site
 * is grouped by what a user is doing.
 *
 * "Can throw" is read from the source: a `throw` statement in the function,
 * or in a function of src/ it calls, directly or through others.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const ENTRIES = ['src/index.ts', 'src/legacy/index.ts'];
const SPEC = /Spec:|3GPP TS 23\.0\d\d|TS 23\.0\d\d §|SMPP 3\.4/;
/** The groups of the API site's sidebar, by what a user is doing. */
const GROUPS = [
  'Hex',
  'Codecs',
  'National language tables',
  'Transliteration',
  'User data header',
  'Segments',
  'Binary messages',
  'Request bodies',
  'Responses',
  'Bulk and preview',
  'Errors',
  'Legacy codings',
];

const program = ts.createProgram(
  ENTRIES.map((entry) => root + entry),
  { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true, noEmit: true },
);
const checker = program.getTypeChecker();

type Callable = ts.FunctionDeclaration | ts.MethodDeclaration | ts.ArrowFunction | ts.FunctionExpression | ts.ConstructorDeclaration;

function isCallable(node: ts.Node): node is Callable {
  return ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isConstructorDeclaration(node);
}

const inSrc = (node: ts.Node): boolean => node.getSourceFile().fileName.startsWith(`${root}src/`);

/** Whether a function body reaches a `throw`, directly or through functions of src/ it calls. */
const throwing = new Map<ts.Node, boolean>();
function canThrow(fn: ts.Node): boolean {
  const known = throwing.get(fn);
  if (known !== undefined) return known;
  throwing.set(fn, false); // recursion: assume not while visiting
  let found = false;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isThrowStatement(node)) found = true;
    else if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      let symbol = checker.getSymbolAtLocation(ts.isCallExpression(node) ? node.expression : node.expression);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      for (const declaration of symbol?.declarations ?? []) {
        if (!inSrc(declaration)) continue;
        const target = ts.isVariableDeclaration(declaration) ? declaration.initializer : declaration;
        if (target && (isCallable(target) || ts.isClassDeclaration(target)) && canThrow(target)) found = true;
      }
    }
    if (!found) ts.forEachChild(node, visit);
  };
  ts.forEachChild(fn, visit);
  throwing.set(fn, found);
  return found;
}

/** The raw TSDoc text of a declaration (summary and tags). */
function docText(declaration: ts.Node): string {
  const statement = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
  return ts
    .getJSDocCommentsAndTags(statement)
    .map((doc) => doc.getText())
    .join('\n');
}

interface Audit { name: string; kind: string; throws: boolean; problems: string[] }

function audit(entry: string): Audit[] {
  const file = program.getSourceFile(root + entry);
  const moduleSymbol = file && checker.getSymbolAtLocation(file);
  if (!moduleSymbol) throw new Error(`cannot read ${entry}`);
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const declarations = symbol.declarations ?? [];
    const problems: string[] = [];
    let throws = false;
    const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
    if (summary === '') problems.push('no summary');
    const groups = [...declarations.map(docText).join('\n').matchAll(/@group ([^\n*]+)/g)].map((m) => (m[1] as string).trim());
    if (groups.length !== 1 || !GROUPS.includes(groups[0] as string)) problems.push(`@group must be one of the sidebar's groups, got ${groups.length === 0 ? 'none' : groups.join(', ')}`);
    if (symbol.flags & (ts.SymbolFlags.Class | ts.SymbolFlags.Interface)) {
      symbol.members?.forEach((member, key) => {
        if (key === '__constructor' || member.flags & ts.SymbolFlags.TypeParameter) return;
        if (ts.displayPartsToString(member.getDocumentationComment(checker)).trim() === '') problems.push(`no summary on member ${member.name}`);
      });
    }
    const functions = declarations.filter((d) => ts.isFunctionDeclaration(d) || (ts.isVariableDeclaration(d) && d.initializer !== undefined && isCallable(d.initializer)));
    if (functions.length > 0) {
      const text = declarations.map(docText).join('\n');
      if (!/@example/.test(text)) problems.push('no @example');
      if (!SPEC.test(text)) problems.push('no spec reference (Spec: …)');
      const body = functions.find((d) => (ts.isFunctionDeclaration(d) ? d.body !== undefined : true));
      const target = body && ts.isVariableDeclaration(body) ? body.initializer : body;
      throws = target !== undefined && canThrow(target);
      if (throws && !/@throws/.test(text)) problems.push('can throw but has no @throws');
    }
    return { kind: functions.length > 0 ? 'function' : ts.SymbolFlags[symbol.flags] ?? String(symbol.flags), throws, name: `${entry.replace(/^src\/|\/index\.ts$|\.ts$/g, '') || 'index'}: ${exported.name}`, problems };
  });
}

describe('TSDoc on every export', () => {
  const audits = ENTRIES.flatMap(audit);

  it('reads the exports', () => {
    expect(audits.length).toBeGreaterThan(100);
    expect(audits.map((a) => a.name)).toContain('index: estimateSegments');
    expect(audits.map((a) => a.name)).toContain('legacy: LEGACY_CODINGS');
  });

  it('finds no offenders', () => {
    const offenders = audits.filter((a) => a.problems.length > 0).map((a) => `${a.name}: ${a.problems.join(', ')}`);
    expect(offenders, `TSDoc offenders:\n${offenders.join('\n')}`).toEqual([]);
  });
});
