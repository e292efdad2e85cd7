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
/**
 * `file: line text` entries reviewed as safe: each is one character class (or
 * an anchored fixed-length pattern), with no quantified group that can
 * backtrack, so it runs in linear time on any input.
 */
const REVIEWED: readonly string[] = [
  // One character class, replaced globally.
  "requests/address-fields.ts: let digits = value.replace(/[ +-]/g, '');",
  // sendAt: anchored at both ends, every quantifier a fixed count (at most 3): no backtracking to speak of.
  "requests/delivery-fields.ts: const SEND_AT = /^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,3}))?(Z|([+-])(\\d{2}):?(\\d{2}))$/;",
  // Alternatives of single characters, a one-character lookahead and lookbehind: no repetition at all.
  'requests/xml.ts: const NOT_XML_CHAR = /[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]/;',
  // One character class.
  'requests/xml.ts: return value.replace(/[&<>"\']/g, (c) => ENTITIES[c] as string);',
  // Anchored, fixed length, on the library's own summary (CLI).
  "cli/commands/count.ts: return describeDataCoding(estimate.dataCoding).summary.replace(/^0x[0-9A-F]{2}: /, '');",
  // An optional character then a fixed one (CLI).
  "cli/commands/validate.ts: const message = (error instanceof Error ? error.message : String(error)).replace(/\\r?\\n/g, '\\\\n');",
  // One character class, tested on one character at a time (CLI).
  'cli/render.ts: const WIDE = /[\\u1100-\\u115f\\u2e80-\\u303e\\u3041-\\u33ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\ua000-\\ua4cf\\uac00-\\ud7a3\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uff60\\uffe0-\\uffe6\\u{1f300}-\\u{1f64f}\\u{1f900}-\\u{1f9ff}\\u{20000}-\\u{3fffd}]/u;',
  // One character class, on one character's decomposition.
  "text/transliterate/transliterate.ts: const base = character.normalize('NFD').replace(/[\\u0300-\\u036f]/g, '');",
];

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

  it('has no entry left of one that is gone', () => {
    const found = new Set(
      sourceFiles(SRC).flatMap((file) => readFileSync(file, 'utf8').split('\n').map((line) => `${relative(SRC, file)}: ${line.trim()}`)),
    );
    expect(REVIEWED.filter((entry) => !found.has(entry))).toEqual([]);
  });
});
