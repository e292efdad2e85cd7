/**
 * The built package (dist/, made by `npm test` before vitest runs), loaded the
 * way users load it: by its name through the exports map, with both `import`
 * and `require`, in a fresh Node process.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadVectors } from '../helpers/vectors.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const provider = loadVectors<{ messages: { text: string; hex: string; dataCoding: number }[] }>('provider-examples').messages;
const expected = provider.map(({ text, hex, dataCoding }) => ({ text, hex: hex.toLowerCase(), dataCoding }));

const script = (load: string): string => `
  ${load}
  const texts = ${JSON.stringify(provider.map((m) => m.text))};
  const out = texts.map((text) => ({ text, ...smshex.encodeText(text) }));
  const error = (() => { try { smshex.parseHex('0g'); } catch (e) { return [e instanceof smshex.SmsHexError, e.code, e.index]; } })();
  console.log(JSON.stringify({ out: out.map(({ text, hex, dataCoding }) => ({ text, hex, dataCoding })), error }));
`;

function run(args: string[]): unknown {
  return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }));
}

describe('the built package', () => {
  it('lists files that exist in its exports map', () => {
    const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
    const entry = pkg.exports['.'];
    expect(Object.keys(entry.import)[0]).toBe('types');
    expect(Object.keys(entry.require)[0]).toBe('types');
    for (const file of [entry.import.types, entry.import.default, entry.require.types, entry.require.default]) {
      expect(existsSync(`${root}/${file}`), file).toBe(true);
    }
  });

  it.each([
    ['import', ['--input-type=module', '-e', script("import * as smshex from 'smshex';")]],
    ['require', ['-e', script("const smshex = require('smshex');")]],
  ])('encodes the provider examples through %s', (_how, args) => {
    expect(run(args)).toEqual({ out: expected, error: [true, 'HEX_INVALID_CHAR', 1] });
  });

  it('a language object from the CommonJS build, passed to the ESM build (both loaded in one process), is refused with a hint', () => {
    const code = `
      import { createRequire } from 'node:module';
      import { estimateSegments, TURKISH } from 'smshex';
      const cjs = createRequire(import.meta.url)('smshex');
      const same = estimateSegments('Ş', { language: TURKISH }).singleShiftCode;
      let message;
      try { estimateSegments('Ş', { language: cjs.TURKISH }); } catch (e) { message = e.constructor.name + ': ' + e.message; }
      console.log(JSON.stringify({ same, message }));
    `;
    expect(run(['--input-type=module', '-e', code])).toEqual({
      same: 'tr',
      message:
        "TypeError: estimateSegments: language must be 'none', 'auto' or a national language such as TURKISH or NATIONAL_LANGUAGES.tr, got an object; " +
        'this looks like a copy of language "tr": pass the object smshex exports (NATIONAL_LANGUAGES.tr) itself, from the same import of smshex as the function',
    });
  });

  it('runs the example script', () => {
    const lines = execFileSync(process.execPath, ['examples/provider-example.mjs'], { cwd: root, encoding: 'utf8' }).trim().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual(expected.map((e) => ({ ...e, esmClass: 0 })));
  });
});
