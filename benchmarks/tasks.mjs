/**
 * The tasks of issue 6, each with its native floor, smshex and the peers that
 * do the same job, all measured in the same run. Every candidate takes one
 * message's input and returns a number (a length or a count), so that no
 * work is optimized away and every candidate is called the same way.
 *
 * smshex functions that do not exist yet in dist/ are feature-detected: the
 * row says "not yet in smshex" until the export appears, then lights up.
 */

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { SegmentedMessage } = require('sms-segments-calculator');
const splitSms = require('split-sms');
const trt2 = require('@trt2/gsm-charset-utils');
const smppDefs = require('smpp/lib/defs.js');
const iconv = require('iconv-lite');
const { utils: pduUtils } = require('node-pdu');

const hasExport = (smshex, name) => typeof smshex[name] === 'function';

/** The usual spaced-hex idiom: `toString('hex')` plus a regex. */
const idiomHex = (bytes) => bytes.toString('hex').replace(/(..)(?!$)/g, '$1 ');
const STRICT_HEX = /^[0-9a-fA-F]{2}(?: [0-9a-fA-F]{2})*$/;
const TO = '41793026727';

/**
 * What users assemble today without smshex: smpp's coding detection and
 * encoders, a naive split with an 8-bit concatenation header, and the hex
 * idiom; one `binary` object per part.
 */
function smppPipeline(text) {
  const encoding = smppDefs.encodings.detect(text); // 'ASCII' (GSM 03.38) | 'LATIN1' | 'UCS2'
  const payload = smppDefs.encodings[encoding].encode(text);
  const dataCoding = encoding === 'UCS2' ? 8 : encoding === 'LATIN1' ? 3 : 0;
  const single = encoding === 'ASCII' ? 160 : 140;
  if (payload.length <= single) return [{ to: TO, binary: { hex: idiomHex(payload), dataCoding, esmClass: 0 } }].length;
  const perPart = encoding === 'ASCII' ? 153 : 134;
  const total = Math.ceil(payload.length / perPart);
  const reference = (Math.random() * 256) | 0;
  const messages = [];
  for (let sequence = 1; sequence <= total; sequence++) {
    const part = payload.subarray((sequence - 1) * perPart, sequence * perPart);
    const udh = Buffer.from([0x05, 0x00, 0x03, reference, total, sequence]);
    messages.push({ to: TO, binary: { hex: idiomHex(Buffer.concat([udh, part])), dataCoding, esmClass: 0x40 } });
  }
  return messages.length;
}

/** smpp's coding detection and encoder, then the hex idiom: what `encodeText` does, assembled from peers. */
function smppEncodeTextHex(text) {
  const encoding = smppDefs.encodings.detect(text) === 'ASCII' ? 'ASCII' : 'UCS2';
  return idiomHex(smppDefs.encodings[encoding].encode(text));
}
const smppEncodeText = (text) => smppEncodeTextHex(text).length + (smppDefs.encodings.detect(text) === 'ASCII' ? 0 : 8);

const charCodeFloor = (text) => {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
};

/**
 * @param {object} smshex - the built library
 * @param {Array<{ text: string, kind: string }>} corpus
 */
export function buildTasks(smshex, corpus) {
  const texts = corpus.map((m) => m.text);
  const gsmTexts = corpus.filter((m) => m.kind !== 'ucs2').map((m) => m.text);
  const ucs2Texts = corpus.filter((m) => m.kind === 'ucs2').map((m) => m.text);
  // Payloads as they go to the API (septets unpacked, or UTF-16BE), as Buffers so that the floor can use them.
  const payloads = texts.map((text) => Buffer.from(smshex.encodeText(text).bytes));
  const hexes = payloads.map((bytes) => ({ spaced: idiomHex(bytes), unspaced: bytes.toString('hex') }));
  const STRICT = Object.freeze({ strict: true });

  return [
    {
      id: 'count',
      title: 'count + detect',
      unit: 'message',
      inputs: texts,
      settings: { rounds: 15, sliceSize: 500 },
      floor: { name: 'floor: charCodeAt loop', fn: charCodeFloor },
      smshex: [
        {
          name: 'smshex countSegments',
          available: hasExport(smshex, 'countSegments'),
          fn: (text) => {
            const r = smshex.countSegments(text);
            return r.smsCount + (r.encoding === 'gsm7' ? 0 : 1000);
          },
        },
        {
          // The full estimate (with nonGsmCharacters, reason, text, tables): reported beside the lean count.
          name: 'smshex estimateSegments',
          available: hasExport(smshex, 'estimateSegments'),
          extra: true,
          fn: (text) => {
            const r = smshex.estimateSegments(text);
            return r.smsCount + (r.encoding === 'gsm7' ? 0 : 1000);
          },
        },
      ],
      peers: [
        { name: '@trt2/gsm-charset-utils getCharCount', fn: (text) => { const r = trt2.getCharCount(text); return r.msgCount + (r.encoding === 'GSM' ? 0 : 1000); } },
        { name: 'split-sms split (summary)', fn: (text) => { const r = splitSms.split(text, { summary: true }); return r.parts.length + (r.characterSet === 'GSM' ? 0 : 1000); } },
        { name: 'sms-segments-calculator SegmentedMessage', fn: (text) => { const r = new SegmentedMessage(text); return r.segmentsCount + (r.encodingName === 'GSM-7' ? 0 : 1000); } },
      ],
      target: { floor: 0.5, peer: 3, against: 'best peer' },
      check: hasExport(smshex, 'countSegments')
        ? () => countAgreement(texts, (t) => smshex.countSegments(t), trt2)
        : undefined,
    },
    {
      id: 'gsm7',
      title: 'GSM 7-bit encode (unpacked)',
      unit: 'message',
      inputs: gsmTexts,
      floor: { name: "floor: Buffer.from(text, 'latin1')", fn: (text) => Buffer.from(text, 'latin1').length },
      smshex: [{ name: 'smshex encodeGsm7', available: hasExport(smshex, 'encodeGsm7'), fn: (text) => smshex.encodeGsm7(text).length }],
      peers: [{ name: 'smpp encodings.ASCII.encode', fn: (text) => smppDefs.encodings.ASCII.encode(text).length }],
      target: { floor: 0.3, peer: 8, against: 'smpp encodings.ASCII.encode' },
      check: () => sameBytes(gsmTexts, (t) => smshex.encodeGsm7(t), (t) => smppDefs.encodings.ASCII.encode(t)),
    },
    {
      id: 'ucs2',
      title: 'UCS-2 encode',
      unit: 'message',
      inputs: ucs2Texts,
      floor: { name: "floor: Buffer.from(text, 'utf16le')", fn: (text) => Buffer.from(text, 'utf16le').length },
      smshex: [{ name: 'smshex encodeUcs2', available: hasExport(smshex, 'encodeUcs2'), fn: (text) => smshex.encodeUcs2(text).length }],
      peers: [{ name: "iconv-lite encode(text, 'utf16-be')", fn: (text) => iconv.encode(text, 'utf16-be').length }],
      target: { floor: 0.5, peer: 1.2, against: "iconv-lite encode(text, 'utf16-be')" },
      check: () => sameBytes(ucs2Texts, (t) => smshex.encodeUcs2(t), (t) => iconv.encode(t, 'utf16-be')),
    },
    {
      id: 'hex-out',
      title: 'bytes → spaced hex',
      unit: 'message',
      inputs: payloads,
      floor: { name: "floor: buffer.toString('hex') (unspaced)", fn: (bytes) => bytes.toString('hex').length },
      smshex: [{ name: 'smshex toHex', available: hasExport(smshex, 'toHex'), fn: (bytes) => smshex.toHex(bytes).length }],
      peers: [{ name: "idiom: toString('hex') + regex", fn: (bytes) => idiomHex(bytes).length }],
      target: { floor: 0.5 },
      check: () => sameStrings(payloads, (b) => smshex.toHex(b), idiomHex),
    },
    {
      id: 'hex-in',
      title: 'spaced hex → bytes, validating',
      unit: 'message',
      inputs: hexes,
      floor: { name: "floor: Buffer.from(unspaced, 'hex'), no validation", fn: (h) => Buffer.from(h.unspaced, 'hex').length },
      smshex: [
        { name: 'smshex parseHex strict', available: hasExport(smshex, 'parseHex'), fn: (h) => smshex.parseHex(h.spaced, STRICT).length },
        { name: 'smshex parseHex (lenient default)', available: hasExport(smshex, 'parseHex'), fn: (h) => smshex.parseHex(h.spaced).length, extra: true },
      ],
      peers: [
        { name: 'node-pdu Helper.hexToUint8Array (spaces stripped)', fn: (h) => pduUtils.Helper.hexToUint8Array(h.spaced.replace(/ /g, '')).length },
        { name: 'idiom: regex test + Buffer.from(hex)', fn: (h) => (STRICT_HEX.test(h.spaced) ? Buffer.from(h.spaced.replace(/ /g, ''), 'hex').length : -1) },
      ],
      target: { floor: 0.5, peer: 5, against: 'node-pdu Helper.hexToUint8Array (spaces stripped)' },
      check: () => sameBytes(hexes, (h) => smshex.parseHex(h.spaced, STRICT), (h) => Buffer.from(h.unspaced, 'hex')),
    },
    {
      id: 'e2e',
      title: 'text → binary objects',
      unit: 'message',
      inputs: texts,
      floor: { name: "floor: latin1 copy + toString('hex')", fn: (text) => Buffer.from(text, 'latin1').toString('hex').length },
      smshex: [
        {
          name: 'smshex buildBinaryMessages',
          available: hasExport(smshex, 'buildBinaryMessages'),
          fn: (text) => smshex.buildBinaryMessages({ to: TO, text }).length,
        },
      ],
      peers: [{ name: 'smpp + split + idiom', fn: smppPipeline }],
      // Issue 17: ≥ 8× the composition of peers; the floor ratio is reported, not a target.
      target: { peer: 8, against: 'smpp + split + idiom' },
      parts: hasExport(smshex, 'buildBinaryMessages') ? texts.reduce((sum, text) => sum + smshex.buildBinaryMessages({ to: TO, text }).length, 0) / texts.length : undefined,
    },
    {
      id: 'encode-text',
      title: 'text → {hex, dataCoding}',
      unit: 'message',
      inputs: texts,
      floor: { name: "floor: latin1 copy + toString('hex')", fn: (text) => Buffer.from(text, 'latin1').toString('hex').length },
      smshex: [
        {
          name: 'smshex encodeText',
          available: hasExport(smshex, 'encodeText'),
          fn: (text) => { const r = smshex.encodeText(text); return r.hex.length + r.dataCoding; },
        },
      ],
      peers: [{ name: 'smpp composite (detect, encode, idiom hex)', fn: smppEncodeText }],
      target: { floor: 0.4 },
      check: hasExport(smshex, 'encodeText') ? () => sameStrings(texts, (t) => smshex.encodeText(t).hex, (t) => smppEncodeTextHex(t)) : undefined,
    },
  ];
}

/** Heap per call: smshex countSegments (the target), estimateSegments (extra rows) and the counting peers. */
export function heapCandidates(smshex) {
  return [
    {
      name: 'smshex countSegments',
      available: hasExport(smshex, 'countSegments'),
      fn: (text) => smshex.countSegments(text).smsCount,
      calls: 50_000,
    },
    {
      name: 'smshex estimateSegments',
      available: hasExport(smshex, 'estimateSegments'),
      extra: true,
      fn: (text) => smshex.estimateSegments(text).smsCount,
      calls: 50_000,
    },
    { name: '@trt2/gsm-charset-utils getCharCount', fn: (text) => trt2.getCharCount(text).msgCount, calls: 50_000 },
    { name: 'split-sms split (summary)', fn: (text) => splitSms.split(text, { summary: true }).parts.length, calls: 20_000 },
    { name: 'sms-segments-calculator SegmentedMessage', fn: (text) => new SegmentedMessage(text).segmentsCount, calls: 1_000 },
  ];
}

function sameBytes(inputs, ours, theirs) {
  let differ = 0;
  for (const input of inputs) {
    const a = ours(input);
    const b = theirs(input);
    if (a.length !== b.length || a.some((x, i) => x !== b[i])) differ++;
  }
  return `${inputs.length - differ}/${inputs.length} identical to the peer's output`;
}

function sameStrings(inputs, ours, theirs) {
  let differ = 0;
  for (const input of inputs) if (ours(input) !== theirs(input)) differ++;
  return `${inputs.length - differ}/${inputs.length} identical to the idiom's output`;
}

function countAgreement(texts, estimate, peer) {
  let differ = 0;
  for (const text of texts) {
    const ours = estimate(text);
    const theirs = peer.getCharCount(text);
    if (ours.smsCount !== theirs.msgCount || (ours.encoding === 'gsm7') !== (theirs.encoding === 'GSM')) differ++;
  }
  return `${texts.length - differ}/${texts.length} agree with @trt2 on smsCount and coding`;
}
