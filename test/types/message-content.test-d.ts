/**
 * Type tests of MessageContent (issue 19): "exactly one of text, bytes and
 * hex" is a type, so `{ to, text, hex }` and `{ to }` fail to compile in
 * every builder of messages. Checked by `npm run typecheck` (tsc over test/);
 * a missing error makes `@ts-expect-error` itself an error.
 */
import { expectTypeOf } from 'vitest';
import {
  buildBinaryMessages,
  buildMany,
  buildMultiRequest,
  buildRequest,
  type BinaryMessage,
  type BinaryMessageInput,
  type MessageContent,
  type RequestMessageInput,
} from '../../src/index.js';

const to = '41793026727';
const bytes = Uint8Array.of(0x48, 0x69);

// Positive cases: one of the three, with or without options.
expectTypeOf(buildBinaryMessages({ to, text: 'Hi' })).toEqualTypeOf<BinaryMessage[]>();
buildBinaryMessages({ to, bytes, dataCoding: 0 });
buildBinaryMessages({ to, hex: '48 69', dataCoding: 0, from: 'InfoSMS' });
buildRequest([{ to, text: 'Hi' }, { to, hex: '48 69', dataCoding: 0 }], { endpoint: '/sms/2/binary/advanced' });
buildMultiRequest([{ to, bytes, dataCoding: 8 }]);
buildMany([{ to, text: 'a' }, { to, text: 'b' }]);
const message: RequestMessageInput = { to: { to, messageId: 'm1' }, text: 'Hi', notifyUrl: 'https://example.com/dlr' };
void message;

// Each member of the union names one field; the others are `never`.
expectTypeOf<{ text: string }>().toExtend<MessageContent>();
expectTypeOf<{ bytes: Uint8Array }>().toExtend<MessageContent>();
expectTypeOf<{ hex: string }>().toExtend<MessageContent>();
expectTypeOf<{ text: string; hex: string }>().not.toExtend<MessageContent>();
expectTypeOf<{ to: string }>().not.toExtend<BinaryMessageInput>();

// Negative cases: two contents, or none.
// @ts-expect-error text and hex together
buildBinaryMessages({ to, text: 'Hi', hex: '48 69' });
// @ts-expect-error no content
buildBinaryMessages({ to });
// @ts-expect-error text and bytes together
buildBinaryMessages({ to, text: 'Hi', bytes });
// @ts-expect-error bytes and hex together
buildBinaryMessages({ to, bytes, hex: '48 69', dataCoding: 0 });
// @ts-expect-error text and hex together, in a request
buildRequest([{ to, text: 'Hi', hex: '48 69' }], { endpoint: '/sms/1/binary/multi' });
// @ts-expect-error no content, in a request
buildRequest([{ to }], { endpoint: '/sms/3/messages' });
// @ts-expect-error no content, in buildMultiRequest
buildMultiRequest([{ to }]);
// @ts-expect-error text and hex together, in buildMany
buildMany([{ to, text: 'Hi', hex: '48 69' }]);
// @ts-expect-error no content, in a typed input
const none: BinaryMessageInput = { to };
void none;
