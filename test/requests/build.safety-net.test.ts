/**
 * buildRequest's last step: the body it assembled is checked by validateRequest's rules for the endpoint and
 * time it was asked for, and an error there is thrown, never returned (src/requests/build.ts). The
 * assembler is correct, so the net is proven with a wrong one mocked in (vi.doMock; Node only: vitest's
 * browser mode does not replace a module of src/ this way, and vitest.browser.config.ts excludes this file).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const TO = '41793026727';
const v2Body = (extra: object = {}) => ({ messages: [{ destinations: [{ to: TO }], binary: { hex: '48 69', dataCoding: 0, esmClass: 0 }, ...extra }] });

async function withAssembled(body: unknown) {
  vi.resetModules();
  vi.doMock('../../src/requests/envelopes.js', async (original) => ({ ...(await original<object>()), assemble: () => body }));
  return (await import('../../src/index.js')).buildRequest;
}

afterEach(() => {
  vi.doUnmock('../../src/requests/envelopes.js');
  vi.resetModules();
});

describe('buildRequest never returns a body its validator rejects', () => {
  it('throws the first error of the assembled body', async () => {
    const buildRequest = await withAssembled({ messages: [{ destinations: [{ to: 'abc' }], binary: { hex: '48 69', dataCoding: 0, esmClass: 0 } }] });
    expect(() => buildRequest([{ to: TO, text: 'Hi' }], { endpoint: '/sms/2/binary/advanced' })).toThrow(
      expect.objectContaining({ name: 'SmsHexError', code: 'TO_INVALID', path: ['messages', 0, 'destinations', 0, 'to'] }),
    );
  });

  it('checks the body against the endpoint asked for, not the one its shape suggests', async () => {
    // A well-formed /sms/2/binary/advanced body, which /sms/1/binary/multi does not take.
    const buildRequest = await withAssembled(v2Body());
    expect(() => buildRequest([{ to: TO, text: 'Hi' }], { endpoint: '/sms/1/binary/multi' })).toThrow(expect.objectContaining({ name: 'SmsHexError' }));
  });

  it('checks the body at the time asked for', async () => {
    const buildRequest = await withAssembled(v2Body({ sendAt: '2026-12-02T16:00:00.000+0000' }));
    const options = { endpoint: '/sms/2/binary/advanced' } as const;
    expect(buildRequest([{ to: TO, text: 'Hi' }], { ...options, now: Date.UTC(2026, 11, 1) })).toStrictEqual(v2Body({ sendAt: '2026-12-02T16:00:00.000+0000' }));
    // More than 180 days before it: too far ahead to schedule.
    expect(() => buildRequest([{ to: TO, text: 'Hi' }], { ...options, now: Date.UTC(2026, 0, 1) })).toThrow(
      expect.objectContaining({ code: 'SEND_AT_INVALID', path: ['messages', 0, 'sendAt'] }),
    );
  });

  it('returns a body with warnings only', async () => {
    const body = v2Body({ from: '+41793026727' }); // FROM_FORMAT, a warning
    const buildRequest = await withAssembled(body);
    expect(buildRequest([{ to: TO, text: 'Hi' }], { endpoint: '/sms/2/binary/advanced' })).toBe(body);
  });
});
