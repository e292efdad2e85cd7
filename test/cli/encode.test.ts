/** `smshex encode`, run as built. */
import { describe, expect, it } from 'vitest';
import { NATIONAL_LANGUAGES, buildBinaryMessages, buildMultiRequest, encodeText, parseUdh, toXml } from '../../src/index.js';
import { bytesOf, loadVectors } from '../helpers/vectors.js';
import { smshex, STACK_LINE } from './spawn.js';

const provider = loadVectors<{ messages: { text: string; hex: string; dataCoding: number; esmClass: number }[] }>('provider-examples').messages;
const texts = provider.map((m) => m.text);
const lines = (stdout: string): unknown[] => stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as unknown);

describe.concurrent('smshex encode', () => {
  it('prints the provider examples as binary objects, one JSON object per line', async () => {
    const run = await smshex(['encode', ...texts]);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toEqual(provider.map(({ hex, dataCoding, esmClass }) => ({ hex: hex.toLowerCase(), dataCoding, esmClass })));
  });

  it.each([
    ['"-"', ['-']],
    ['no argument', []],
  ])('reads standard input with %s, dropping one final newline', async (_how, args) => {
    const run = await smshex(['encode', ...args], { input: 'Test message.\n' });
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toEqual([{ hex: encodeText('Test message.').hex, dataCoding: 0, esmClass: 0 }]);
  });

  it('transliterates with --transliterate', async () => {
    const run = await smshex(['encode', '--transliterate', 'CYRILLIC', 'Привет']);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toEqual([{ hex: '50 72 69 76 65 74', dataCoding: 0, esmClass: 0 }]);
  });

  it('with --from and --to prints the whole request body buildMultiRequest makes', async () => {
    const run = await smshex(['encode', '--from', 'InfoSMS', '--to', '41793026727', '--to', '41793026731', ...texts]);
    expect(run.status).toBe(0);
    const to = ['41793026727', '41793026731'];
    expect(JSON.parse(run.stdout)).toEqual(buildMultiRequest(texts.map((text) => ({ from: 'InfoSMS', to, text }))));
  });

  it('with --xml prints the body as the provider XML', async () => {
    const run = await smshex(['encode', '--to', '41793026785', '--xml', 'Hi & <bye>']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(`${toXml(buildMultiRequest([{ to: '41793026785', text: 'Hi & <bye>' }]), { indent: '  ' })}\n`);
  });

  it.each([
    [8, '05 00 03 2a 02 01', 6],
    [16, '06 08 04 00 2a 02 01', 7],
  ])('splits a long text with --reference 42 --reference-bits %i', async (bits, firstHeader, headerOctets) => {
    const text = 'x'.repeat(200);
    const run = await smshex(['encode', '--reference', '0x2a', '--reference-bits', String(bits), text]);
    expect(run.status).toBe(0);
    const parts = lines(run.stdout) as { hex: string; dataCoding: number; esmClass: number }[];
    expect(parts).toHaveLength(2);
    expect(parts[0]?.hex.startsWith(firstHeader)).toBe(true);
    for (const [i, part] of parts.entries()) {
      expect(part.esmClass).toBe(0x40);
      const udh = parseUdh(bytesOf(part.hex));
      expect(udh.length).toBe(headerOctets);
      expect(udh.elements).toEqual([{ type: 'concat', reference: 42, total: 2, sequence: i + 1, referenceBits: bits }]);
    }
  });

  it('gives two long texts to one destination different references', async () => {
    const run = await smshex(['encode', '--to', '41793026727', 'a'.repeat(200), 'b'.repeat(200)]);
    expect(run.status).toBe(0);
    const body = JSON.parse(run.stdout) as { messages: { binary: { hex: string } }[] };
    const references = body.messages.map((m) => (parseUdh(bytesOf(m.binary.hex)).elements[0] as { reference: number }).reference);
    expect(references[0]).toBe(references[1]);
    expect(references[2]).toBe(references[3]);
    expect(references[0]).not.toBe(references[2]);
  });

  it.each([
    [3, 'café', '63 61 66 e9'],
    [6, 'Привет', 'bf e0 d8 d2 d5 e2'],
  ])('encodes with the legacy data coding %i', async (dataCoding, text, hex) => {
    const run = await smshex(['encode', '--data-coding', String(dataCoding), text]);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toEqual([{ hex, dataCoding, esmClass: 0 }]);
  });

  it('--language tr adds the shift table element and sets UDHI on one part', async () => {
    const run = await smshex(['encode', '--language', 'tr', 'Şişli']);
    expect(run.status).toBe(0);
    expect(lines(run.stdout)).toEqual(buildBinaryMessages({ to: '1', text: 'Şişli', language: NATIONAL_LANGUAGES.tr }).map((m) => m.binary));
    expect((lines(run.stdout)[0] as { hex: string }).hex.startsWith('03 24 01 01')).toBe(true);
  });

  it('points at the character a forced coding cannot write (status 1)', async () => {
    const run = await smshex(['encode', '--data-coding', '0', 'abç']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('GSM7_UNMAPPABLE');
    expect(run.stderr).toContain('  abç\n    ^');
  });

  it.each([
    ['--from without --to', ['--from', 'InfoSMS', 'x'], /--from needs --to/],
    ['--xml without --to', ['--xml', 'x'], /--xml .* needs --to/],
    ['--reference with two texts', ['--reference', '1', 'x', 'y'], /--reference takes one text/],
    ['--reference-bits 12', ['--reference-bits', '12', 'x'], /--reference-bits must be 8 or 16/],
    ['a data coding without a text coding', ['--data-coding', '5', 'x'], /--data-coding 5 is not a text coding smshex writes/],
    ['an unknown language', ['--language', 'xx', 'x'], /language/],
  ])('refuses %s with status 2', async (_what, args, message) => {
    const run = await smshex(['encode', ...args]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(STACK_LINE);
  });
});
