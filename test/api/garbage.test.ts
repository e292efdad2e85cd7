/**
 * Garbage thrown at every export: only TypeError, RangeError (for a number or
 * option out of range) or SmsHexError may come out, never a crash of another
 * kind; safeParseHex reports a bad first argument as an issue instead.
 */
import { describe, expect, it } from 'vitest';
import * as smshex from '../../src/index.js';
import { SmsHexError } from '../../src/index.js';

const garbage: [string, unknown][] = [
  ['null', null],
  ['undefined', undefined],
  ['NaN', Number.NaN],
  ['0', 0],
  ['-1', -1],
  ['1.5', 1.5],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['a bigint', 10n],
  ['true', true],
  ['{}', {}],
  ['new String("00")', new String('00')],
  ['[]', []],
  ['["0f"]', ['0f']],
  ['[0x0f, 0xc2]', [0x0f, 0xc2]],
  ['a DataView', new DataView(new ArrayBuffer(2))],
  ['an ArrayBuffer', new ArrayBuffer(2)],
  ['a Uint16Array', Uint16Array.of(0x0fc2)],
  ['a symbol', Symbol('x')],
  ['a function', () => '00'],
  ['an object with toString', { toString: () => '0f c2' }],
];
/** Garbage that is not even a valid *value* for the first argument (a string or bytes). */
const notText = garbage;

const text = 'Test';
const bytes = Uint8Array.of(0x54, 0x65);

/** Each export with a valid call, so garbage can replace one argument at a time. */
const calls: Record<string, unknown[]> = {
  toHex: [bytes, {}],
  parseHex: ['54 65', {}],
  safeParseHex: ['54 65', {}],
  encodeGsm7: [text, {}],
  decodeGsm7: [bytes],
  isGsm7: [text],
  packSeptets: [bytes, 0],
  unpackSeptets: [Uint8Array.of(0xd4, 0x32), 2, 0],
  encodeUcs2: [text],
  decodeUcs2: [bytes],
  encodeText: [text, {}],
};

/** Option fields each export reads. */
const optionFields: Record<string, string[]> = {
  toHex: ['separator', 'uppercase'],
  parseHex: ['strict', 'maxBytes'],
  safeParseHex: ['strict', 'maxBytes'],
  encodeGsm7: ['onUnmappable', 'replacement'],
  encodeText: ['dataCoding'],
};

type Fn = (...args: unknown[]) => unknown;
const exports = smshex as unknown as Record<string, unknown>;
const functions = Object.keys(exports).filter((name) => typeof exports[name] === 'function' && !/^class\b/.test(String(exports[name])));

function outcome(run: () => unknown): string {
  try {
    run();
    return 'returned';
  } catch (error) {
    if (error instanceof SmsHexError) return 'SmsHexError';
    if (error instanceof TypeError) return 'TypeError';
    if (error instanceof RangeError) return 'RangeError';
    return `unexpected ${String(error)}`;
  }
}

describe('garbage thrown at every export', () => {
  it('has a valid call for every core function export', () => {
    for (const name of Object.keys(calls)) expect(functions).toContain(name);
  });

  describe.each(Object.entries(calls))('%s', (name, valid) => {
    const fn = exports[name] as Fn;

    it('works on the valid call', () => {
      expect(outcome(() => fn(...valid))).toBe('returned');
    });

    it.each(notText)('first argument %s: TypeError', (_label, value) => {
      if (name === 'safeParseHex') {
        const result = fn(value) as { ok: boolean; error?: { code: string } };
        expect(result).toMatchObject({ ok: false, error: { code: 'INPUT_TYPE' } });
      } else {
        expect(outcome(() => fn(value, ...valid.slice(1)))).toBe('TypeError');
      }
    });

    it.each(garbage)('any later argument %s: TypeError or RangeError, or accepted', (_label, value) => {
      for (let position = 1; position <= Math.max(1, valid.length - 1); position++) {
        const args = [...valid];
        args[position] = value;
        expect(['returned', 'TypeError', 'RangeError']).toContain(outcome(() => fn(...args)));
      }
    });

    const fields = optionFields[name] ?? [];
    if (fields.length > 0) {
      it.each(garbage.filter(([, value]) => value !== undefined && value !== null))(
        'an option field set to %s: TypeError or RangeError unless valid',
        (_label, value) => {
          for (const field of fields) {
            const args = [...valid];
            args[1] = { [field]: value };
            const result = outcome(() => fn(...args));
            expect(['TypeError', 'RangeError', ...(acceptable(field, value) ? ['returned', 'SmsHexError'] : [])]).toContain(result);
          }
        },
      );
    }
  });

  it.each(functions.filter((name) => !(name in calls)))('%s (added later) throws only the allowed errors', (name) => {
    const fn = exports[name] as Fn;
    for (const [, value] of garbage) {
      expect(['returned', 'SmsHexError', 'TypeError', 'RangeError']).toContain(outcome(() => fn(value)));
      expect(['returned', 'SmsHexError', 'TypeError', 'RangeError']).toContain(outcome(() => fn(value, value)));
    }
  });

  it('keeps SmsHexError constructible from an issue', () => {
    const error = new SmsHexError({ code: 'HEX_EMPTY', message: 'm', index: 0 });
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ name: 'SmsHexError', code: 'HEX_EMPTY', message: 'm', index: 0 });
  });
});

/** Option values of the right type that an export may legitimately accept (maxBytes 0 then rejects the data). */
function acceptable(field: string, value: unknown): boolean {
  if (field === 'maxBytes') return typeof value === 'number' && Number.isInteger(value) && value >= 0;
  if (field === 'strict' || field === 'uppercase') return typeof value === 'boolean';
  if (field === 'dataCoding') return value === 0;
  return false;
}

/**
 * Inputs that throw when inspected (issue 13.5): a proxy whose every trap throws, a revoked proxy,
 * an object or array with a throwing getter. The validate and safe functions never throw on them
 * (an INPUT_TYPE issue, or the body check's REQUEST_UNREADABLE); any other export throws a
 * TypeError, RangeError or SmsHexError, or lets the trap's own exception through unchanged.
 */
describe('hostile inputs: proxies, revoked proxies, throwing getters', () => {
  const trapError = new Error('trap');
  const fail = (): never => {
    throw trapError;
  };
  const everyTrap = new Proxy({}, { getPrototypeOf: fail, get: fail, has: fail, ownKeys: fail, getOwnPropertyDescriptor: fail });
  const revocable = Proxy.revocable({}, {});
  revocable.revoke();
  const revokedArray = Proxy.revocable([], {});
  revokedArray.revoke();
  const hostile: [string, unknown][] = [
    ['a proxy whose traps throw', everyTrap],
    ['a proxy of an array whose traps throw', new Proxy([], { get: fail, getPrototypeOf: fail })],
    ['a proxy of bytes whose get throws', new Proxy(Uint8Array.of(5, 0, 3, 1, 2, 1), { get: fail })],
    ['a revoked proxy', revocable.proxy],
    ['a revoked array proxy', revokedArray.proxy],
    ['an object with throwing getters', { get hex() { return fail(); }, get binary() { return fail(); }, get messages() { return fail(); } }],
    ['an array with a throwing element', Object.defineProperty([0], 0, { get: fail })],
    ['an array whose length is not a number', new Proxy([], { get: (target, key) => (key === 'length' ? 'abc' : Reflect.get(target, key)) })],
  ];
  const neverThrow = ['safeParseHex', 'safeParseUdh', 'safeDecodeBinaryMessage', 'safeReassemble', 'validateBinaryRequest'];

  it.each(neverThrow.flatMap((name) => hostile.map(([label, value]) => [name, label, value] as const)))('%s never throws on %s', (name, _label, value) => {
    const fn = exports[name] as Fn;
    const result = fn(value) as { ok: boolean };
    expect(result.ok).toBe(false);
    const wrapped = fn({ messages: [value], binary: value }) as { ok: boolean };
    expect(typeof wrapped.ok).toBe('boolean');
    if (name === 'safeReassemble') expect((fn([value]) as { ok: boolean }).ok).toBe(false);
  });

  it.each(functions.flatMap((name) => hostile.map(([label, value]) => [name, label, value] as const)))('%s on %s: a typed error or the trap’s own', (name, _label, value) => {
    const fn = exports[name] as Fn;
    for (const args of [[value], [calls[name]?.[0] ?? 'x', value]]) {
      try {
        fn(...args);
      } catch (error) {
        if (error === trapError) continue;
        expect(error instanceof SmsHexError || error instanceof TypeError || error instanceof RangeError).toBe(true);
      }
    }
  });
});
