/** `smshex validate`, run as built. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as smshexLib from '../../src/index.js';
import { loadVectors } from '../helpers/vectors.js';
import { smshex, STACK_LINE } from './spawn.js';

const dir = mkdtempSync(join(tmpdir(), 'smshex-cli-'));
const file = (name: string, content: string): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const providerBody = loadVectors<{ body: unknown }>('provider-body').body;

describe.concurrent('smshex validate: hex', () => {
  it('accepts strict hex (status 0)', async () => {
    const run = await smshex(['validate', '6d 4b 8B d5']);
    expect(run).toEqual({ status: 0, stdout: 'valid strict hex: 4 bytes\n', stderr: '' });
  });

  it('puts a caret under the bad character (status 1)', async () => {
    const run = await smshex(['validate', '0f c2 4g']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('error HEX_INVALID_CHAR: safeParseHex: invalid character "g" at index 7\n  0f c2 4g\n         ^\n');
  });

  it.each([
    ['0fc2', 2, 'HEX_MISSING_SEPARATOR'],
    ['0f  c2', 3, 'HEX_SEPARATOR'],
    ['0f c2 ', 5, 'HEX_WHITESPACE'],
    ['0f c', 3, 'HEX_ODD_DIGITS'],
  ])('strict %j fails at index %i with %s', async (hex, index, code) => {
    const run = await smshex(['validate', '--', hex]);
    expect(run.status).toBe(1);
    const [first, line, caret] = run.stdout.split('\n');
    expect(first).toMatch(new RegExp(`^error ${code}: .* at index ${index}`));
    expect(line).toBe(`  ${hex}`);
    expect(caret?.indexOf('^')).toBe(2 + index);
  });

  it('says when strict hex would pass as lenient', async () => {
    const run = await smshex(['validate', '0F:C2']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('valid as lenient hex');
  });

  it.each([
    ['""', ['validate', '']],
    ['whitespace', ['validate', '   ']],
    ['"" with --lenient', ['validate', '--lenient', '']],
    ['whitespace with --lenient', ['validate', '--lenient', ' \t ']],
  ])('refuses %s with HEX_EMPTY and status 1 (issue 19)', async (_what, args) => {
    const run = await smshex(args);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^error HEX_EMPTY: safeParseHex: no hex digits: at least one byte is required$/m);
    expect(run.stdout).not.toContain('valid as lenient hex');
  });

  it('--help says why strict is the default while the library defaults to lenient', async () => {
    const run = await smshex(['validate', '--help']);
    expect(run.stdout).toContain('Strict is the default here, while the library\'s parseHex and\nsafeParseHex default to lenient');
  });

  it('--lenient accepts typed forms and shows the API form', async () => {
    const run = await smshex(['validate', '--lenient', '0x0FC2 4abf']);
    expect(run).toEqual({ status: 0, stdout: 'valid lenient hex: 4 bytes\nas the API writes it: 0f c2 4a bf\n', stderr: '' });
  });

  it.each([
    ['"-"', ['-']],
    ['no argument', []],
  ])('reads hex from standard input with %s', async (_how, args) => {
    const run = await smshex(['validate', ...args], { input: '0f c2 4a\n' });
    expect(run.status).toBe(0);
  });

  it('reads hex from a file', async () => {
    const run = await smshex(['validate', file('payload.hex', '0f c2 zz\n')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('HEX_INVALID_CHAR');
  });

  it('--json prints the result', async () => {
    const run = await smshex(['validate', '--json', '0f c2 4g']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ ok: false, mode: 'strict', error: (smshexLib.safeParseHex('0f c2 4g', { strict: true }) as { error: unknown }).error });
  });

  it('refuses --hex with --body (status 2)', async () => {
    const run = await smshex(['validate', '--hex', '--body', '00']);
    expect(run.status).toBe(2);
  });
});

describe.concurrent('smshex validate: request bodies', () => {
  it('reports JSON that does not parse with its position (status 1)', async () => {
    const run = await smshex(['validate', file('broken.json', '{\n  "messages" []\n}\n')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not valid JSON \(line 2, column 14\)/);
    expect(run.stderr).toContain(`  "messages" []\n${' '.repeat(15)}^`);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('reports JSON without a position the engine names (status 1)', async () => {
    const run = await smshex(['validate', '--body'], { input: '{\n  "messages": [,]\n}' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^smshex validate: error not valid JSON: Unexpected token/);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('accepts the provider example (status 0)', async () => {
    const run = await smshex(['validate', file('provider.json', JSON.stringify(providerBody, null, 2))]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^valid \/sms\/1\/binary\/multi body \(detected\) \(0 errors/m);
  });

  it('prints each issue with its path, position and a caret under the hex (status 1)', async () => {
    const body = { messages: [{ to: '41793026727', binary: { hex: '48 6g', dataCoding: 0 } }] };
    const run = await smshex(['validate'], { input: JSON.stringify(body) });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('error messages[0].binary.hex at index 4 HEX_INVALID_CHAR');
    expect(run.stdout).toContain('    48 6g\n        ^');
    expect(run.stdout).toMatch(/^invalid \/sms\/1\/binary\/multi body \(detected\) \(1 error/m);
  });

  it('prints warnings and still exits 0', async () => {
    const body = { messages: [{ to: '+41793026727', binary: { hex: '48 69', dataCoding: 0 } }] };
    const run = await smshex(['validate', '--body', JSON.stringify(body)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('warning messages[0].to');
    expect(run.stdout).toContain('TO_FORMAT');
    expect(run.stdout).toMatch(/^valid \/sms\/1\/binary\/multi body \(detected\) \(0 errors, 1 warning\)$/m);
  });

  it('survives a hostile body', async () => {
    const run = await smshex(['validate', '--body', '{"__proto__": {"polluted": 1}, "messages": [{"constructor": 1}]}']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('REQUEST_UNSAFE_KEY');
    expect(run.stderr).toBe('');
  });

  it('--json prints validateRequest of the body', async () => {
    const body = { messages: [] };
    const run = await smshex(['validate', '--json', '--body', JSON.stringify(body)]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(smshexLib.validateRequest(body))));
  });
});
