/**
 * Bugs the fuzz suite found, each pinned by the smallest input that showed it.
 */
import { describe, expect, it } from 'vitest';
import {
  buildBinaryMessages,
  buildMany,
  countSegments,
  createReferenceGenerator,
  estimateSegments,
  splitText,
  concatElement,
  decodeGsm7,
  encodeGsm7,
  encodeText,
  estimateMany,
  partCapacity,
  preview,
  reassemble,
  safeReassemble,
  toHex,
  toXml,
  transliterate,
} from '../../src/index.js';

describe('fuzz regressions', () => {
  // Found by the 10⁶-run fuzz of 42020bb (docs/fuzz/nightly.md): a hole in a sparse array was skipped
  // by map()/every(), so `languages: [,]` reached the plan as undefined (an engine TypeError naming no
  // function), and `to: ['41793026727', ,]` was built into a message to [number, null].
  it.each([
    ['estimateSegments', () => estimateSegments('', { language: 'auto', languages: [,] as never })],
    ['splitText', () => splitText('', { language: 'auto', languages: [,] as never })],
    ['estimateMany', () => [...estimateMany([], { language: 'auto', languages: [,] as never })]],
    // The same counterexample, found again for countSegments when the 42020bb run was finished (docs/fuzz/nightly.md).
    ['countSegments', () => countSegments('', { language: 'auto', languages: [,] as never })],
  ])('%s names the hole in languages', (fn, call) => {
    expect(call).toThrow(new TypeError(`${fn}: languages[0] must be a national language such as TURKISH or NATIONAL_LANGUAGES.tr, got undefined`));
  });

  it('buildBinaryMessages and a reference generator refuse a hole among the destinations', () => {
    // eslint-disable-next-line no-sparse-arrays
    const to = ['41793026727', ,] as unknown as string[];
    expect(() => buildBinaryMessages({ to, text: 'Hi' })).toThrow(
      new TypeError('buildBinaryMessages: to must be a non-empty string or a non-empty array of non-empty strings, got an array'),
    );
    expect(() => createReferenceGenerator().next(to)).toThrow(
      new TypeError('ReferenceGenerator.next: destination must be a string or an array of strings, got an array'),
    );
  });

  // encodeSeptets grew its output only when an escape pair did not fit, so a
  // character after an early extension character was written past the end of
  // the buffer (a typed array drops such writes) and silently lost.
  it.each([
    ['^@', '1b 14 00'],
    ['€a', '1b 65 61'],
    ['{}', '1b 28 1b 29'],
    ['x^yz', '78 1b 14 79 7a'],
  ])('encodeGsm7(%j) keeps every character after an extension character', (text, hex) => {
    const bytes = encodeGsm7(text);
    expect(toHex(bytes)).toBe(hex);
    expect(decodeGsm7(bytes)).toBe(text);
    expect(encodeText(text).hex).toBe(hex);
  });

  // Error messages built with String()/JSON.stringify() of the bad value crashed on values
  // without a primitive form (null prototype), on BigInt and on deep nesting, with an engine
  // TypeError/RangeError that named no function.
  it.each([
    ['concatElement referenceBits', () => concatElement(0, 1, 1, Object.create(null) as 8)],
    ['transliterate profile (BigInt)', () => transliterate('a', [1n] as never)],
    ['transliterate profile (deep nesting)', () => transliterate('a', [deep(20_000)] as never)],
  ])('%s: a bad value is described, not stringified', (_, call) => {
    expect(call).toThrow(expect.objectContaining({ name: expect.stringMatching(/^(?:TypeError|RangeError)$/), message: expect.stringMatching(/^(?:concatElement|transliterate): /) }));
  });

  // partCapacity checked nothing: a wrong encoding counted as 8-bit, a header over 140 octets
  // gave a negative capacity, and an object crashed in the arithmetic.
  it.each([
    ['GSM8', 0, RangeError],
    ['gsm7', 141, RangeError],
    ['gsm7', -1, RangeError],
    ['gsm7', 1.5, RangeError],
    ['ucs2', Object.create(null), TypeError],
    [Object.create(null), 0, TypeError],
  ])('partCapacity(%s, %s) throws a %o naming itself', (encoding, octets, type) => {
    expect(() => partCapacity(encoding as 'gsm7', octets as number)).toThrow(type);
    expect(() => partCapacity(encoding as 'gsm7', octets as number)).toThrow(/^partCapacity: /);
  });

  // toXml wrote String(value) of whatever it found, running user toString() and crashing on a
  // missing `to` ("undefined is not iterable") or an object without a primitive form.
  it.each([
    [{ messages: [{ binary: { hex: '', dataCoding: 0, esmClass: 0 } }] }, 'messages[0].to'],
    [{ messages: [{ to: '1', from: Object.create(null), binary: { hex: '', dataCoding: 0, esmClass: 0 } }] }, 'messages[0].from'],
    [{ messages: [{ to: ['1', 2], binary: { hex: '', dataCoding: 0, esmClass: 0 } }] }, 'messages[0].to'],
    [{ messages: [{ to: '1', binary: { hex: { toString: (): string => '<x/>' }, dataCoding: 0, esmClass: 0 } }] }, 'messages[0].binary.hex'],
    [{ messages: [{ to: '1', binary: { hex: '00', dataCoding: '0', esmClass: 0 } }] }, 'messages[0].binary.dataCoding'],
    [{ messages: [null] }, 'messages[0]'],
  ])('toXml(%j) throws a TypeError naming %s', (request, field) => {
    expect(() => toXml(request as never)).toThrow(new RegExp(`^toXml: ${field.replace(/[[\].]/g, '\\$&')} must be`));
  });

  // reassemble mapped over the messages, which skips the holes of a sparse array, then read
  // the first part of an empty list: "Cannot read properties of undefined".
  it('reassemble reports the hole of a sparse array as a bad message', () => {
    // eslint-disable-next-line no-sparse-arrays
    expect(() => reassemble([, { hex: '00', dataCoding: 0 }] as never)).toThrow(new TypeError('reassemble: expected messages[0] to be an object, got undefined'));
  });

  // Errors of the helpers a function calls named the helper, not the function the user called.
  it.each([
    ['estimateMany', () => [...estimateMany(['ok', 1 as unknown as string])], /^estimateMany: text must be a string/],
    ['estimateMany options', () => estimateMany([], { maxParts: 0 }), /^estimateMany: maxParts/],
    ['preview', () => preview('\ud800'), /^preview: lone surrogate/],
    ['buildBinaryMessages udh', () => buildBinaryMessages({ to: '1', text: 'a', udh: [[] as never] }), /^buildBinaryMessages: elements\[0\]/],
    [
      'buildMany udh too long',
      () => [...buildMany([{ to: '1', text: 'a', udh: [0, 1, 2].map(() => ({ type: 'raw', id: 0x70, data: new Uint8Array(50) }) as const) }])],
      /^buildMany: /,
    ],
  ])('%s names the function called', (_, call, message) => {
    expect(call).toThrow(message);
  });

  // reassemble threw the first data error (bad hex in message 0) while safeReassemble first checked
  // every message's shape and reported message 1's: the two disagreed on the same input.
  it('reassemble and safeReassemble report the same first problem', () => {
    const messages = [{ hex: ': ', dataCoding: 0 }, new Float32Array(0)];
    expect(() => reassemble(messages as never)).toThrow(new TypeError('reassemble: expected messages[1].hex to be a string, got undefined'));
    expect(safeReassemble(messages)).toMatchObject({ ok: false, error: { code: 'INPUT_TYPE', message: 'safeReassemble: expected messages[1].hex to be a string, got undefined' } });
  });
});

function deep(depth: number): unknown {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}
