// Checked by `npm run typecheck` (tsc includes test/); at run time expectTypeOf is a no-op.
import { describe, expectTypeOf, it } from 'vitest';
import {
  encodeGsm7,
  encodeText,
  parseHex,
  SmsHexError,
  toHex,
  safeParseHex,
  type Gsm7EncodeResult,
  type SmsHexErrorCode,
  type SmsHexIssue,
} from '../../src/index.js';

describe('public types', () => {
  it('types the core signatures', () => {
    expectTypeOf(toHex).parameter(0).toEqualTypeOf<Uint8Array>();
    expectTypeOf(toHex).returns.toEqualTypeOf<string>();
    expectTypeOf(parseHex).returns.toEqualTypeOf<Uint8Array>();
    expectTypeOf(encodeText('a').dataCoding).toEqualTypeOf<0 | 8>();
  });

  it('returns bytes from encodeGsm7 unless replacement is asked for', () => {
    expectTypeOf(encodeGsm7('a')).toEqualTypeOf<Uint8Array>();
    expectTypeOf(encodeGsm7('a', { onUnmappable: 'error' })).toEqualTypeOf<Uint8Array>();
    expectTypeOf(encodeGsm7('a', { onUnmappable: 'replace' })).toEqualTypeOf<Gsm7EncodeResult>();
  });

  it('narrows safeParseHex results on ok', () => {
    const result = safeParseHex('0f');
    if (result.ok) expectTypeOf(result.hex).toEqualTypeOf<string>();
    else expectTypeOf(result.error).toEqualTypeOf<SmsHexIssue>();
  });

  it('gives errors a code from the union', () => {
    expectTypeOf<SmsHexError['code']>().toEqualTypeOf<SmsHexErrorCode>();
    expectTypeOf<SmsHexError['index']>().toEqualTypeOf<number | undefined>();
  });
});
