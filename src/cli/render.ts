/**
 * Text for people: a caret under a position in a line, field paths,
 * characters with their code points.
 *
 * @internal
 * @module
 */

import type { Style } from './io.js';

/** Columns of context kept on each side of the caret when the line is long. */
const CONTEXT = 34;

/** One column per character; control characters drawn as their Unicode "control pictures". */
function visible(character: string): string {
  const cp = character.codePointAt(0) ?? 0;
  if (cp < 0x20) return String.fromCodePoint(0x2400 + cp);
  if (cp === 0x7f) return '\u2421';
  return character;
}

/** Characters a terminal draws two columns wide (CJK, Hangul, full-width forms, most emoji). */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]/u;

/**
 * Two lines: `text` (shortened around `index` when long, control characters
 * made visible) and a caret under the character at UTF-16 index `index`
 * (after the end when `index` is the length).
 */
export function caretLines(text: string, index: number, style: Style, indent = '  '): [string, string] {
  const cells: { shown: string; width: number; start: number }[] = [];
  for (let i = 0; i < text.length; ) {
    const character = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const shown = visible(character);
    cells.push({ shown, width: WIDE.test(shown) ? 2 : 1, start: i });
    i += character.length;
  }
  let at = cells.findIndex((cell, n) => index >= cell.start && index < (cells[n + 1]?.start ?? text.length));
  if (at === -1) at = cells.length;
  const from = Math.max(0, at - CONTEXT);
  const to = Math.min(cells.length, at + CONTEXT);
  const before = from > 0 ? '…' : '';
  const after = to < cells.length ? '…' : '';
  const shownCells = cells.slice(from, to);
  const line = before + shownCells.map((c) => c.shown).join('') + after;
  let column = before.length;
  for (const cell of cells.slice(from, at)) column += cell.width;
  return [`${indent}${line}`, `${indent}${' '.repeat(column)}${style.red(style.bold('^'))}`];
}

/** `['messages', 0, 'binary', 'hex']` as `messages[0].binary.hex`; `(body)` for the root. */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out === '' ? '(body)' : out;
}

/** A character with its code point: `"测" U+6D4B`; invisible ones by code point only. */
export function describeCharacter(character: string): string {
  const cp = character.codePointAt(0) ?? 0;
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return /^[\p{C}\p{Z}]$/u.test(character) ? code : `"${character}" ${code}`;
}

/** `0x4a`: a byte in hex. */
export function hexByte(value: number): string {
  return `0x${value.toString(16).padStart(2, '0')}`;
}

/** Lines of `label  value` with the labels padded to one width. */
export function table(rows: ReadonlyArray<readonly [string, string]>, style: Style): string[] {
  const width = Math.max(...rows.map(([label]) => label.length));
  return rows.map(([label, value]) => `${style.bold(label.padEnd(width))}  ${value}`);
}
