/**
 * An options object (or a builder's input) with a key the function does not take is refused with a
 * `TypeError` naming the key and listing what there is: a misspelt option (`maxPart`), or one meant for
 * another function, is never silently ignored ("unknown fields are reported").
 */
import { describe, expect, it } from 'vitest';
import {
  buildBinaryMessages,
  compareSmsCount,
  countSegments,
  countSms,
  decodeGsm7,
  decodeText,
  describeDataCoding,
  encodeGsm7,
  encodeText,
  estimateMany,
  estimateSegments,
  isGsm7,
  parseHex,
  parseResponse,
  preview,
  resolveCharset,
  safeParseHex,
  splitText,
  toHex,
  toXml,
  validateBinaryRequest,
  validateRequest,
  buildRequest,
} from '../../src/index.js';
import { startTwin } from '../../src/twin/index.js';

const SEGMENT = '"dataCoding", "referenceBits", "maxParts", "language", "languages", "transliterate", "keepGraphemes", "codings", "lockingShift", "singleShift"';
const VALIDATE = '"endpoint", "unknownKeys", "now", "maxIssues"';
const body = { messages: [{ destinations: [{ to: '41793026727' }], binary: { hex: '48', dataCoding: 0 } }] };
const colour = { colour: 'red' };
const bad = colour as never;

describe('an unknown option', () => {
  it.each([
    ['toHex', () => toHex(Uint8Array.of(1), bad), '"separator", "uppercase"'],
    ['parseHex', () => parseHex('01', bad), '"strict", "maxBytes", "allowEmpty"'],
    ['safeParseHex', () => safeParseHex('01', bad), '"strict", "maxBytes", "allowEmpty"'],
    ['encodeGsm7', () => encodeGsm7('a', bad), '"onUnmappable", "replacement", "lockingShift", "singleShift"'],
    ['decodeGsm7', () => decodeGsm7(Uint8Array.of(0x61), bad), '"lockingShift", "singleShift"'],
    ['isGsm7', () => isGsm7('a', bad), '"lockingShift", "singleShift"'],
    ['resolveCharset', () => resolveCharset(bad), '"lockingShift", "singleShift"'],
    ['encodeText', () => encodeText('a', bad), '"dataCoding", "codings", "lockingShift", "singleShift"'],
    ['decodeText', () => decodeText(Uint8Array.of(0x61), 0, bad), '"codings", "lockingShift", "singleShift"'],
    ['estimateSegments', () => estimateSegments('a', bad), SEGMENT],
    ['countSegments', () => countSegments('a', bad), SEGMENT],
    ['splitText', () => splitText('a', bad), SEGMENT],
    ['estimateMany', () => estimateMany(['a'], bad), SEGMENT],
    ['describeDataCoding', () => describeDataCoding(0, bad), '"scheme"'],
    ['preview', () => preview('a', bad), '"languageCode", "transliteration"'],
    ['validateRequest', () => validateRequest(body, bad), VALIDATE],
    ['countSms', () => countSms(body, bad), VALIDATE],
    ['validateBinaryRequest', () => validateBinaryRequest(body, bad), '"unknownKeys", "now", "maxIssues"'],
    ['parseResponse', () => parseResponse({}, { endpoint: '/sms/1/binary/multi', ...colour } as never), '"endpoint"'],
    ['compareSmsCount', () => compareSmsCount(body, {}, { endpoint: '/sms/1/binary/multi', ...colour } as never), '"endpoint"'],
    ['toXml', () => toXml({ messages: [] } as never, bad), '"indent"'],
    ['buildRequest', () => buildRequest([{ to: '41793026727', text: 'Hi' }], { endpoint: '/sms/1/binary/multi', ...colour } as never),
      '"endpoint", "bulkId", "sendingSpeedLimit", "includeSmsCountInResponse", "references", "now"'],
  ])('of %s is refused, naming it and the options there are', (fn, call, list) => {
    expect(call).toThrow(new TypeError(`${fn}: unknown option "colour"; the options are ${list}`));
  });

  it('of startTwin is refused before anything listens', async () => {
    await expect(startTwin(bad)).rejects.toThrow(
      new TypeError('startTwin: unknown option "colour"; the options are "port", "host", "bodyLimit", "bodyTimeout", "headersTimeout", "requestTimeout", "logLimit", "seed"'),
    );
  });

  it('is refused even when the value is undefined, but inherited and symbol keys are not options', () => {
    expect(() => countSegments('a', { maxPart: undefined } as never)).toThrow(new TypeError(`countSegments: unknown option "maxPart"; the options are ${SEGMENT}`));
    const inherited = Object.create({ colour: 'red' }) as object;
    expect(countSegments('a', inherited).smsCount).toBe(1);
    expect(countSegments('a', { [Symbol('note')]: 1 } as never).smsCount).toBe(1);
  });
});

describe('an unknown field of a builder input', () => {
  const fields = `"to", "from", "reference", "udh", ${SEGMENT}, "text", "bytes", "hex"`;

  it('is refused by buildBinaryMessages, a misspelt option included', () => {
    expect(() => buildBinaryMessages({ to: '41793026727', text: 'Hi', maxPart: 2 } as never)).toThrow(
      new TypeError(`buildBinaryMessages: unknown field "maxPart"; the fields are ${fields}`),
    );
    expect(() => buildBinaryMessages({ to: '41793026727', txt: 'Hi' } as never)).toThrow(
      new TypeError(`buildBinaryMessages: unknown field "txt"; the fields are ${fields}`),
    );
  });

  it('takes every field it lists', () => {
    const [message] = buildBinaryMessages({ to: '41793026727', from: 'InfoSMS', text: 'Hi', reference: 1, udh: [], dataCoding: 'auto', referenceBits: 8, maxParts: 2, language: 'none', transliterate: 'none' as never, keepGraphemes: false, codings: [] });
    expect(message?.binary.hex).toBe('48 69');
  });
});
