/**
 * Issue #18 item 3, the smaller findings: toXml refuses a data coding or ESM
 * class it cannot write; the cross-message concatenation check stops at the
 * maxIssues cap; a `messages` array whose length is not an array length is an
 * issue; and the engine's TypeErrors that named no function now name it.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildMany, buildMultiRequest, buildUdh, estimateMany, SmsHexError, toXml, udhLength, validateRequest } from '../../src/index.js';

const caught = (run: () => unknown): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return 'no error';
};

describe('toXml refuses what it cannot write', () => {
  const body = buildMultiRequest([{ from: 'InfoSMS', to: '41793026785', text: 'Hi' }]);
  const withBinary = (field: 'dataCoding' | 'esmClass', value: number) => {
    const [message] = body.messages;
    return { ...body, messages: [message, { ...message, binary: { ...message?.binary, [field]: value } }] } as typeof body;
  };

  it.each([NaN, Infinity, -Infinity, 1.5, 256, -1, 2 ** 53])('dataCoding %s: DATA_CODING_INVALID with the path', (value) => {
    const error = caught(() => toXml(withBinary('dataCoding', value)));
    expect(error).toBeInstanceOf(SmsHexError);
    expect(error).toMatchObject({ code: 'DATA_CODING_INVALID', path: ['messages', 1, 'binary', 'dataCoding'] });
    expect((error as Error).message).toBe(`toXml: messages[1].binary.dataCoding: dataCoding must be an integer from 0 to 255, got ${value}`);
  });

  it.each([NaN, Infinity, -Infinity, 0.5, 256, -1])('esmClass %s: ESM_CLASS_INVALID with the path', (value) => {
    expect(caught(() => toXml(withBinary('esmClass', value)))).toMatchObject({ code: 'ESM_CLASS_INVALID', path: ['messages', 1, 'binary', 'esmClass'] });
  });

  it('a v1 single body: the path starts at binary', () => {
    const single = { from: 'InfoSMS', to: '41793026785', binary: { hex: '48 69', dataCoding: NaN, esmClass: 0 } };
    const error = caught(() => toXml(single));
    expect(error).toMatchObject({ code: 'DATA_CODING_INVALID', path: ['binary', 'dataCoding'] });
    expect((error as Error).message).toBe('toXml: binary.dataCoding: dataCoding must be an integer from 0 to 255, got NaN');
  });

  it('still writes every integer 0–255, and a string is still a TypeError', () => {
    expect(toXml(withBinary('dataCoding', 255))).toContain('<dataCoding>255</dataCoding>');
    expect(toXml(withBinary('esmClass', 0))).toContain('<esmClass>0</esmClass>');
    expect(() => toXml(withBinary('dataCoding', '8' as unknown as number))).toThrow(TypeError);
  });
});

describe('the cross-message concatenation check stops at the maxIssues cap', () => {
  /** `count` messages, each part 1 of 2 of the same concatenated message (reference 7): every one after the first repeats part 1. */
  const repeats = (count: number) => ({
    messages: Array.from({ length: count }, () => ({
      from: 'InfoSMS',
      destinations: [{ to: '41793026727' }],
      binary: { hex: '05 00 03 07 02 01 48 69', dataCoding: 0, esmClass: 64 },
    })),
  });

  it('examines no part after the report is full, and reports the same first issues', async () => {
    let examined = 0;
    vi.resetModules();
    vi.doMock('../../src/binary/concat-check.js', async (importOriginal) => {
      const real = await importOriginal<Record<string, (...args: never[]) => unknown>>();
      const wrapped: Record<string, unknown> = { ...real };
      // Whichever form the check takes: all parts at once, or one at a time.
      wrapped.checkConcatParts = (parts: readonly unknown[]) => {
        examined += parts.length;
        return (real.checkConcatParts as (p: readonly unknown[]) => unknown)(parts);
      };
      if (typeof real.concatChecker === 'function') {
        wrapped.concatChecker = () => {
          const checker = (real.concatChecker as () => { add(p: unknown): unknown; missing(): unknown; bySequence: unknown })();
          return {
            get bySequence() {
              return checker.bySequence;
            },
            add: (part: unknown) => {
              examined++;
              return checker.add(part);
            },
            missing: () => checker.missing(),
          };
        };
      }
      return wrapped;
    });
    try {
      const api = await import('../../src/index.js');
      const body = repeats(60);
      const all = api.validateRequest(body, { maxIssues: 1000 });
      expect(all.issues.filter((i) => i.code === 'CONCAT_SEQUENCE_DUPLICATE')).toHaveLength(59);
      examined = 0;
      const capped = api.validateRequest(body, { maxIssues: 3 });
      expect(capped.ok).toBe(false);
      expect(capped.issues.slice(0, 3)).toEqual(all.issues.slice(0, 3));
      expect(capped.issues[3]).toMatchObject({ code: 'REQUEST_ISSUES_CAPPED', severity: 'warning' });
      expect(capped.issues[3]?.message).toContain('while comparing messages with each other');
      expect(capped.issues).toHaveLength(4);
      expect(examined).toBeLessThanOrEqual(5); // the first part, three repeats, the one that filled the report
    } finally {
      vi.doUnmock('../../src/binary/concat-check.js');
      vi.resetModules();
    }
  });

  it('without a cap, every issue is reported as before', () => {
    const result = validateRequest(repeats(3));
    expect(result.issues.map((i) => i.code)).toEqual(['CONCAT_SEQUENCE_DUPLICATE', 'CONCAT_SEQUENCE_DUPLICATE', 'CONCAT_SEQUENCE_MISSING']);
    expect(result.issues[0]?.path).toEqual(['messages', 1, 'binary', 'hex']);
  });
});

describe('a messages array whose length is not an array length', () => {
  const message = { from: 'InfoSMS', destinations: [{ to: '41793026727' }], binary: { hex: '48 69', dataCoding: 0, esmClass: 0 } };
  const lengthOf = (length: unknown) =>
    new Proxy([message], { get: (target, key, receiver) => (key === 'length' ? length : Reflect.get(target, key, receiver)) });

  it.each(['abc', NaN, -1, 1.5, 2 ** 32, undefined, {}])('length %s: REQUEST_SHAPE at messages, ok false', (length) => {
    const result = validateRequest({ messages: lengthOf(length) });
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({ code: 'REQUEST_SHAPE', path: ['messages'], severity: 'error', message: expect.stringContaining('array-like whose length is') }),
    ]);
  });

  it('a length that throws is reported, never thrown; a proxy with its real length is checked as the array', () => {
    const throwing = new Proxy([message], { get: (t, key, r) => (key === 'length' ? (() => { throw new Error('no'); })() : Reflect.get(t, key, r)) });
    expect(validateRequest({ messages: throwing })).toMatchObject({ ok: false, issues: [{ code: 'REQUEST_UNREADABLE' }] });
    expect(validateRequest({ messages: new Proxy([message], {}) })).toMatchObject({ ok: true, issues: [] });
    expect(validateRequest({ messages: [message] })).toMatchObject({ ok: true });
  });
});

describe('engine TypeErrors now name the function', () => {
  const detached = (): Uint8Array => {
    const buffer = new ArrayBuffer(4);
    const view = new Uint8Array(buffer);
    structuredClone(buffer, { transfer: [buffer] });
    return view;
  };

  it('buildUdh and udhLength with a raw element over a detached buffer', () => {
    const elements = [{ type: 'raw', id: 0x70, data: detached() }] as const;
    expect(() => buildUdh(elements)).toThrow(/^buildUdh: elements\[0\]\.data is over a detached ArrayBuffer$/);
    expect(caught(() => buildUdh(elements))).toBeInstanceOf(TypeError);
    expect(() => udhLength(elements)).toThrow(/^udhLength: elements\[0\]\.data is over a detached ArrayBuffer$/);
    expect(buildUdh([{ type: 'raw', id: 0x70, data: new Uint8Array(0) }])).toEqual(Uint8Array.of(2, 0x70, 0));
  });

  it('estimateMany and buildMany with a typed array, detached or not', () => {
    expect(() => estimateMany(detached() as unknown as string[])).toThrow(/^estimateMany: texts must be an iterable .* got a typed array/);
    expect(() => estimateMany(Uint8Array.of(65) as unknown as string[])).toThrow(/^estimateMany: /);
    expect(() => buildMany(detached() as unknown as [])).toThrow(/^buildMany: inputs must be an iterable .* got a typed array/);
    expect([...estimateMany(['Hi'])]).toHaveLength(1);
  });

  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number'],
    [{}, 'object'],
    [{ code: 7, message: 'x' }, 'object'],
    [{ code: 'HEX_EMPTY' }, 'object'],
  ])('new SmsHexError(%o)', (issue, got) => {
    const error = caught(() => new SmsHexError(issue as never));
    expect(error).toBeInstanceOf(TypeError);
    expect((error as Error).message).toBe(`new SmsHexError: issue must be an object with a string code and message, got ${got}`);
  });

  it('new SmsHexError with an issue still works', () => {
    const error = new SmsHexError({ code: 'HEX_EMPTY', message: 'm', index: 0, path: ['a'] });
    expect(error).toMatchObject({ code: 'HEX_EMPTY', message: 'm', index: 0, path: ['a'], name: 'SmsHexError' });
  });
});
