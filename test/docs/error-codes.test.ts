/**
 * The error table is the single source of the error codes: the codes that
 * anything produces (every `UPPER_SNAKE` string literal in src/ and in the
 * playground's sources that is not one of the named non-codes below), the
 * `SmsHexErrorCode` union of src/errors.ts, the README's table and the table
 * of docs/errors.md are one and the same set. And the `@throws` of each export
 * names exactly the codes listed for it in THROWS, which for
 * buildBinaryMessages and decodeBinaryMessage are each shown thrown.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { buildBinaryMessages, decodeBinaryMessage, SmsHexError } from '../../src/index.js';
import { LEGACY_CODINGS } from '../../src/legacy/index.js';

const root = new URL('../../', import.meta.url).pathname;
const read = (path: string): string => readFileSync(join(root, path), 'utf8');

/** `UPPER_SNAKE` literals that are not our error codes: profile and coding names, environment variables, Node's parseArgs codes the CLI reads. */
const NOT_CODES = new Set([
  'NON_UNICODE', 'SERBIAN_CYRILLIC', 'CENTRAL_EUROPEAN', 'ISO_8859_1', 'ISO_8859_5', 'ISO_8859_8',
  'OCTET_UNSPECIFIED_2', 'OCTET_UNSPECIFIED_4', 'SMSHEX_DEBUG', 'NO_COLOR',
  'ERR_PARSE_ARGS_UNKNOWN_OPTION', 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE',
  // the provider's status name in response examples, not one of our codes
  'PENDING_ENROUTE',
  // Node's codes the twin reads (node:http), and the provider's error messageIds the twin answers with, by HTTP status
  'ERR_HTTP_REQUEST_TIMEOUT', 'HPE_HEADER_OVERFLOW',
  'BAD_REQUEST', 'GENERAL_ERROR', 'METHOD_NOT_ALLOWED', 'NOT_ACCEPTABLE', 'NOT_FOUND', 'PAYLOAD_TOO_LARGE', 'REQUEST_TIMEOUT',
  'SERVICE_UNAVAILABLE', 'TOO_MANY_REQUESTS', 'UNSUPPORTED_MEDIA_TYPE',
]);
const LITERAL = /'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)'/g;

const sources = (dir: string, ext: RegExp): string[] =>
  readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ext.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length));

const produced = new Set(
  [...sources('src', /\.ts$/).filter((file) => file !== 'src/errors.ts'), ...sources('docs/playground/src', /\.js$/)]
    .flatMap((file) => [...read(file).matchAll(LITERAL)].map((m) => m[1] as string))
    .filter((literal) => !NOT_CODES.has(literal)),
);
const union = new Set(
  [...(/export type SmsHexErrorCode =([\s\S]*?);/.exec(read('src/errors.ts'))?.[1] ?? '').matchAll(LITERAL)].map((m) => m[1] as string),
);
const tableCodes = (markdown: string): Set<string> => new Set([...markdown.matchAll(/^\| `([A-Z0-9_]+)` \|/gm)].map((m) => m[1] as string));
const readmeTable = tableCodes(/### Error codes\n([\s\S]*?)\n## /.exec(read('README.md'))?.[1] ?? '');
const docsTable = tableCodes(read('docs/errors.md'));

const sorted = (set: Iterable<string>): string[] => [...set].sort();

describe('the error table, the single source of the codes', () => {
  it('finds codes everywhere it looks', () => {
    expect(produced.size).toBeGreaterThan(40);
    expect(produced.has('JSON_SYNTAX')).toBe(true); // the playground's checker
  });
  it('src/errors.ts declares exactly the codes that are produced', () => {
    expect(sorted(union)).toEqual(sorted(produced));
  });
  it("the README's table lists exactly these codes", () => {
    expect(sorted(readmeTable)).toEqual(sorted(union));
  });
  it("docs/errors.md's table lists exactly these codes", () => {
    expect(sorted(docsTable)).toEqual(sorted(union));
  });
});

/**
 * The SmsHexError codes each export's `@throws` names (`HEX_*` stands for every
 * code of that family). Exports whose `@throws` names no code are left out.
 */
const THROWS: Readonly<Record<string, readonly string[]>> = {
  parseHex: ['HEX_EMPTY', 'HEX_INVALID_CHAR', 'HEX_MISSING_SEPARATOR', 'HEX_MIXED_SEPARATORS', 'HEX_ODD_DIGITS', 'HEX_SEPARATOR', 'HEX_TOO_LONG', 'HEX_WHITESPACE'],
  decodeGsm7: ['GSM7_INVALID_SEPTET', 'GSM7_UNASSIGNED_SEPTET', 'GSM7_TRAILING_ESCAPE'],
  encodeGsm7: ['GSM7_UNMAPPABLE'],
  packSeptets: ['GSM7_INVALID_SEPTET'],
  unpackSeptets: ['GSM7_TRUNCATED'],
  decodeUcs2: ['UCS2_ODD_LENGTH', 'UCS2_LONE_SURROGATE'],
  encodeUcs2: ['UCS2_LONE_SURROGATE'],
  encodeText: ['GSM7_UNMAPPABLE', 'UCS2_LONE_SURROGATE', 'CODING_UNMAPPABLE'],
  estimateSegments: ['GSM7_UNMAPPABLE', 'UCS2_LONE_SURROGATE', 'CODING_UNMAPPABLE'],
  countSegments: ['GSM7_UNMAPPABLE', 'UCS2_LONE_SURROGATE', 'CODING_UNMAPPABLE'],
  splitText: ['MESSAGE_TOO_LONG', 'GSM7_UNMAPPABLE', 'UCS2_LONE_SURROGATE'],
  buildUdh: ['UDH_VALUE_RANGE', 'UDH_CONCAT_TOTAL', 'UDH_CONCAT_SEQUENCE', 'UDH_TOO_LONG'],
  parseUdh: ['UDH_TRUNCATED', 'UDH_TOO_LONG', 'UDH_IE_OVERRUN', 'UDH_IE_LENGTH', 'UDH_CONCAT_TOTAL', 'UDH_CONCAT_SEQUENCE'],
  buildBinaryMessages: [
    'MESSAGE_EMPTY', 'MESSAGE_TOO_LONG', 'GSM7_UNMAPPABLE', 'UCS2_LONE_SURROGATE', 'CODING_UNMAPPABLE', 'HEX_*',
    'GSM7_INVALID_SEPTET', 'UCS2_ODD_LENGTH', 'UDH_VALUE_RANGE', 'UDH_TOO_LONG',
  ],
  decodeText: ['GSM7_INVALID_SEPTET', 'GSM7_TRAILING_ESCAPE', 'UCS2_ODD_LENGTH', 'UCS2_LONE_SURROGATE', 'CODING_UNDEFINED_BYTE'],
  preview: ['UCS2_LONE_SURROGATE'],
  decodeBinaryMessage: [
    'HEX_*', 'UDH_*', 'GSM7_INVALID_SEPTET', 'GSM7_UNASSIGNED_SEPTET', 'GSM7_TRAILING_ESCAPE', 'UCS2_ODD_LENGTH', 'UCS2_LONE_SURROGATE',
  ],
  reassemble: ['CONCAT_SEQUENCE_MISSING', 'CONCAT_ELEMENT_MISSING', 'CONCAT_REFERENCE_MISMATCH', 'CONCAT_TOTAL_MISMATCH', 'CONCAT_CODING_MISMATCH', 'CONCAT_SEQUENCE_DUPLICATE', 'DATA_CODING_NOT_TEXT'],
  toXml: ['DATA_CODING_INVALID', 'ESM_CLASS_INVALID'],
  buildRequest: ['FROM_INVALID', 'TO_INVALID', 'REFERENCE_INVALID', 'FIELD_INVALID', 'FIELD_UNSUPPORTED', 'SEND_AT_INVALID', 'UNKNOWN_FIELD'],
};

/** The codes named in each export's `@throws` tags, read from the source. */
function documentedThrows(): Record<string, string[]> {
  const entries = ['src/index.ts', 'src/legacy/index.ts'].map((entry) => join(root, entry));
  const program = ts.createProgram(entries, { strict: true, noEmit: true, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022 });
  const checker = program.getTypeChecker();
  const found: Record<string, string[]> = {};
  for (const entry of entries) {
    const module = checker.getSymbolAtLocation(program.getSourceFile(entry) as ts.SourceFile) as ts.Symbol;
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      if (declaration === undefined) continue;
      const docs = ts.getJSDocCommentsAndTags(declaration).map((doc) => doc.getText()).join('\n');
      const tags = docs.match(/@throws[\s\S]*?(?=\n\s*\*\s*@(?!link)|\*\/)/g) ?? [];
      const codes = [...new Set(tags.join('\n').match(/\b[A-Z][A-Z0-9]*_(?:\*|[A-Z0-9_]*[A-Z0-9])/g) ?? [])];
      if (codes.length > 0) found[exported.name] = codes.sort();
    }
  }
  return found;
}

describe('@throws', () => {
  // Generous: building the TypeScript program takes seconds on a busy machine.
  it('names exactly the codes each export is listed with, each a code of the table', { timeout: 120_000 }, () => {
    const documented = documentedThrows();
    expect(documented).toEqual(Object.fromEntries(Object.entries(THROWS).map(([name, codes]) => [name, [...codes].sort()])));
    const families = new Set(sorted(union).map((code) => `${code.slice(0, code.indexOf('_'))}_*`));
    for (const code of Object.values(THROWS).flat()) expect(union.has(code) || families.has(code), code).toBe(true);
  });

  const codeOf = (run: () => unknown): string => {
    try {
      run();
    } catch (error) {
      return error instanceof SmsHexError ? error.code : String(error);
    }
    return 'no error';
  };
  const to = '41793026727';
  it.each([
    ['MESSAGE_EMPTY', () => buildBinaryMessages({ to, text: '' })],
    ['MESSAGE_TOO_LONG', () => buildBinaryMessages({ to, text: 'x'.repeat(400), maxParts: 2 })],
    ['GSM7_UNMAPPABLE', () => buildBinaryMessages({ to, text: 'ç', dataCoding: 0 })],
    ['UCS2_LONE_SURROGATE', () => buildBinaryMessages({ to, text: 'a\ud83d' })],
    ['CODING_UNMAPPABLE', () => buildBinaryMessages({ to, text: '€', dataCoding: 3, codings: LEGACY_CODINGS })],
    ['HEX_INVALID_CHAR', () => buildBinaryMessages({ to, hex: '0g', dataCoding: 8 })],
    ['GSM7_INVALID_SEPTET', () => buildBinaryMessages({ to, hex: '80', dataCoding: 0 })],
    ['UCS2_ODD_LENGTH', () => buildBinaryMessages({ to, hex: '00', dataCoding: 8 })],
    ['UDH_VALUE_RANGE', () => buildBinaryMessages({ to, text: 'x', udh: [{ type: 'ports', destination: 70_000, source: 1, portBits: 16 }] })],
    ['UDH_TOO_LONG', () => buildBinaryMessages({ to, text: 'x', udh: [{ type: 'raw', id: 0x70, data: new Uint8Array(139) }] })],
  ])('buildBinaryMessages throws %s', (code, run) => {
    expect(codeOf(run)).toBe(code);
  });
  it.each([
    ['HEX_INVALID_CHAR', () => decodeBinaryMessage({ hex: '0g', dataCoding: 0 })],
    ['UDH_TRUNCATED', () => decodeBinaryMessage({ hex: '05 00 03', dataCoding: 0, esmClass: 0x40 })],
    ['GSM7_INVALID_SEPTET', () => decodeBinaryMessage({ hex: '80', dataCoding: 0 })],
    ['UCS2_ODD_LENGTH', () => decodeBinaryMessage({ hex: '00', dataCoding: 8 })],
  ])('decodeBinaryMessage throws %s', (code, run) => {
    expect(codeOf(run)).toBe(code);
  });
});
