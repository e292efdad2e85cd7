/**
 * `smshex serve` (the built dist/cli.js, as users run it): prints its URL,
 * answers, and stops cleanly on SIGINT and SIGTERM.
 */
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, root, smshex } from '../cli/spawn.js';
import { send } from './http.js';

const children = new Set<ChildProcessWithoutNullStreams>();
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Starts `smshex serve`, resolves with the process and the URL it printed. */
function serve(args: string[]): Promise<{ child: ChildProcessWithoutNullStreams; url: string; output: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, [cli, 'serve', ...args], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
  children.add(child);
  let stdout = '';
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
  return new Promise((resolve, reject) => {
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => reject(new Error(chunk)));
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      const found = /listening on (http:\/\/\S+)\n/.exec(stdout);
      if (found) resolve({ child, url: found[1] as string, output: () => stdout, exited });
    });
    child.on('error', reject);
  });
}

describe.skipIf(process.env.SMSHEX_SRC_ONLY === '1')('smshex serve', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('prints its URL, answers, and on %s stops with status 0', async (signal) => {
    const { child, url, output, exited } = await serve(['--port', '0', '--host', '127.0.0.1', '--seed', '3']);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const answer = await send(url, '/sms/1/binary/single', { body: { from: 'InfoSMS', to: '41793026727', binary: { hex: '48 69' } } });
    expect(answer.status).toBe(200);
    child.kill(signal);
    expect(await exited).toBe(0);
    expect(output()).toBe(`smshex twin listening on ${url}\nsmshex twin stopped (${signal})\n`);
  });

  it.each([
    [['--port', '70000'], /port/],
    [['--port', 'eighty'], /--port must be an integer/],
    [['extra'], /expected at most 0 arguments/],
  ])('refuses %j with status 2', async (args, message) => {
    const run = await smshex(['serve', ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('says so when the port is taken, with status 2', async () => {
    const { child, url, exited } = await serve(['--port', '0']);
    const port = new URL(url).port;
    const run = await smshex(['serve', '--port', port]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`cannot listen on 127.0.0.1:${port} (EADDRINUSE)`);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('has help', async () => {
    const run = await smshex(['serve', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: smshex serve /);
  });
});
