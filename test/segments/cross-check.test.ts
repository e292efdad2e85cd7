/**
 * Cross-check against two peers, as dev dependencies only:
 * Twilio's `sms-segments-calculator` and `@trt2/gsm-charset-utils`.
 *
 * Where they differ from the standard, and so from smshex:
 * - Neither supports 16-bit concatenation references (IE 0x08), national
 *   language shift tables, or a part limit: smshex's `referenceBits: 16`,
 *   language tables and `maxParts` are not compared.
 * - On the default alphabet both agree with TS 23.038 §6.2.1 as smshex reads
 *   it, including the traps: 0x09 is capital `Ç`, so `ç` forces UCS-2 in all
 *   three; an extension character or a surrogate pair is never split. When
 *   this suite was written, every code point below U+3000 alone and 3,000
 *   generated mixed texts gave the same coding and count in all three.
 * So this suite asserts full agreement on the cases they all model; a
 * difference found later must be written down here with its reason.
 */
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateSegments } from '../../src/index.js';

const require = createRequire(import.meta.url);
const { SegmentedMessage } = require('sms-segments-calculator') as {
  SegmentedMessage: new (text: string) => { encodingName: string; segmentsCount: number };
};
const trt = require('@trt2/gsm-charset-utils') as { getCharCount(text: string): { msgCount: number; encoding: string } };

const GSM =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà\f^{}\\[~]|€';
const text = fc
  .array(
    fc.oneof(
      { weight: 40, arbitrary: fc.constantFrom(...GSM) },
      { weight: 1, arbitrary: fc.constantFrom('😀', 'Ж', 'ç', '中', '`', '\u00a0', '’', '🇨🇭', 'é') },
    ),
    { maxLength: 700 },
  )
  .map((chars) => chars.join(''));

describe('agreement with peer counters on what they model', () => {
  it('Twilio sms-segments-calculator: same coding and smsCount', () => {
    fc.assert(
      fc.property(text, (t) => {
        const ours = estimateSegments(t);
        const twilio = new SegmentedMessage(t);
        expect(twilio.encodingName === 'GSM-7' ? 'gsm7' : 'ucs2').toBe(ours.encoding);
        expect(twilio.segmentsCount).toBe(ours.smsCount);
      }),
      { numRuns: 1500 },
    );
  });

  it('@trt2/gsm-charset-utils: same coding and smsCount', () => {
    fc.assert(
      fc.property(text, (t) => {
        const ours = estimateSegments(t);
        const peer = trt.getCharCount(t);
        expect(peer.encoding === 'GSM' ? 'gsm7' : 'ucs2').toBe(ours.encoding);
        expect(peer.msgCount).toBe(ours.smsCount);
      }),
      { numRuns: 1500 },
    );
  });

  it('every single character below U+3000 gets the same coding from all three', () => {
    for (let cp = 0; cp < 0x3000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const ours = estimateSegments(c).encoding;
      expect(new SegmentedMessage(c).encodingName === 'GSM-7' ? 'gsm7' : 'ucs2', `U+${cp.toString(16)}`).toBe(ours);
      expect(trt.getCharCount(c).encoding === 'GSM' ? 'gsm7' : 'ucs2', `U+${cp.toString(16)}`).toBe(ours);
    }
  });
});
