/**
 * The CLI's contact with the outside: reading an argument, a file or
 * standard input, and writing to the terminal with or without colour.
 *
 * @internal
 * @module
 */

import { fstatSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { InputError, UsageError } from './errors.js';

/** The streams and environment a command runs with. */
export interface Io {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: Output;
  readonly stderr: Output;
}

/** A stream to write lines to, with styles that are no-ops without colour. */
export interface Output {
  /** Writes `text` followed by a newline. */
  line(text?: string): void;
  /** Writes `text` as is. */
  write(text: string): void;
  readonly style: Style;
}

/** ANSI styles; each returns its argument unchanged when colour is off. */
export interface Style {
  readonly enabled: boolean;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

const sgr =
  (open: number, close: number) =>
  (text: string): string =>
    `\u001b[${open}m${text}\u001b[${close}m`;
const identity = (text: string): string => text;

/**
 * Colour only on a terminal, and never when `NO_COLOR` is set to a non-empty
 * value (https://no-color.org).
 */
export function colourFor(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  const enabled = stream.isTTY === true && (env['NO_COLOR'] === undefined || env['NO_COLOR'] === '');
  if (!enabled) return { enabled, red: identity, yellow: identity, green: identity, bold: identity, dim: identity };
  return { enabled, red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), bold: sgr(1, 22), dim: sgr(2, 22) };
}

/** An {@link Output} over a Node writable stream. */
export function outputFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv): Output {
  return {
    line: (text = '') => void stream.write(`${text}\n`),
    write: (text) => void stream.write(text),
    style: colourFor(stream, env),
  };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 strictly (a leading byte order mark is dropped); invalid bytes are an {@link InputError}. */
export function decodeUtf8(bytes: Uint8Array, where: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new InputError(`${where} is not valid UTF-8`);
  }
}

/** Reads all of standard input as UTF-8; standard input that is a directory is an {@link InputError}. */
export async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const fd = (stdin as { readonly fd?: unknown }).fd;
  if (typeof fd === 'number' && isDirectory(fd)) throw new InputError('standard input is a directory, not text');
  const chunks: Uint8Array[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
  let length = 0;
  for (const chunk of chunks) length += chunk.length;
  const all = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.length;
  }
  return decodeUtf8(all, 'standard input');
}

function isDirectory(fd: number): boolean {
  try {
    return fstatSync(fd).isDirectory();
  } catch {
    return false;
  }
}

/** Drops one final line ending (`\n` or `\r\n`), what `echo` and editors add to piped input. */
export function dropFinalNewline(text: string): string {
  if (text.endsWith('\r\n')) return text.slice(0, -2);
  if (text.endsWith('\n')) return text.slice(0, -1);
  return text;
}

/** Where an input came from, for messages. */
export type Source = { readonly kind: 'argument' } | { readonly kind: 'stdin' } | { readonly kind: 'file'; readonly path: string };

/**
 * The one input of a command: the argument itself, or standard input when
 * the argument is `-` or missing and standard input is not a terminal.
 * Input read from standard input loses one final line ending.
 */
export async function readInput(io: Io, argument: string | undefined, what: string): Promise<{ text: string; source: Source }> {
  if (argument !== undefined && argument !== '-') return { text: argument, source: { kind: 'argument' } };
  if (argument === undefined && io.stdin.isTTY === true) {
    throw new UsageError(`missing ${what}: give it as an argument, or pipe it to standard input`);
  }
  return { text: dropFinalNewline(await readStdin(io.stdin)), source: { kind: 'stdin' } };
}

/** What `path` names: a regular file, a directory, or nothing readable (`undefined`). */
export async function fileKind(path: string): Promise<'file' | 'directory' | undefined> {
  try {
    const info = await stat(path);
    return info.isFile() ? 'file' : info.isDirectory() ? 'directory' : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a file as UTF-8; a file that cannot be read is a {@link UsageError}. */
export async function readTextFile(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new UsageError(`cannot read ${JSON.stringify(path)}${code === undefined ? '' : ` (${code})`}`);
  }
  return decodeUtf8(bytes, JSON.stringify(path));
}
