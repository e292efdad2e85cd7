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
import { ENDPOINTS, splitText, validateRequest } from '../../src/index.js';

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

describe('compose: the request body of every endpoint, through buildRequest', () => {
  const WITH_FROM = { ...OPTIONS, from: 'InfoSMS' };

  it.each(ENDPOINTS)('builds a %s body validateRequest accepts, with one payload per part', (endpoint) => {
    const text = endpoint === '/sms/1/binary/single' ? 'Hi' : 'x'.repeat(200);
    const model = compose(text, { ...WITH_FROM, endpoint });
    expect(model.bodyError).toBeNull();
    expect(validateRequest(JSON.parse(model.json))).toEqual({ ok: true, endpoint, detected: true, issues: [] });
    expect(model.payloads).toHaveLength(endpoint === '/sms/1/binary/single' ? 1 : 2);
    expect(model.payloads.every((p: { hex: string }) => typeof p.hex === 'string')).toBe(true);
    if (endpoint.startsWith('/sms/1/')) expect(model.xml.startsWith('<request>')).toBe(true);
    else expect({ xml: model.xml, note: model.xmlNote }).toEqual({ xml: '', note: `The provider takes ${endpoint} bodies as JSON only; XML is for /sms/1/binary/single and /sms/1/binary/multi.` });
  });

  it.each([
    ['a reference of 300', { reference: 300 }, 'REFERENCE_INVALID', [0, 'reference']],
    ['a reference of -1', { reference: -1 }, 'REFERENCE_INVALID', [0, 'reference']],
    ['a reference of 1.5', { reference: 1.5 }, 'REFERENCE_INVALID', [0, 'reference']],
    ['a reference field that holds no number', { reference: Number.NaN }, 'REFERENCE_INVALID', [0, 'reference']],
    ['a 16-bit reference of 65536', { reference: 65536, referenceBits: 16 }, 'REFERENCE_INVALID', [0, 'reference']],
    ['a destination with a letter', { to: '4179302672x' }, 'TO_INVALID', [0, 'to']],
    ['an empty destination', { to: '' }, 'TO_INVALID', [0, 'to']],
    ['a sender of spaces (not trimmed away)', { from: '   ' }, 'FROM_INVALID', [0, 'from']],
    ['a sender too long', { from: 'A very long sender name' }, 'FROM_INVALID', [0, 'from']],
    ['no sender for v3', { from: '', endpoint: '/sms/3/messages' }, 'FROM_INVALID', [0, 'from']],
    ['two parts for v1 single', { endpoint: '/sms/1/binary/single', text: 'x'.repeat(200) }, 'FIELD_UNSUPPORTED', [0]],
  ])('shows the builder\'s typed error for %s, never clamping or defaulting it', (_, change, code, path) => {
    const { text = 'Hi', ...options } = change as { text?: string };
    const model = compose(text, { ...WITH_FROM, ...options });
    expect(model.bodyError).toMatchObject({ code, path });
    expect(model.json).toBe('');
    expect(model.payloads).toBeNull();
  });

  it('takes a 16-bit reference of 300 as it is', () => {
    const model = compose('x'.repeat(200), { ...WITH_FROM, referenceBits: 16, reference: 300 });
    expect(model.payloads[0].hex.startsWith('06 08 04 01 2c 02 01')).toBe(true);
  });

  it('lets buildRequest draw the reference when the field is empty', () => {
    const model = compose('x'.repeat(200), { ...WITH_FROM, reference: undefined });
    expect(model.bodyError).toBeNull();
    const references = model.payloads.map((p: { hex: string }) => p.hex.slice(9, 11));
    expect(references[0]).toBe(references[1]);
  });

  it('passes the destination as typed and shows what the validator says of it', () => {
    const model = compose('Hi', { ...WITH_FROM, to: '+41793026727' });
    expect(JSON.parse(model.json).messages[0].to).toBe('+41793026727');
    expect(model.bodyIssues).toMatchObject([{ code: 'TO_FORMAT', severity: 'warning', path: ['messages', 0, 'to'] }]);
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

  it.each([
    ['/sms/2/binary/advanced', '{"messages":[{"from":"InfoSMS","destinations":[{"to":"41793026727"}],"binary":{"hex":"48 4g","dataCoding":0,"esmClass":0}}]}', 'messages.0.binary.hex'],
    ['/sms/3/messages', '{"messages":[{"sender":"InfoSMS","destinations":[{"to":"41793026727"}],"content":{"hex":"48 4g","dataCoding":0,"esmClass":0}}]}', 'messages.0.content.hex'],
  ])('validates a pasted %s body and marks its hex error', (_, body, path) => {
    const result = check(body, HEX);
    const issue = result.issues.find((i: { path: unknown[] }) => i.path.join('.') === path);
    expect(issue).toMatchObject({ code: 'HEX_INVALID_CHAR', index: 4 });
    expect(body.slice(issue.mark.start, issue.mark.end)).toBe('g');
  });

  it.each([
    ['{"to":"41793026727","binary":{"hex":"48 69"}}', '/sms/1/binary/single'],
    ['{"messages":[{"to":"41793026727","binary":{"hex":"48 69"}}]}', '/sms/1/binary/multi'],
    ['{"messages":[{"destinations":[{"to":"41793026727"}],"binary":{"hex":"48 69"}}]}', '/sms/2/binary/advanced'],
    ['{"messages":[{"sender":"InfoSMS","destinations":[{"to":"41793026727"}],"content":{"hex":"48 69"}}]}', '/sms/3/messages'],
  ])('says which envelope a pasted body was checked as: %s', (body, endpoint) => {
    expect(check(body, HEX)).toMatchObject({ kind: 'json', ok: true, endpoint, issues: [] });
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
