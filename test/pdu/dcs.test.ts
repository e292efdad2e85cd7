import { describe, expect, it } from 'vitest';
import { describeDataCoding, type DataCodingGroup, type DataCodingScheme } from '../../src/index.js';
import vectors from '../vectors/data-coding.json';

const BYTES = Array.from({ length: 256 }, (_, value) => value);

/** The groups as the two tables list them, by range (written apart from the implementation). */
function expectedGroup(scheme: DataCodingScheme, value: number): DataCodingGroup {
  if (scheme === 'smpp') {
    if (value <= 0x0a || value === 0x0d || value === 0x0e) return 'smpp-alphabet';
    if (value <= 0xbf) return 'reserved'; // 0x0B, 0x0C, 0x0F-0xBF
    if (value <= 0xdf) return 'message-waiting'; // 1100xxxx, 1101xxxx
    if (value <= 0xef) return 'reserved'; // 1110xxxx is reserved in SMPP 3.4
    return 'message-class';
  }
  if (value <= 0x3f) return 'general';
  if (value <= 0x7f) return 'automatic-deletion';
  if (value <= 0xbf) return 'reserved';
  if (value <= 0xef) return 'message-waiting';
  return 'message-class';
}

describe.each(['smpp', 'tp-dcs'] as const)('describeDataCoding, scheme %s, every byte', (scheme) => {
  it.each(BYTES)('0x%s is in the right group', (value) => {
    const d = describeDataCoding(value, { scheme });
    expect(d.group).toBe(expectedGroup(scheme, value));
    expect(d.value).toBe(value);
    expect(d.scheme).toBe(scheme);
    expect(d.summary.startsWith(`0x${value.toString(16).toUpperCase().padStart(2, '0')}: `)).toBe(true);
    expect('messageWaiting' in d).toBe(d.group === 'message-waiting');
    if (d.group === 'reserved') expect(d.reserved).toBe(true);
    if (d.reservedBits !== 0) expect(d.reserved && d.summary.includes('reserved bits')).toBe(true);
    expect(Object.isFrozen(d)).toBe(true);
  });
});

describe('describeDataCoding, the message class', () => {
  it.each(BYTES)('TP-DCS 0x%s has a class exactly where bit 4 (00xx, 01xx) or group 1111 gives one', (value) => {
    const d = describeDataCoding(value, { scheme: 'tp-dcs' });
    const hasClass = (value < 0x80 && (value & 0x10) !== 0) || value >= 0xf0;
    expect(d.messageClass).toBe(hasClass ? value & 0x03 : undefined);
  });
  it('calls class 0 a flash message', () => {
    expect(describeDataCoding(0xf0).summary).toBe('0xF0: GSM 7-bit, class 0 (flash: shown at once, not stored)');
    expect(describeDataCoding(0x18, { scheme: 'tp-dcs' }).summary).toContain('flash');
  });
});

describe('describeDataCoding, spot vectors (test/vectors/data-coding.json)', () => {
  it.each(vectors.vectors)('$scheme 0x$value', (v) => {
    const d = describeDataCoding(v.value, { scheme: v.scheme as DataCodingScheme });
    expect({
      group: d.group,
      alphabet: d.alphabet,
      messageClass: d.messageClass ?? null,
      compressed: d.compressed,
      reserved: d.reserved,
      reservedBits: d.reservedBits,
    }).toEqual({
      group: v.group,
      alphabet: v.alphabet,
      messageClass: v.messageClass,
      compressed: v.compressed,
      reserved: v.reserved,
      reservedBits: v.reservedBits,
    });
    if ('messageWaiting' in v) expect(d.group === 'message-waiting' ? d.messageWaiting : undefined).toEqual(v.messageWaiting);
  });
});

describe('describeDataCoding, summaries', () => {
  it.each([
    [0x00, 'smpp', '0x00: SMSC default alphabet (GSM 7-bit on the binary API)'],
    [0x03, 'smpp', '0x03: Latin-1 (ISO-8859-1)'],
    [0x08, 'smpp', '0x08: UCS-2 (ISO/IEC 10646)'],
    [0x0b, 'smpp', '0x0B: reserved in SMPP 3.4'],
    [0xc8, 'tp-dcs', '0xC8: message waiting indication, discard message: voicemail waiting (set), text in GSM 7-bit'],
    [0x2a, 'tp-dcs', '0x2A: UCS-2, compressed (TS 23.042); reserved bits 0x02 set'],
    [0x80, 'tp-dcs', '0x80: reserved coding group (a receiver assumes the GSM 7-bit default alphabet)'],
  ] as const)('0x%s (%s)', (value, scheme, summary) => {
    expect(describeDataCoding(value, { scheme }).summary).toBe(summary);
  });
});

describe('describeDataCoding, arguments', () => {
  it('defaults to the SMPP scheme', () => {
    expect(describeDataCoding(0x18).group).toBe('reserved');
    expect(describeDataCoding(0x18, {}).scheme).toBe('smpp');
  });
  it.each([[-1], [256], [1.5], [Number.NaN]])('rejects %s with a RangeError', (value) => {
    expect(() => describeDataCoding(value)).toThrow(RangeError);
  });
  it.each([['3'], [null], [undefined], [{}]])('rejects %s with a TypeError', (value) => {
    expect(() => describeDataCoding(value as never)).toThrow(TypeError);
  });
  it('rejects an unknown scheme and non-object options', () => {
    expect(() => describeDataCoding(0, { scheme: 'gsm' as never })).toThrow(RangeError);
    expect(() => describeDataCoding(0, 'smpp' as never)).toThrow(TypeError);
  });
});
