import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildBinaryMessages,
  buildMultiRequest,
  createReferenceGenerator,
  parseHex,
  SmsHexError,
  toXml,
} from '../../src/index.js';

const PROVIDER_BODY = {
  messages: [
    {
      from: 'InfoSMS',
      to: ['41793026727', '41793026731'],
      binary: { hex: '54 65 73 74 20 6d 65 73 73 61 67 65 2e', dataCoding: 0, esmClass: 0 },
    },
    {
      from: '41793026700',
      to: '41793026785',
      binary: { hex: '6d 4b 8b d5 77 ed 4f e1 30 02', dataCoding: 8, esmClass: 0 },
    },
  ],
};

describe('buildBinaryMessages', () => {
  it("builds the provider's example body", () => {
    expect(
      buildMultiRequest([
        { from: 'InfoSMS', to: ['41793026727', '41793026731'], text: 'Test message.' },
        { from: '41793026700', to: '41793026785', text: '测试短信。' },
      ]),
    ).toEqual(PROVIDER_BODY);
  });

  it('one part has no header and esmClass 0', () => {
    const [message, ...rest] = buildBinaryMessages({ to: '41793026727', text: 'x'.repeat(160) });
    expect(rest).toHaveLength(0);
    expect(message?.binary.esmClass).toBe(0);
    expect(parseHex(message?.binary.hex ?? '')).toHaveLength(160);
  });

  it('161 GSM characters: two parts, each with a 6-octet concatenation header and esmClass 0x40', () => {
    const messages = buildBinaryMessages({ to: '41793026727', text: 'x'.repeat(161), reference: 0x2a });
    expect(messages).toHaveLength(2);
    const [first, second] = messages.map((m) => parseHex(m.binary.hex));
    expect([...(first ?? new Uint8Array(0)).subarray(0, 6)]).toEqual([0x05, 0x00, 0x03, 0x2a, 0x02, 0x01]);
    expect([...(second ?? new Uint8Array(0)).subarray(0, 6)]).toEqual([0x05, 0x00, 0x03, 0x2a, 0x02, 0x02]);
    expect(first).toHaveLength(6 + 153);
    expect(second).toHaveLength(6 + 8);
    for (const m of messages) expect(m.binary).toMatchObject({ dataCoding: 0, esmClass: 0x40 });
  });

  it('16-bit references use IE 0x08 and a 7-octet header', () => {
    const messages = buildBinaryMessages({ to: '1', text: 'Ж'.repeat(71), reference: 0x1234, referenceBits: 16 });
    const first = parseHex(messages[0]?.binary.hex ?? '');
    expect([...first.subarray(0, 7)]).toEqual([0x06, 0x08, 0x04, 0x12, 0x34, 0x02, 0x01]);
    expect(first).toHaveLength(7 + 66 * 2);
    expect(messages[0]?.binary.dataCoding).toBe(8);
  });

  it('extra udh elements give even one part a header and esmClass 0x40', () => {
    const [message] = buildBinaryMessages({
      to: '1',
      bytes: Uint8Array.of(0xca, 0xfe),
      dataCoding: 4,
      udh: [{ type: 'ports', destination: 2948, source: 9200, portBits: 16 }],
    });
    expect(message?.binary).toEqual({ hex: '06 05 04 0b 84 23 f0 ca fe', dataCoding: 4, esmClass: 0x40 });
  });

  it('splits ready septets without dividing an escape pair', () => {
    const septets = new Uint8Array(161).fill(0x61);
    septets[152] = 0x1b;
    septets[153] = 0x65;
    const messages = buildBinaryMessages({ to: '1', bytes: septets, dataCoding: 0, reference: 1 });
    expect(messages.map((m) => parseHex(m.binary.hex).length - 6)).toEqual([152, 9]);
  });

  it('splits ready UCS-2 bytes without dividing a surrogate pair', () => {
    const units = 'Ж'.repeat(66) + '😀' + 'Ж'.repeat(5);
    const bytes = new Uint8Array(units.length * 2);
    for (let i = 0; i < units.length; i++) {
      bytes[2 * i] = units.charCodeAt(i) >> 8;
      bytes[2 * i + 1] = units.charCodeAt(i) & 0xff;
    }
    const messages = buildBinaryMessages({ to: '1', bytes, dataCoding: 8, reference: 1 });
    expect(messages.map((m) => (parseHex(m.binary.hex).length - 6) / 2)).toEqual([66, 7]);
  });

  it('accepts lenient hex and normalizes it', () => {
    const [message] = buildBinaryMessages({ to: '1', hex: '0x0FC2:4A:BF'.replace('0x', ''), dataCoding: 4 });
    expect(message?.binary.hex).toBe('0f c2 4a bf');
  });

  it('8-bit data splits at 134 octets', () => {
    const messages = buildBinaryMessages({ to: '1', bytes: new Uint8Array(141), dataCoding: 4, reference: 9 });
    expect(messages.map((m) => parseHex(m.binary.hex).length)).toEqual([140, 13]);
  });

  it('draws a random reference when none is given, the same for every part', () => {
    const messages = buildBinaryMessages({ to: '1', text: 'x'.repeat(400) });
    const references = new Set(messages.map((m) => parseHex(m.binary.hex)[3]));
    expect(references.size).toBe(1);
  });

  it('draws references from a generator', () => {
    const generator = createReferenceGenerator();
    const a = buildBinaryMessages({ to: '1', text: 'x'.repeat(200), reference: generator });
    const b = buildBinaryMessages({ to: '1', text: 'x'.repeat(200), reference: generator });
    const ref = (m: typeof a) => parseHex(m[0]?.binary.hex ?? '')[3] as number;
    expect(ref(b)).toBe((ref(a) + 1) % 256);
  });

  it('does not share the caller’s destination array', () => {
    const to = ['1', '2'];
    const [message] = buildBinaryMessages({ to, text: 'hi' });
    to.push('3');
    expect(message?.to).toEqual(['1', '2']);
  });

  it.each([
    ['no payload', { to: '1' }, TypeError],
    ['two payloads', { to: '1', text: 'a', hex: '00' }, TypeError],
    ['no destination', { text: 'a' }, TypeError],
    ['an empty destination list', { to: [], text: 'a' }, TypeError],
    ['a number as destination', { to: 41793026727, text: 'a' }, TypeError],
    ['bytes without dataCoding', { to: '1', bytes: new Uint8Array(1) }, RangeError],
    ['a concat element in udh', { to: '1', text: 'a', udh: [{ type: 'concat', reference: 1, total: 1, sequence: 1, referenceBits: 8 }] }, RangeError],
    ['text with dataCoding 4', { to: '1', text: 'a', dataCoding: 4 }, RangeError],
  ])('rejects %s', (_name, input, error) => {
    expect(() => buildBinaryMessages(input as never)).toThrow(error);
  });

  // Issue 15: a reference outside its range is a typed error whatever the number of parts (one part carries none, but was asked for one).
  it.each([
    ['one part, 8-bit', { to: '1', text: 'Hi', reference: 300 }],
    ['two parts, 8-bit', { to: '1', text: 'x'.repeat(200), reference: 256 }],
    ['one part, 16-bit', { to: '1', text: 'Hi', reference: 65536, referenceBits: 16 }],
    ['two parts, 16-bit', { to: '1', text: 'x'.repeat(200), reference: -1, referenceBits: 16 }],
  ])('rejects a reference out of range (%s) with REFERENCE_INVALID', (_name, input) => {
    expect(() => buildBinaryMessages(input as never)).toThrow(expect.objectContaining({ code: 'REFERENCE_INVALID', path: ['reference'] }));
  });

  it.each([
    ['bad hex', { to: '1', hex: '0f c2 4g', dataCoding: 4 }, 'HEX_INVALID_CHAR', 7],
    ['odd UCS-2 bytes', { to: '1', bytes: new Uint8Array(3), dataCoding: 8 }, 'UCS2_ODD_LENGTH', 2],
    ['a septet above 0x7f', { to: '1', bytes: Uint8Array.of(0x41, 0x80), dataCoding: 0 }, 'GSM7_INVALID_SEPTET', 1],
    ['a trailing escape', { to: '1', bytes: Uint8Array.of(0x41, 0x1b), dataCoding: 0 }, 'GSM7_TRAILING_ESCAPE', 1],
    ['more than 255 parts', { to: '1', text: 'x'.repeat(153 * 255 + 1) }, 'MESSAGE_TOO_LONG', undefined],
    ['more than maxParts', { to: '1', text: 'x'.repeat(400), maxParts: 2 }, 'MESSAGE_TOO_LONG', undefined],
  ])('reports %s as SmsHexError', (_name, input, code, index) => {
    let caught: unknown;
    try {
      buildBinaryMessages(input as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SmsHexError);
    expect(caught).toMatchObject({ code, index });
  });

  it('refuses an empty payload without a header: the API needs at least one byte', () => {
    expect(() => buildBinaryMessages({ to: '1', text: '' })).toThrow(expect.objectContaining({ code: 'MESSAGE_EMPTY' }));
    expect(() => buildBinaryMessages({ to: '1', hex: '', dataCoding: 4 })).toThrow(expect.objectContaining({ code: 'MESSAGE_EMPTY' }));
    const [withHeader] = buildBinaryMessages({ to: '1', text: '', udh: [{ type: 'ports', destination: 1, source: 2, portBits: 8 }] });
    expect(withHeader?.binary.hex).toBe('04 04 02 01 02');
  });

  it('buildMultiRequest never gives two messages to one destination the same reference', () => {
    const inputs = Array.from({ length: 40 }, () => ({ to: '41793026727', text: 'x'.repeat(200) }));
    const references = buildMultiRequest(inputs).messages.filter((_, i) => i % 2 === 0).map((m) => parseHex(m.binary.hex)[3]);
    expect(new Set(references).size).toBe(40);
  });

  it('every part of any text is at most 140 octets on the air', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 600 }), fc.constantFrom<8 | 16>(8, 16), (text, referenceBits) => {
        for (const message of buildBinaryMessages({ to: '1', text, referenceBits })) {
          const bytes = parseHex(message.binary.hex);
          const headerOctets = message.binary.esmClass & 0x40 ? (bytes[0] as number) + 1 : 0;
          const payload = bytes.length - headerOctets;
          const onAir =
            message.binary.dataCoding === 0 ? Math.ceil((headerOctets * 8 + payload * 7) / 8) : headerOctets + payload;
          expect(onAir).toBeLessThanOrEqual(140);
        }
      }),
    );
  });
});

describe('toXml', () => {
  it("writes the provider's XML form", () => {
    expect(toXml(PROVIDER_BODY)).toBe(
      '<request><messages>' +
        '<message><from>InfoSMS</from><to><to>41793026727</to><to>41793026731</to></to>' +
        '<binary><hex>54 65 73 74 20 6d 65 73 73 61 67 65 2e</hex><dataCoding>0</dataCoding><esmClass>0</esmClass></binary></message>' +
        '<message><from>41793026700</from><to><to>41793026785</to></to>' +
        '<binary><hex>6d 4b 8b d5 77 ed 4f e1 30 02</hex><dataCoding>8</dataCoding><esmClass>0</esmClass></binary></message>' +
        '</messages></request>',
    );
  });

  it('indents when asked', () => {
    const xml = toXml({ messages: [{ to: '1', binary: { hex: '00', dataCoding: 0, esmClass: 0 } }] }, { indent: '  ' });
    expect(xml.split('\n')).toEqual([
      '<request>',
      '  <messages>',
      '    <message>',
      '      <to>',
      '        <to>1</to>',
      '      </to>',
      '      <binary>',
      '        <hex>00</hex>',
      '        <dataCoding>0</dataCoding>',
      '        <esmClass>0</esmClass>',
      '      </binary>',
      '    </message>',
      '  </messages>',
      '</request>',
    ]);
  });

  it('escapes markup in sender IDs', () => {
    const xml = toXml({ messages: [{ from: 'A&B<"\'>', to: '1', binary: { hex: '00', dataCoding: 0, esmClass: 0 } }] });
    expect(xml).toContain('<from>A&amp;B&lt;&quot;&apos;&gt;</from>');
  });

  it('refuses characters XML cannot carry', () => {
    expect(() => toXml({ messages: [{ from: 'a\u0001', to: '1', binary: { hex: '00', dataCoding: 0, esmClass: 0 } }] })).toThrow(RangeError);
  });
});

describe('createReferenceGenerator', () => {
  it('never repeats a reference for one destination until it wraps', () => {
    const generator = createReferenceGenerator({ referenceBits: 8 });
    const seen = new Set<number>();
    for (let i = 0; i < 256; i++) seen.add(generator.next('41793026727'));
    expect(seen.size).toBe(256);
  });

  it('draws 16-bit references from one counter for every destination', () => {
    const generator = createReferenceGenerator({ referenceBits: 16 });
    const a1 = generator.next('1');
    generator.next('2');
    expect(generator.next('1')).toBe((a1 + 2) % 65536);
    expect(generator.referenceBits).toBe(16);
  });

  it('rejects other sizes', () => {
    expect(() => createReferenceGenerator({ referenceBits: 12 as 8 })).toThrow(RangeError);
  });
});

describe('the hot path for plain text', () => {
  it('builds exactly what the general path builds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 700 }), (text) => {
        // maxParts: 255 is the default, but giving it takes the general path
        expect(buildBinaryMessages({ to: '1', text, reference: 5 })).toEqual(buildBinaryMessages({ to: '1', text, reference: 5, maxParts: 255 }));
      }),
    );
  });
});
