/**
 * Honest exit statuses at the edges of the process (issue 13.4): a reader that
 * closes the pipe, a full disk, bytes that are not UTF-8 on the command line,
 * standard input that is a directory. Runs the built dist/cli.js.
 */
import { spawn, type StdioOptions } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli, root, STACK_LINE } from './spawn.js';

interface Outcome {
  readonly status: number | null;
  readonly stderr: string;
}

/** Runs `command` with the given stdio; standard error is collected. */
function runWith(command: string, args: readonly string[], stdio: StdioOptions, onSpawn?: (child: ReturnType<typeof spawn>) => void): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined };
    delete env['NO_COLOR'];
    const child = spawn(command, args, { cwd: root, env, stdio });
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr }));
    onSpawn?.(child);
  });
}

describe.concurrent('smshex exit status', () => {
  it.each([
    ['validate of invalid hex', ['validate', 'zz'], 1],
    ['encode of valid text', ['encode', 'x'.repeat(5000)], 0],
  ])('%s keeps its status when the reader closes the pipe at once', async (_, args, status) => {
    // The read end is closed before the child writes: its writes fail with EPIPE.
    const run = await runWith(process.execPath, [cli, ...args], ['ignore', 'pipe', 'pipe'], (child) => child.stdout?.destroy());
    expect(run.status).toBe(status);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it.runIf(existsSync('/dev/full'))('a full disk on standard output (ENOSPC) is one line on stderr and status 1', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = await runWith(process.execPath, [cli, 'count', 'hi'], ['ignore', full, 'pipe']);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('smshex: cannot write to standard output: ENOSPC (no space left on the device)\n');
    } finally {
      closeSync(full);
    }
  });

  it.runIf(existsSync('/bin/sh'))('an argument that is not UTF-8 is refused with status 1, not replaced', async () => {
    const run = await runWith('/bin/sh', ['-c', `"$0" "$1" encode "$(printf 'a\\377b')"`, process.execPath, cli], ['ignore', 'pipe', 'pipe']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('smshex: argument 2 is not valid UTF-8');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('standard input that is a directory is an error with status 1, not empty text', async () => {
    const directory = openSync(root, 'r');
    try {
      const run = await runWith(process.execPath, [cli, 'count', '-'], [directory, 'pipe', 'pipe']);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('standard input is a directory');
    } finally {
      closeSync(directory);
    }
  });
});
