import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The built package (npm test builds before vitest runs): the core entry must
 * never load iconv-lite, and smshex/legacy must work through both import and
 * require, sharing the core's SmsHexError.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
};

/** Every file a built entry loads, following its relative imports and requires. */
function closure(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    const declarations = file.endsWith('.d.ts') || file.endsWith('.d.cts');
    for (const match of code.matchAll(/(?:from\s*|require\(\s*|import\(\s*)["'](\.\/[^"']+)["']/g)) {
      const target = (match[1] as string).slice(2);
      visit(declarations ? target.replace(/\.js$/, '.d.ts').replace(/\.cjs$/, '.d.cts') : target);
    }
  };
  visit(entry);
  return [...seen];
}

describe('the built bundles', () => {
  it.each(['index.js', 'index.cjs', 'index.d.ts', 'index.d.cts'])('dist/%s and everything it loads never mention iconv-lite', (entry) => {
    for (const file of closure(entry)) expect(readFileSync(join(dist, file), 'utf8'), file).not.toMatch(/iconv/);
  });
  it.each(['legacy.js', 'legacy.cjs'])('dist/%s imports iconv-lite', (entry) => {
    expect(readFileSync(join(dist, entry), 'utf8')).toMatch(/["']iconv-lite["']/);
  });
  it('exports ./legacy with types first, then import and require', () => {
    expect(pkg.exports['./legacy']).toEqual({
      import: { types: './dist/legacy.d.ts', default: './dist/legacy.js' },
      require: { types: './dist/legacy.d.cts', default: './dist/legacy.cjs' },
    });
    expect(pkg.dependencies).toEqual({ 'iconv-lite': expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });
  it('works through require, with one SmsHexError for both entries', () => {
    const require = createRequire(import.meta.url);
    const core = require(join(dist, 'index.cjs')) as typeof import('../../src/index.js');
    const legacy = require(join(dist, 'legacy.cjs')) as typeof import('../../src/legacy/index.js');
    expect(core.encodeText('Привет', { dataCoding: 6, codings: legacy.LEGACY_CODINGS }).hex).toBe('bf e0 d8 d2 d5 e2');
    expect(() => legacy.ISO_8859_1.encode('€')).toThrow(core.SmsHexError);
  });
  it('works through import, with one SmsHexError for both entries', async () => {
    const core = (await import(join(dist, 'index.js'))) as typeof import('../../src/index.js');
    const legacy = (await import(join(dist, 'legacy.js'))) as typeof import('../../src/legacy/index.js');
    expect(core.decodeText(Uint8Array.of(0xf9, 0xec, 0xe5, 0xed), 7, { codings: legacy.LEGACY_CODINGS })).toBe('שלום');
    expect(() => legacy.ISO_8859_8.decode(Uint8Array.of(0xa1))).toThrow(core.SmsHexError);
  });
});
