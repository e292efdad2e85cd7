/**
 * No regular expression in src/ runs on user input, so none can backtrack
 * catastrophically: the parsers are hand-written single passes. A regular
 * expression added later must be listed here with why it is safe (linear,
 * or never given user input).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
/** `file: line text` entries reviewed as safe. */
const REVIEWED: readonly string[] = [];

const REGEX_USE = /new RegExp|\bRegExp\(|\.(?:match|matchAll|replace|replaceAll|split|search|test|exec)\(\s*\/|=\s*\/[^/*\s][^\n]*\/[dgimsuyv]*\s*[;,)]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('regular expressions in src/', () => {
  it('are none, or reviewed', () => {
    const found = sourceFiles(SRC).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => !line.startsWith('*') && !line.startsWith('//') && REGEX_USE.test(line))
        .map((line) => `${relative(SRC, file)}: ${line}`),
    );
    expect(found.filter((f) => !REVIEWED.includes(f))).toEqual([]);
  });
});
