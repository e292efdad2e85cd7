/**
 * The User Data Header: parseUdh / safeParseUdh, buildUdh and concatElement, their exact messages.
 */
import { describe, expect, it } from 'vitest';
import { parseUdh, SmsHexError, safeParseUdh, buildUdh, concatElement, type UdhElement } from '../../../src/index.js';

describe('parseUdh / safeParseUdh', () => {
  // The messages name the element and say what is wrong; the codes and octets alone let their wording rot.
  it.each([
    [[141], 'user data header too long at octet 0: 142 octets exceeds 140'],
    [[2, 0], 'user data header is truncated at octet 0: the length octet declares 2 octets, 1 follow'],
    [[5, 0, 9, 1, 2, 3], 'information element overruns the header at octet 1: element 0x00 declares 9 octets, 3 are left in the header'],
    [[2, 0, 0], 'information element has the wrong length at octet 1: element 0x00 (concatenation with 8-bit reference) has 0 data octets, expected 3'],
    [[5, 8, 3, 1, 2, 3], 'information element has the wrong length at octet 1: element 0x08 (concatenation with 16-bit reference) has 3 data octets, expected 4'],
    [[5, 4, 2, 1, 2, 0], 'information element overruns the header at octet 5: element 0x00 has no length octet'],
    [[3, 4, 1, 0], 'information element has the wrong length at octet 1: element 0x04 (application ports, 8-bit) has 1 data octets, expected 2'],
    [[5, 5, 3, 1, 2, 3], 'information element has the wrong length at octet 1: element 0x05 (application ports, 16-bit) has 3 data octets, expected 4'],
    [[3, 36, 0, 0], 'information element has the wrong length at octet 1: element 0x24 (national language single shift) has 0 data octets, expected 1'],
    [[4, 37, 2, 1, 1], 'information element has the wrong length at octet 1: element 0x25 (national language locking shift) has 2 data octets, expected 1'],
    [[3, 37, 2, 1, 1], 'information element overruns the header at octet 1: element 0x25 declares 2 octets, 1 are left in the header'],
    [[5, 0, 3, 1, 0, 1], 'concatenation total must be 1-255 at octet 4: the total is 0'],
    [[5, 0, 3, 1, 2, 0], 'concatenation sequence out of range at octet 5: sequence 0: parts are numbered from 1'],
  ])('%j: %s', (bytes, message) => {
    const result = safeParseUdh(Uint8Array.from(bytes));
    expect(result.ok ? undefined : result.error.message).toBe(`safeParseUdh: ${message}`);
    expect(() => parseUdh(Uint8Array.from(bytes))).toThrow(`parseUdh: ${message}`);
  });

  it('takes a header of exactly 140 octets and says what it got instead of bytes', () => {
    const header = Uint8Array.from([139, 0x70, 137, ...new Array<number>(137).fill(0)]);
    expect(parseUdh(header)).toMatchObject({ length: 140 });
    expect(safeParseUdh('x' as unknown as Uint8Array)).toEqual({ ok: false, error: { code: 'INPUT_TYPE', message: 'safeParseUdh: expected a Uint8Array, got a string' } });
    expect(() => parseUdh('x' as unknown as Uint8Array)).toThrow(new TypeError('parseUdh: bytes must be a Uint8Array, got a string'));
    expect(safeParseUdh(new Uint8Array(0))).toMatchObject({ ok: false, error: { code: 'UDH_TRUNCATED', message: expect.stringMatching(/there is no length octet$/) } });
  });
});

describe('buildUdh messages', () => {
  const concat = { type: 'concat', referenceBits: 8, reference: 1, total: 1, sequence: 1 } as const;
  it.each([
    ['a string for the elements', 'x', TypeError, 'elements must be an array, got a string'],
    ['null for an element', [null], TypeError, 'elements[0] must be an object, got null'],
    ['a number for an element', [5], TypeError, 'elements[0] must be an object, got a number'],
    ['an unknown type', [{ type: 'foo' }], TypeError, `elements[0].type must be 'concat', 'ports', 'singleShift', 'lockingShift' or 'raw', got "foo"`],
    ['a number for the type', [{ type: 3 }], TypeError, `elements[0].type must be 'concat', 'ports', 'singleShift', 'lockingShift' or 'raw', got a number`],
    ['a string for referenceBits', [{ ...concat, referenceBits: '8' }], TypeError, 'elements[0].referenceBits must be 8 or 16, got a string'],
    ['12 for referenceBits', [{ ...concat, referenceBits: 12 }], RangeError, 'elements[0].referenceBits must be 8 or 16, got 12'],
    ['12 for portBits', [{ type: 'ports', portBits: 12, destination: 1, source: 1 }], RangeError, 'elements[0].portBits must be 8 or 16, got 12'],
    ['an array for raw data', [{ type: 'raw', id: 0x70, data: [1] }], TypeError, 'elements[0].data must be a Uint8Array, got an array'],
    ['a string for a reference', [concat, { ...concat, reference: '1' }], TypeError, 'elements[1].reference must be a number, got a string'],
    ['a raw element with a typed id', [{ type: 'raw', id: 0x24, data: new Uint8Array(1) }], SmsHexError, `value out of range: elements[0].id 0x24 has a typed element; use that instead of 'raw'`],
    ['a raw element with id 0', [{ type: 'raw', id: 0, data: new Uint8Array(1) }], SmsHexError, `value out of range: elements[0].id 0x00 has a typed element; use that instead of 'raw'`],
    ['an 8-bit reference of 256', [{ ...concat, reference: 256 }], SmsHexError, 'value out of range: elements[0].reference is 256; expected an integer from 0 to 255'],
    ['a 16-bit reference of 65536', [{ ...concat, referenceBits: 16, reference: 65536 }], SmsHexError, 'value out of range: elements[0].reference is 65536; expected an integer from 0 to 65535'],
    ['a total of 0', [{ ...concat, total: 0 }], SmsHexError, 'concatenation total must be 1-255: elements[0].total is 0; expected an integer from 1 to 255'],
    ['sequence 3 of 2', [{ ...concat, total: 2, sequence: 3 }], SmsHexError, 'concatenation sequence out of range: elements[0].sequence is 3; expected an integer from 1 to 2'],
    ['an 8-bit port of 256', [{ type: 'ports', portBits: 8, destination: 256, source: 1 }], SmsHexError, 'value out of range: elements[0].destination is 256; expected an integer from 0 to 255'],
    ['a language of 256', [{ type: 'singleShift', language: 256 }], SmsHexError, 'value out of range: elements[0].language is 256; expected an integer from 0 to 255'],
    ['141 octets', [{ type: 'raw', id: 0x70, data: new Uint8Array(138) }], SmsHexError, 'user data header too long: 141 octets exceeds 140'],
  ])('%s', (_, elements, kind, message) => {
    const build = (): Uint8Array => buildUdh(elements as unknown as UdhElement[]);
    expect(build).toThrow(kind);
    expect(build).toThrow(expect.objectContaining({ message: `buildUdh: ${message}` }));
  });
});

describe('concatElement', () => {
  it('builds 16-bit references and names a wrong referenceBits', () => {
    expect(concatElement(0x1234, 3, 2, 16)).toEqual({ type: 'concat', reference: 0x1234, total: 3, sequence: 2, referenceBits: 16 });
    expect(concatElement(0x12, 3, 2)).toEqual({ type: 'concat', reference: 0x12, total: 3, sequence: 2, referenceBits: 8 });
    expect(() => concatElement(1, 1, 1, 12 as 8)).toThrow(new RangeError('concatElement: referenceBits must be 8 or 16, got 12'));
    expect(() => concatElement(1, 1, 1, '8' as unknown as 8)).toThrow(new RangeError('concatElement: referenceBits must be 8 or 16, got a string'));
  });
});
