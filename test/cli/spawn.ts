/**
 * Runs the BUILT command line (dist/cli.js, made by `npm test` before vitest
 * runs) in a fresh Node process, with standard input piped (never a TTY) and
 * colour off unless a test asks otherwise.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Written to standard input (which is then closed); none closes it at once. */
  readonly input?: string | Uint8Array;
  /** Replaces the environment's NO_COLOR / adds variables. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly cwd?: string;
}

export function smshex(args: readonly string[], options: RunOptions = {}): Promise<Run> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: undefined, SMSHEX_DEBUG: undefined, ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd ?? root, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A stack trace line, which bad input must never print. */
export const STACK_LINE = /^\s+at .+[:(]/m;
