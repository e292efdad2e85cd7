/** The command line as a whole: help, version, usage errors, colour, no stack traces. */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { colourFor } from '../../src/cli/io.js';
import { buildMultiRequest } from '../../src/index.js';
import { caretLines, formatPath } from '../../src/cli/render.js';
import { cli, root, smshex, STACK_LINE } from './spawn.js';

const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string; bin: Record<string, string>; scripts: Record<string, string> };
const version = pkg.version;
const COMMANDS = ['encode', 'count', 'decode', 'validate'] as const;
const ESC = '\u001b';

describe.concurrent('smshex', () => {
  it.each([['--help'], ['-h'], ['help']])('%s lists every command and exits 0', async (arg) => {
    const run = await smshex([arg]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: smshex <command>/);
    for (const name of COMMANDS) expect(run.stdout).toContain(`  ${name}`);
  });

  it.each([['--version'], ['-v']])('%s prints the package version', async (arg) => {
    expect(await smshex([arg])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('without a command prints the help on stderr and exits 2', async () => {
    const run = await smshex([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^Usage: smshex/);
  });

  it('refuses an unknown command with status 2', async () => {
    const run = await smshex(['frobnicate']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('unknown command "frobnicate"');
  });

  it.each(COMMANDS)('%s --help prints its usage and exits 0', async (name) => {
    const run = await smshex([name, '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: smshex ${name} `));
    expect(run.stderr).toBe('');
    expect((await smshex(['help', name])).stdout).toBe(run.stdout);
  });

  it.each([
    ['an unknown option', ['count', '--frobnicate', 'x'], 2, /^smshex count: unknown option "--frobnicate"\nUsage: smshex count \[options\] <text>\n/],
    ['an option without its value', ['count', '--data-coding'], 2, /^smshex count: option "--data-coding" needs a value\nUsage: smshex count /],
    ['a data coding that is no text coding', ['count', '--data-coding', '5', 'hi'], 2, /--data-coding 5 is not a text coding smshex writes: use 0 \(GSM 7-bit\), 8 \(UCS-2\), or a legacy coding: 1 IA5/],
    ['a malformed number', ['encode', '--reference', 'abc', 'x'], 2, /--reference must be an integer/],
    ['a reference the library refuses (issue 15: a typed error, status 1)', ['encode', '--reference', '300', 'x'.repeat(200)], 1, /REFERENCE_INVALID: .*reference must be an integer from 0 to 255, got 300/],
    ['an unmappable character', ['encode', '--data-coding', '0', 'ça'], 1, /GSM7_UNMAPPABLE/],
    ['JSON that does not parse', ['validate', '--body', '{"a" 1}'], 1, /not valid JSON \(line 1, column 6\)/],
    ['a missing file', ['validate', 'nothing-here.json'], 2, /no such file/],
    ['a directory', ['validate', 'test'], 2, /"test" is a directory/],
  ])('reports %s on stderr without a stack trace', async (_what, args, status, message) => {
    const run = await smshex(args);
    expect(run.status).toBe(status);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
    expect(run.stdout).toBe('');
  });

  it('never shows Node\'s parseArgs text or library import advice for a bad flag', async () => {
    for (const args of [['count', '--bogus', 'x'], ['encode', '-z', 'x'], ['count', '--data-coding', '5', 'hi']]) {
      const run = await smshex(args);
      expect(run.stderr).not.toMatch(/-- "|Unknown option|import \{/);
    }
  });

  it('decode hints at --esm-class 0x40 when a payload without UDHI begins like a header', async () => {
    const plain = await smshex(['decode', '--data-coding', '0', '05 00 03 2a 02 01 48 69']);
    expect(plain.status).toBe(0);
    expect(plain.stderr).toBe('smshex decode: hint: the payload begins with what reads as a user data header (concatenation, ports or shifts); if it is one, pass --esm-class 0x40\n');
    expect((await smshex(['decode', '--data-coding', '0', '--esm-class', '0x40', '05 00 03 2a 02 01 48 69'])).stderr).toBe('');
    expect((await smshex(['decode', '--data-coding', '0', '48 69'])).stderr).toBe('');
  });

  it('rejects standard input that is not UTF-8 (status 1)', async () => {
    const run = await smshex(['count'], { input: Uint8Array.of(0x48, 0xff, 0x69) });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('standard input is not valid UTF-8');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it.each([
    ['piped', {}],
    ['NO_COLOR', { NO_COLOR: '1' }],
  ])('writes no colour codes when %s', async (_how, env) => {
    const runs = await Promise.all([
      smshex(['validate', '0f c2 4g'], { env }),
      smshex(['count', '测试'], { env }),
      smshex(['encode', '--data-coding', '0', 'ç'], { env }),
    ]);
    for (const run of runs) expect(run.stdout + run.stderr).not.toContain(ESC);
  });
});

describe('the package', () => {
  it('declares the bin, built as an executable ESM file with a node shebang', () => {
    expect(pkg.bin).toEqual({ smshex: 'dist/cli.js' });
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(statSync(cli).mode & 0o111).not.toBe(0);
  });

  it('runs the CLI on the provider example with npm run example', () => {
    expect(pkg.scripts['example']).toMatch(/^node dist\/cli\.js encode /);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const body = JSON.parse(execFileSync(npm, ['run', '-s', 'example'], { cwd: root, encoding: 'utf8' })) as unknown;
    const to = ['41793026727', '41793026731'];
    expect(body).toEqual(buildMultiRequest(['Test message.', '测试短信。'].map((text) => ({ from: 'InfoSMS', to, text }))));
  });
});

describe('colour', () => {
  it.each([
    [true, {}, true],
    [true, { NO_COLOR: '1' }, false],
    [true, { NO_COLOR: '' }, true],
    [false, {}, false],
    [undefined, {}, false],
  ])('a stream with isTTY %s and env %j has colour: %s', (isTTY, env, enabled) => {
    const style = colourFor(isTTY === undefined ? {} : { isTTY }, env);
    expect(style.enabled).toBe(enabled);
    expect(style.red('x') === 'x').toBe(!enabled);
  });
});

describe('render', () => {
  const plain = colourFor({}, {});

  it.each([
    ['0f c2 4g', 7, '  0f c2 4g', '         ^'],
    ['ab', 2, '  ab', '    ^'],
    ['0f\tc2', 2, '  0f\u2409c2', '    ^'],
    ['测试 zz', 3, '  测试 zz', '       ^'],
  ])('puts the caret under %j index %i', (text, index, line, caret) => {
    expect(caretLines(text, index, plain)).toEqual([line, caret]);
  });

  it('shortens a long line around the caret', () => {
    const text = `${'00 '.repeat(60)}zz ${'00 '.repeat(60)}`;
    const [line, caret] = caretLines(text, 180, plain);
    expect(line.length).toBeLessThan(80);
    expect(line.startsWith('  …') && line.endsWith('…')).toBe(true);
    expect(line[caret.indexOf('^')]).toBe('z');
  });

  it.each([
    [['messages', 0, 'binary', 'hex'], 'messages[0].binary.hex'],
    [[], '(body)'],
    [['messages', 1, 'to', 2], 'messages[1].to[2]'],
    [['__proto__', 'a b'], '__proto__["a b"]'],
  ])('formats the path %j', (path, shown) => {
    expect(formatPath(path)).toBe(shown);
  });
});
