/**
 * toXml: its exact messages.
 */
import { describe, expect, it } from 'vitest';
import { toXml } from '../../src/index.js';

describe('toXml messages', () => {
  const message = { to: 'a', binary: { hex: '41', dataCoding: 0, esmClass: 0 } };
  it.each([
    ['indent "x "', { messages: [] }, { indent: 'x ' }, TypeError, 'indent must be a string of spaces or tabs, got a string'],
    ['indent " x"', { messages: [] }, { indent: ' x' }, TypeError, 'indent must be a string of spaces or tabs, got a string'],
    ['indent 5', { messages: [] }, { indent: 5 }, TypeError, 'indent must be a string of spaces or tabs, got a number'],
    ['no request', null, undefined, TypeError, 'request must be an object with a messages array, got null'],
    ['a null message', { messages: [null] }, undefined, TypeError, 'messages[0] must be an object, got null'],
    ['a null binary', { messages: [{ to: 'a', binary: null }] }, undefined, TypeError, 'messages[0].binary must be an object, got null'],
    ['a control character', { messages: [{ ...message, to: 'a\u0001' }] }, undefined, RangeError, '"a\\u0001" has a character XML cannot carry at index 1'],
  ])('%s', (_, request, options, kind, text) => {
    const convert = (): string => toXml(request as unknown as Parameters<typeof toXml>[0], options as Parameters<typeof toXml>[1]);
    expect(convert).toThrow(kind);
    expect(convert).toThrow(expect.objectContaining({ message: `toXml: ${text}` }));
  });
});
