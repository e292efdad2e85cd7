import fc from 'fast-check';
import { thrown } from '../../helpers/thrown.js';
import { describe, expect, it } from 'vitest';
import {
  buildUdh,
  concatElement,
  parseHex,
  parseUdh,
  SmsHexError,
  toHex,
  udhLength,
  safeParseUdh,
  type UdhElement,
} from '../../../src/index.js';
import vectors from '../../vectors/udh.json' with { type: 'json' };
import { arbitraryUdhElement } from './arbitraries.js';

type JsonElement = Record<string, unknown> & { type: string };

/** Vector elements carry raw data as spaced hex; turn it into bytes. */
function fromJson(element: JsonElement): UdhElement {
  if (element.type === 'raw') return { type: 'raw', id: element.id as number, data: parseHex(element.data as string, { allowEmpty: true }) };
  return element as unknown as UdhElement;
}

const bytesOf = (hex: string): Uint8Array => (hex === '' ? new Uint8Array(0) : parseHex(hex));


describe('parseUdh', () => {
  it.each(vectors.valid)('parses $name ($hex)', ({ hex, length, elements }) => {
    const parsed = parseUdh(bytesOf(hex));
    expect(parsed.length).toBe(length);
    expect(parsed.elements).toEqual(elements.map((e) => fromJson(e as JsonElement)));
  });

  it.each(vectors.invalid)('rejects $name ($hex) with $code at octet $octet', ({ hex, code, octet }) => {
    const error = thrown(() => parseUdh(bytesOf(hex)));
    expect(error.code).toBe(code);
    expect(error.index).toBe(octet);
    expect(error.message).toMatch(/^parseUdh: /);
    expect(error.message).toContain(`at octet ${octet}`);
  });

  it('ignores the payload after the header', () => {
    expect(parseUdh(parseHex('05 00 03 2a 03 01 48 69')).length).toBe(6);
  });

  it('returns repeated elements in order', () => {
    expect(parseUdh(parseHex('0a 00 03 01 02 01 00 03 02 02 02')).elements.map((e) => e.type === 'concat' && e.reference)).toEqual([1, 2]);
  });

  it('copies raw data instead of aliasing the input', () => {
    const input = parseHex('03 70 01 aa');
    const element = parseUdh(input).elements[0];
    input[3] = 0;
    expect(element).toEqual({ type: 'raw', id: 0x70, data: Uint8Array.of(0xaa) });
  });

  it.each([null, undefined, '05 00 03', [5, 0, 3], 5])('throws TypeError for %j', (value) => {
    expect(() => parseUdh(value as unknown as Uint8Array)).toThrow(TypeError);
  });
});

describe('safeParseUdh', () => {
  it('returns the header', () => {
    expect(safeParseUdh(parseHex('05 00 03 2a 03 01'))).toEqual({
      ok: true,
      udh: { length: 6, elements: [{ type: 'concat', reference: 42, total: 3, sequence: 1, referenceBits: 8 }] },
    });
  });
  it.each(vectors.invalid)('reports $name as $code', ({ hex, code, octet }) => {
    const result = safeParseUdh(bytesOf(hex));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code, index: octet });
      expect(result.error.message).toMatch(/^safeParseUdh: /);
    }
  });
  it.each([null, 'x', {}, [1]])('reports INPUT_TYPE for %j', (value) => {
    expect(safeParseUdh(value as unknown as Uint8Array)).toMatchObject({ ok: false, error: { code: 'INPUT_TYPE' } });
  });
});

describe('buildUdh', () => {
  it.each(vectors.valid)('builds $name', ({ hex, elements }) => {
    expect(toHex(buildUdh(elements.map((e) => fromJson(e as JsonElement))))).toBe(hex);
  });

  it.each([
    [[concatElement(256, 2, 1)], 'UDH_VALUE_RANGE', [0, 'reference']],
    [[concatElement(-1, 2, 1)], 'UDH_VALUE_RANGE', [0, 'reference']],
    [[concatElement(65536, 2, 1, 16)], 'UDH_VALUE_RANGE', [0, 'reference']],
    [[concatElement(1.5, 2, 1)], 'UDH_VALUE_RANGE', [0, 'reference']],
    [[concatElement(1, 0, 1)], 'UDH_CONCAT_TOTAL', [0, 'total']],
    [[concatElement(1, 256, 1)], 'UDH_CONCAT_TOTAL', [0, 'total']],
    [[concatElement(1, 3, 0)], 'UDH_CONCAT_SEQUENCE', [0, 'sequence']],
    [[concatElement(1, 3, 4)], 'UDH_CONCAT_SEQUENCE', [0, 'sequence']],
    [[{ type: 'ports', destination: 256, source: 0, portBits: 8 }], 'UDH_VALUE_RANGE', [0, 'destination']],
    [[{ type: 'ports', destination: 0, source: 65536, portBits: 16 }], 'UDH_VALUE_RANGE', [0, 'source']],
    [[{ type: 'singleShift', language: 256 }], 'UDH_VALUE_RANGE', [0, 'language']],
    [[{ type: 'raw', id: 0x100, data: new Uint8Array(0) }], 'UDH_VALUE_RANGE', [0, 'id']],
    [[concatElement(1, 1, 1), { type: 'raw', id: 0x00, data: Uint8Array.of(1, 1, 1) }], 'UDH_VALUE_RANGE', [1, 'id']],
    [[{ type: 'raw', id: 0x70, data: new Uint8Array(138) }], 'UDH_TOO_LONG', undefined],
  ] as Array<[UdhElement[], string, unknown]>)('rejects %j with %s', (elements, code, path) => {
    const error = thrown(() => buildUdh(elements));
    expect(error.code).toBe(code);
    expect(error.path).toEqual(path);
    expect(error.message).toMatch(/^buildUdh: /);
  });

  it('builds the largest header that fits one SMS', () => {
    expect(buildUdh([{ type: 'raw', id: 0x70, data: new Uint8Array(137) }])).toHaveLength(140);
  });

  it.each([
    [null, TypeError],
    [[null], TypeError],
    [[{ type: 'nope' }], TypeError],
    [[{ type: 'concat', reference: '1', total: 1, sequence: 1, referenceBits: 8 }], TypeError],
    [[{ type: 'concat', reference: 1, total: 1, sequence: 1, referenceBits: 7 }], RangeError],
    [[{ type: 'ports', destination: 1, source: 1 }], TypeError],
    [[{ type: 'raw', id: 0x70, data: [1, 2] }], TypeError],
  ])('throws %o for %j', (elements, type) => {
    expect(() => buildUdh(elements as unknown as UdhElement[])).toThrow(type);
  });
});

describe('udhLength and concatElement', () => {
  it.each([
    [[], 1],
    [[concatElement(0, 2, 1)], 6],
    [[concatElement(0, 2, 1, 16)], 7],
    [[{ type: 'ports', destination: 1, source: 2, portBits: 16 }, concatElement(0, 2, 1)], 12],
    [[{ type: 'singleShift', language: 1 }, { type: 'lockingShift', language: 1 }], 7],
  ] as Array<[UdhElement[], number]>)('udhLength(%j) is %i', (elements, length) => {
    expect(udhLength(elements)).toBe(length);
  });
  it('concatElement makes the element and refuses other widths', () => {
    expect(concatElement(7, 3, 2, 16)).toEqual({ type: 'concat', reference: 7, total: 3, sequence: 2, referenceBits: 16 });
    expect(() => concatElement(7, 3, 2, 12 as 8)).toThrow(RangeError);
  });
});

describe('properties', () => {
  it('parseUdh(buildUdh(e)) gives back e, and udhLength the size', () => {
    fc.assert(
      fc.property(fc.array(arbitraryUdhElement, { maxLength: 6 }), fc.uint8Array({ maxLength: 10 }), (elements, payload) => {
        const header = buildUdh(elements);
        expect(header.length).toBe(udhLength(elements));
        const withPayload = new Uint8Array(header.length + payload.length);
        withPayload.set(header);
        withPayload.set(payload, header.length);
        expect(parseUdh(withPayload)).toEqual({ length: header.length, elements });
      }),
    );
  });

  it('parseUdh on any octets returns a header or throws SmsHexError, and safeParseUdh agrees', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        const result = safeParseUdh(bytes);
        if (result.ok) {
          expect(parseUdh(bytes)).toEqual(result.udh);
          expect(buildUdh(result.udh.elements)).toEqual(bytes.slice(0, result.udh.length));
        } else {
          const error = thrown(() => parseUdh(bytes));
          expect(error.code).toBe(result.error.code);
          expect(error.index).toBe(result.error.index);
        }
      }),
    );
  });
});
