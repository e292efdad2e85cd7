/**
 * Where a request body stops being JSON or XML: the index, line and column
 * of the first character that breaks the grammar, since `JSON.parse`
 * messages do not always say.
 *
 * @internal
 * @module
 */

/** A syntax error with its position in the body text. */
export interface SyntaxPosition {
  /** What is wrong, e.g. `expected "," or "}" after a value`. */
  readonly message: string;
  /** UTF-16 index into the body text. */
  readonly index: number;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column (UTF-16 units). */
  readonly column: number;
}

/** The line and column of `index` in `text`. */
export function position(text: string, index: number, message: string): SyntaxPosition {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { message, index, line, column: index - lineStart + 1 };
}

const isWhitespace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHexDigit = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** Thrown inside {@link jsonSyntaxError} to unwind to the position. */
class Stop {
  constructor(
    readonly index: number,
    readonly message: string,
  ) {}
}

/**
 * The first syntax error of `text` as JSON (RFC 8259), or `undefined` when it
 * is JSON. Iterative, so deep nesting cannot overflow the stack; builds no
 * values. Call it after `JSON.parse` failed, to say where.
 */
export function jsonSyntaxError(text: string): SyntaxPosition | undefined {
  let i = 0;
  const describe = (at: number): string => (at >= text.length ? 'the end of the body' : JSON.stringify(text[at]));
  const skip = (): void => {
    while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  };
  const expect = (what: string): never => {
    throw new Stop(i, `expected ${what}, found ${describe(i)}`);
  };
  const literal = (word: string): void => {
    for (let k = 0; k < word.length; k++, i++) if (text[i] !== word[k]) expect(`"${word}"`);
  };
  const string = (): void => {
    i++; // the opening quote
    for (;;) {
      if (i >= text.length) throw new Stop(i, 'unterminated string: expected a closing quote, found the end of the body');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) throw new Stop(i, `control character U+${c.toString(16).padStart(4, '0').toUpperCase()} in a string: escape it`);
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          for (let k = 2; k < 6; k++) if (!isHexDigit(text.charCodeAt(i + k))) throw new Stop(i + k, `expected 4 hex digits after \\u, found ${describe(i + k)}`);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else throw new Stop(i + 1, `invalid escape \\${e ?? ''} in a string`);
      } else i++;
    }
  };
  const number = (): void => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else expect('a digit');
    if (text[i] === '.') {
      i++;
      if (!isDigit(text.charCodeAt(i))) expect('a digit after "."');
      while (isDigit(text.charCodeAt(i))) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!isDigit(text.charCodeAt(i))) expect('a digit in the exponent');
      while (isDigit(text.charCodeAt(i))) i++;
    }
  };
  // The open containers: '{' or '['.
  const stack: string[] = [];
  /** Reads one value; containers are pushed, not recursed into. Returns whether a container was opened. */
  const value = (): boolean => {
    skip();
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c);
      i++;
      return true;
    }
    if (c === '"') string();
    else if (c === 't') literal('true');
    else if (c === 'f') literal('false');
    else if (c === 'n') literal('null');
    else if (c === '-' || isDigit(text.charCodeAt(i))) number();
    else expect('a value');
    return false;
  };
  const key = (): void => {
    skip();
    if (text[i] !== '"') expect('a property name in double quotes');
    string();
    skip();
    if (text[i] !== ':') expect('":" after the property name');
    i++;
  };
  /** Just after an opening bracket: the first member, or the closing bracket. */
  const first = (): boolean => {
    skip();
    const close = stack.at(-1) === '{' ? '}' : ']';
    if (text[i] === close) {
      stack.pop();
      i++;
      return false;
    }
    if (close === '}') key();
    return value();
  };
  try {
    let opened = value();
    for (;;) {
      while (opened) opened = first();
      if (stack.length === 0) break;
      skip();
      const open = stack.at(-1);
      const close = open === '{' ? '}' : ']';
      if (text[i] === ',') {
        i++;
        if (open === '{') key();
        opened = value();
      } else if (text[i] === close) {
        stack.pop();
        i++;
      } else expect(`"," or "${close}"`);
    }
    skip();
    if (i < text.length) expect('the end of the body after the value');
    return undefined;
  } catch (error) {
    if (error instanceof Stop) return position(text, error.index, error.message);
    throw error;
  }
}
