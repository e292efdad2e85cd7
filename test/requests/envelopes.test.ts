/**
 * The request bodies buildRequest assembles (src/requests/envelopes.ts), whole and exact: every optional
 * field where its endpoint puts it, and no key at all (not even one holding `undefined`) for a field not
 * given. Written for the survivors of the sixth mutation round (docs/mutation.md): the older tests read
 * single fields out of the bodies.
 */
import { describe, expect, it } from 'vitest';
import { buildRequest, type RequestMessageInput } from '../../src/index.js';

const NOW = Date.UTC(2026, 11, 1);
const hi = { hex: '48 69', dataCoding: 0, esmClass: 0 };
const window = { days: ['MONDAY' as const], from: { hour: 8, minute: 0 }, to: { hour: 18, minute: 30 } };
const regional = { turkeyIys: { brandCode: 'b', recipientType: 'BIREYSEL' } };
const everything = {
  from: 'InfoSMS',
  to: [{ to: '41793026727', messageId: 'm-1' }, '41793026728'],
  text: 'Hi',
  callbackData: 'cb',
  notifyUrl: 'https://example.com/dlr',
  notifyContentType: 'application/json',
  intermediateReport: true,
  validityPeriod: 60,
  sendAt: '2026-12-02T16:00:00.000+0000',
  deliveryTimeWindow: window,
  flash: false,
  regional,
  entityId: 'e',
  applicationId: 'a',
} as const satisfies RequestMessageInput;
const speed = { amount: 10, timeUnit: 'MINUTE' } as const;

describe('buildRequest writes every field where its endpoint takes it', () => {
  it('/sms/2/binary/advanced, every field', () => {
    expect(buildRequest([everything], { endpoint: '/sms/2/binary/advanced', bulkId: 'b-1', sendingSpeedLimit: speed, now: NOW })).toStrictEqual({
      bulkId: 'b-1',
      messages: [
        {
          from: 'InfoSMS',
          destinations: [{ to: '41793026727', messageId: 'm-1' }, { to: '41793026728' }],
          binary: hi,
          callbackData: 'cb',
          notifyUrl: 'https://example.com/dlr',
          notifyContentType: 'application/json',
          intermediateReport: true,
          validityPeriod: 60,
          sendAt: '2026-12-02T16:00:00.000+0000',
          deliveryTimeWindow: window,
          flash: false,
          regional,
          entityId: 'e',
          applicationId: 'a',
        },
      ],
      sendingSpeedLimit: speed,
    });
  });

  it('/sms/2/binary/advanced writes its keys in the documented order, as JSON.stringify shows them', () => {
    const keys = (options: object): string[] => Object.keys(buildRequest([{ to: '41793026727', text: 'Hi' }], { endpoint: '/sms/2/binary/advanced', ...options }));
    expect(keys({ bulkId: 'b-1', sendingSpeedLimit: speed })).toEqual(['bulkId', 'messages', 'sendingSpeedLimit']);
    expect(keys({ sendingSpeedLimit: speed })).toEqual(['messages', 'sendingSpeedLimit']);
    expect(keys({ bulkId: 'b-1' })).toEqual(['bulkId', 'messages']);
    expect(keys({})).toEqual(['messages']);
  });

  it('/sms/3/messages, every field: per message in options and webhooks, for the request in options.schedule', () => {
    const body = buildRequest([{ ...everything, campaignReferenceId: 'c' }], {
      endpoint: '/sms/3/messages',
      bulkId: 'b-1',
      sendingSpeedLimit: speed,
      includeSmsCountInResponse: true,
      now: NOW,
    });
    expect(body).toStrictEqual({
      messages: [
        {
          sender: 'InfoSMS',
          destinations: [{ to: '41793026727', messageId: 'm-1' }, { to: '41793026728' }],
          content: hi,
          options: {
            platform: { entityId: 'e', applicationId: 'a' },
            validityPeriod: { amount: 60, timeUnit: 'MINUTES' },
            deliveryTimeWindow: window,
            campaignReferenceId: 'c',
            regional,
            flash: false,
          },
          webhooks: { delivery: { url: 'https://example.com/dlr', intermediateReport: true }, contentType: 'application/json', callbackData: 'cb' },
        },
      ],
      options: { schedule: { bulkId: 'b-1', sendAt: '2026-12-02T16:00:00.000+0000', sendingSpeedLimit: speed }, includeSmsCountInResponse: true },
    });
  });

  it.each([
    ['/sms/1/binary/single', { to: '41793026727', text: 'Hi' }, { to: '41793026727', binary: hi }],
    ['/sms/1/binary/multi', { from: 'InfoSMS', to: ['41793026727', '41793026728'], text: 'Hi' }, { messages: [{ from: 'InfoSMS', to: ['41793026727', '41793026728'], binary: hi }] }],
    ['/sms/2/binary/advanced', { to: '41793026727', text: 'Hi' }, { messages: [{ destinations: [{ to: '41793026727' }], binary: hi }] }],
    ['/sms/3/messages', { from: 'InfoSMS', to: '41793026727', text: 'Hi' }, { messages: [{ sender: 'InfoSMS', destinations: [{ to: '41793026727' }], content: hi }] }],
  ] as const)('%s, nothing optional: no key for what was not given', (endpoint, input, expected) => {
    expect(buildRequest([input], { endpoint })).toStrictEqual(expected);
  });

  it.each([
    ['entityId alone, and bulkId', { entityId: 'e' }, { bulkId: 'x' }, { options: { platform: { entityId: 'e' } } }, { options: { schedule: { bulkId: 'x' } } }],
    ['applicationId and notifyUrl, and includeSmsCountInResponse false', { applicationId: 'a', notifyUrl: 'https://e.com' }, { includeSmsCountInResponse: false }, {
      options: { platform: { applicationId: 'a' } },
      webhooks: { delivery: { url: 'https://e.com' } },
    }, { options: { includeSmsCountInResponse: false } }],
    ['intermediateReport false alone, and sendingSpeedLimit', { intermediateReport: false }, { sendingSpeedLimit: { amount: 1, timeUnit: 'DAY' } }, {
      webhooks: { delivery: { intermediateReport: false } },
    }, { options: { schedule: { sendingSpeedLimit: { amount: 1, timeUnit: 'DAY' } } } }],
  ] as const)('/sms/3/messages with %s: only those', (_, fields, options, messageExtra, bodyExtra) => {
    const body = buildRequest([{ from: 'InfoSMS', to: '41793026727', text: 'Hi', ...fields }], { endpoint: '/sms/3/messages', ...options });
    expect(body).toStrictEqual({ messages: [{ sender: 'InfoSMS', destinations: [{ to: '41793026727' }], content: hi, ...messageExtra }], ...bodyExtra });
  });

  it('/sms/1/binary/single refuses a second message with the path and label of the second', () => {
    expect(() => buildRequest([{ to: '41793026727', text: 'Hi' }, { to: '41793026728', text: 'Ho' }], { endpoint: '/sms/1/binary/single' })).toThrow(
      expect.objectContaining({
        code: 'FIELD_UNSUPPORTED',
        path: [1],
        message:
          'buildRequest: [1]: "messages" cannot be carried by this endpoint: /sms/1/binary/single carries one message and these inputs make 2 (parts count as messages); /sms/1/binary/multi, /sms/2/binary/advanced and /sms/3/messages carry several',
      }),
    );
  });

  it('/sms/3/messages refuses messages whose sendAt differ: it schedules the whole request once', () => {
    const at = { from: 'InfoSMS', text: 'Hi', sendAt: '2026-12-02T16:00:00.000+0000' } as const;
    expect(() => buildRequest([{ ...at, to: '41793026727' }, { from: 'InfoSMS', text: 'Ho', to: '41793026728' }], { endpoint: '/sms/3/messages', now: NOW })).toThrow(
      expect.objectContaining({
        code: 'FIELD_UNSUPPORTED',
        path: [1, 'sendAt'],
        message:
          'buildRequest: [1].sendAt: "sendAt" cannot be carried by this endpoint: /sms/3/messages schedules the whole request at one options.schedule.sendAt, and these messages differ; /sms/2/binary/advanced takes sendAt per message',
      }),
    );
    expect(buildRequest([{ ...at, to: '41793026727' }, { ...at, to: '41793026728' }], { endpoint: '/sms/3/messages', now: NOW })).toMatchObject({
      options: { schedule: { sendAt: '2026-12-02T16:00:00.000+0000' } },
    });
  });
});
