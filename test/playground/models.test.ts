/**
 * The playground's pure models (docs/playground/src), in Node against the
 * built library: the per-character map, the header breakdown, the JSON
 * locator behind the marks in the validator.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the page is plain JavaScript, type-checked by `tsc -p docs/playground`
import { characterMap, compose, udhBreakdown } from '../../docs/playground/src/compose.js';
// @ts-expect-error: as above
import { check } from '../../docs/playground/src/check.js';
// @ts-expect-error: as above
import { jsonErrorPosition, locateJson, stringUnitSpan } from '../../docs/playground/src/json-locate.js';
import { splitText } from '../../src/index.js';

const OPTIONS = { dataCoding: 'auto', referenceBits: 8, reference: 42, to: '41793026727', from: '' };
const HEX = { strict: true, dataCoding: 0, udhi: false };

describe('characterMap', () => {
  it.each([
    ['a€', 'gsm7', [['61'], ['1b', '65']], ['single', 'extension']],
    ['a😀', 'ucs2', [['0061'], ['d83d', 'de00']], ['single', 'surrogate-pair']],
  ] as const)('%s in %s: units per character', (text, encoding, units, kinds) => {
    const [part] = characterMap(splitText(text, { dataCoding: encoding === 'gsm7' ? 0 : 8 }), encoding, new Set());
    expect(part.cells.map((cell: { units: string[] }) => cell.units)).toEqual(units);
    expect(part.cells.map((cell: { kind: string }) => cell.kind)).toEqual(kinds);
  });

  it('gives each character its index in the whole text, part after part', () => {
    const text = `${'x'.repeat(152)}€${'y'.repeat(10)}`;
    const map = characterMap(splitText(text), 'gsm7', new Set());
    expect(map.map((part: { cells: unknown[] }) => part.cells.length)).toEqual([152, 11]);
    expect(map[1].cells[0]).toMatchObject({ char: '€', index: 152, units: ['1b', '65'] });
  });
});

describe('compose', () => {
  it('explains UCS-2 by the characters that forced it', () => {
    const model = compose('Hi 😀', OPTIONS);
    expect(model.estimate.encoding).toBe('ucs2');
    expect([...model.forced]).toEqual(['😀']);
    expect(model.reason).toContain('😀');
    expect(model.reason).toContain('marked in the text below');
    expect(JSON.parse(model.json).messages[0].binary.dataCoding).toBe(8);
  });

  it('reports text that forced GSM 7-bit cannot carry, with the index', () => {
    const model = compose('ab😀', { ...OPTIONS, dataCoding: 0 });
    expect(model.estimate).toBeNull();
    expect(model.error).toMatchObject({ code: 'GSM7_UNMAPPABLE', index: 2 });
  });

  it('counts empty text as one SMS but builds no body for it', () => {
    const model = compose('', OPTIONS);
    expect(model.estimate.smsCount).toBe(1);
    expect(model.bodyError).toMatchObject({ code: 'MESSAGE_EMPTY' });
    expect(model.json).toBe('');
  });

  it('suggests nothing that saves no part', () => {
    // UCS-2 in 1 part, GSM 7-bit in 1 part after transliterating: nothing saved.
    expect(compose('“Quoted” – naïve', OPTIONS).suggestion).toBeNull();
  });

  it('suggests the transliteration when it saves parts, each replacement once with its count', () => {
    const model = compose('“Quoted” – naïve. '.repeat(5), OPTIONS);
    expect(model.estimate?.smsCount).toBe(2);
    expect(model.suggestion).toMatchObject({ kind: 'transliterate', encoding: 'gsm7', smsCount: 1 });
    expect(model.suggestion?.grouped).toEqual([
      { from: '“', to: '"', count: 5 },
      { from: '”', to: '"', count: 5 },
      { from: '–', to: '-', count: 5 },
      { from: 'ï', to: 'i', count: 5 },
    ]);
  });

  it('suggests the Turkish table over the lossy transliteration when it gives as few parts', () => {
    const model = compose("Şişli'de buluşalım, saat üçte. ".repeat(3), OPTIONS);
    expect(model.estimate?.smsCount).toBe(2);
    expect(model.suggestion).toMatchObject({ kind: 'language', language: 'tr', encoding: 'gsm7', smsCount: 1, replacements: [] });
  });
});

describe('udhBreakdown', () => {
  it('names every octet of a 16-bit concatenation header', () => {
    const { length, rows } = udhBreakdown(Uint8Array.of(0x06, 0x08, 0x04, 0x12, 0x34, 0x03, 0x01, 0x41));
    expect(length).toBe(7);
    expect(rows.map((row: { offset: number; octets: string; field: string }) => [row.offset, row.octets, row.field])).toEqual([
      [0, '06', 'UDHL'],
      [1, '08', 'IEI'],
      [2, '04', 'IEDL'],
      [3, '12 34', 'reference'],
      [5, '03', 'total'],
      [6, '01', 'sequence'],
    ]);
  });
});

describe('check', () => {
  it('marks the character a hex error points at', () => {
    const result = check('0f c2 4g', HEX);
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'HEX_INVALID_CHAR', index: 7, mark: { start: 7, end: 8 } });
  });

  it('marks the offending character inside a JSON string, escapes counted', () => {
    const body = '{"messages":[{"to":"41793026727","binary":{"hex":"\\u0030f c2 4g","dataCoding":0,"esmClass":0}}]}';
    const result = check(body, HEX);
    const issue = result.issues.find((i: { path: unknown[] }) => i.path.join('.') === 'messages.0.binary.hex');
    expect(issue.index).toBe(7);
    expect(body.slice(issue.mark.start, issue.mark.end)).toBe('g');
  });

  it('positions a JSON syntax error', () => {
    const result = check('{"messages": [}', HEX);
    expect(result.issues[0].code).toBe('JSON_SYNTAX');
    expect(result.issues[0].mark).not.toBeNull();
  });
});

describe('locateJson', () => {
  it('finds every value, nested, with odd spacing and escaped quotes', () => {
    const source = ' { "a" : [ 1 , "x\\"y" , { "b" : null } ] } ';
    const spans = locateJson(source);
    const at = (path: unknown[]): string => {
      const span = spans.get(JSON.stringify(path));
      return source.slice(span.start, span.end);
    };
    expect(at(['a', 0])).toBe('1');
    expect(at(['a', 1])).toBe('"x\\"y"');
    expect(at(['a', 2, 'b'])).toBe('null');
    expect(JSON.parse(at(['a']))).toEqual(JSON.parse(source).a);
    expect(stringUnitSpan(source, spans.get('["a",1]').start, 2)).toEqual({ start: source.indexOf('y'), end: source.indexOf('y') + 1 });
  });
});

describe('jsonErrorPosition', () => {
  it.each([
    ['{"a": [}', 7],
    ['{"a": 1,}', 8],
    ['{"a": tru}', 6],
    ['{"a": "x\\q"}', 9],
    ['[1] x', 4],
    ['{"a": 01}', 7],
    ['{"a": "', 7],
  ])('%s stops being JSON at index %i', (source, position) => {
    expect(() => JSON.parse(source)).toThrow();
    expect(jsonErrorPosition(source)).toBe(position);
  });

  it('accepts what JSON.parse accepts', () => {
    expect(jsonErrorPosition(' {"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"], "b": {}} ')).toBeUndefined();
  });
});
