/**
 * What buildRequest refuses in its inputs (src/requests/build.ts, build-message.ts), exactly: the error's
 * class, code, path and whole message, for every option and every field of a message input, on the endpoints
 * where the rule differs. Written for the survivors of the sixth mutation round (docs/mutation.md): the older
 * tests checked codes and paths, not messages, and left some fields (a given reference, a custom generator's
 * destination, campaignReferenceId on v3) unused.
 */
import { describe, expect, it } from 'vitest';
import { buildRequest, createReferenceGenerator, type ReferenceGenerator } from '../../src/index.js';
import { thrownFields } from '../helpers/thrown.js';

const NOW = Date.UTC(2026, 11, 1);
const TO = '41793026727';
const hi = { to: TO, text: 'Hi' } as const;
const long = 'x'.repeat(200); // two GSM 7-bit parts
const V2 = '/sms/2/binary/advanced';
const V3 = '/sms/3/messages';
const CARRIED_BY_V2_V3 = '/sms/2/binary/advanced and /sms/3/messages do';

/** The error buildRequest throws, as the fields a caller reads. */
const thrown = (messages: unknown, options: unknown) => thrownFields(() => buildRequest(messages as never, options as never));

describe('buildRequest refuses malformed arguments with a TypeError that says what it got', () => {
  it.each([
    ['no messages', [], { endpoint: V2 }, 'buildRequest: messages must be a non-empty array, got an array'],
    ['now as a string', [hi], { endpoint: V2, now: 'x' }, 'buildRequest: now must be a Date or a number of milliseconds, got a string'],
    ['now NaN', [hi], { endpoint: V2, now: Number.NaN }, 'buildRequest: now must be a Date or a number of milliseconds, got NaN'],
    ['now an invalid Date', [hi], { endpoint: V2, now: new Date(Number.NaN) }, 'buildRequest: now must be a Date or a number of milliseconds, got an invalid Date'],
    ['references null', [hi], { endpoint: V2, references: null }, 'buildRequest: references must be a reference generator, got null'],
    ['references a number', [hi], { endpoint: V2, references: 5 }, 'buildRequest: references must be a reference generator, got a number'],
    ['references without next', [hi], { endpoint: V2, references: { referenceBits: 8 } }, 'buildRequest: references must be a reference generator, got an object'],
    ['references a function, even one with next', [hi], { endpoint: V2, references: Object.assign(() => 7, { referenceBits: 8, next: () => 7 }) },
      'buildRequest: references must be a reference generator, got a function'],
  ])('%s', (_, messages, options, message) => {
    expect(thrown(messages, options)).toStrictEqual({ name: 'TypeError', message });
  });
});

it('buildRequest refuses an endpoint it does not know with a RangeError that lists the ones it does', () => {
  expect(thrown([hi], { endpoint: '/sms/9/binary' })).toStrictEqual({
    name: 'RangeError',
    message: "buildRequest: endpoint must be one of '/sms/1/binary/single', '/sms/1/binary/multi', '/sms/2/binary/advanced', '/sms/3/messages', got '/sms/9/binary'",
  });
});

describe('buildRequest checks the request-level options with the validator rules', () => {
  it.each([
    ['bulkId on v1 single', { endpoint: '/sms/1/binary/single', bulkId: 'b' }, 'FIELD_UNSUPPORTED', ['bulkId'],
      `buildRequest: bulkId: "bulkId" cannot be carried by this endpoint: /sms/1/binary/single has no such field; ${CARRIED_BY_V2_V3}`],
    ['an empty bulkId', { endpoint: V2, bulkId: '' }, 'FIELD_INVALID', ['bulkId'], 'buildRequest: bulkId: invalid bulkId: expected a non-empty string'],
    ['sendingSpeedLimit on v1 multi', { endpoint: '/sms/1/binary/multi', sendingSpeedLimit: { amount: 1 } }, 'FIELD_UNSUPPORTED', ['sendingSpeedLimit'],
      `buildRequest: sendingSpeedLimit: "sendingSpeedLimit" cannot be carried by this endpoint: /sms/1/binary/multi has no such field; ${CARRIED_BY_V2_V3}`],
    ['a sendingSpeedLimit of 0', { endpoint: V2, sendingSpeedLimit: { amount: 0 } }, 'FIELD_INVALID', ['sendingSpeedLimit', 'amount'],
      'buildRequest: sendingSpeedLimit.amount: invalid amount: expected an integer from 1 up, got 0'],
    // The validator warns of an unknown field; the builder refuses it: it would be sent and ignored.
    ['an unknown field in sendingSpeedLimit', { endpoint: V2, sendingSpeedLimit: { amount: 1, per: 'MINUTE' } }, 'UNKNOWN_FIELD', ['sendingSpeedLimit', 'per'],
      'buildRequest: sendingSpeedLimit.per: unknown field "per": the fields here are `amount`, `timeUnit`'],
    ['includeSmsCountInResponse on v2', { endpoint: V2, includeSmsCountInResponse: true }, 'FIELD_UNSUPPORTED', ['includeSmsCountInResponse'],
      'buildRequest: includeSmsCountInResponse: "includeSmsCountInResponse" cannot be carried by this endpoint: /sms/2/binary/advanced has no such field; /sms/3/messages does'],
    ['includeSmsCountInResponse not a boolean', { endpoint: V3, includeSmsCountInResponse: 'yes' }, 'FIELD_INVALID', ['includeSmsCountInResponse'],
      'buildRequest: includeSmsCountInResponse: invalid includeSmsCountInResponse: expected true or false, got "yes"'],
  ])('%s', (_, options, code, path, message) => {
    expect(thrown([{ ...hi, from: 'InfoSMS' }], options)).toStrictEqual({ name: 'SmsHexError', code, path, message });
  });

  it('a bulkId over 100 characters is built as given (the validator warns that the provider clips it; a warning is not thrown)', () => {
    const bulkId = 'b'.repeat(101);
    expect(buildRequest([hi], { endpoint: V2, bulkId })).toStrictEqual({ bulkId, messages: [{ destinations: [{ to: TO }], binary: { hex: '48 69', dataCoding: 0, esmClass: 0 } }] });
  });

  it('includeSmsCountInResponse and sendingSpeedLimit reach the body as given', () => {
    const speed = { amount: 5, timeUnit: 'MINUTE' } as const;
    expect(buildRequest([{ ...hi, from: 'InfoSMS' }], { endpoint: V3, includeSmsCountInResponse: false, sendingSpeedLimit: speed })).toMatchObject({
      options: { includeSmsCountInResponse: false, schedule: { sendingSpeedLimit: speed } },
    });
    expect(buildRequest([hi], { endpoint: V2, sendingSpeedLimit: speed })).toMatchObject({ sendingSpeedLimit: speed });
  });
});

describe('buildRequest checks each message input', () => {
  it.each([
    ['an unknown field near a known one', V2, { ...hi, fromm: 'x' }, 'UNKNOWN_FIELD', [0, 'fromm'], 'buildRequest: [0].fromm: unknown field "fromm": did you mean `from`?'],
    ['an unknown field', V2, { ...hi, zzzzzz: 'x' }, 'UNKNOWN_FIELD', [0, 'zzzzzz'], 'buildRequest: [0].zzzzzz: unknown field "zzzzzz": a message input has no such field'],
    ['no sender on v3', V3, hi, 'FROM_INVALID', [0, 'from'], 'buildRequest: [0].from: missing sender: /sms/3/messages requires a sender: give "from"'],
    ['a messageId of the second destination on v1 single', '/sms/1/binary/single', { to: [TO, { to: '41793026728', messageId: 'm' }], text: 'Hi' }, 'FIELD_UNSUPPORTED',
      [0, 'to', 1, 'messageId'], `buildRequest: [0].to[1].messageId: "messageId" cannot be carried by this endpoint: /sms/1/binary/single has no such field; ${CARRIED_BY_V2_V3}`],
    ['a messageId on v1 multi', '/sms/1/binary/multi', { to: { to: TO, messageId: 'm' }, text: 'Hi' }, 'FIELD_UNSUPPORTED', [0, 'to', 0, 'messageId'],
      `buildRequest: [0].to[0].messageId: "messageId" cannot be carried by this endpoint: /sms/1/binary/multi has no such field; ${CARRIED_BY_V2_V3}`],
    ['callbackData on v1 multi', '/sms/1/binary/multi', { ...hi, callbackData: 'c' }, 'FIELD_UNSUPPORTED', [0, 'callbackData'],
      `buildRequest: [0].callbackData: "callbackData" cannot be carried by this endpoint: /sms/1/binary/multi has no such field; ${CARRIED_BY_V2_V3}`],
    ['campaignReferenceId on v2', V2, { ...hi, campaignReferenceId: 'c' }, 'FIELD_UNSUPPORTED', [0, 'campaignReferenceId'],
      'buildRequest: [0].campaignReferenceId: "campaignReferenceId" cannot be carried by this endpoint: /sms/2/binary/advanced has no such field; /sms/3/messages does'],
    ['a messageId on a payload of two parts', V2, { to: [TO, { to: '41793026728', messageId: 'm' }], text: long }, 'FIELD_INVALID', [0, 'to', 1, 'messageId'],
      'buildRequest: [0].to[1].messageId: invalid messageId: a messageId names one message, and this payload needs 2 parts, each its own message: leave messageId out, or send one part'],
    ['no destination', V2, { to: [], text: 'Hi' }, 'TO_INVALID', [0, 'to'], 'buildRequest: [0].to: invalid destination []: expected at least one destination'],
    ['a bad number in a list', V2, { to: [TO, 'abc'], text: 'Hi' }, 'TO_INVALID', [0, 'to', 1],
      'buildRequest: [0].to[1]: invalid destination "abc": character "a" at index 0: expected a number in international format, digits only, e.g. "41793026727"'],
    ['a destination whose to is a number', V2, { to: { to: 5 }, text: 'Hi' }, 'TO_INVALID', [0, 'to'],
      'buildRequest: [0].to: invalid destination an object: expected a number in international format ("41793026727") or { to, messageId? }'],
    ['a destination without to, in a list', V2, { to: [{ messageId: 'm' }], text: 'Hi' }, 'TO_INVALID', [0, 'to', 0],
      'buildRequest: [0].to[0]: invalid destination an object: expected a number in international format ("41793026727") or { to, messageId? }'],
    ['a destination with an unknown field', V2, { to: [{ to: TO, id: 'm' }], text: 'Hi' }, 'UNKNOWN_FIELD', [0, 'to', 0, 'id'],
      'buildRequest: [0].to[0].id: unknown field "id": a destination is { to, messageId? }'],
    ['a destination object with a bad number', V2, { to: [{ to: 'abc' }], text: 'Hi' }, 'TO_INVALID', [0, 'to', 0, 'to'],
      'buildRequest: [0].to[0].to: invalid destination "abc": character "a" at index 0: expected a number in international format, digits only, e.g. "41793026727"'],
    ['an empty messageId', V2, { to: [{ to: TO, messageId: '' }], text: 'Hi' }, 'FIELD_INVALID', [0, 'to', 0, 'messageId'],
      'buildRequest: [0].to[0].messageId: invalid messageId: expected a non-empty string'],
    ['callbackData over 4000 characters', V2, { ...hi, callbackData: 'c'.repeat(4001) }, 'FIELD_INVALID', [0, 'callbackData'],
      'buildRequest: [0].callbackData: invalid callbackData: at most 4000 characters, this has 4001'],
    ['a notifyContentType of neither JSON nor XML', V2, { ...hi, notifyContentType: 'text/plain' }, 'FIELD_INVALID', [0, 'notifyContentType'],
      'buildRequest: [0].notifyContentType: invalid notifyContentType: expected one of application/json, application/xml, got "text/plain"'],
    ['sendAt an invalid Date', V2, { ...hi, sendAt: new Date(Number.NaN) }, 'SEND_AT_INVALID', [0, 'sendAt'],
      'buildRequest: [0].sendAt: invalid sendAt "Invalid Date": expected the format yyyy-MM-dd\'T\'HH:mm:ss.SSSZ, e.g. "2021-08-25T16:00:00.000+0000"'],
    ['regional with an unknown field', V2, { ...hi, regional: { x: 1 } }, 'UNKNOWN_FIELD', [0, 'regional', 'x'],
      'buildRequest: [0].regional.x: unknown field "x": the fields here are `indiaDlt`, `turkeyIys`, `southKorea`'],
    ['an empty entityId', V2, { ...hi, entityId: '' }, 'FIELD_INVALID', [0, 'entityId'], 'buildRequest: [0].entityId: invalid entityId: expected a non-empty string'],
    ['an applicationId not a string', V2, { ...hi, applicationId: 5 }, 'FIELD_INVALID', [0, 'applicationId'], 'buildRequest: [0].applicationId: invalid applicationId: expected a string, got 5'],
    ['an empty campaignReferenceId on v3', V3, { ...hi, from: 'InfoSMS', campaignReferenceId: '' }, 'FIELD_INVALID', [0, 'campaignReferenceId'],
      'buildRequest: [0].campaignReferenceId: invalid campaignReferenceId: expected a non-empty string'],
    ['a reference over 255', V2, { ...hi, text: long, reference: 300 }, 'REFERENCE_INVALID', [0, 'reference'],
      'buildRequest: [0].reference: reference must be an integer from 0 to 255, got 300: with referenceBits 16 it may go up to 65535'],
    ['a text of more parts than maxParts', V2, { ...hi, text: long, maxParts: 1 }, 'MESSAGE_TOO_LONG', [0, 'text'], 'buildRequest: [0].text: message needs 2 parts, more than the limit of 1'],
  ])('%s', (_, endpoint, input, code, path, message) => {
    expect(thrown([input], { endpoint, now: NOW })).toStrictEqual({
      name: 'SmsHexError',
      code,
      path,
      message,
    });
  });

  it('names the second message of a request by its index', () => {
    expect(thrown([hi, { to: TO, text: 'Hi', zzzzzz: 1 }], { endpoint: V2 })).toMatchObject({ path: [1, 'zzzzzz'], message: expect.stringMatching(/^buildRequest: \[1\]\.zzzzzz: /) });
  });

  it.each([
    ['bytes', { to: TO, bytes: new Uint8Array(200), dataCoding: 4, maxParts: 1 }, [0, 'bytes'], 'buildRequest: [0].bytes: '],
    ['hex', { to: TO, hex: '00 '.repeat(200).trim(), dataCoding: 4, maxParts: 1 }, [0, 'hex'], 'buildRequest: [0].hex: '],
  ])('an error of the payload builder names the payload field (%s)', (_, input, path, prefix) => {
    const error = thrown([input], { endpoint: V2 });
    expect(error).toMatchObject({ name: 'SmsHexError', code: 'MESSAGE_TOO_LONG', path });
    expect(error.message.startsWith(prefix)).toBe(true);
    expect(error.message.slice(prefix.length)).toBe('message needs 2 parts, more than the limit of 1');
  });

  it("an error of a header element names the element under udh, and the message keeps the element's own words", () => {
    const error = thrown([{ ...hi, udh: [{ type: 'raw', id: 0x00, data: new Uint8Array(1) }] }], { endpoint: V2 });
    expect(error).toStrictEqual({
      name: 'SmsHexError',
      code: 'UDH_VALUE_RANGE',
      path: [0, 'udh', 0, 'id'],
      message: "buildRequest: [0].udh[0].id: value out of range: elements[0].id 0x00 has a typed element; use that instead of 'raw'",
    });
  });
});

describe('buildRequest builds what it was given', () => {
  it('a warning of the message checks is not thrown (a numeric sender with "+" is FROM_FORMAT): the sender is kept as given', () => {
    expect(buildRequest([{ ...hi, from: '+41793026727' }], { endpoint: V2 })).toMatchObject({ messages: [{ from: '+41793026727' }] });
  });

  it('campaignReferenceId on v3 reaches the message', () => {
    expect(buildRequest([{ ...hi, from: 'InfoSMS', campaignReferenceId: 'c-1' }], { endpoint: V3 })).toMatchObject({ messages: [{ options: { campaignReferenceId: 'c-1' } }] });
  });

  it('a given reference is the one in the header; the generator is not asked', () => {
    const references: ReferenceGenerator = { referenceBits: 8, next: () => 7 };
    const body = buildRequest([{ to: TO, text: long, reference: 0x42 }], { endpoint: V2, references });
    expect(body.messages.map((m) => m.binary.hex.slice(0, 17))).toStrictEqual(['05 00 03 42 02 01', '05 00 03 42 02 02']);
  });

  it('a custom generator is asked with the destination: the number alone, or the list of numbers', () => {
    const seen: unknown[] = [];
    const references: ReferenceGenerator = {
      referenceBits: 8,
      next: (destination) => {
        seen.push(destination);
        return 7;
      },
    };
    const body = buildRequest([{ to: TO, text: long }, { to: [TO, { to: '41793026728' }], text: long }], { endpoint: V2, references });
    expect(seen).toStrictEqual([TO, [TO, '41793026728']]);
    expect(body.messages.map((m) => m.binary.hex.slice(0, 17))).toStrictEqual(['05 00 03 07 02 01', '05 00 03 07 02 02', '05 00 03 07 02 01', '05 00 03 07 02 02']);
  });

  it.each([
    ['a 16-bit generator draws the 16-bit references; 8-bit ones come from a generator of their own', 16, 0x1234, [16, '06 08 04 12 34 02 01'], [8, /^05 00 03 [0-9a-f]{2} 02 01$/]],
    ['an 8-bit generator draws the 8-bit references; 16-bit ones come from a generator of their own', 8, 0x34, [8, '05 00 03 34 02 01'], [16, /^06 08 04 [0-9a-f]{2} [0-9a-f]{2} 02 01$/]],
  ] as const)('%s', (_, bits, value, [ownBits, ownHex], [otherBits, otherHex]) => {
    const references: ReferenceGenerator = { referenceBits: bits, next: () => value };
    const build = (referenceBits: 8 | 16): string =>
      buildRequest([{ to: TO, text: long, referenceBits }], { endpoint: V2, references }).messages[0]!.binary.hex.slice(0, referenceBits === 16 ? 20 : 17);
    expect(build(ownBits)).toBe(ownHex);
    expect(build(otherBits)).toMatch(otherHex);
  });

  it('without references, each call draws from generators of its own (a generator given to one call is not shared)', () => {
    const references = createReferenceGenerator({ referenceBits: 8 });
    const first = references.next();
    const body = buildRequest([{ to: TO, text: long }], { endpoint: V2, references });
    expect(body.messages[0]!.binary.hex.slice(9, 11)).toBe(((first + 1) & 0xff).toString(16).padStart(2, '0'));
  });
});

