/**
 * The shape of a subcommand and the helpers the commands share.
 *
 * @internal
 * @module
 */

import type { ParseArgsConfig } from 'node:util';
import { SmsHexError } from '../index.js';
import { InputError, UsageError } from './errors.js';
import type { Io, Style } from './io.js';
import { caretLines } from './render.js';

/** Option values as `node:util` `parseArgs` returns them. */
export type Values = Readonly<Record<string, string | boolean | Array<string | boolean> | undefined>>;

/** One subcommand. */
export interface Command {
  readonly name: string;
  /** One line for the top-level help. */
  readonly summary: string;
  /** The full `--help` text. */
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Runs the command; resolves to the exit status. */
  run(io: Io, values: Values, positionals: readonly string[]): Promise<number>;
}

/** A string option's value. */
export function stringValue(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A repeatable string option's values (empty when absent). */
export function stringValues(values: Values, name: string): string[] {
  const value = values[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');
}

/** A boolean option's value. */
export function flag(values: Values, name: string): boolean {
  return values[name] === true;
}

/** Refuses more than `max` positional arguments. */
export function atMost(positionals: readonly string[], max: number, what: string): void {
  if (positionals.length > max) {
    throw new UsageError(`expected at most ${max} ${what}, got ${positionals.length}: quote an argument that contains spaces`);
  }
}

/**
 * An `SmsHexError` about `text` as an {@link InputError} with a caret under
 * the position it names; other errors unchanged.
 */
export function pointAt(error: unknown, text: string, style: Style): unknown {
  if (!(error instanceof SmsHexError)) return error;
  const detail = error.index === undefined ? [] : caretLines(text, error.index, style);
  return new InputError(`${error.code}: ${error.message}`, detail);
}
