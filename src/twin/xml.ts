/**
 * The v1 endpoints' XML form (`Content-Type: application/xml`): a small
 * strict reader for request bodies, turned into the same object the JSON
 * form gives, and a writer for the answers.
 *
 * The reader takes elements, text, the five predefined entities, character
 * references, CDATA sections, comments and an `<?xml …?>` declaration. It
 * refuses a DOCTYPE (so no entity expansion of any kind), attributes,
 * processing instructions and mixed content, each with its position.
 *
 * @internal
 * @module
 */

import { position, type SyntaxPosition } from './syntax.js';

/** One element of the document. */
interface Element {
  readonly name: string;
  /** Index of its `<`. */
  readonly start: number;
  readonly children: Element[];
  /** Its text content (entities resolved), when it has no child elements. */
  text: string;
  /** Index of the first non-blank text, when there is any. */
  textAt: number | undefined;
}

/** What {@link readXml} returns. */
export type XmlResult = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: SyntaxPosition };

class Stop {
  constructor(
    readonly index: number,
    readonly message: string,
  ) {}
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const isBlank = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isNameStart = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c >= 0x80;
const isNameChar = (c: number): boolean => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;

/** Parses the document into its root element. */
function parse(text: string): Element {
  let i = 0;
  const skipBlank = (): void => {
    while (i < text.length && isBlank(text.charCodeAt(i))) i++;
  };
  const startsWith = (prefix: string): boolean => text.startsWith(prefix, i);
  const skipPast = (end: string, what: string): void => {
    const found = text.indexOf(end, i);
    if (found === -1) throw new Stop(i, `unterminated ${what}: expected "${end}"`);
    i = found + end.length;
  };
  const name = (): string => {
    const begin = i;
    if (!isNameStart(text.charCodeAt(i))) throw new Stop(i, `expected an element name, found ${describe(text, i)}`);
    while (i < text.length && isNameChar(text.charCodeAt(i))) i++;
    return text.slice(begin, i);
  };
  /** Comments, and before the root the declaration; a DOCTYPE or processing instruction is refused. */
  const misc = (prolog: boolean): void => {
    for (;;) {
      skipBlank();
      if (startsWith('<!--')) skipPast('-->', 'comment');
      else if (prolog && i === 0 && startsWith('<?xml')) skipPast('?>', 'XML declaration');
      else if (startsWith('<!DOCTYPE') || startsWith('<!doctype')) throw new Stop(i, 'a DOCTYPE is not accepted in a request body');
      else if (startsWith('<?')) throw new Stop(i, 'processing instructions are not accepted in a request body');
      else return;
    }
  };
  const reference = (): string => {
    const begin = i;
    const end = text.indexOf(';', i);
    if (end === -1 || end - i > 12) throw new Stop(begin, 'unterminated entity reference: expected ";"');
    const body = text.slice(i + 1, end);
    i = end + 1;
    if (body.startsWith('#')) {
      const hex = body[1] === 'x';
      const digits = body.slice(hex ? 2 : 1);
      let code = digits.length === 0 ? Number.NaN : 0;
      for (const d of digits) {
        const v = Number.parseInt(d, hex ? 16 : 10);
        code = Number.isNaN(v) ? Number.NaN : code * (hex ? 16 : 10) + v;
      }
      if (!(code >= 1 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) throw new Stop(begin, `invalid character reference &${body};`);
      return String.fromCodePoint(code);
    }
    const entity = ENTITIES[body];
    if (entity === undefined || !Object.hasOwn(ENTITIES, body)) throw new Stop(begin, `unknown entity &${body};: only &amp; &lt; &gt; &quot; &apos; and character references`);
    return entity;
  };

  misc(true);
  if (text[i] !== '<') throw new Stop(i, `expected the root element, found ${describe(text, i)}`);
  const open: Element[] = [];
  let root: Element | undefined;
  while (root === undefined) {
    if (i >= text.length) throw new Stop(i, `unclosed element <${open.at(-1)?.name ?? ''}>: expected its closing tag`);
    const current = open.at(-1);
    if (startsWith('<!--')) skipPast('-->', 'comment');
    else if (startsWith('<![CDATA[')) {
      if (current === undefined) throw new Stop(i, 'text outside the root element');
      const begin = i + 9;
      skipPast(']]>', 'CDATA section');
      addText(current, text.slice(begin, i - 3), begin, true);
    } else if (startsWith('</')) {
      const at = i;
      i += 2;
      const closing = name();
      skipBlank();
      if (text[i] !== '>') throw new Stop(i, `expected ">" to end the closing tag, found ${describe(text, i)}`);
      i++;
      if (current === undefined || closing !== current.name) throw new Stop(at, `closing tag </${closing}> does not match <${current?.name ?? ''}>`);
      open.pop();
      if (open.length === 0) root = current;
    } else if (text[i] === '<') {
      const start = i;
      i++;
      if (startsWith('!') || startsWith('?')) throw new Stop(start, 'a DOCTYPE, processing instruction or declaration is not accepted here');
      const element: Element = { name: name(), start, children: [], text: '', textAt: undefined };
      skipBlank();
      const selfClosing = startsWith('/>');
      if (!selfClosing && text[i] !== '>') {
        throw new Stop(i, isNameStart(text.charCodeAt(i)) ? `attributes are not accepted (on <${element.name}>)` : `expected ">" to end the tag, found ${describe(text, i)}`);
      }
      i += selfClosing ? 2 : 1;
      if (current !== undefined) {
        if (current.textAt !== undefined) throw new Stop(start, `<${current.name}> mixes text and elements`);
        current.children.push(element);
      }
      if (!selfClosing) open.push(element);
      else if (current === undefined) root = element;
    } else {
      const at = i;
      let chunk = '';
      while (i < text.length && text[i] !== '<') {
        if (text[i] === '&') chunk += reference();
        else if (text[i] === '>' && text.startsWith(']]>', i - 2)) throw new Stop(i - 2, '"]]>" is not allowed in text');
        else chunk += text[i++];
      }
      if (current === undefined) throw new Stop(at, 'text outside the root element');
      addText(current, chunk, at, false);
    }
  }
  misc(false);
  if (i < text.length) throw new Stop(i, `expected the end of the body after </${root.name}>, found ${describe(text, i)}`);
  return root;
}

function addText(element: Element, chunk: string, at: number, cdata: boolean): void {
  let blank = !cdata;
  for (let k = 0; blank && k < chunk.length; k++) blank = isBlank(chunk.charCodeAt(k));
  if (blank) {
    element.text += chunk;
    return;
  }
  if (element.children.length > 0) throw new Stop(at, `<${element.name}> mixes text and elements`);
  element.textAt ??= at;
  element.text += chunk;
}

const describe = (text: string, i: number): string => (i >= text.length ? 'the end of the body' : JSON.stringify(text[i]));

/** Elements whose children are a list: `<messages><message/>…</messages>`, `<to><to/>…</to>`. */
const LISTS: Readonly<Record<string, string>> = { messages: 'message', to: 'to' };
/** Elements whose text is an integer in the JSON form. */
const INTEGERS: ReadonlySet<string> = /* @__PURE__ */ new Set(['dataCoding', 'esmClass']);

/** The JSON form of an element: a list, an object, an integer or a string. */
function toValue(element: Element): unknown {
  const item = LISTS[element.name];
  if (element.children.length === 0) {
    const text = element.textAt === undefined ? '' : element.text.trim();
    if (INTEGERS.has(element.name) && text.length > 0 && text.length <= 15 && [...text].every((d) => d >= '0' && d <= '9')) return Number(text);
    // `<to></to>` with neither text nor children is an empty list, as the writer of a list with no entries makes it.
    return item !== undefined && element.name === 'messages' ? [] : text;
  }
  if (item !== undefined && element.children.every((child) => child.name === item)) return element.children.map(toValue);
  const object: Record<string, unknown> = {};
  for (const child of element.children) {
    if (Object.hasOwn(object, child.name)) throw new Stop(child.start, `<${child.name}> appears twice in <${element.name}>`);
    Object.defineProperty(object, child.name, { value: toValue(child), enumerable: true, writable: true, configurable: true });
  }
  return object;
}

/**
 * Reads a v1 request body written as XML into the object its JSON form
 * would be: `<request>` is the body, `<messages>` and a `<to>` holding `<to>`
 * elements are lists, `dataCoding` and `esmClass` integers, everything else
 * strings. Never throws: a syntax error comes back with its position.
 */
export function readXml(text: string): XmlResult {
  try {
    const root = parse(text);
    if (root.name !== 'request') throw new Stop(root.start, `the root element must be <request>, found <${root.name}>`);
    const value = root.children.length === 0 ? {} : toValue(root);
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Stop) return { ok: false, error: position(text, error.index, error.message) };
    throw error;
  }
}

const escape = (value: string): string => {
  let out = '';
  for (const c of value) out += c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : c === "'" ? '&apos;' : c;
  return out;
};

/** Item element names of lists in answers. */
const ITEMS: Readonly<Record<string, string>> = { messages: 'message', issues: 'issue', previews: 'preview', path: 'segment', validationErrors: 'validationError', texts: 'text' };

/**
 * Writes an answer as XML: `value` (an object of strings, numbers, booleans,
 * objects and lists) under the element `root`; a list's items are elements
 * named after it (`messages` → `message`, `issues` → `issue`).
 */
export function writeXml(root: string, value: unknown): string {
  const element = (name: string, v: unknown): string => {
    if (v === undefined) return '';
    if (Array.isArray(v)) {
      const item = ITEMS[name] ?? 'item';
      return `<${name}>${v.map((entry) => element(item, entry)).join('')}</${name}>`;
    }
    if (v !== null && typeof v === 'object') {
      return `<${name}>${Object.entries(v).map(([k, entry]) => element(k, entry)).join('')}</${name}>`;
    }
    return `<${name}>${escape(String(v))}</${name}>`;
  };
  return `<?xml version="1.0" encoding="UTF-8"?>${element(root, value)}`;
}
